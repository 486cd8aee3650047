import HotseatCore
import Testing
@testable import Rubric

@Test(arguments: [
    ("Hello, how can I help?", "calm.profanity"),
    ("Let me assess the damage to your shell.", "calm.profanity"),
    ("That is a scunthorpe problem", "calm.profanity"),
    ("I'm sorryish", "empathy.apology"),
])
func matchesFallOnWordBoundaries(reply: String, rule: String) {
    #expect(!Shipped.rules(Shipped.score(reply, .en)).contains(rule))
}

@Test(arguments: [
    ("I'm not sorry.", Language.en),
    ("I am not going to apologise for that.", .en),
    ("Het spijt me niet.", .nl),
    ("Ik bied geen excuses aan.", .nl),
    ("Jeg beklager ikke.", .nb),
    ("Det er ingenting å unnskylde.", .nb),
])
func negationCancelsAnApology(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    #expect(!score.behaviours.contains(.apologised))
    #expect(!Shipped.rules(score).contains("empathy.apology"))
}

@Test(arguments: [
    ("We can't refund that.", Language.en),
    ("We kunnen het niet terugbetalen.", .nl),
    ("Vi kan ikke refundere det.", .nb),
])
func negationCancelsARemedy(reply: String, language: Language) {
    #expect(!Shipped.score(reply, language).behaviours.contains(.offeredRemedy))
}

@Test(arguments: [
    ("It's not your fault.", Language.en),
    ("Het is niet uw schuld.", .nl),
    ("Det er ikke din feil.", .nb),
])
func negatedBlameIsNotBlame(reply: String, language: Language) {
    #expect(!Shipped.score(reply, language).behaviours.contains(.blamed))
}

@Test(arguments: [
    ("That's not my problem.", Language.en),
    ("Ik kan er niks aan doen.", .nl),
    ("Det er ikke mitt problem.", .nb),
])
func negativePhrasesWithTheirOwnNegationStillCount(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    #expect(Shipped.rules(score).contains("ownership.blame-shifting"))
    #expect(score.scores[.ownership]! < 15)
}

@Test(arguments: [
    ("Sorry, but that's our policy.", "Sorry, that's on us.", Language.en),
    ("Sorry, maar dat is ons beleid.", "Sorry, dat is onze fout.", .nl),
    ("Beklager, men det er våre retningslinjer.", "Beklager, det var vår feil.", .nb),
])
func contrastTakesAnApologyBack(withBut: String, without: String, language: Language) {
    let but = Shipped.score(withBut, language)
    let plain = Shipped.score(without, language)
    let discounted = try! #require(but.evidence.first { $0.rule == "empathy.apology" })
    let full = try! #require(plain.evidence.first { $0.rule == "empathy.apology" })
    #expect(discounted.points < full.points / 2)
    #expect(!but.behaviours.contains(.apologised))
    #expect(plain.behaviours.contains(.apologised))
    #expect(but.scores[.empathy]! < plain.scores[.empathy]!)
    #expect(but.coaching.contains { $0.quote?.contains(withBut.split(separator: ",")[0]) == true })
}

@Test(arguments: [
    ("I'm sorry, but I'll refund it right now.", Language.en),
    ("Het spijt me, maar ik betaal het u vandaag terug.", .nl),
    ("Jeg beklager, men jeg refunderer det i dag.", .nb),
])
func contrastFollowedByActionOnlySoftens(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    let apology = try! #require(score.evidence.first { $0.rule == "empathy.apology" })
    #expect(apology.points > 10)
    #expect(score.behaviours.contains(.apologised))
}

/// Two feeling phrases before one "but" are both softened, and the trainee reads the tip once.
@Test(arguments: [
    ("I can hear how frustrating this is, but please don't call us names.", Language.en, "Drop the \"but\""),
    ("Ik snap dat u boos en teleurgesteld bent, maar scheld alstublieft niet.", .nl, "Laat de \"maar\" weg"),
    ("Jeg skjønner at du er sint og skuffet, men ikke kall meg navn.", .nb, "Dropp \"men\""),
])
func oneContrastGivesOneTip(reply: String, language: Language, tip: String) {
    let score = Shipped.score(reply, language)
    let softened = score.evidence.filter { $0.dimension == .empathy && $0.points > 0 && $0.start < reply.count / 2 }
    #expect(softened.count >= 2, "\(score.evidence)")
    let contrastTips = score.coaching.filter { $0.message.hasPrefix(tip) }
    #expect(contrastTips.count == 1, "\(score.coaching)")
}

/// Dutch "maar" before an amount means "only" and takes nothing back; before anything else it is
/// still "but". Minimising with it ("het is maar tien minuten") is a rule of its own and still costs.
@Test func dutchMaarBeforeAnAmountIsOnlyNotBut() {
    let only = Shipped.score("U heeft gelijk, en u heeft maar een half uur.", .nl)
    let validate = try! #require(only.evidence.first { $0.rule == "empathy.validate" })
    #expect(validate.points == 12, "\(validate)")
    let but = Shipped.score("Het spijt me, maar een terugbetaling kan niet.", .nl)
    let apology = try! #require(but.evidence.first { $0.rule == "empathy.apology" })
    #expect(apology.points < 10, "\(apology)")
    #expect(Shipped.rules(Shipped.score("Het is maar tien minuten.", .nl)).contains("empathy.minimising"))
}

/// Acknowledge, then limit: a boundary after the "but" is de-escalation, not the feeling taken back.
@Test(arguments: [
    ("I understand you're angry, but I need us to keep this respectful so I can help.", Language.en),
    ("Ik snap dat u boos bent, maar ik vraag u wel om het netjes te houden.", .nl),
    ("Jeg skjønner at du er sint, men jeg ber deg holde en hyggelig tone så jeg kan hjelpe deg.", .nb),
])
func contrastFollowedByABoundaryOnlySoftens(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    let feeling = try! #require(score.evidence.first { $0.rule == "empathy.name-feeling" })
    #expect(feeling.points > 10, "\(feeling)")
    #expect(score.behaviours.contains(.acknowledgedFeeling))
    #expect(score.behaviours.contains(.setBoundary))
}

@Test(arguments: [
    ("No problem, I'll fix it now.", Language.en),
    ("Geen probleem, ik los het nu op.", .nl),
    ("Ingen problem, jeg fikser det nå.", .nb),
])
func idiomsShieldTheirWords(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    // "no" in "no problem" must not negate what follows, and nothing here is negative.
    #expect(score.behaviours.contains(.tookOwnership))
    #expect(!score.evidence.contains { $0.points < 0 && $0.end > $0.start })
}

@Test(arguments: [
    ("I'm sorry if you feel that way.", Language.en),
    ("We apologise for any inconvenience.", .en),
    ("Het spijt me als u zich zo voelt.", .nl),
    ("Excuses voor het ongemak.", .nl),
    ("Beklager hvis du føler det sånn.", .nb),
    ("Vi beklager eventuelle ulemper.", .nb),
    ("We regret to inform you that your order was cancelled.", .en),
    ("Het spijt ons u te moeten melden dat uw bestelling is geannuleerd.", .nl),
    ("Vi beklager å måtte meddele at bestillingen din er kansellert.", .nb),
])
func nonApologiesScoreLow(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    #expect(Shipped.rules(score).contains("empathy.non-apology"))
    #expect(!score.behaviours.contains(.apologised))
    #expect(score.scores[.empathy]! < 15)
}

@Test(arguments: [
    ("I'm realy sory about this, I will personaly look into it.", Language.en),
    ("Mijn excusses, ik ga het voor u regellen.", .nl),
    ("Jeg beklaer så mye, jeg skal ordne det.", .nb),
])
func misspellingsByNonNativeWritersStillCount(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    #expect(score.behaviours.contains(.apologised))
    #expect(score.behaviours.contains(.tookOwnership))
}

@Test func fuzzyMatchingNeedsTheSameFirstLetterAndLongWords() {
    // "hell" must not become "hello"-like matches, and "cancer" is not a typo of anything here.
    #expect(!Shipped.rules(Shipped.score("Hello there, well well.", .en)).contains("calm.profanity"))
    #expect(Vocabulary.withinOneEdit(Array("recieve".unicodeScalars)[...], Array("receive".unicodeScalars)[...]))
    #expect(!Vocabulary.withinOneEdit(Array("refund".unicodeScalars)[...], Array("round".unicodeScalars)[...]))
}

@Test func longerAndStrongerPhrasesWin() {
    // "sorry not sorry" is sarcasm, not an apology.
    let score = Shipped.score("Well, sorry not sorry.", .en)
    #expect(score.behaviours.contains(.sarcastic))
    #expect(!score.behaviours.contains(.apologised))
}

@Test(arguments: [
    ("Ik snap het niet.", Language.nl, "empathy.name-feeling"),
    ("Ik vergoed het niet.", .nl, "ownership.remedy"),
    ("Dat begrijp ik niet.", .nl, "empathy.name-feeling"),
    ("Jeg forstår det ikke.", .nb, "empathy.name-feeling"),
    ("Jeg refunderer det ikke i dag.", .nb, "ownership.remedy"),
    ("Det beklager jeg ikke.", .nb, "empathy.apology"),
])
func aNegatorAfterThePronounsStillNegates(reply: String, language: Language, rule: String) {
    // Without the pronoun each of these earns the rule ("Ik snap het.", "Det beklager jeg.").
    let positive = reply.replacingOccurrences(of: language == .nl ? " niet" : " ikke", with: "")
    #expect(Shipped.rules(Shipped.score(positive, language)).contains(rule))
    #expect(!Shipped.rules(Shipped.score(reply, language)).contains(rule))
}

@Test(arguments: [
    ("Beklager jeg ikke svarte før.", Language.nb, "empathy.apology"),
    ("Jeg forstår det ikke er lett.", .nb, "empathy.name-feeling"),
    ("Het spijt me dat we u niet belden.", .nl, "empathy.apology"),
    ("Ik begrijp dat het niet makkelijk is.", .nl, "empathy.name-feeling"),
])
func aNegatorOfAClauseOfItsOwnDoesNotNegate(reply: String, language: Language, rule: String) {
    // A subject pronoun at the start ("Beklager jeg…"), a verb after the negator ("…ikke er") or a
    // phrase that ends on its conjunction ("Ik begrijp dat | het niet…") puts the negator in a clause of its own.
    #expect(Shipped.rules(Shipped.score(reply, language)).contains(rule))
}

@Test(arguments: [
    ("I'll refund it not tomorrow but today.", Language.en, "ownership.time"),
    ("Ik betaal het terug, niet morgen maar vandaag nog.", .nl, "ownership.time"),
    ("Jeg ordner det, ikke senere men straks.", .nb, "ownership.time"),
])
func aButEndsTheNegatorsReach(reply: String, language: Language, rule: String) {
    // Without the barrier the "niet"/"ikke" three words back negated the time the reply promises.
    #expect(Shipped.rules(Shipped.score(reply, language)).contains(rule))
    // "and" ends it in English: "It's not OK and I'm sorry" apologises.
    #expect(Shipped.score("It's not OK and I'm sorry.", .en).behaviours.contains(.apologised))
    // A contrast word that is no "but" does not end it: "ikke likevel" still refuses.
    #expect(!Shipped.score("Jeg kan ikke likevel refundere det.", .nb).behaviours.contains(.offeredRemedy))
    #expect(!Shipped.score("I can't refund it.", .en).behaviours.contains(.offeredRemedy))
}

@Test(arguments: [
    ("The storm forced us to close the slopes for safety, which we can't control. I know that's a big loss. I can move your days to next season.", Language.en),
    ("De storm dwong ons de pistes te sluiten, daar hebben we geen invloed op. Ik weet dat dit een tegenvaller is. Ik kan uw dagen naar volgend seizoen verplaatsen.", .nl),
    ("Stormen tvang oss til å stenge bakkene, det har vi ikke kontroll over. Jeg vet at dette er et stort tap. Jeg kan flytte dagene til neste sesong.", .nb),
])
func anHonestOutsideCauseIsAnExplanation(reply: String, language: Language) {
    let score = Shipped.score(reply, language, traits: RecoveryTraits(cause: .outsideControl))
    let rules = Set(Shipped.rules(score))
    #expect(rules.isSuperset(of: ["ownership.explain-cause", "empathy.name-feeling", "ownership.remedy"]), "\(rules)")
    #expect(!rules.contains("context.external-needs-explanation"))
}

@Test(arguments: [
    "We can't offer you a refund.",
    "I won't give you another voucher.",
    "I'm not going to give you another voucher.",
    "I'm afraid we can't give you a full refund.",
])
func anEnglishRefusalFourWordsBeforeTheRemedyOffersNothing(reply: String) {
    // The negator, the verb, "you" and an article stand between "can't" and "refund".
    #expect(!Shipped.score(reply, .en).behaviours.contains(.offeredRemedy))
}

@Test(arguments: [
    ("I've added the two hours back to your pass.", Language.en),
    ("Ik zet de gemiste uren vandaag nog op uw pas.", .nl),
    ("Jeg setter de tapte timene inn på kortet ditt i dag.", .nb),
])
func puttingWhatWasLostBackIsARemedy(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    #expect(score.behaviours.contains(.offeredRemedy) && score.behaviours.contains(.tookOwnership))
}

@Test(arguments: [
    ("I'm not the one who broke the lift.", Language.en, "calm.not-my-fault"),
    ("Ik ben niet degene die de lift kapot maakte.", .nl, "calm.not-my-fault"),
    ("Det er ikke jeg som bestemmer det.", .nb, "calm.not-my-fault"),
    ("You could have just taken another lift.", .en, "calm.blame"),
    ("U had ook gewoon een andere lift kunnen nemen.", .nl, "calm.blame"),
    ("Du kunne jo tatt en annen heis.", .nb, "calm.blame"),
    ("I never promised you a refund.", .en, "calm.arguing"),
    ("Ik heb u nooit een terugbetaling beloofd.", .nl, "calm.arguing"),
    ("Jeg har aldri lovet deg refusjon.", .nb, "calm.arguing"),
])
func deflectingCostsCalmAndEarnsNothing(reply: String, language: Language, rule: String) {
    let score = Shipped.score(reply, language)
    #expect(Shipped.rules(score).contains(rule))
    #expect(!score.behaviours.contains(.offeredRemedy) && !score.behaviours.contains(.promisedFollowUp))
    #expect(score.scores[.calm]! < 70)
}

@Test(arguments: [
    ("You've been coming here for years, and this isn't the service you deserve. Your next visit is on us.", Language.en),
    ("U komt hier al jaren, en dit is niet de service die u verdient. Uw volgende bezoek is op onze kosten.", .nl),
    ("Du har vært kunde hos oss i mange år, og dette er ikke den servicen du fortjener. Neste besøk er på oss.", .nb),
])
func aLoyalCustomerIsRecognisedAndThePerkIsARemedy(reply: String, language: Language) {
    // The negator sits inside the validating phrase ("isn't the service you deserve"), so it negates nothing.
    let score = Shipped.score(reply, language)
    #expect(Set(Shipped.rules(score)).isSuperset(of: ["empathy.care", "empathy.validate", "ownership.remedy"]), "\(Shipped.rules(score))")
    #expect(score.behaviours.contains(.offeredRemedy))
}

@Test(arguments: [
    ("Nou, dat is dan jammer. Ik kan er ook niks aan doen, de fabrikant is verantwoordelijk.", Language.nl),
    ("Det er dessverre ikke noe vi kan gjøre med det. Du får ta det med produsenten.", .nb),
    ("It's the manufacturer's fault, there's nothing I can do.", .en),
])
func passingTheProblemToTheManufacturerIsBlame(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    #expect(Shipped.rules(score).contains("ownership.blames-others"), "\(Shipped.rules(score))")
    #expect(score.behaviours.contains(.blamed))
    #expect(score.scores[.ownership]! == 0)
}

@Test(arguments: [
    ("I'll call you no later than 3 pm.", Language.en),
    ("Ik bel u niet later dan 15.00 uur.", .nl),
    ("Jeg ringer deg ikke senere enn kl. 15.", .nb),
])
func noLaterThanPromisesATime(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    #expect(score.behaviours.contains(.promisedFollowUp))
    #expect(Shipped.rules(score).contains("ownership.time"))
}

@Test func complainingIsNotApologising() {
    // "beklage seg" is to complain; "beklage" alone is to apologise.
    #expect(!Shipped.score("Du har all grunn til å beklage deg.", .nb).behaviours.contains(.apologised))
    #expect(Shipped.score("Jeg vil beklage overfor deg.", .nb).behaviours.contains(.apologised))
}

@Test func wishingIsNotOffering() {
    #expect(!Shipped.score("I wish I could refund you.", .en).behaviours.contains(.offeredRemedy))
    #expect(!Shipped.score("Jeg skulle ønske jeg kunne refundere det.", .nb).behaviours.contains(.offeredRemedy))
    // An offer taken back in the same sentence claims the remedy's words and costs points.
    let hedged = Shipped.score("I'd refund you if I could.", .en)
    #expect(!hedged.behaviours.contains(.offeredRemedy) && Shipped.rules(hedged) == ["ownership.hedged-offer"])
    #expect(Shipped.score("If you send the receipt, I'd refund it right away.", .en).behaviours.contains(.offeredRemedy))
    // Reporting that a refund was refused offers nothing.
    for (reply, language) in [("Your refund was declined.", Language.en), ("Uw terugbetaling is afgewezen.", .nl), ("Refusjonen din ble avslått.", .nb),
                              ("A refund isn't possible after 30 days.", .en), ("Terugbetalen na 30 dagen kan niet.", .nl),
                              ("Refusjon etter 30 dager er dessverre ikke mulig.", .nb)] {
        #expect(!Shipped.score(reply, language).behaviours.contains(.offeredRemedy), "\(reply)")
    }
    // A wish to do it is still doing it.
    #expect(Shipped.score("I wish to apologise for the wait.", .en).behaviours.contains(.apologised))
}

@Test(arguments: ["We'll replace it.", "I'll replace them today."])
func ofTwoEquallyLongRivalsTheOneThatWeighsMoreWins(reply: String) {
    // "We'll replace" (a concrete action, 18) and "replace it" (a remedy, 25) claim the same word.
    let rules = Shipped.rules(Shipped.score(reply, .en))
    #expect(rules.contains("ownership.remedy"))
    #expect(!rules.contains("ownership.concrete-action"))
}

@Test func rhetoricalQuestionsAreNotQuestions() {
    #expect(!Shipped.score("Calm down, what is your problem?", .en).behaviours.contains(.askedQuestion))
    #expect(Shipped.score("Could you send me your booking number?", .en).behaviours.contains(.askedQuestion))
}

/// A boundary said in the same breath as an insult, a threat or a sneer is a counter-attack, not a
/// respectful boundary: it earns no boundary credit. Said calmly, the same words do.
@Test(arguments: [
    ("Please stop swearing, you idiot!", "Please stop swearing, I do want to help.", Language.en),
    ("If you keep shouting I'll call security.", "If you keep shouting I'll have to end this call.", .en),
    ("Zo praat u niet tegen mij, sukkel.", "Zo praat u niet tegen mij, ik wil u graag helpen.", .nl),
    ("Ikke snakk sånn til meg, din idiot!!", "Ikke snakk sånn til meg, jeg vil gjerne hjelpe deg.", .nb),
])
func aBoundaryBesideAnAttackIsNoBoundary(attack: String, calm: String, language: Language) {
    let hostile = Shipped.score(attack, language)
    #expect(!hostile.behaviours.contains(.setBoundary))
    #expect(!Shipped.rules(hostile).contains("calm.boundary"))
    #expect(hostile.evidence.contains { $0.dimension == .calm && $0.points < 0 })
    #expect(Shipped.score(calm, language).behaviours.contains(.setBoundary))
}

/// "Don't talk to me like that" on its own is a reprimand, in every language alike: no boundary
/// credit and no penalty. Tied to helping, or asked with a "please", it is a boundary. (The Dutch
/// and Norwegian reprimands used to earn +12 where the English one earned nothing, so the same
/// reply scored 58.5 or 20 overall depending on the language it was written in.)
@Test(arguments: [
    ("Don't talk to me like that!", "Don't talk to me like that, I want to help you.", Language.en),
    ("Zo praat je niet tegen mij!", "Zo praat je niet tegen mij, ik wil je graag helpen.", .nl),
    ("Hé, ZO praat u niet tegen mij!", "Praat alstublieft niet zo tegen mij.", .nl),
    ("Sånn snakker du ikke til meg!", "Sånn snakker du ikke til meg, men jeg skal hjelpe deg.", .nb),
    ("Ikke snakk sånn til meg!", "Vær så snill og ikke snakk sånn til meg.", .nb),
])
func aBareReprimandIsNoBoundaryInAnyLanguage(reprimand: String, boundary: String, language: Language) {
    let bare = Shipped.score(reprimand, language)
    #expect(!bare.behaviours.contains(.setBoundary))
    #expect(!Shipped.rules(bare).contains("calm.boundary"))
    #expect(Shipped.score(boundary, language).behaviours.contains(.setBoundary))
}

/// A cause a question asks about is not explained: "Can you tell me what happened?" and "Is it
/// because of the snow?" earn the question, not the cause. A question in another clause of the
/// sentence leaves a given cause alone.
@Test(arguments: [
    ("Is it because of the snow?", "It stopped because of the wind, can I get you a hot drink?", Language.en),
    ("Kunt u me vertellen wat er gebeurd is?", "De lift stopte door de wind, zal ik u een warme chocolademelk brengen?", .nl),
    ("Var det på grunn av snøen?", "Heisen stoppet på grunn av vinden, kan jeg gi deg en kopp kakao?", .nb),
])
func aCauseAQuestionAsksAboutIsNoCause(asked: String, given: String, language: Language) {
    let question = Shipped.score(asked, language)
    #expect(question.behaviours.contains(.askedQuestion))
    #expect(!question.behaviours.contains(.explainedCause), "\(Shipped.rules(question))")
    let both = Shipped.score(given, language)
    #expect(both.behaviours.contains(.askedQuestion) && both.behaviours.contains(.explainedCause), "\(Shipped.rules(both))")
}

/// A "because" in a sentence that sneers at or insults the customer explains nothing: it earns no
/// cause credit. The same cause, said plainly, does.
@Test(arguments: [
    ("Because obviously you didn't read the sign.", "It stopped because the motor failed.", Language.en),
    ("Because you clearly can't read.", "The lift stopped because of a power cut.", .en),
    ("Omdat u gewoon niet kunt lezen, sukkel.", "De lift stopte omdat de motor kapot was.", .nl),
    ("Fordi du jo ikke kan lese, din tulling.", "Heisen stoppet fordi motoren sviktet.", .nb),
])
func aCauseBesideASneerIsNoCause(sneer: String, plain: String, language: Language) {
    let hostile = Shipped.score(sneer, language)
    #expect(!hostile.behaviours.contains(.explainedCause))
    #expect(hostile.evidence.contains { $0.dimension == .calm && $0.points < 0 })
    #expect(Shipped.score(plain, language).behaviours.contains(.explainedCause))
}

/// Ownership said in the present tense, the ordinary way in Bokmål and common in Dutch ("I'm
/// writing it into the system now"), and "that is on us" spelt out in full.
@Test(arguments: [
    ("Jeg skriver det inn i systemet nå og gir deg en kvittering med navnet mitt på.", Language.nb),
    ("Jeg refunderer hele passet.", .nb),
    ("Jeg sender deg en ny billett i dag.", .nb),
    ("Ik betaal het volledige bedrag vandaag terug.", .nl),
    ("Ik zet het nu in het systeem.", .nl),
    ("That is on us.", .en),
    ("I'm booking you on the next ferry now.", .en),
    ("I've just refunded your pass.", .en),
    ("Clearly we let you down, and I'm sorry.", .en),
    ("Ik heb uw pas net terugbetaald.", .nl),
    ("Ik neem de volledige verantwoordelijkheid.", .nl),
    ("Jeg har nettopp refundert passet ditt.", .nb),
    ("Vi refunderer hele beløpet i dag.", .nb),
    ("Det var dumt gjort av oss, og jeg beklager.", .nb),
])
func presentTenseOwnershipCounts(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    #expect(score.behaviours.contains(.tookOwnership), "\(Shipped.rules(score))")
}

/// Negated, or only an offer of money: no ownership (the offer still counts as a remedy).
@Test(arguments: [("Jeg refunderer ikke billetten.", Language.nb), ("Ik betaal het niet terug.", .nl), ("I can't refund the pass.", .en),
                  ("Jeg kan ikke refundere passet.", .nb), ("I can offer you a ten euro voucher.", .en)])
func negatedPresentTenseOwnershipDoesNot(reply: String, language: Language) {
    #expect(!Shipped.score(reply, language).behaviours.contains(.tookOwnership))
}

/// A question with a "not" in it is still a question ("Did it not arrive?"), and prevention said
/// as "from now on" is prevention.
@Test(arguments: [("Did it not arrive?", Language.en), ("Is het niet geleverd?", .nl), ("Kom den ikke?", .nb)])
func aNegativeQuestionIsAQuestion(reply: String, language: Language) {
    #expect(Shipped.score(reply, language).behaviours.contains(.askedQuestion))
}

@Test(arguments: [("From now on your orders go on a refrigerated van.", Language.en), ("Vanaf nu gaan uw bestellingen met een koelbus.", .nl),
                  ("Fra nå av går bestillingene dine med kjølebil.", .nb)])
func fromNowOnIsPrevention(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    #expect(Shipped.rules(score).contains("ownership.prevention"))
    // The customer of a repeat failure reacts to it, so it is a behaviour too.
    #expect(score.behaviours.contains(.promisedPrevention))
    #expect(score.jsonLine(id: "p").contains("\"promised_prevention\""))
}

@Test func preventionIsNotHeardInAPromiseThatItWillHappenAgain() {
    #expect(!Shipped.score("It will happen again for sure.", .en).behaviours.contains(.promisedPrevention))
}

/// Inverted word order and the other remedies and times a second sweep found unheard.
@Test(arguments: [
    ("Dat snap ik heel goed. Uw broodje is van het huis.", Language.nl, Behaviour.acknowledgedFeeling),
    ("Dat snap ik heel goed. Uw broodje is van het huis.", .nl, .offeredRemedy),
    ("Det forstår jeg godt at du er sint over.", .nb, .acknowledgedFeeling),
    ("Jeg betaler tilbake beløpet nå.", .nb, .offeredRemedy),
])
func invertedOrderAndHouseRemediesAreHeard(reply: String, language: Language, behaviour: Behaviour) {
    #expect(Shipped.score(reply, language).behaviours.contains(behaviour), "\(reply)")
}

@Test(arguments: ["You'll have it in your hands in two minutes.", "It will be there in 10 mins.", "I'll call you within the next five minutes."])
func spelledOutMinutesAreATime(reply: String) {
    #expect(Shipped.rules(Shipped.score(reply, .en)).contains("ownership.time"), "\(reply)")
}

/// A time written with an abbreviation is one phrase, across the point.
@Test(arguments: [("Jeg ringer deg tilbake før kl. 15 i dag.", Language.nb, "kl. 15"), ("Jeg ringer deg kl. 15.", .nb, "kl. 15")])
func abbreviatedTimesAreOnePhrase(reply: String, language: Language, expected: String) {
    let times = Shipped.score(reply, language).evidence.filter { $0.rule == "ownership.time" }.map(\.text)
    #expect(times.contains(expected), "\(times)")
}

/// A spelling that one rule must see typed exactly (`=word`, or any word of a red-flag rule) and
/// another rule tolerates typos of: each use keeps its own rule. Before, the two shared one term,
/// so the typo-tolerant use lent typo matching to the exact one.
@Test func anExactUseOfASpellingKeepsItsOwnTermBesideATypoTolerantUse() {
    var vocabulary = Vocabulary()
    let relax = Array("relax".unicodeScalars)
    let tolerant = vocabulary.intern(relax, isPrefix: false, fuzzy: true, language: .en)
    let exact = vocabulary.intern(relax, isPrefix: false, fuzzy: false, language: .nl, exactVariant: true)
    #expect(tolerant != exact)
    #expect(vocabulary.intern(relax, isPrefix: false, fuzzy: true, language: .nb) == tolerant, "the same use, the same id")
    #expect(vocabulary.intern(relax, isPrefix: false, fuzzy: false, language: .en, exactVariant: true) == exact)
    // The frozen tables point into the store's memory: it must outlive them.
    let store = FlatStore()
    defer { withExtendedLifetime(store) {} }
    let frozen = vocabulary.frozen(in: store)
    func resolve(_ word: String, _ language: Language) -> [Int32] {
        let scalars = Array(word.unicodeScalars)
        var ids: [Int32] = []
        scalars.withUnsafeBufferPointer { frozen.resolve($0.baseAddress!, count: scalars.count, hash: TermHash.of(scalars), isLetters: true,
                                                          language: language, into: &ids) }
        return ids.sorted()
    }
    #expect(resolve("relax", .en) == [tolerant, exact].sorted(), "as spelt, both uses see it")
    #expect(resolve("relaxx", .en) == [tolerant], "a typo reaches the tolerant use only")
    #expect(resolve("rlax", .nb) == [tolerant])
    #expect(resolve("relaxx", .nl).isEmpty, "nl uses the spelling exactly only")
    #expect(frozen.languages(ofExact: TermHash.of(relax)) == Vocabulary.bit(.en) | Vocabulary.bit(.nl) | Vocabulary.bit(.nb),
            "language detection sees every use of the spelling")
}

/// Red-flag rules take no typos (a non-native writer's slip must not become an insult), also for a
/// word a positive rule uses too: "stupid" is in calm.insult and in calm.boundary's "don't call me stupid".
@Test func aTypoOfAWordAPositiveRuleAlsoUsesIsNoRedFlag() {
    #expect(Shipped.rules(Shipped.score("You are so stupid.", .en)).contains("calm.insult"))
    #expect(!Shipped.rules(Shipped.score("I am sorry, that was stupd of me.", .en)).contains("calm.insult"))
    // The positive rules still forgive the typo.
    #expect(Shipped.score("I'm so sory.", .en).behaviours.contains(.apologised))
}

/// A word inside a phrase's gap is the reply's own, not the phrase's: Dutch "ik stort de dubbele
/// betaling terug" names the payment as "I'll refund the double payment" does, so it reflects the
/// customer's specifics in all three languages (the Dutch separable verb used to swallow them).
@Test(arguments: [
    ("I'm sorry, I'll refund the double payment today.", Language.en, ["double", "payment"]),
    ("Het spijt me, ik stort de dubbele betaling vandaag terug.", .nl, ["dubbele", "betaling"]),
    ("Beklager, jeg refunderer den doble betalingen i dag.", .nb, ["doble", "betalingen"]),
])
func aWordInAPhrasesGapReflectsTheCustomersSpecifics(reply: String, language: Language, topics: [String]) {
    let score = Shipped.score(reply, language, topics: topics)
    #expect(Shipped.rules(score).contains("empathy.reflects-specifics"), "\(Shipped.rules(score))")
}

/// Three gaps that were the same in every language (a helper's sweep): a threat to cut off the
/// supply, hiding behind "the terms you signed", and an approved claim as the remedy it is.
@Test(arguments: [
    ("If you do not pay by Friday, we will cut off your supply.", Language.en, "calm.threat"),
    ("Als u vrijdag niet betaalt, sluiten we u af.", .nl, "calm.threat"),
    ("Hvis du ikke betaler innen fredag, stenger vi strømmen din.", .nb, "calm.threat"),
    ("It is in the terms you signed.", .en, "ownership.blame-shifting"),
    ("Dat staat in de voorwaarden die u heeft getekend.", .nl, "ownership.blame-shifting"),
    ("Det står i vilkårene du signerte.", .nb, "ownership.blame-shifting"),
    ("Your claim has been approved, and the money will be in your account on Monday.", .en, "ownership.remedy"),
    ("Uw claim is goedgekeurd, en het geld staat maandag op uw rekening.", .nl, "ownership.remedy"),
    ("Kravet ditt er godkjent, og pengene er på kontoen din mandag.", .nb, "ownership.remedy"),
])
func threatsTermsAndApprovedClaimsAreReadInEveryLanguage(reply: String, language: Language, rule: String) {
    #expect(Shipped.rules(Shipped.score(reply, language)).contains(rule))
}


/// The spelling without apostrophes stands for the contraction only where it is no word of its
/// own: "well", "were" and "hell" keep their meaning.
@Test func apostropheFreeSpellingsAreOnlyTheContractionsThatAreNoWords() {
    #expect(PhrasePatternCompiler.apostropheFree("that's")?.word == "thats")
    #expect(PhrasePatternCompiler.apostropheFree("i'll*").map { [$0.word, String($0.isPrefix)] } == ["ill", "true"])
    #expect(PhrasePatternCompiler.apostropheFree("=you're")?.word == "youre")
    for word in ["we'll", "we're", "he'll", "it's", "'t", "sorry"] { #expect(PhrasePatternCompiler.apostropheFree(word) == nil, "\(word)") }
    let score = Shipped.score("Well, we were told the lift was fine, so what the hell happened?", .en)
    #expect(!score.behaviours.contains(.tookOwnership), "\(Shipped.rules(score))")
}
