import Testing
@testable import Screening

@Suite("SJT scoring against the expert key")
struct SJTScoringTests {
    let key = SJTKey(best: "B", worst: "D", rationale: "r", source: "s")

    @Test(arguments: [
        ("B", "D", 2), ("B", "A", 1), ("C", "D", 1), ("A", "C", 0),
        ("D", "B", -2), ("D", "A", -1), ("A", "B", -1), ("B", "C", 1),
    ])
    func pointsFollowTheKey(best: String, worst: String, expected: Int) {
        #expect(SJTScoring.score(best: best, worst: worst, key: key) == expected)
    }

    @Test func unansweredItemScoresZero() {
        #expect(SJTScoring.score(best: nil, worst: nil, key: key) == 0)
    }

    @Test func percentageSpansTheWholeRange() {
        #expect(SJTScoring.percentage(points: 12, items: 6) == 100)
        #expect(SJTScoring.percentage(points: -12, items: 6) == 0)
        #expect(SJTScoring.percentage(points: 0, items: 6) == 50)
        #expect(SJTScoring.percentage(points: 0, items: 0) == nil)
    }

    @Test(arguments: [
        ("best: B, worst: D", "B", "D"), ("B D", "B", "D"), ("b,d", "B", "D"),
        ("beste: C, slechtste: A", "C", "A"), ("beste: A, dårligste: C", "A", "C"), ("worst D best B", "B", "D"),
    ])
    func answersAreReadInEveryLanguage(text: String, best: String, worst: String) throws {
        let pick = try SJTAnswerParser.parse(text).get()
        #expect(pick.best == best && pick.worst == worst)
    }

    @Test func unreadableOrSameAnswersAreRefused() {
        #expect(throws: SJTAnswerParser.Problem.same) { try SJTAnswerParser.parse("B B").get() }
        #expect(throws: SJTAnswerParser.Problem.unreadable) { try SJTAnswerParser.parse("the second one").get() }
        #expect(throws: SJTAnswerParser.Problem.unreadable) { try SJTAnswerParser.parse("B E").get() }
    }
}
