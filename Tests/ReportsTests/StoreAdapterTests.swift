import Foundation
import HotseatCore
import Scenarios
import Store
import Testing
@testable import Reports

/// The adapter against a real store file: records in, view models out.
@Suite struct StoreAdapterTests {
    final class Folder: @unchecked Sendable {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hotseat-reports-\(UUID().uuidString)")
        init() { try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
    }

    static func score(_ empathy: Double, reply: String) -> ReplyScore {
        ReplyScore(language: .en, languageDetected: false, scores: [.empathy: empathy, .ownership: 60, .calm: 80], overall: 70,
                   behaviours: [.apologised],
                   evidence: [Evidence(rule: "empathy.apology", dimension: .empathy, start: 0, end: 5, text: String(reply.prefix(5)),
                                       points: 12, explanation: "an apology")],
                   flags: [], coaching: [CoachingTip(dimension: .ownership, message: "say what you will do", principle: "ownership")])
    }

    /// Plays `replies` into the store as one finished session and returns its id.
    @discardableResult
    static func record(_ store: Store, trainee: String, scenario: String = "ski-lift", empathy: Double, mode: String = "training",
                       replies: [String] = ["Sorry, that sounds awful.", "I'll refund it now."], at date: Date) -> String {
        let session = SessionRecord(trainee: trainee, scenarioID: scenario, scenarioTitle: "Title of \(scenario)", language: .en,
                                    mode: mode, startedAt: date)
        _ = store.startSession(session)
        var mood = 70
        for (index, reply) in replies.enumerated() {
            _ = store.recordTurn(TurnRecord(sessionID: session.id, index: index, beat: nil, customerLine: "Line \(index)", reply: reply,
                                            latencyRaw: 12, latencyNet: 7, score: score(empathy, reply: reply),
                                            moodBefore: mood, moodAfter: mood - 20))
            mood -= 20
        }
        _ = store.finishSession(session.id, ending: SessionEnding(outcome: .resolved, endedAt: date,
                                                                   scores: [.empathy: empathy, .ownership: 60, .calm: 80], overall: 66))
        return session.id
    }

    @Test func sessionReportCarriesTurnsMoodEvidenceAndTheStoredOverall() throws {
        let folder = Folder()
        let store = try Store.open(at: folder.url.appendingPathComponent("s.sqlite"))
        let id = Self.record(store, trainee: "ada", empathy: 50, at: Date(timeIntervalSince1970: 1_795_000_000))
        let report = try StoreReports.session(String(id.prefix(8)), in: store)
        #expect(report.sessionID == id)
        #expect(report.outcome == .resolved)
        #expect(report.moodSeries == [70, 50, 30])
        #expect(report.turns.map(\.number) == [1, 2])
        #expect(report.turns[0].latency == 7)
        #expect(report.turns[0].evidence.first?.rule == "empathy.apology")
        #expect(report.overall == 66)
        #expect(report.coaching.count == 1, "per-reply tips are gathered once when there is no scorecard")
        #expect(ReportRenderer().render(session: report, format: .html).contains("<mark class=\"ev ev-empathy\""))
    }

    @Test func progressListsFinishedTrainingSessionsOldestFirst() throws {
        let folder = Folder()
        let store = try Store.open(at: folder.url.appendingPathComponent("s.sqlite"))
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        Self.record(store, trainee: "ada", empathy: 40, at: start)
        Self.record(store, trainee: "ada", scenario: "late-bed", empathy: 60, at: start.addingTimeInterval(3600))
        Self.record(store, trainee: "ada", empathy: 80, mode: "screen", at: start.addingTimeInterval(7200))
        Self.record(store, trainee: "bo", empathy: 90, at: start)
        let progress = try StoreReports.progress(trainee: "ada", in: store)
        #expect(progress.attempts.map { $0.scores[.empathy] } == [40, 60], "screening sessions stay out of training progress")
        #expect(progress.completed.map(\.scenarioID) == ["ski-lift", "late-bed"])
        #expect(progress.attempts.allSatisfy { $0.overall == 66 })
    }

    @Test func cohortIsTheNamePrefix() throws {
        let folder = Folder()
        let store = try Store.open(at: folder.url.appendingPathComponent("s.sqlite"))
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        Self.record(store, trainee: "spring/ada", empathy: 40, at: start)
        Self.record(store, trainee: "spring/ada", empathy: 60, at: start.addingTimeInterval(60))
        Self.record(store, trainee: "spring/bo", empathy: 90, at: start)
        Self.record(store, trainee: "springer", empathy: 10, at: start)
        Self.record(store, trainee: "autumn/cy", empathy: 10, at: start)
        let cohort = try StoreReports.cohort("spring", in: store)
        #expect(cohort.members.map(\.name).sorted() == ["ada", "bo"])
        #expect(cohort.members.first { $0.name == "ada" }?.scores[.empathy] == 50)
        #expect(cohort.scenarios.first?.attempts == 3)
        #expect(CohortMembership(cohort: "spring").memberName("spring/") == nil)
    }

    @Test func anAttemptLeftByRestartDoesNotCountAsAZeroOverall() throws {
        let folder = Folder()
        let store = try Store.open(at: folder.url.appendingPathComponent("s.sqlite"))
        let start = Date(timeIntervalSince1970: 1_795_000_000)
        Self.record(store, trainee: "spring/ada", empathy: 40, at: start)
        // What StoreRecorder writes for the attempt a `:restart` leaves behind.
        let restarted = SessionRecord(trainee: "spring/ada", scenarioID: "ski-lift", language: .en, mode: "training", startedAt: start)
        _ = store.startSession(restarted)
        _ = store.finishSession(restarted.id, ending: SessionEnding(outcome: .abandoned, scores: [:], overall: nil))
        let cohort = try StoreReports.cohort("spring", in: store)
        #expect(cohort.members.first?.overall == 66)
        #expect(try store.session(restarted.id).overall == nil)
    }
}
