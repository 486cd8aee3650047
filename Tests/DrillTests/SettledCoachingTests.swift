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

    /// The drill's own empathy advice reads the reply it quotes: "name what they went through"
    /// is wrong for a reply that did, and right for one that did not.
    @Test func empathyAdviceSaysWhatTheQuotedReplyLacked() throws {
        let (scenario, engine) = try Self.skiLift()
        let context = ScoringContext(language: .en, traits: scenario.traits, topicWords: scenario.topicWords[.en] ?? [])
        let specific = engine.score("I'm so sorry you and your kids were stuck in the cold for an hour.", context: context)
        let bare = engine.score("I'm sorry.", context: context)
        let told = Principles.advice(for: .empathy, weak: true, language: .en, quoting: specific)
        #expect(told.contains("how it felt") && !told.contains("in their own specifics"), "\(told)")
        #expect(Principles.advice(for: .empathy, weak: true, language: .en, quoting: bare).contains("in their own specifics"))
        for language in [Language.nl, .nb] {
            #expect(Principles.advice(for: .empathy, weak: true, language: language, quoting: specific)
                    != Principles.advice(for: .empathy, weak: true, language: language, quoting: bare))
        }
    }
}
