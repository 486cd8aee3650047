import Drill
import Foundation
import HotseatCore
import Scenarios
import Store
import Testing
@testable import Reports

/// The overall has the hints' cost taken off, so each session report says how many hints were
/// used and what they cost, next to the overall.
@Suite struct HintReportTests {
    static var finished: SessionReport {
        var report = Fixtures.session
        report.overall = 68
        report.hints = HintUsage(count: 1, penalty: 5)
        return report
    }

    @Test func textAndHTMLSayTheHintsBesideTheOverall() throws {
        let text = ReportRenderer().render(session: Self.finished, format: .text)
        let lines = text.split(separator: "\n")
        let overall = try #require(lines.firstIndex { $0.hasPrefix("Overall:") })
        #expect(lines.dropFirst(overall + 1).first == "Hints used: 1 (−5 on the overall)", "\(text)")
        let html = ReportRenderer().render(session: Self.finished, format: .html)
        #expect(html.contains("<dt>Hints used</dt><dd>1 (−5 on the overall)</dd>"))
    }

    @Test func aRunningSessionsHintsCostTheFinalOverall() {
        var report = Self.finished
        report.outcome = .unfinished
        report.scoresAreRunning = true
        #expect(ReportRenderer().render(session: report, format: .text).contains("Hints used: 1 (−5 off the final overall)"))
    }

    @Test func noHintsLeavesTheTextAsItWas() {
        var report = Self.finished
        report.hints = HintUsage(count: 0, penalty: 0)
        #expect(!ReportRenderer().render(session: report, format: .text).contains("Hints"))
        #expect(!ReportRenderer().render(session: report, format: .html).contains("Hints"))
    }

    @Test func theCSVSummaryRowCarriesTheCountAndThePenalty() throws {
        let rows = try #require(CSV.parse(ReportRenderer().render(session: Self.finished, format: .csv)))
        #expect(rows[0].suffix(2) == ["hints", "hint_penalty"])
        #expect(rows.allSatisfy { $0.count == rows[0].count })
        let summary = try #require(rows.first { $0.first == "summary" })
        let row = Dictionary(uniqueKeysWithValues: zip(rows[0], summary))
        #expect(row["hints"] == "1" && row["hint_penalty"] == "5")
        #expect(row["overall"] == "68")
    }

    struct SameScore: ReplyScoring {
        func score(_ reply: String, context: ScoringContext) -> ReplyScore {
            ReplyScore(language: .en, languageDetected: false, scores: [.empathy: 70, .ownership: 60, .calm: 80], overall: 70,
                       behaviours: [], evidence: [], flags: [], coaching: [])
        }
    }

    @Test func theStoreAdapterReadsTheHintsTheDrillStored() throws {
        let scenario = Scenario(
            id: "tiny", title: LocalizedText([.en: "Tiny"]), trains: LocalizedText([.en: "testing"]), difficulty: 1, languages: [.en],
            persona: Persona(name: "Pat", situation: LocalizedText([.en: "x"]), wants: LocalizedText([.en: "y"])),
            traits: RecoveryTraits(), topicWords: [:], mood: MoodSpec(start: 70), turnLimit: 4, scoring: ScoringSpec(),
            start: "opening", beats: ["opening": Beat(id: "opening", line: LocalizedLines([.en: ["Where is my parcel?"]]), next: [Transition(goto: "opening")])],
            endings: [:], file: "tiny.yaml")
        let folder = StoreAdapterTests.Folder()
        let store = try Store.open(at: folder.url.appendingPathComponent("s.sqlite"))
        let recorder = StoreRecorder(store: store, scenarios: [scenario])
        var drill = try DrillSession(scenario: scenario, language: .en, seed: 1, engine: SameScore())
        try recorder.sessionStarted(drill.state, trainee: "ada")
        let id = try #require(recorder.currentSessionID)
        _ = try drill.hint()
        try recorder.recordTurn(try drill.submit(reply: "So sorry, I'll find it."), state: drill.state)
        let running = try StoreReports.session(id, in: store)
        #expect(running.hints == HintUsage(count: 1, penalty: DrillSession.hintCost))
        #expect(running.hintsSummary == "1 (−5 off the final overall)")
        try recorder.sessionEnded(drill.scorecard(), state: drill.state)
        let finished = try StoreReports.session(id, in: store)
        #expect(try store.session(id).scorecardJSON != nil, "the hints are now read from the final scorecard")
        #expect(finished.hints == HintUsage(count: 1, penalty: DrillSession.hintCost))
    }
}
