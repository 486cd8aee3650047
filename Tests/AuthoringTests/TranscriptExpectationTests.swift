import Foundation
import HotseatCore
import Scenarios
import Testing
@testable import Authoring

/// Expectations a run can never meet are refused by `validate`, not discovered by `hotseat test`.
@Suite struct TranscriptExpectationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let catalog = ScenarioCatalog.load(directories: [root.appendingPathComponent("scenarios")])

    static func file(replies: String) throws -> TranscriptFile {
        let text = """
        scenario: ski-lift
        transcripts:
          - name: quick
            lang: en
            replies:
        \(replies)
            expect:
              scores:
                empathy: [0, 100]
                speed: [60, 100]

        """
        let result = TranscriptLoader.parse(text, path: "scenarios/tests/ski-lift.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return try #require(result.transcripts)
    }

    @Test func aSpeedRangeWithoutAnyLatencyIsAnErrorAtTheSpeedKey() throws {
        let file = try Self.file(replies: "      - \"I'm so sorry, I'll refund the lift hours now.\"")
        let problems = TranscriptChecks.diagnostics(for: file, catalog: Self.catalog)
        #expect(problems.map(\.description) == [
            "scenarios/tests/ski-lift.yaml:10:9: error: transcript 'quick' expects a speed range, but no reply has a latency, so speed is not measured (give the replies a latency, or drop the speed range)",
        ])
    }

    @Test func oneReplyWithALatencyMeasuresSpeed() throws {
        let file = try Self.file(replies: "      - {text: \"I'm so sorry, I'll refund the lift hours now.\", latency: 10}\n      - \"Anything else?\"")
        #expect(TranscriptChecks.diagnostics(for: file, catalog: Self.catalog).isEmpty)
    }
}
