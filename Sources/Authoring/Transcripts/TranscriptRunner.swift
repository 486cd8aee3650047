import Drill
import Foundation
import HotseatCore
import Scenarios

/// A clock that never moves: golden transcripts give latency explicitly or not at all, so that
/// a slow CI machine can never change a speed score.
struct FrozenClock: DrillClock {
    func now() -> Double { 0 }
}

/// What playing one golden transcript gave, and how it differs from what was expected.
public struct TranscriptRun: Sendable {
    public enum Drift: Sendable, Equatable {
        /// `got` is nil when the replies ran out before any ending.
        case ending(expected: Outcome, got: Outcome?)
        case score(HotseatCore.Dimension, expected: ClosedRange<Double>, got: Double?)
    }

    public var file: String
    public var scenarioID: String
    public var transcript: GoldenTranscript
    public var turns: [TurnResult]
    public var scorecard: Scorecard?
    public var drifts: [Drift]
    /// Replies never given because the drill had already ended.
    public var unusedReplies: Int
    /// Why the transcript could not be played at all (unknown scenario, language not offered…).
    public var failure: String?
    /// The beat each reply answered and the rule that moved the customer on (1-based, nil: none).
    public var rules: [Int?]

    public var passed: Bool { failure == nil && drifts.isEmpty }
}

/// Plays golden transcripts through the real drill session and a real scorer.
///
/// ```swift
/// let runner = TranscriptRunner(catalog: catalog, engine: try RubricEngine.load(directory: scoring))
/// let runs = runner.run(file)                      // one TranscriptRun per transcript
/// print(TestReport(runs: runs).text())             // PASS / FAIL with the diff on drift
/// ```
public struct TranscriptRunner: Sendable {
    public let catalog: ScenarioCatalog
    public let engine: any ReplyScoring

    public init(catalog: ScenarioCatalog, engine: any ReplyScoring) {
        self.catalog = catalog
        self.engine = engine
    }

    public func run(_ file: TranscriptFile) -> [TranscriptRun] {
        file.transcripts.map { run($0, scenarioID: file.scenarioID, file: file.file) }
    }

    public func run(_ transcript: GoldenTranscript, scenarioID: String, file: String) -> TranscriptRun {
        var run = TranscriptRun(file: file, scenarioID: scenarioID, transcript: transcript, turns: [], scorecard: nil,
                                drifts: [], unusedReplies: 0, failure: nil, rules: [])
        guard let scenario = catalog.scenario(id: scenarioID) else {
            let broken = catalog.brokenFile(named: scenarioID) != nil
            run.failure = broken ? "scenario '\(scenarioID)' has errors; run `hotseat validate`" : "scenario '\(scenarioID)' is not defined"
            return run
        }
        var session: DrillSession
        do {
            session = try DrillSession(scenario: scenario, language: transcript.language, mode: .training, seed: transcript.seed,
                                       engine: engine, clock: FrozenClock())
        } catch {
            run.failure = error.description
            return run
        }
        for (index, reply) in transcript.replies.enumerated() {
            if session.isOver {
                run.unusedReplies = transcript.replies.count - index
                break
            }
            do {
                let turn = try session.submit(reply: reply.text, latency: reply.latency.map { .net($0) } ?? .notMeasured)
                run.turns.append(turn)
                run.rules.append(Self.rule(of: turn, in: scenario))
            } catch {
                run.failure = error.description
                return run
            }
        }
        let card = session.scorecard()
        run.scorecard = card
        if let expected = transcript.expect.outcome, card.outcome != expected {
            run.drifts.append(.ending(expected: expected, got: card.outcome))
        }
        for dimension in HotseatCore.Dimension.allCases {
            guard let range = transcript.expect.scores[dimension] else { continue }
            let got = card.dimension(dimension)?.score
            if got.map({ !range.contains($0) }) ?? true {
                run.drifts.append(.score(dimension, expected: range, got: got))
            }
        }
        return run
    }

    /// Which rule took the customer on, recomputed with the scenario's own rules for the report.
    static func rule(of turn: TurnResult, in scenario: Scenario) -> Int? {
        guard !turn.waited else { return nil }
        return scenario.step(from: turn.beatBefore, behaviours: Set(turn.behaviours), mood: turn.moodAfter, turn: turn.turn).rule.map { $0 + 1 }
    }
}
