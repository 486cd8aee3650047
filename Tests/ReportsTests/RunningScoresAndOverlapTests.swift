import Foundation
import HotseatCore
import Store
import Testing
@testable import Reports

@Suite struct RunningScoresAndOverlapTests {
    @Test func aPausedSessionShowsItsRunningScoresMarkedNotFinished() throws {
        let folder = StoreAdapterTests.Folder()
        let store = try Store.open(at: folder.url.appendingPathComponent("s.sqlite"))
        let session = SessionRecord(trainee: "ada", scenarioID: "ski-lift", scenarioTitle: "Stuck", language: .en)
        _ = store.startSession(session)
        for (index, empathy) in [40.0, 60].enumerated() {
            _ = store.recordTurn(TurnRecord(sessionID: session.id, index: index, beat: nil, customerLine: "Line", reply: "Sorry.",
                                            latencyRaw: 10, latencyNet: 5, score: StoreAdapterTests.score(empathy, reply: "Sorry."),
                                            moodBefore: 70, moodAfter: 60))
        }
        _ = store.setStatus(.paused, session: session.id)
        let report = try StoreReports.session(session.id, in: store)
        #expect(report.scoresAreRunning)
        #expect(report.outcome == .unfinished)
        #expect(report.scores[.empathy] == 50)
        #expect(report.scores[.calm] == 80)
        let html = ReportRenderer().render(session: report, format: .html)
        #expect(!html.contains(SVG.noDataMessage))
        #expect(html.contains("Running scores (not finished)"))
        #expect(html.contains("Scores by dimension, with bands (running, not finished)"))
        #expect(html.contains("the mean of the 2 scored replies so far"))
        let text = ReportRenderer().render(session: report, format: .text)
        #expect(text.contains("Running scores (not finished)"))
        #expect(text.contains("(running, not finished)"))
    }

    @Test func aFinishedSessionKeepsItsScorecardScores() throws {
        let folder = StoreAdapterTests.Folder()
        let store = try Store.open(at: folder.url.appendingPathComponent("s.sqlite"))
        let id = StoreAdapterTests.record(store, trainee: "ada", empathy: 50, at: Date())
        let report = try StoreReports.session(id, in: store)
        #expect(!report.scoresAreRunning)
        #expect(!ReportRenderer().render(session: report, format: .html).contains("not finished)"))
    }

    /// "I'll put it right": O4 is "I'll put", O5 is "put it right".
    static let overlapping: (reply: String, evidence: [Evidence]) = {
        let reply = "I'll put it right."
        return (reply, [
            Evidence(rule: "ownership.i-will", dimension: .ownership, start: 0, end: 8, text: "I'll put", points: 6, explanation: "says what they will do"),
            Evidence(rule: "ownership.put-right", dimension: .ownership, start: 5, end: 17, text: "put it right", points: 8, explanation: "commits to fixing it"),
        ])
    }()

    @Test func overlappingSpansInHTMLKeepBothNotesOnTheSharedWords() {
        let (reply, evidence) = Self.overlapping
        let marked = TranscriptHTML.reply(reply, evidence: evidence, notePrefix: "turn-1")
        #expect(marked.line.contains("<mark class=\"ev ev-ownership\" title=\"Ownership +6: says what they will do (ownership.i-will)\">I&#39;ll </mark>"))
        #expect(marked.line.contains("<mark class=\"ev ev-ownership ev-shared\" data-notes=\"turn-1-note-1 turn-1-note-2\" title=\"Shared by O1 and O2:"))
        #expect(marked.line.contains(">put<span class=\"sr-only\"> (O1, O2)</span></mark>"))
        #expect(marked.line.contains("ownership.put-right"))
        // O2's words: the shared "put" plus " it right", both marked as O2's.
        #expect(marked.line.contains("<mark class=\"ev ev-ownership\" title=\"Ownership +8: commits to fixing it (ownership.put-right)\"> it right</mark>"))
        #expect(marked.notes.contains("“put it right”"))
    }

    @Test func overlappingSpansInTextNameEveryNoteOnTheSharedWords() {
        let (reply, evidence) = Self.overlapping
        let text = SessionText.markedReply(reply, evidence: evidence, style: TextStyle(colour: false))
        #expect(text == "[I'll ]{O1}[put]{O1,O2}[ it right]{O2}.")
    }
}
