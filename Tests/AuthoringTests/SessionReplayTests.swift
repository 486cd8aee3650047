import Drill
import Foundation
import HotseatCore
import Scenarios
import Testing
@testable import Authoring

/// A scorer that no longer hears "fresh one" as a remedy: the rubric "changed".
struct ForgetfulScorer: ReplyScoring {
    func score(_ reply: String, context: ScoringContext) -> ReplyScore {
        KeywordScorer().score(reply.replacingOccurrences(of: "fresh one", with: "nice one"), context: context)
    }
}

@Suite struct SessionReplayTests {
    func recordedSession() throws -> (RecordedSession, Scenario) {
        let result = ScenarioLoader.parse(TranscriptRunnerTests.scenario, path: "scenarios/cold-coffee.yaml")
        let scenario = try #require(result.scenario)
        var session = try DrillSession(scenario: scenario, language: .en, seed: 4, engine: KeywordScorer(), clock: FrozenClock())
        _ = try session.submit(reply: "I'm so sorry.", latency: .net(10))
        _ = try session.submit(reply: "Here is a fresh one.", latency: .notMeasured)
        // Through JSON, as a recorded session would arrive.
        let data = try JSONEncoder().encode(session.state)
        let state = try JSONDecoder().decode(DrillState.self, from: data)
        return (RecordedSession(state: state, scenario: scenario), scenario)
    }

    @Test func sameRubricChangesNothing() throws {
        let (state, scenario) = try recordedSession()
        let replay = SessionReplay.replay(state, scenario: scenario, engine: KeywordScorer())
        #expect(replay.turns.count == 2)
        #expect(replay.turns.allSatisfy { $0.isUnchanged })
        #expect(replay.divergedAt == nil)
        #expect(replay.after?.outcome == .resolved)
        #expect(replay.text().contains("  outcome: resolved → resolved"))
        #expect(replay.recorded.scores[.empathy] == replay.after?.dimension(.empathy)?.score)
    }

    @Test func aDifferentPathIsReportedFromTheReplyThatAnsweredAnotherLine() throws {
        let result = ScenarioLoader.parse(TranscriptRunnerTests.scenario, path: "scenarios/cold-coffee.yaml")
        let scenario = try #require(result.scenario)
        // Recorded under an older rubric: the customer stayed at `opening` after the first reply.
        // Today's scorer hears the apology, so she moves on to `waiting` and reply 2 answers that.
        let recorded = RecordedSession(scenarioID: scenario.id, language: .en, mode: .training, seed: 1, turns: [
            .init(reply: "I'm sorry.", latency: nil, score: nil, beat: "opening"),
            .init(reply: "Anything else?", latency: nil, score: nil, beat: "opening"),
        ], outcome: nil, scores: [:])
        let replay = SessionReplay.replay(recorded, scenario: scenario, engine: KeywordScorer())
        #expect(replay.divergedAt == 2)
        #expect(replay.text().contains("  now answers beat 'waiting' (then: 'opening')"))
    }

    @Test func aChangedRubricShowsTurnByTurnWhatMoved() throws {
        let (state, scenario) = try recordedSession()
        let replay = SessionReplay.replay(state, scenario: scenario, engine: ForgetfulScorer())
        #expect(replay.turns[0].isUnchanged)
        let second = replay.turns[1]
        #expect(second.scoreChanges.map(\.dimension) == [.ownership])
        #expect(second.rulesRemoved == ["test.offered_remedy"])
        #expect(replay.divergedAt == nil, "both replies still answered the same lines")
        #expect(replay.after?.outcome == nil)
        let text = replay.text()
        #expect(text.contains("reply 2: “Here is a fresh one.”"))
        #expect(text.contains("  ownership: 80 → 30"))
        #expect(text.contains("  behaviours: offered_remedy → none"))
        #expect(text.contains("  outcome: resolved → unfinished"))
        #expect(text.contains("  ownership: 80 → 30  (changed)"))
    }
}

/// Hears an apology in every reply, and flags a reply it has seen before as repeated, as the rubric does.
struct RepeatFlaggingScorer: ReplyScoring {
    func score(_ reply: String, context: ScoringContext) -> ReplyScore {
        var score = KeywordScorer().score(reply, context: context)
        if context.previousReplies.contains(reply) {
            score.flags.append(ScoreFlag(code: "repeated-earlier-reply", message: "repeated"))
        }
        return score
    }
}

@Suite struct SessionReplayHeardBehaviourTests {
    /// The customer did not hear the repeated reply; its score still lists the apology. Replaying it
    /// under the same rubric must compare what was heard with what is heard: nothing changed.
    @Test func aRepeatedReplyReplaysUnchanged() throws {
        let result = ScenarioLoader.parse(TranscriptRunnerTests.scenario, path: "scenarios/cold-coffee.yaml")
        let scenario = try #require(result.scenario)
        var session = try DrillSession(scenario: scenario, language: .en, seed: 4, engine: RepeatFlaggingScorer(), clock: FrozenClock())
        _ = try session.submit(reply: "Oh no, I'm so sorry.", latency: .net(10))
        let repeated = try session.submit(reply: "Oh no, I'm so sorry.", latency: .net(10))
        #expect(repeated.behaviours.isEmpty, "the drill did not hear it")
        #expect(repeated.score?.behaviours == [.apologised], "the score still lists it")
        let state = try JSONDecoder().decode(DrillState.self, from: try JSONEncoder().encode(session.state))
        let replay = SessionReplay.replay(RecordedSession(state: state, scenario: scenario), scenario: scenario, engine: RepeatFlaggingScorer())
        #expect(replay.turns.count == 2)
        #expect(replay.turns.allSatisfy { $0.isUnchanged }, "\(replay.text())")
        #expect(!replay.text().contains("behaviours:"))
    }

    /// A session recorded before it ended has no session scores: the replay says so instead of "changed".
    @Test func sessionScoresNotOnRecordAreNotCalledChanged() throws {
        let result = ScenarioLoader.parse(TranscriptRunnerTests.scenario, path: "scenarios/cold-coffee.yaml")
        let scenario = try #require(result.scenario)
        let recorded = RecordedSession(scenarioID: scenario.id, language: .en, mode: .training, seed: 1, turns: [
            .init(reply: "I'm sorry.", latency: nil, score: nil, beat: "opening", heard: [.apologised]),
        ], outcome: nil, scores: [:])
        let text = SessionReplay.replay(recorded, scenario: scenario, engine: KeywordScorer()).text()
        #expect(text.contains("  empathy: — → 70  (not recorded then)"), "\(text)")
        #expect(!text.contains("(changed)"), "\(text)")
    }
}
