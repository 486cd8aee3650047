import Foundation
import HotseatCore
import Rubric
import Scenarios
import Testing
@testable import Drill

/// Coaching must not tell a trainee to add what their next reply already gave: the hints teach
/// "empathy first, then the fix", so the fix arriving one reply later is the lesson learnt.
@Suite struct SettledCoachingTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func skiLift() throws -> (Scenario, RubricEngine) {
        let engine = try RubricEngine.load(directory: root.appendingPathComponent("scoring"))
        let catalog = ScenarioCatalog.load(directories: [root.appendingPathComponent("scenarios")])
        return (try #require(catalog.scenario(id: "ski-lift")), engine)
    }

    static let empathyOnly = "I'm so sorry, an hour in the cold with your kids must have been miserable."
    static let remedy = "I'll refund today's pass in full right now, and the kids get a free day pass for tomorrow."

    /// The tips the engine gave the first reply for something it lacked (those carry no quote).
    static func missingTips(_ turn: TurnResult) -> [CoachingTip] {
        let score = turn.score!
        return score.coaching.filter { tip in
            tip.quote == nil && score.evidence.contains { $0.dimension == tip.dimension && ScorecardBuilder.isMissingExpectation($0) }
        }
    }

    @Test func aTipForWhatTheNextReplySuppliedIsDropped() throws {
        let (scenario, engine) = try Self.skiLift()
        var drill = try DrillSession(scenario: scenario, language: .en, mode: .training, seed: 1, engine: engine)
        let first = try drill.submit(reply: Self.empathyOnly, latency: .notMeasured)
        let missing = Self.missingTips(first)
        try #require(!missing.isEmpty, "the engine should ask for a concrete remedy after a major failure")
        _ = try drill.submit(reply: Self.remedy, latency: .notMeasured)
        let messages = drill.scorecard().coaching.map(\.message)
        for tip in missing { #expect(!messages.contains(tip.message)) }
    }

    @Test func aTipForWhatNeverCameStays() throws {
        let (scenario, engine) = try Self.skiLift()
        var drill = try DrillSession(scenario: scenario, language: .en, mode: .training, seed: 1, engine: engine)
        let first = try drill.submit(reply: Self.empathyOnly, latency: .notMeasured)
        let missing = Self.missingTips(first)
        try #require(!missing.isEmpty)
        let messages = drill.scorecard().coaching.map(\.message)
        #expect(missing.contains { messages.contains($0.message) })
    }
}
