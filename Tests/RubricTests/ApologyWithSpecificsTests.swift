import HotseatCore
import Testing

/// An apology told in the customer's own details ("so sorry Noah has been sleeping on a mattress
/// on the floor for two weeks") reflects them as much as a named feeling does; a bare "sorry about
/// the bed" does not, and neither does an apology taken back with "but".
@Suite struct ApologyWithSpecificsTests {
    static let topics = ["bed", "mattress", "floor", "noah", "weeks", "delivery"]

    static func specifics(_ reply: String, _ language: Language = .en) -> Double {
        Shipped.score(reply, language, topics: topics).evidence.filter { $0.rule == "empathy.reflects-specifics" }.map(\.points).reduce(0, +)
    }

    @Test func anApologyInTheirOwnDetailsEarnsTheFullReflection() {
        let rich = Self.specifics("I'm so sorry Noah has been sleeping on a mattress on the floor for two weeks.")
        let bare = Self.specifics("I'm so sorry about the bed, I'll sort it out today.")
        #expect(rich == 35)
        #expect(bare == 10)
        let explained = Shipped.score("I'm so sorry Noah has been sleeping on a mattress on the floor for two weeks.", .en, topics: Self.topics)
        #expect(explained.evidence.contains { $0.explanation.hasSuffix("in an apology that names their situation word for word") })
    }

    @Test func anApologyTakenBackEarnsOnlyThePlainReflection() {
        #expect(Self.specifics("I'm sorry Noah is on a mattress on the floor, but deliveries take weeks.") == 10)
    }

    @Test(arguments: [
        ("Het spijt me zo dat Noah al twee weken op een matras op de grond slaapt.", Language.nl),
        ("Jeg beklager så mye at Noah har sovet på en madrass på gulvet i to uker.", .nb),
    ])
    func itHoldsInEveryLanguage(reply: String, language: Language) {
        let topics: [String] = language == .nl ? ["bed", "matras", "grond", "noah", "weken"] : ["seng", "madrass", "gulvet", "noah", "uker"]
        let points = Shipped.score(reply, language, topics: topics).evidence.filter { $0.rule == "empathy.reflects-specifics" }.map(\.points).reduce(0, +)
        #expect(points == 35)
    }
}
