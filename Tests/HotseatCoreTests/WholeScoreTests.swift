import Testing
@testable import HotseatCore

@Suite struct WholeScoreTests {
    @Test(arguments: [(78.5, 79), (78.49, 78), (0.5, 1), (2.5, 3), (99.5, 100), (0, 0)])
    func halvesRoundAwayFromZero(value: Double, expected: Int) {
        #expect(WholeScore.of(value) == expected)
        #expect(WholeScore.text(value) == String(expected))
    }

    @Test func aMissingOrBrokenScoreReadsAsADash() {
        #expect(WholeScore.text(nil) == "–")
        #expect(WholeScore.text(.nan) == "–")
        #expect(WholeScore.of(.infinity) == nil)
        #expect(WholeScore.text(nil, missing: "—") == "—")
    }
}
