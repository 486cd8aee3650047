import Foundation
import HotseatCore
import Scenarios
import Testing
@testable import Store

@Suite("Progress and spaced repetition")
struct ProgressTests {
    let day = 86_400.0
    let start = Date(timeIntervalSince1970: 1_790_000_000)

    func finished(_ scenario: String, dayOffset: Double, calm: Double, empathy: Double = 80, overall: Double,
                  outcome: Outcome = .resolved, difficulty: Int = 1) -> SessionRecord {
        SessionRecord(trainee: "ingrid", scenarioID: scenario, scenarioTitle: scenario, scenarioDifficulty: difficulty,
                      language: .en, status: .finished, outcome: outcome, startedAt: start.addingTimeInterval(dayOffset * day),
                      endedAt: start.addingTimeInterval(dayOffset * day + 300),
                      scores: [.empathy: empathy, .ownership: 70, .calm: calm], overall: overall)
    }

    @Test("sparklines use a fixed 0–100 scale")
    func sparkline() {
        #expect(Sparkline.render([0, 12.5, 50, 99, 100]) == "▁▂▅██")
        #expect(Sparkline.render([]) == "")
    }

    @Test("mastery streaks push a scenario back 2, 6, 14 and 30 days; a weak attempt resets it")
    func schedule() {
        let a = finished("a", dayOffset: 0, calm: 90, overall: 80)
        let b = finished("a", dayOffset: 3, calm: 90, overall: 85)
        #expect(SpacedRepetition.streak([a]) == 1)
        #expect(SpacedRepetition.streak([a, b]) == 2)
        #expect(SpacedRepetition.dueDate([a, b]) == b.endedAt!.addingTimeInterval(6 * day))
        let weak = finished("a", dayOffset: 4, calm: 30, overall: 50)
        #expect(SpacedRepetition.streak([a, b, weak]) == 0)
        #expect(SpacedRepetition.dueDate([a, b, weak]) == weak.endedAt)
        let walkedOut = finished("a", dayOffset: 5, calm: 90, overall: 90, outcome: .walkedOut)
        #expect(SpacedRepetition.streak([a, walkedOut]) == 0)
        #expect(SpacedRepetition.interval(forStreak: 9) == 30 * day)
    }

    @Test("the recommendation aims at the weakest dimension and skips a mastered scenario until it is due")
    func recommendation() {
        let sessions = [
            finished("gentle", dayOffset: 0, calm: 85, overall: 82),            // mastered, due day 2
            finished("insults", dayOffset: 1, calm: 20, overall: 55, difficulty: 2),
            finished("gentle", dayOffset: 1.5, calm: 80, overall: 80),          // streak 2, due day 7.5
        ]
        let scenarios = [
            ScenarioProfile(id: "gentle", title: "Gentle", difficulty: 1, focus: [.calm: 1.5]),
            ScenarioProfile(id: "insults", title: "Insults", difficulty: 2, focus: [.calm: 1.5]),
            ScenarioProfile(id: "expert", title: "Expert", difficulty: 5, focus: [.calm: 3]),
            ScenarioProfile(id: "empathy-only", title: "Empathy", difficulty: 1, focus: [.empathy: 2]),
        ]
        let report = ProgressPlanner(sessions: sessions, scenarios: scenarios, now: start.addingTimeInterval(3 * day))
            .report(trainee: "ingrid")
        #expect(report.attempts == 3)
        #expect(report.weakest == .calm)
        #expect(report.trend[.calm] == [85, 20, 80])
        #expect(report.best?.overall == 82)
        #expect(report.latest?.session.scenarioID == "gentle")
        #expect(report.mastered == ["gentle"])
        // Not "gentle" (mastered, not due), not "expert" (too hard for someone at level 1): "insults".
        #expect(report.recommendation?.scenario.id == "insults")
        #expect(report.recommendation?.dimension == .calm)
        #expect(report.recommendation?.lastScore == 20)

        // Once everything else is mastered too, the one due soonest comes back as an early review.
        let later = sessions + [finished("insults", dayOffset: 3, calm: 90, overall: 90, difficulty: 2)]
        let onlyTwo = Array(scenarios.prefix(2))
        let review = ProgressPlanner(sessions: later, scenarios: onlyTwo, now: start.addingTimeInterval(4 * day)).report(trainee: "ingrid")
        #expect(review.recommendation?.earlyReview == true)
        #expect(review.recommendation?.scenario.id == "insults")   // due day 5, before gentle's day 7.5
    }

    @Test("without scenario files, progress recommends from the sessions it remembers")
    func fromSessionsTable() throws {
        let folder = TemporaryFolder()
        let store = try Store.open(at: folder.storeURL)
        for session in [finished("a", dayOffset: 0, calm: 90, empathy: 30, overall: 60), finished("b", dayOffset: 1, calm: 90, empathy: 60, overall: 70)] {
            store.startSession(session)
        }
        let report = try store.progress(trainee: "ingrid", now: start.addingTimeInterval(2 * day))
        #expect(report.weakest == .empathy)
        #expect(report.recommendation?.scenario.id == "a")
    }
}
