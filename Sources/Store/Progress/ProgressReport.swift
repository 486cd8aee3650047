import Foundation
import HotseatCore

/// A trainee's progress over all their sessions: what `hotseat progress` prints.
///
/// ```swift
/// let report = try store.progress(trainee: "ingrid", scenarios: profiles, now: Date())
/// Sparkline.render(report.trend[.empathy] ?? [])   // "▂▄▅▆▇"
/// report.recommendation?.scenario.id                // "hotel-overbooked"
/// ```
public struct ProgressReport: Sendable, Equatable {
    public struct Result: Sendable, Equatable {
        public var session: SessionRecord
        public var scores: [HotseatCore.Dimension: Double]
        public var overall: Double
    }

    public struct Recommendation: Sendable, Equatable {
        public var scenario: ScenarioProfile
        /// The dimension it aims at.
        public var dimension: HotseatCore.Dimension
        /// The trainee's latest score on that dimension in this scenario; nil if never played.
        public var lastScore: Double?
        /// Mastering attempts in a row (0 = not mastered yet).
        public var streak: Int
        /// True when nothing was due and this is simply the one due soonest.
        public var earlyReview: Bool
    }

    public var trainee: String
    /// Every session started, finished or not.
    public var attempts: Int
    public var finished: Int
    /// Finished sessions with scores, oldest first.
    public var results: [Result]
    /// Per dimension, the session scores oldest first.
    public var trend: [HotseatCore.Dimension: [Double]]
    public var best: Result?
    public var latest: Result?
    /// The lowest dimension over the recent sessions (see ``ProgressReport/recentWindow``).
    public var weakest: HotseatCore.Dimension?
    public var weakestAverage: Double?
    public var mastered: [String]
    public var recommendation: Recommendation?

    /// How many recent sessions decide the weakest dimension: recent enough to follow improvement.
    public static let recentWindow = 5
}
