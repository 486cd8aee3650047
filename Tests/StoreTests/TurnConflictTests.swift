import Foundation
import Drill
import HotseatCore
import Testing
@testable import Store

@Suite("Two Hotseats on one session never overwrite a turn")
struct TurnConflictTests {
    @Test("the second store's turn with a taken number is rejected with a clear line; the first one's reply stays")
    func secondWriterRejected() throws {
        let folder = TemporaryFolder()
        let first = try Store.open(at: folder.storeURL)
        let second = try Store.open(at: folder.storeURL)
        let session = Sample.session()
        #expect(first.startSession(session) == .saved)
        #expect(first.recordTurn(Sample.turn(session, index: 0, reply: "mine"), stateJSON: "{\"by\":\"first\"}") == .saved)
        let result = second.recordTurn(Sample.turn(session, index: 0, reply: "theirs"), stateJSON: "{\"by\":\"second\"}")
        guard case .rejected(let reason) = result else { Issue.record("expected a rejection, got \(result)"); return }
        #expect(reason.code == .turnConflict)
        #expect(reason.message == "turn 1 of session \(session.shortID) was already saved by another Hotseat; this copy stops saving")
        #expect(second.pendingCount == 0)
        let transcript = try first.transcript(session.id)
        #expect(transcript.turns.map(\.reply) == ["mine"])
        // The losing write's snapshot rolled back with it.
        #expect(transcript.session.stateJSON == "{\"by\":\"first\"}")
    }

    @Test("writing the very same turn again (a retry whose first attempt committed) is accepted and changes nothing")
    func retryIsIdempotent() throws {
        let folder = TemporaryFolder()
        let store = try Store.open(at: folder.storeURL)
        let session = Sample.session()
        store.startSession(session)
        let turn = Sample.turn(session, index: 0)
        #expect(store.recordTurn(turn) == .saved)
        #expect(store.recordTurn(turn) == .saved)
        #expect(try store.turns(session: session.id) == [turn])
    }

    @Test("two recorders resuming one session: the slower one reports the conflict once, then writes nothing more")
    func recorderStopsSaving() throws {
        let folder = TemporaryFolder()
        let setup = try Store.open(at: folder.storeURL)
        let recorder = StoreRecorder(store: setup, scenarios: [RecorderTests.scenario])
        var drill = try DrillSession(scenario: RecorderTests.scenario, language: .en, seed: 3, engine: FixedScorer())
        try recorder.sessionStarted(drill.state, trainee: "ingrid")
        try recorder.recordTurn(try drill.submit(reply: "so sorry"), state: drill.state)
        let id = try #require(recorder.currentSessionID)
        try recorder.sessionPaused(drill.state)
        let saved = try setup.drillState(of: try setup.session(id))

        // Two terminals run `hotseat resume` on the same paused session.
        let storeA = try Store.open(at: folder.storeURL), storeB = try Store.open(at: folder.storeURL)
        let a = StoreRecorder(store: storeA, scenarios: [RecorderTests.scenario], resuming: id)
        let b = StoreRecorder(store: storeB, scenarios: [RecorderTests.scenario], resuming: id)
        var drillA = try DrillSession(restoring: saved, scenario: RecorderTests.scenario, engine: FixedScorer())
        var drillB = try DrillSession(restoring: saved, scenario: RecorderTests.scenario, engine: FixedScorer())
        try a.sessionStarted(drillA.state, trainee: "ingrid")
        try b.sessionStarted(drillB.state, trainee: "ingrid")
        try a.recordTurn(try drillA.submit(reply: "A: I'll fix it"), state: drillA.state)
        #expect(throws: StoreError.self) { try b.recordTurn(try drillB.submit(reply: "B: whatever"), state: drillB.state) }
        #expect(b.stoppedSaving)
        // B carries on locally but neither its next turn nor its pause touch the row.
        try b.recordTurn(try drillB.submit(reply: "B: again"), state: drillB.state)
        try b.sessionPaused(drillB.state)
        try a.recordTurn(try drillA.submit(reply: "A: done"), state: drillA.state)
        let transcript = try setup.transcript(id)
        #expect(transcript.turns.map(\.reply) == ["so sorry", "A: I'll fix it", "A: done"])
        #expect(transcript.session.status == .inProgress)
    }
}
