import Foundation
import Drill
import HotseatCore
import Testing
@testable import Store

/// The hints a trainee took are part of their record: the stored overall has their cost taken
/// off, so every export that carries the overall says how many there were and what they cost.
@Suite("Hints in the stored record and the exports")
struct HintRecordTests {
    /// A drill with two hints and two replies, recorded; paused unless `finish`.
    static func playWithTwoHints(_ store: Store, finish: Bool) throws -> (id: String, drill: DrillSession) {
        let recorder = StoreRecorder(store: store, scenarios: [RecorderTests.scenario])
        var drill = try DrillSession(scenario: RecorderTests.scenario, language: .en, seed: 3, engine: FixedScorer())
        try recorder.sessionStarted(drill.state, trainee: "ingrid")
        _ = try drill.hint()
        try recorder.recordTurn(try drill.submit(reply: "so sorry"), state: drill.state)
        _ = try drill.hint()
        try recorder.recordTurn(try drill.submit(reply: "I'll fix it"), state: drill.state)
        let id = try #require(recorder.currentSessionID)
        if finish { try recorder.sessionEnded(drill.scorecard(), state: drill.state) } else { try recorder.sessionPaused(drill.state) }
        return (id, drill)
    }

    @Test("a finished session's hints come from its scorecard, a paused one's from the drill state")
    func hintUsageIsReadFromWhatTheDrillStored() throws {
        let folder = TemporaryFolder()
        let store = try Store.open(at: folder.storeURL)
        let finished = try Self.playWithTwoHints(store, finish: true)
        let card = finished.drill.scorecard()
        #expect(try store.session(finished.id).hintUsage == HintUsage(count: card.hintsUsed, penalty: card.hintPenalty))
        #expect(card.hintsUsed == 2 && card.hintPenalty == 2 * DrillSession.hintCost)
        let paused = try Self.playWithTwoHints(store, finish: false)
        #expect(try store.session(paused.id).hintUsage == HintUsage(count: 2, penalty: 2 * DrillSession.hintCost))
        let unknown = Sample.session()
        store.startSession(unknown)
        #expect(try store.session(unknown.id).hintUsage == nil, "no scorecard and no drill state: the store cannot say")
    }

    @Test("JSON, CSV and xAPI exports carry the hints and their cost")
    func exportsCarryTheHints() throws {
        let folder = TemporaryFolder()
        let store = try Store.open(at: folder.storeURL)
        let played = try Self.playWithTwoHints(store, finish: true)
        let transcripts = try store.transcripts()

        let json = try SessionExporter().render(transcripts, as: .json)
        let sessions = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(sessions.first?["hintsUsed"] as? Int == 2)
        #expect(sessions.first?["hintPenalty"] as? Int == 10)

        let rows = try #require(CSV.parse(try SessionExporter().render(transcripts, as: .csv)))
        let row = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
        #expect(row["hints"] == "2")
        #expect(row["hint_penalty"] == "10")
        #expect(row["session_id"] == played.id)

        let xapi = try SessionExporter().render(transcripts, as: .xapi)
        let statement = try #require((try JSONSerialization.jsonObject(with: Data(xapi.utf8)) as? [[String: Any]])?.first)
        let extensions = try #require((statement["result"] as? [String: Any])?["extensions"] as? [String: Any])
        #expect(extensions["https://hotseat.invalid/xapi/extensions/hints"] as? Double == 2)
        #expect(extensions["https://hotseat.invalid/xapi/extensions/hint-penalty"] as? Double == 10)
    }

    @Test("a session the store cannot say anything about has no hint values, rather than a made-up 0")
    func unknownHintsStayEmpty() throws {
        let folder = TemporaryFolder()
        let store = try Store.open(at: folder.storeURL)
        let session = Sample.session()
        store.startSession(session)
        store.finishSession(session.id, ending: SessionEnding(outcome: .resolved, scores: [.empathy: 70], overall: 70))
        let transcripts = try store.transcripts()
        let rows = try #require(CSV.parse(try SessionExporter().render(transcripts, as: .csv)))
        let row = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
        #expect(row["hints"] == "" && row["hint_penalty"] == "")
        let json = try SessionExporter().render(transcripts, as: .json)
        #expect(!json.contains("hint"))
    }
}
