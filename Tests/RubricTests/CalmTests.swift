import HotseatCore
import Testing
@testable import Rubric

@Test func capitalsReadAsShouting() {
    let shouting = Shipped.score("I TOLD YOU ALREADY, WE DO NOT DO REFUNDS", .en)
    let level = Shipped.score("I told you already, we do not do refunds", .en)
    #expect(shouting.behaviours.contains(.shouted))
    #expect(Shipped.rules(shouting).contains("calm.shouting"))
    #expect(shouting.scores[.calm]! <= level.scores[.calm]! - 25)
}

@Test func acronymsAndOneEmphasisedWordAreNotShouting() {
    let score = Shipped.score("I'm SO sorry, your PIN and the TV are OK now.", .en)
    #expect(!score.behaviours.contains(.shouted))
    #expect(!Shipped.rules(score).contains("calm.shouting"))
}

@Test func runsOfExclamationAndQuestionMarksCostCalm() {
    let score = Shipped.score("Your order is on its way!!! What more do you want?!", .en)
    #expect(score.behaviours.contains(.shouted))
    #expect(score.evidence.filter { $0.rule == "calm.punctuation-run" }.count == 2)
    let single = Shipped.score("Your order is on its way! Anything else?", .en)
    #expect(!Shipped.rules(single).contains("calm.punctuation-run"))
}

@Test(arguments: [
    ("This is bullshit, what the fuck do you want?", Language.en),
    ("Wat een kutzooi, godverdomme.", .nl),
    ("Faen, dette er jævla dumt.", .nb),
])
func profanityPerLanguage(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    #expect(score.behaviours.contains(.swore))
    #expect(score.scores[.calm]! < 45)
}

@Test(arguments: [
    ("You're an idiot.", Language.en),
    ("U bent echt een idioot.", .nl),
    ("Du er en idiot.", .nb),
])
func insultsPerLanguage(reply: String, language: Language) {
    #expect(Shipped.rules(Shipped.score(reply, language)).contains("calm.insult"))
}

/// A boundary that quotes the customer's insult back is not an insult: it was a −40 for
/// "I need you to stop calling people idiots so I can help".
@Test(arguments: [
    ("I need you to stop calling people idiots so I can help.", Language.en),
    ("Please stop calling me stupid, and let's sort this out.", .en),
    ("Noem mijn collega's alstublieft geen sukkels, dan help ik u verder.", .nl),
    ("Ikke kall kollegaene mine idioter, så kan jeg hjelpe deg.", .nb),
])
func aBoundaryThatQuotesTheInsultIsNoInsult(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    #expect(!Shipped.rules(score).contains("calm.insult"), "\(Shipped.rules(score))")
    #expect(!score.behaviours.contains(.swore))
    #expect(score.scores[.calm]! >= 85)
}

@Test(arguments: [
    ("Calm down, as I already said the shop is closed.", Language.en),
    ("With all due respect, obviously you didn't read it.", .en),
    ("Rustig aan, zoals ik al zei is de winkel dicht.", .nl),
    ("Met alle respect, u leest niet goed.", .nl),
    ("Ro deg ned, som jeg allerede sa er butikken stengt.", .nb),
    ("Med all respekt, du har ikke lest.", .nb),
])
func sarcasmAndCondescension(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    #expect(score.behaviours.contains(.sarcastic))
    #expect(score.scores[.calm]! <= 60)
}

@Test(arguments: [
    ("You should have called us sooner.", Language.en),
    ("Why didn't you check the email?", .en),
    ("U had eerder moeten bellen.", .nl),
    ("Du burde ha ringt tidligere.", .nb),
])
func blamingTheCustomer(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    #expect(score.behaviours.contains(.blamed))
    #expect(!score.behaviours.contains(.askedQuestion))
}

@Test(arguments: [
    ("One more word and I'll call security.", Language.en),
    ("Nog één woord en ik bel de politie.", .nl),
    ("Ett ord til, så ringer politiet.", .nb),
])
func threats(reply: String, language: Language) {
    #expect(Shipped.rules(Shipped.score(reply, language)).contains("calm.threat"))
}

@Test(arguments: [
    ("That's not true, you're wrong about the date.", Language.en),
    ("Dat is niet waar, u heeft ongelijk.", .nl),
    ("Det er ikke sant, du tar feil.", .nb),
])
func arguing(reply: String, language: Language) {
    #expect(Shipped.rules(Shipped.score(reply, language)).contains("calm.arguing"))
}

@Test(arguments: [
    ("I want to help you, and I need us to keep this respectful to do that. Let's look at what I can do about the bill.", Language.en,
     "Don't you dare talk to me like that, idiot!!"),
    ("Ik wil u graag helpen, maar dan moeten we het wel respectvol houden. Laten we kijken wat ik kan doen.", .nl,
     "Waag het niet zo tegen mij te praten, idioot!!"),
    ("Jeg vil gjerne hjelpe deg, men da må vi holde en respektfull tone. La oss se hva jeg kan gjøre.", .nb,
     "Ikke snakk sånn til meg, din idiot!!"),
])
func respectfulBoundaryAndDeEscalationCountForCalm(reply: String, language: Language, counterAttack: String) {
    let abusive = RecoveryTraits(abusive: true)
    let score = Shipped.score(reply, language, traits: abusive)
    #expect(score.behaviours.contains(.setBoundary))
    #expect(Shipped.rules(score).contains("calm.de-escalate"))
    #expect(score.scores[.calm]! >= 95)
    let counter = Shipped.score(counterAttack, language, traits: abusive)
    #expect(counter.scores[.calm]! < 30)
}

/// Warm, sincere replies that share a word with a sarcastic phrase ("whatever", "I'm sure you",
/// Dutch "dom") must not read as sarcasm or insults: in the drill either one makes the customer
/// walk out.
@Test(arguments: [
    ("I'm so sorry, that must have been miserable for you and the kids. I'll do whatever it takes to make this right.", Language.en),
    ("I'm sure you were freezing up there, I'm so sorry. I'll refund your pass right now.", .en),
    ("We'll do whatever we can to get you home tonight.", .en),
    ("Het spijt me, dat was dom van ons. Ik regel het nu.", .nl),
    ("Dat was stom van mij, ik had het moeten controleren.", .nl),
    ("Dat is echt stom gelopen, het spijt me.", .nl),
    ("I know how many times you've had to call us, and I'm sorry.", .en),
    ("Jeg vet hvor mange ganger du har ringt oss, og jeg beklager.", .nb),
    ("Det er åpenbart vår feil, og jeg ordner det nå.", .nb),
    ("Obviously we got this wrong, and I'm sorry.", .en),
])
func sincerePhrasesSharingAWordWithSarcasmStayCalm(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    #expect(!score.behaviours.contains(.sarcastic), "\(Shipped.rules(score))")
    #expect(!score.behaviours.contains(.swore), "\(Shipped.rules(score))")
    #expect(score.scores[.calm]! >= 80, "\(Shipped.rules(score))")
}

@Test(arguments: ["Whatever.", "I'm sure you know best.", "Oh sure, I'm sure you think so.", "How many times do I have to tell you?",
                   "Obviously you didn't read the email."])
func theSarcasticFormsStillCount(reply: String) {
    #expect(Shipped.score(reply, .en).behaviours.contains(.sarcastic))
}

/// Found in a second sweep: sarcasm that was not caught, and calm boundaries that were not heard.
@Test(arguments: [
    ("Oh I'm SO sorry, what a tragedy, your sandwich took a whole 25 minutes.", Language.en),
    ("Wow, thanks so much for your patience, really appreciate you yelling at me.", .en),
    ("I'm sorry, but you're clearly overreacting.", .en),
    ("Jezus, wat zeur je. Ik regel het wel.", .nl),
    ("For en tragedie. Jeg refunderer det nå, fornøyd nå?", .nb),
])
func moreSarcasmIsCaught(reply: String, language: Language) {
    #expect(Shipped.score(reply, language).behaviours.contains(.sarcastic), "\(reply)")
}

@Test(arguments: [
    ("I need you to stop swearing at me, please. I do want to help.", Language.en),
    ("Ik wil dat u stopt met schelden, alstublieft. Ik wil u helpen.", .nl),
    ("Jeg må be deg slutte å banne til meg. Jeg vil hjelpe deg.", .nb),
])
func aPlainRequestToStopSwearingIsABoundary(reply: String, language: Language) {
    let score = Shipped.score(reply, language, traits: RecoveryTraits(abusive: true))
    #expect(score.behaviours.contains(.setBoundary), "\(Shipped.rules(score))")
    #expect(!score.behaviours.contains(.blamed))
}

/// "It's not ok that…" about the customer's own swearing sets a boundary; it does not tell them
/// their reaction is fair. (It scored as empathy.validate, with no boundary, in all three.) The
/// same words about what happened to them stay validation.
@Test(arguments: [
    ("It's not ok that you swore at my colleague.", "It's not ok that you were shouted at by our driver.", Language.en),
    ("Het is niet oké dat u mijn collega uitscheldt.", "Het is niet oké dat u door onze chauffeur bent uitgescholden.", .nl),
    ("Det er ikke greit at du banner til kollegaen min.", "Det er ikke greit at du ble kjeftet på av sjåføren vår.", .nb),
])
func notOkAboutTheirSwearingIsABoundaryNotValidation(boundary: String, validation: String, language: Language) {
    let score = Shipped.score(boundary, language, traits: RecoveryTraits(abusive: true))
    #expect(score.behaviours.contains(.setBoundary), "\(Shipped.rules(score))")
    #expect(!Shipped.rules(score).contains("empathy.validate"), "\(Shipped.rules(score))")
    let other = Shipped.score(validation, language)
    #expect(Shipped.rules(other).contains("empathy.validate"), "\(Shipped.rules(other))")
    #expect(!other.behaviours.contains(.setBoundary))
}

@Test(arguments: [
    ("I won't be spoken to like that. If you keep swearing I'll end the call.", Language.en),
    ("Als u blijft schelden, beëindig ik het gesprek.", .nl),
    ("Hvis du fortsetter å banne, avslutter jeg samtalen.", .nb),
])
func aCalmlyStatedConsequenceIsABoundaryNotAThreat(reply: String, language: Language) {
    // De-escalation training: a clear, enforceable consequence is a limit, not a threat.
    let score = Shipped.score(reply, language, traits: RecoveryTraits(abusive: true))
    #expect(score.behaviours.contains(.setBoundary), "\(Shipped.rules(score))")
    #expect(!Shipped.rules(score).contains("calm.threat"))
    #expect(!Shipped.rules(score).contains("context.abuse-needs-boundary"))
}

@Test(arguments: [
    ("You shouldn't have to deal with this, and it's not your fault at all. I'll replace it today.", Language.en),
    ("I'm sorry, it's only fair that we refund the whole amount.", .en),
    ("Sorry, ik had u zelf moeten bellen. Ik bel u vandaag om 3 uur.", .nl),
])
func sincereSelfBlameOrFairnessIsNoRedFlag(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    #expect(!score.behaviours.contains(.blamed) && !score.behaviours.contains(.minimised), "\(Shipped.rules(score))")
}

/// Telling the customer to stop whining is condescension in every language, but the right to complain is not.
@Test(arguments: [("I'll sort it if you finally stop whining.", Language.en), ("Ik regel het wel, als u eindelijk stopt met zeuren.", .nl),
                  ("Jeg ordner det hvis du endelig slutter å syte.", .nb)])
func stopWhiningIsCondescending(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    #expect(score.behaviours.contains(.sarcastic), "\(Shipped.rules(score))")
    #expect((score.scores[.calm] ?? 100) < 70)
}
