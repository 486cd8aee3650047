import Foundation
import HotseatCore

extension Store {
    /// Builds a trainee's progress and the next scenario to practise.
    ///
    /// `scenarios` are the scenarios that may be recommended (from the scenario files); when empty,
    /// the scenarios the trainee has played are used, as the store remembers them.
    ///
    /// ```swift
    /// let report = try store.progress(trainee: "ingrid")
    /// ```
    public func progress(trainee: String, scenarios: [ScenarioProfile] = [], now: Date = Date()) throws(StoreError) -> ProgressReport {
        let sessions = try self.sessions(trainee: trainee).map(\.session)
        return ProgressPlanner(sessions: sessions, scenarios: scenarios, now: now).report(trainee: trainee)
    }
}

/// The arithmetic behind ``ProgressReport``; pure, so tests feed it sessions directly.
struct ProgressPlanner {
    let sessions: [SessionRecord]
    let scenarios: [ScenarioProfile]
    let now: Date

    func report(trainee: String) -> ProgressReport {
        let results = sessions.compactMap { session -> ProgressReport.Result? in
            guard session.status == .finished, session.outcome != .abandoned, let overall = session.overall, !session.scores.isEmpty
            else { return nil }
            return ProgressReport.Result(session: session, scores: session.scores, overall: overall)
        }
        var trend: [HotseatCore.Dimension: [Double]] = [:]
        for dimension in HotseatCore.Dimension.allCases {
            let series = results.compactMap { $0.scores[dimension] }
            if !series.isEmpty { trend[dimension] = series }
        }
        let recent = results.suffix(ProgressReport.recentWindow)
        let averages = HotseatCore.Dimension.allCases.compactMap { dimension -> (HotseatCore.Dimension, Double)? in
            let values = recent.compactMap { $0.scores[dimension] }
            return values.isEmpty ? nil : (dimension, values.reduce(0, +) / Double(values.count))
        }
        let weakest = averages.min { ($0.1, $0.0) < ($1.1, $1.0) }
        let byScenario = Dictionary(grouping: sessions, by: \.scenarioID)
        let mastered = byScenario.filter { SpacedRepetition.streak($0.value) > 0 }.keys.sorted()
        return ProgressReport(
            trainee: trainee, attempts: sessions.count, finished: sessions.filter { $0.status == .finished }.count,
            results: results, trend: trend,
            best: results.max { ($0.overall, $0.session.startedAt) < ($1.overall, $1.session.startedAt) },
            latest: results.last, weakest: weakest?.0, weakestAverage: weakest?.1, mastered: mastered,
            recommendation: weakest.flatMap { recommend(for: $0.0, byScenario: byScenario) })
    }

    /// Ranks the candidates. Order, first difference wins:
    /// 1. due now (spaced repetition) before not yet due;
    /// 2. not more than one level above the hardest scenario mastered so far;
    /// 3. exercises the weak dimension more (scenario weight);
    /// 4. the trainee's last score on that dimension there is lower (never played counts as 50);
    /// 5. easier, then by id, so the answer is stable.
    /// If nothing is due, the one due soonest is offered as an early review.
    private func recommend(for dimension: HotseatCore.Dimension, byScenario: [String: [SessionRecord]]) -> ProgressReport.Recommendation? {
        let candidates = scenarios.isEmpty ? remembered(byScenario) : scenarios
        guard !candidates.isEmpty else { return nil }
        let level = byScenario.compactMap { id, attempts -> Int? in
            guard SpacedRepetition.streak(attempts) > 0 else { return nil }
            return attempts.last?.scenarioDifficulty ?? candidates.first { $0.id == id }?.difficulty
        }.max() ?? 0
        struct Ranked { var profile: ScenarioProfile; var due: Date?; var lastScore: Double?; var streak: Int }
        let ranked = candidates.map { profile -> Ranked in
            let attempts = byScenario[profile.id] ?? []
            let lastScore = attempts.last { $0.scores[dimension] != nil }?.scores[dimension]
            return Ranked(profile: profile, due: SpacedRepetition.dueDate(attempts), lastScore: lastScore,
                          streak: SpacedRepetition.streak(attempts))
        }
        func isDue(_ r: Ranked) -> Bool { (r.due ?? .distantPast) <= now }
        let due = ranked.filter(isDue)
        let pool = due.isEmpty ? ranked.sorted { ($0.due ?? .distantPast) < ($1.due ?? .distantPast) }.prefix(1).map { $0 } : due
        let best = pool.min { a, b in
            let tooHardA = a.profile.difficulty > level + 1, tooHardB = b.profile.difficulty > level + 1
            if tooHardA != tooHardB { return !tooHardA }
            let focusA = a.profile.focus(on: dimension), focusB = b.profile.focus(on: dimension)
            if focusA != focusB { return focusA > focusB }
            let scoreA = a.lastScore ?? 50, scoreB = b.lastScore ?? 50
            if scoreA != scoreB { return scoreA < scoreB }
            return (a.profile.difficulty, a.profile.id) < (b.profile.difficulty, b.profile.id)
        }
        return best.map {
            ProgressReport.Recommendation(scenario: $0.profile, dimension: dimension, lastScore: $0.lastScore,
                                          streak: $0.streak, earlyReview: due.isEmpty)
        }
    }

    /// Scenarios as the sessions table remembers them, for when the scenario files are unavailable.
    private func remembered(_ byScenario: [String: [SessionRecord]]) -> [ScenarioProfile] {
        byScenario.map { id, attempts in
            let last = attempts.last!
            return ScenarioProfile(id: id, title: last.scenarioTitle ?? id, difficulty: last.scenarioDifficulty ?? 1)
        }.sorted { $0.id < $1.id }
    }
}
