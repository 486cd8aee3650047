import Foundation
import HotseatCore
import Testing
@testable import Rubric

/// `rubric check --coverage`: a pattern that none of its rule's match examples matches is listed
/// with its file and line, and one example that says it takes it off the list.
@Suite struct PatternCoverageTests {
    @Test func aPatternWithoutAnExampleIsListedAtItsLine() throws {
        let rubric = try TemporaryRubric()
        defer { rubric.remove() }
        let line = try rubric.replace(in: "ownership.yaml", #""going forward""#, with: #""going forward", "the zebra protocol""#)
        let coverage = try RubricEngine.load(directory: rubric.directory).patternCoverage()
        let zebra = try #require(coverage.untested.first { $0.text == "the zebra protocol" })
        #expect(zebra.rule == "ownership.prevention")
        #expect(zebra.language == .en)
        #expect(zebra.location.file.hasSuffix("ownership.yaml"))
        #expect(zebra.location.line == line)
        #expect(coverage.exercised + coverage.untested.count == coverage.total)
    }

    @Test func anExampleThatSaysItCoversIt() throws {
        let rubric = try TemporaryRubric()
        defer { rubric.remove() }
        try rubric.replace(in: "ownership.yaml", #""going forward""#, with: #""going forward", "the zebra protocol""#)
        try rubric.replace(in: "ownership.yaml", #"match: ["I've flagged it so this won't happen again.""#,
                           with: #"match: ["We follow the zebra protocol now.", "I've flagged it so this won't happen again.""#)
        let before = try RubricEngine.load(directory: Shipped.scoringDirectory).patternCoverage()
        let coverage = try RubricEngine.load(directory: rubric.directory).patternCoverage()
        #expect(!coverage.untested.contains { $0.text == "the zebra protocol" })
        #expect(coverage.total == before.total + 1)
        #expect(coverage.exercised == before.exercised + 1)
    }

    /// A pattern whose alternatives read differently from how they look ("nobody|no one else" is
    /// nobody-or-no, then one, then else) matches no natural example: coverage is how it shows.
    @Test func aMisreadAlternationStaysUncoveredByTheExampleItWasMeantFor() throws {
        let rubric = try TemporaryRubric()
        defer { rubric.remove() }
        try rubric.replace(in: "ownership.yaml", #""going forward""#, with: #""going forward", "so nobody|no one ever""#)
        try rubric.replace(in: "ownership.yaml", #"match: ["I've flagged it so this won't happen again.""#,
                           with: #"match: ["I've flagged it so nobody ever waits like that again.", "I've flagged it so this won't happen again.""#)
        // The example still matches the rule through another pattern ("I've flagged"), so the rubric loads…
        let coverage = try RubricEngine.load(directory: rubric.directory).patternCoverage()
        // …but the pattern written for it never matched.
        #expect(coverage.untested.contains { $0.text == "so nobody|no one ever" })
    }
}
