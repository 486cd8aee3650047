import Foundation
import Drill
import HotseatCore
import Scenarios
import GRDB
import Testing
@testable import Store

/// Scores every reply the same, so the drill is deterministic without the rubric files.
struct FixedScorer: ReplyScoring {
    func score(_ reply: String, context: ScoringContext) -> ReplyScore {
        Sample.score(empathy: reply.contains("sorry") ? 80 : 30)
    }
}

@Suite("StoreRecorder with a real DrillSession")
struct RecorderTests {
    static let scenario = Scenario(
        id: "tiny", title: LocalizedText([.en: "Tiny"]), trains: LocalizedText([.en: "testing"]), difficulty: 1, languages: [.en],
        persona: Persona(name: "Pat", situation: LocalizedText([.en: "x"]), wants: LocalizedText([.en: "y"])),
        traits: RecoveryTraits(), topicWords: [:], mood: MoodSpec(start: 70), turnLimit: 4, scoring: ScoringSpec(),
        start: "opening",
        beats: ["opening": Beat(id: "opening", line: LocalizedLines([.en: ["Where is my parcel?"]]), next: [Transition(goto: "again")]),
                "again": Beat(id: "again", line: LocalizedLines([.en: ["Still nothing?"]]), next: [Transition(goto: "again")])],
        endings: [:], file: "tiny.yaml")

    @Test("turns are committed with the drill state, and a restored drill continues the same row")
    func recordAndResume() throws {
        let folder = TemporaryFolder()
        let store = try Store.open(at: folder.storeURL)
        let recorder = StoreRecorder(store: store, scenarios: [Self.scenario])
        var drill = try DrillSession(scenario: Self.scenario, language: .en, seed: 3, engine: FixedScorer())
        try recorder.sessionStarted(drill.state, trainee: "ingrid")
        for reply in ["so sorry", "", "I'll fix it"] {
            let turn = try drill.submit(reply: reply)
            try recorder.recordTurn(turn, state: drill.state)
        }
        let id = try #require(recorder.currentSessionID)
        // A crash here: nothing else is called. What is in the file is what resume sees.
        let open = try #require(try store.latestUnfinishedSession(trainee: "ingrid"))
        #expect(open.session.id == id)
        #expect(open.turnCount == 3)
        let stored = try store.turns(session: id)
        #expect(stored.map(\.reply) == ["so sorry", "", "I'll fix it"])
        #expect(stored[1].score == nil)
        #expect(stored[0].score?.scores[.empathy] == 80)
        let state = try store.drillState(of: open.session)
        #expect(state == drill.state)

        var restored = try DrillSession(restoring: state, scenario: Self.scenario, engine: FixedScorer())
        let again = StoreRecorder(store: store, scenarios: [Self.scenario], resuming: id)
        try again.sessionStarted(restored.state, trainee: "ingrid")
        let next = try restored.submit(reply: "sorry again")
        try again.recordTurn(next, state: restored.state)
        try again.sessionEnded(restored.scorecard(), state: restored.state)
        let final = try store.transcript(id)
        #expect(final.turns.map(\.index) == [0, 1, 2, 3])
        #expect(final.session.status == .finished)
        #expect(try store.sessions(trainee: "ingrid").count == 1)
    }

    @Test("a turn the full disk refuses is reported as unsaved, and saved with the next turn once there is room")
    func unsavedTurnThroughTheRecorder() throws {
        let folder = TemporaryFolder()
        let store = try Store(url: folder.storeURL, access: .readWrite, busyTimeout: 5, now: { Date() }, prepare: nil)
        let recorder = StoreRecorder(store: store, scenarios: [Self.scenario])
        var drill = try DrillSession(scenario: Self.scenario, language: .en, seed: 3, engine: FixedScorer())
        try recorder.sessionStarted(drill.state, trainee: "ingrid")
        try store.pool.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            _ = try Int.fetchOne(db, sql: "PRAGMA max_page_count = \(pages)")
        }
        let long = String(repeating: "so sorry about the parcel. ", count: 300)
        let first = try drill.submit(reply: long)
        let error = #expect(throws: StoreError.self) { try recorder.recordTurn(first, state: drill.state) }
        #expect(error?.code == .diskFull)
        #expect(error?.message.contains("not saved yet") == true)
        #expect(store.pendingCount == 1)
        try store.pool.writeWithoutTransaction { db in _ = try Int.fetchOne(db, sql: "PRAGMA max_page_count = 1000000") }
        let second = try drill.submit(reply: "sorry")
        try recorder.recordTurn(second, state: drill.state)
        #expect(store.pendingCount == 0)
        let id = try #require(recorder.currentSessionID)
        #expect(try store.turns(session: id).map(\.reply) == [first.reply, "sorry"])
        #expect(first.reply.count > 500)
        #expect(try store.drillState(of: store.session(id)) == drill.state)
    }
}
