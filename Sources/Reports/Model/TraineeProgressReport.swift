import Foundation
import HotseatCore
import Store

/// A trainee's progress over attempts: trends, scenarios completed, and what to practise next.
///
/// ```swift
/// let progress = TraineeProgressReport(trainee: "Ada", attempts: [
///     .init(sessionID: "s1", scenarioID: "ski-lift", scenarioTitle: "Stuck on the chairlift",
///           date: Date(), outcome: .resolved, scores: [.empathy: 60, .ownership: 55, .speed: 70, .calm: 80]),
/// ], completed: [], recommendation: nil)
/// let text = ReportRenderer().render(progress: progress, format: .text)
/// ```
public struct TraineeProgressReport: Sendable, Equatable, Codable {
    public struct Attempt: Sendable, Equatable, Codable {
        public var sessionID: String
        public var scenarioID: String
        public var scenarioTitle: String
        public var date: Date
        public var outcome: SessionOutcome
        public var scores: [HotseatCore.Dimension: Double]
        /// The session's overall score (the drill's weighting); the plain mean of `scores` when not given.
        public var overall: Double?

        public init(sessionID: String, scenarioID: String, scenarioTitle: String, date: Date,
                    outcome: SessionOutcome, scores: [HotseatCore.Dimension: Double], overall: Double? = nil) {
            self.sessionID = sessionID
            self.scenarioID = scenarioID
            self.scenarioTitle = scenarioTitle
            self.date = date
            self.outcome = outcome
            self.scores = scores
            self.overall = overall ?? Statistics.mean(Array(scores.values))
        }
    }

    /// A scenario the trainee has played, with their best result in it.
    public struct CompletedScenario: Sendable, Equatable, Codable {
        public var scenarioID: String
        public var title: String
        public var attempts: Int
        public var bestOverall: Double?
        public var resolved: Bool

        public init(scenarioID: String, title: String, attempts: Int, bestOverall: Double?, resolved: Bool) {
            self.scenarioID = scenarioID
            self.title = title
            self.attempts = attempts
            self.bestOverall = bestOverall
            self.resolved = resolved
        }
    }

    /// What to practise next, and why.
    public struct Recommendation: Sendable, Equatable, Codable {
        public var scenarioID: String
        public var title: String
        public var reason: String
        /// The command to start it, with the trainee, quoted for a shell (as `hotseat progress` prints it).
        public var command: String

        public init(scenarioID: String, title: String, reason: String, command: String? = nil) {
            self.scenarioID = scenarioID
            self.title = title
            self.reason = reason
            self.command = command ?? "hotseat play \(ShellWord.quote(scenarioID))"
        }
    }

    public var trainee: String
    /// Oldest first.
    public var attempts: [Attempt]
    public var completed: [CompletedScenario]
    public var recommendation: Recommendation?
    /// The language of the report's words; titles and the recommendation's reason should be in it too.
    public var interfaceLanguage: Language

    public init(trainee: String, attempts: [Attempt], completed: [CompletedScenario], recommendation: Recommendation?,
                interfaceLanguage: Language = .en) {
        self.trainee = trainee
        self.attempts = attempts
        self.completed = completed
        self.recommendation = recommendation
        self.interfaceLanguage = interfaceLanguage
    }

    /// Attempts that reached an ending (resolved or not).
    public var finishedCount: Int { attempts.filter { $0.outcome != .unfinished }.count }
    /// Paused or interrupted attempts, and restarted ones.
    public var unfinishedCount: Int { attempts.count - finishedCount }
    /// Attempts (not scenarios) that ended resolved: the count `hotseat progress` users compare with.
    public var resolvedAttempts: Int { attempts.filter { $0.outcome == .resolved }.count }

    /// The headline counts, labelled so that attempts and scenarios cannot be confused; the HTML
    /// and text reports print the same pairs.
    public var countPairs: [(String, String)] {
        let words = ReportStrings(interfaceLanguage)
        return [(words[.attempts], words.format(.attemptsCount, attempts.count, finishedCount, unfinishedCount)),
                (words[.scenariosPlayed], String(completed.count)),
                (words[.attemptsResolved], words.format(.countOf, resolvedAttempts, attempts.count))]
    }

    /// One value per attempt for `dimension`; nil where that attempt did not measure it.
    public func series(for dimension: HotseatCore.Dimension) -> [Double?] { attempts.map { $0.scores[dimension] } }
}
