import Foundation
import HotseatCore
import Scenarios
import Store
import Testing
@testable import Reports

/// The progress report counts what `hotseat progress` counts, and says the same next command.
@Suite struct ProgressAgreementTests {
    /// 12 sessions over 7 scenarios: 8 finished (4 resolved, in 3 scenarios), 4 paused.
    static func seed(_ store: Store, trainee: String) {
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        let plan: [(String, Outcome?)] = [
            ("ski-lift", .resolved), ("ski-lift", .resolved), ("late-bed", .walkedOut), ("late-bed", .resolved),
            ("parcel", .manager), ("parcel", nil), ("hotel", .resolved), ("hotel", .turnLimit),
            ("train", nil), ("refund", nil), ("noise", nil), ("noise", .walkedOut),
        ]
        for (index, (scenario, outcome)) in plan.enumerated() {
            let session = SessionRecord(trainee: trainee, scenarioID: scenario, scenarioTitle: scenario, language: .en,
                                        startedAt: start.addingTimeInterval(Double(index) * 3600))
            _ = store.startSession(session)
            if let outcome {
                _ = store.finishSession(session.id, ending: SessionEnding(outcome: outcome, scores: [.empathy: 40 + Double(index), .ownership: 55, .calm: 70], overall: 60))
            } else {
                _ = store.setStatus(.paused, session: session.id)
            }
        }
    }

    @Test func countsMatchTheCLIAndUnfinishedAttemptsAreListed() throws {
        let folder = StoreAdapterTests.Folder()
        let store = try Store.open(at: folder.url.appendingPathComponent("s.sqlite"))
        Self.seed(store, trainee: "Sanne")
        let cli = try store.progress(trainee: "Sanne")
        let report = try StoreReports.progress(trainee: "Sanne", in: store)
        #expect(report.attempts.count == cli.attempts)
        #expect(report.attempts.count == 12)
        #expect(report.finishedCount == cli.finished)
        #expect(report.unfinishedCount == 4)
        #expect(report.completed.count == 7)
        #expect(report.resolvedAttempts == 4)
        #expect(report.attempts.filter { $0.outcome == .unfinished }.allSatisfy { $0.overall == nil })
        let text = ReportRenderer().render(progress: report, format: .text)
        #expect(text.contains("12 (8 finished, 4 not finished)"))
        #expect(text.contains("Attempts resolved") && text.contains("4 of 12"))
        #expect(text.contains("Not finished"))
        let html = ReportRenderer().render(progress: report, format: .html)
        #expect(html.contains("<dt>Attempts</dt><dd>12 (8 finished, 4 not finished)</dd>"))
        #expect(html.contains("<dt>Scenarios played</dt><dd>7</dd>"))
        #expect(html.contains("<dt>Attempts resolved</dt><dd>4 of 12</dd>"))
    }

    @Test func aTraineeWithOnlyPausedSessionsStillGetsAReport() throws {
        let folder = StoreAdapterTests.Folder()
        let store = try Store.open(at: folder.url.appendingPathComponent("s.sqlite"))
        let session = SessionRecord(trainee: "kim", scenarioID: "ski-lift", scenarioTitle: "Stuck", language: .en)
        _ = store.startSession(session)
        _ = store.setStatus(.paused, session: session.id)
        let report = try StoreReports.progress(trainee: "kim", in: store)
        #expect(report.attempts.map(\.outcome) == [.unfinished])
        #expect(ReportRenderer().render(progress: report, format: .text).contains("1 (0 finished, 1 not finished)"))
    }

    @Test func theNextCommandKeepsTheTraineeQuotedForAShell() throws {
        let folder = StoreAdapterTests.Folder()
        let store = try Store.open(at: folder.url.appendingPathComponent("s.sqlite"))
        let name = "Sanne O'Neil $HOME"
        Self.seed(store, trainee: name)
        let report = try StoreReports.progress(trainee: name, in: store,
                                               scenarios: [ScenarioProfile(id: "late-bed", title: "Late bed", difficulty: 1)])
        let cli = try #require(try store.progress(trainee: name, scenarios: [ScenarioProfile(id: "late-bed", title: "Late bed", difficulty: 1)]).recommendation)
        let expected = #"hotseat play late-bed --trainee 'Sanne O'\''Neil $HOME'"#
        #expect(cli.playCommand(trainee: name) == expected)
        #expect(report.recommendation?.command == expected)
        #expect(ReportRenderer().render(progress: report, format: .text).contains(expected))
        #expect(ReportRenderer().render(progress: report, format: .html).contains(Escape.html(expected)))
        #expect(ShellWord.quote("Sanne") == "Sanne")
        #expect(ShellWord.quote("-rf") == "'-rf'")
    }

    @Test func terminalSparklinesFollowTheStoreRule() {
        let values: [Double] = [0, 12, 40, 55, 90, 100]
        #expect(TerminalSparkline.render(values.map { $0 }) == Sparkline.render(values))
        #expect(Sparkline.render(values) == "▁▂▄▅▇█")
        #expect(TerminalSparkline.render([6, nil], domain: 0...50) == "▂·")
    }

    @Test func thePeriodKeepsEachDateInOnePiece() {
        let report = TraineeProgressReport(trainee: "a", attempts: [
            .init(sessionID: "1", scenarioID: "x", scenarioTitle: "X", date: Date(timeIntervalSince1970: 1_795_000_000), outcome: .resolved, scores: [:]),
            .init(sessionID: "2", scenarioID: "x", scenarioTitle: "X", date: Date(timeIntervalSince1970: 1_796_000_000), outcome: .unfinished, scores: [:]),
        ], completed: [], recommendation: nil)
        let html = ReportRenderer().render(progress: report, format: .html)
        #expect(html.contains("<dd><span class=\"nowrap\">2026-11-18</span> – <span class=\"nowrap\">2026-11-30</span></dd>"))
        #expect(html.contains(".nowrap { white-space: nowrap; }"))
    }
}
