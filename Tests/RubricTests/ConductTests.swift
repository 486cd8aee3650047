import HotseatCore
import Testing
@testable import Rubric

/// An insult, an intimidation or a promise taken back as a joke undoes a recovery however good
/// the rest of the reply is: the rule's flag caps the reply, and the cap is evidence of its own.
/// (Each of these scored 95.7 on the shipped rubric before: the rules were missing, and a listed
/// insult only cost calm, leaving the overall at 71.)
struct ConductTests {
    static let strong: [Language: String] = [
        .en: "I'm so sorry about the hour on the chairlift, that must have been so frustrating for the kids. That's on us. I'll refund your day pass today and give you a free pass for tomorrow, and I'll call you back by 5 pm.",
        .nl: "Het spijt me echt van dat uur in de stoeltjeslift, wat vervelend voor de kinderen. Dat is onze fout. Ik betaal je dagpas vandaag terug, je krijgt morgen een gratis skipas, en ik bel je voor vijf uur terug.",
        .nb: "Jeg er så lei meg for timen i stolheisen, det må ha vært frustrerende for ungene. Det er vår feil. Jeg refunderer dagskortet i dag, du får gratis heiskort i morgen, og jeg ringer deg tilbake før klokka fem.",
    ]

    @Test(arguments: [
        (" You're a whiny little drama queen, by the way.", Language.en, "abused-customer", 30.0),
        (" Je bent trouwens echt een zeurende dramakoningin.", .nl, "abused-customer", 30.0),
        (" Du er forresten en skikkelig sytete dramaqueen.", .nb, "abused-customer", 30.0),
        (" Now get lost, you idiot.", .en, "abused-customer", 30.0),
        (" And if you ever come back here, I'll make sure you regret it.", .en, "abused-customer", 30.0),
        (" En als je hier ooit terugkomt, zorg ik dat je er spijt van krijgt.", .nl, "abused-customer", 30.0),
        (" Og hvis du noen gang kommer tilbake hit, skal jeg sørge for at du angrer.", .nb, "abused-customer", 30.0),
        // Hidden from the engine, not from the reader: zero-width spaces and a Cyrillic "о" and "е".
        (" Honestly, you're an i\u{200B}d\u{200B}i\u{200B}o\u{200B}t.", .en, "abused-customer", 30.0),
        (" H\u{043E}u j\u{0435} m\u{043E}nd, sukk\u{0435}l.", .nl, "abused-customer", 30.0),
        (" Just kidding.", .en, "took-it-back", 25.0),
        (" Grapje.", .nl, "took-it-back", 25.0),
        (" Bare tuller.", .nb, "took-it-back", 25.0),
    ])
    func aStrongReplyEndingInAbuseOrARetractionIsCapped(ending: String, language: Language, flag: String, cap: Double) throws {
        let strong = try #require(Self.strong[language])
        let before = Shipped.score(strong, language)
        #expect(before.overall >= 80)
        let score = Shipped.score(strong + ending, language)
        #expect(score.flags.contains { $0.code == flag }, "\(score.flags)")
        #expect(score.overall <= cap)
        #expect(score.evidence.contains { $0.rule == "conduct.\(flag)" && $0.points < 0 }, "\(Shipped.rules(score))")
        #expect(!score.evidence.contains { $0.rule.hasPrefix("anti-gaming.") })
    }

    /// The same words negated, or about something else, raise nothing.
    @Test(arguments: [
        ("You won't regret choosing the new model, and I'll set it up for you today.", Language.en),
        ("U krijgt er geen spijt van, ik regel het vandaag voor u.", .nl),
        ("Du kommer ikke til å angre, jeg ordner det for deg i dag.", .nb),
        ("I'm not kidding, the refund goes out today.", .en),
        ("Dit is geen grapje: de terugbetaling gaat vandaag de deur uit.", .nl),
        ("Jeg tuller ikke, refusjonen går ut i dag.", .nb),
    ])
    func negatedOrUnrelatedWordsRaiseNoConductFlag(reply: String, language: Language) {
        let score = Shipped.score(reply, language)
        #expect(score.flags.isEmpty, "\(score.flags)")
        #expect(score.overall > 35)
    }

    /// Sarcasm that was missing: it costs calm (it is not capped: "obviously" is a lapse, not abuse).
    @Test(arguments: [
        ("Oh I'm SO sorry, your majesty. ", Language.en),
        ("O, het spijt me ZO, hoogheid. ", .nl),
        ("Å, jeg er SÅ lei meg, deres majestet. ", .nb),
        ("Per my previous message, and as I have already explained several times: ", .en),
        ("Zoals ik in mijn vorige bericht al meerdere keren heb uitgelegd: ", .nl),
        ("Som jeg allerede har forklart flere ganger i forrige melding: ", .nb),
    ])
    func aSarcasticOpenerCostsCalm(opener: String, language: Language) throws {
        let strong = try #require(Self.strong[language])
        let score = Shipped.score(opener + strong, language)
        #expect(score.behaviours.contains(.sarcastic), "\(Shipped.rules(score))")
        #expect(score.scores[.calm]! <= 60)
        // The apology the sneer comes with is mocked, not earned (it earned its 20 before).
        let apology = try #require(score.evidence.first { $0.rule == "empathy.apology" })
        #expect(apology.points == 0)
        #expect(apology.explanation.contains("mocked by"), "\(apology.explanation)")
    }

    /// A sneer in another sentence leaves the apology alone: "Sorry. Calm down." still apologises
    /// (and the sneer costs calm), "Sorry, calm down." does not.
    @Test(arguments: [
        ("Sorry, calm down.", "Sorry. Calm down.", Language.en),
        ("Sorry, rustig aan.", "Sorry. Rustig aan.", .nl),
        ("Beklager, ro deg ned.", "Beklager. Ro deg ned.", .nb),
    ])
    func aSneerMocksTheApologyOfItsOwnSentence(mocked: String, apart: String, language: Language) {
        #expect(!Shipped.score(mocked, language).behaviours.contains(.apologised))
        #expect(Shipped.score(apart, language).behaviours.contains(.apologised))
    }
}
