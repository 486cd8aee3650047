import HotseatCore
import Testing
@testable import Rubric

private func missing(_ score: ReplyScore) -> [String] {
    score.evidence.filter { $0.start == 0 && $0.end == 0 && $0.text.isEmpty && $0.dimension != .speed }.map(\.rule)
}

@Test func majorFailureExpectsAConcreteRemedy() {
    let empathyOnly = "I'm so sorry, that must have been awful."
    let major = Shipped.score(empathyOnly, .en, traits: RecoveryTraits(severity: .major))
    let minor = Shipped.score(empathyOnly, .en, traits: RecoveryTraits(severity: .minor))
    #expect(missing(major) == ["context.major-needs-remedy"])
    let evidence = major.evidence.first { $0.rule == "context.major-needs-remedy" }!
    #expect(evidence.points < 0 && evidence.explanation.contains("remedy"))
    #expect(missing(minor).isEmpty)
    #expect(major.scores[.ownership]! < minor.scores[.ownership]!)
    let remedied = Shipped.score(empathyOnly + " I'll refund your ticket today.", .en, traits: RecoveryTraits(severity: .major))
    #expect(missing(remedied).isEmpty)
}

@Test func abusiveCustomerExpectsARespectfulBoundary() {
    let abusive = RecoveryTraits(abusive: true)
    let noBoundary = Shipped.score("I'll look into your bill now.", .en, traits: abusive)
    #expect(missing(noBoundary).contains("context.abuse-needs-boundary"))
    let boundary = Shipped.score("I want to help you, and I need us to keep this respectful. I'll look into your bill now.", .en, traits: abusive)
    #expect(!missing(boundary).contains("context.abuse-needs-boundary"))
    #expect(boundary.scores[.calm]! > noBoundary.scores[.calm]!)
}

@Test func outsideCauseExpectsAnHonestExplanation() {
    let external = RecoveryTraits(cause: .outsideControl)
    let silent = Shipped.score("I'm sorry, I'll rebook you on the next train.", .en, traits: external)
    let honest = Shipped.score("I'm sorry, the line closed because of the storm. I'll rebook you on the next train.", .en, traits: external)
    #expect(missing(silent) == ["context.external-needs-explanation"])
    #expect(missing(honest).isEmpty)
    #expect(honest.behaviours.contains(.explainedCause))
}

@Test(arguments: [
    ("I'm sorry it happened again. I've flagged it so this won't happen again.", Language.en),
    ("Het spijt me dat het weer gebeurde. Ik heb het gemeld zodat het niet nog eens gebeurt.", .nl),
    ("Beklager at det skjedde igjen. Jeg har meldt det slik at det ikke skjer igjen.", .nb),
])
func repeatFailureExpectsPrevention(reply: String, language: Language) {
    let repeatFailure = RecoveryTraits(failure: .repeated)
    #expect(missing(Shipped.score(reply, language, traits: repeatFailure)).isEmpty)
    let withoutPrevention = Shipped.score("I'm sorry it happened again.", language, traits: repeatFailure)
    #expect(missing(withoutPrevention) == ["context.repeat-needs-prevention"])
}

@Test func scenarioExpectationsAndWeightsApply() {
    let reply = "I'm so sorry, that must be frustrating."
    let expecting = Shipped.engine.score(reply, context: ScoringContext(language: .en, expectedBehaviours: [.promisedFollowUp, .apologised]))
    #expect(missing(expecting) == ["expected.promised_follow_up"])
    #expect(expecting.coaching.contains { $0.dimension == .ownership })
    let plain = Shipped.engine.score(reply, context: ScoringContext(language: .en))
    let heavy = Shipped.engine.score(reply, context: ScoringContext(language: .en, weightOverrides: [.empathy: 3]))
    #expect(heavy.scores == plain.scores)
    #expect(heavy.overall > plain.overall)
}

@Test func followUpNeedsATime() {
    let vague = Shipped.score("I'll call you back.", .en)
    let timed = Shipped.score("I'll call you back before 3 pm today.", .en)
    #expect(!vague.behaviours.contains(.promisedFollowUp))
    #expect(timed.behaviours.contains(.promisedFollowUp))
    #expect(vague.evidence.contains { $0.rule == "ownership.follow-up" && $0.explanation.contains("no time") })
    #expect(timed.scores[.ownership]! > vague.scores[.ownership]!)
}
