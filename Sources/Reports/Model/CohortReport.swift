import Foundation
import HotseatCore

/// Where a group of trainees stands: distributions, a ranking, and the scenarios the group finds hardest.
///
/// ```swift
/// let cohort = CohortReport(cohort: "spring-2026", members: [
///     .init(name: "Ada", sessions: 4, scores: [.empathy: 72, .ownership: 61, .speed: 80, .calm: 90]),
///     .init(name: "Bo", sessions: 2, scores: [.empathy: 41, .ownership: 55, .speed: 66, .calm: 70]),
/// ], scenarios: [])
/// let csv = ReportRenderer().render(cohort: cohort, format: .csv)
/// ```
public struct CohortReport: Sendable, Equatable, Codable {
    public struct Member: Sendable, Equatable, Codable {
        public var name: String
        public var sessions: Int
        /// Mean of the member's session scores per dimension.
        public var scores: [HotseatCore.Dimension: Double]
        /// Mean of the sessions' overall scores (the drill's weighting); the plain mean of `scores` when not given.
        public var overall: Double?

        public init(name: String, sessions: Int, scores: [HotseatCore.Dimension: Double], overall: Double? = nil) {
            self.name = name
            self.sessions = sessions
            self.scores = scores
            self.overall = overall ?? Statistics.mean(Array(scores.values))
        }
    }

    /// How the group did in one scenario.
    public struct ScenarioSummary: Sendable, Equatable, Codable {
        public var scenarioID: String
        public var title: String
        public var attempts: Int
        public var scores: [HotseatCore.Dimension: Double]
        /// Mean overall score in this scenario; the plain mean of `scores` when not given.
        public var overall: Double?

        public init(scenarioID: String, title: String, attempts: Int, scores: [HotseatCore.Dimension: Double], overall: Double? = nil) {
            self.scenarioID = scenarioID
            self.title = title
            self.attempts = attempts
            self.scores = scores
            self.overall = overall ?? Statistics.mean(Array(scores.values))
        }
        /// The dimension the group scored lowest on here.
        public var weakestDimension: HotseatCore.Dimension? {
            scores.filter { $0.value.isFinite }.min { ($0.value, $0.key) < ($1.value, $1.key) }?.key
        }
    }

    public var cohort: String
    public var members: [Member]
    public var scenarios: [ScenarioSummary]

    public init(cohort: String, members: [Member], scenarios: [ScenarioSummary]) {
        self.cohort = cohort
        self.members = members
        self.scenarios = scenarios
    }

    /// Every member's score on `dimension` (members who were not measured on it are left out).
    public func distribution(of dimension: HotseatCore.Dimension) -> [Double] {
        members.compactMap { $0.scores[dimension] }.filter(\.isFinite)
    }

    /// Best overall first; ties keep name order so the table is stable.
    public var ranking: [Member] { Ranking.sorted(members, name: \.name, score: \.overall) }

    /// Lowest overall first, at most `limit`.
    public func weakestScenarios(limit: Int = 3) -> [ScenarioSummary] {
        Array(scenarios.filter { $0.overall != nil }
            .sorted { ($0.overall!, $0.title) < ($1.overall!, $1.title) }
            .prefix(limit))
    }
}

enum Ranking {
    /// Highest score first; members with no score last; ties by name.
    static func sorted<T>(_ items: [T], name: (T) -> String, score: (T) -> Double?) -> [T] {
        items.sorted { a, b in
            let sa = score(a).flatMap { $0.isFinite ? $0 : nil }
            let sb = score(b).flatMap { $0.isFinite ? $0 : nil }
            switch (sa, sb) {
            case let (x?, y?) where x != y: return x > y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return name(a) < name(b)
            }
        }
    }
}
