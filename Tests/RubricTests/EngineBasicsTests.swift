import Foundation
import HotseatCore
import Testing
@testable import Rubric

@Test func shippedRubricLoadsAndSelfTests() {
    let summary = Shipped.engine.summary
    #expect(summary.criteria >= 20)
    #expect(summary.matchExamples >= 100)
    #expect(summary.noMatchExamples >= 100)
}

@Test func evidenceSpansPointAtTheWordsThatEarnedThem() {
    let marked = MarkedText("I'm so ⟦sorry⟧ you were stuck, that ⟦must be really awful⟧.")
    let score = Shipped.score(marked.text, .en)
    let apology = try! #require(score.evidence.first { $0.rule == "empathy.apology" })
    #expect(apology.start..<apology.end == marked.spans[0])
    #expect(apology.text == "sorry")
    let feeling = try! #require(score.evidence.first { $0.rule == "empathy.name-feeling" })
    #expect(feeling.start..<feeling.end == marked.spans[1])
    #expect(score.behaviours.contains(.apologised))
    #expect(score.behaviours.contains(.acknowledgedFeeling))
}

@Test func offsetsAreUnicodeScalarsNotBytes() {
    let marked = MarkedText("Å nei 😞, jeg ⟦beklager⟧ så mye.")
    let score = Shipped.score(marked.text, .nb)
    let apology = try! #require(score.evidence.first { $0.rule == "empathy.apology" })
    #expect(apology.start..<apology.end == marked.spans[0])
}

@Test func aStrongReplyBeatsAWeakOne() {
    let strong = Shipped.score("I'm so sorry you were stuck in the cold for an hour. I'll refund the two hours on your pass right now.", .en,
                               traits: RecoveryTraits(severity: .major))
    let weak = Shipped.score("Ok. Noted.", .en, traits: RecoveryTraits(severity: .major))
    #expect(strong.overall >= 55)
    #expect(weak.overall <= 25)
    #expect(strong.scores[.ownership]! >= 60)
    #expect(weak.scores[.ownership]! < 20)
}
