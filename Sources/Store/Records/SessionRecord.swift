import Foundation
import HotseatCore
import Scenarios

/// Where a session stands. Raw values are what the `sessions.status` column holds.
public enum SessionStatus: String, Codable, Sendable, CaseIterable {
    case inProgress = "in_progress"
    case paused
    case finished

    /// A session that `hotseat resume` can continue.
    public var isUnfinished: Bool { self != .finished }
}

/// One attempt at one scenario by one trainee, as stored.
///
/// ```swift
/// let session = SessionRecord(trainee: "ingrid", scenarioID: "ski-lift", language: .en, mode: "training", seed: 7)
/// store.startSession(session)
/// ```
public struct SessionRecord: Codable, Sendable, Equatable, Identifiable {
    /// A lowercase UUID; people may type any unique prefix of 4 or more characters.
    public var id: String
    public var trainee: String
    public var scenarioID: String
    /// Kept so that history and progress read well even when the scenario file is gone.
    public var scenarioTitle: String?
    public var scenarioDifficulty: Int?
    public var language: Language
    /// `training`, `exam`, `screening`…: whatever the drill calls the way it was played.
    public var mode: String
    public var seed: UInt64
    public var status: SessionStatus
    public var outcome: Outcome?
    public var startedAt: Date
    public var endedAt: Date?
    /// Session-level scores (0–100) from the final scorecard; empty until the session ends.
    public var scores: [HotseatCore.Dimension: Double]
    public var overall: Double?
    /// The drill's final scorecard, as the drill encoded it.
    public var scorecardJSON: String?
    /// The drill's state snapshot after the last committed turn, for resume.
    public var stateJSON: String?

    public init(
        id: String = UUID().uuidString.lowercased(), trainee: String, scenarioID: String, scenarioTitle: String? = nil,
        scenarioDifficulty: Int? = nil, language: Language, mode: String = "training", seed: UInt64 = 0,
        status: SessionStatus = .inProgress, outcome: Outcome? = nil, startedAt: Date = Date(), endedAt: Date? = nil,
        scores: [HotseatCore.Dimension: Double] = [:], overall: Double? = nil, scorecardJSON: String? = nil, stateJSON: String? = nil
    ) {
        self.id = id
        self.trainee = trainee
        self.scenarioID = scenarioID
        self.scenarioTitle = scenarioTitle
        self.scenarioDifficulty = scenarioDifficulty
        self.language = language
        self.mode = mode
        self.seed = seed
        self.status = status
        self.outcome = outcome
        self.startedAt = startedAt
        self.endedAt = endedAt
        self.scores = scores
        self.overall = overall
        self.scorecardJSON = scorecardJSON
        self.stateJSON = stateJSON
    }

    /// The first 8 characters of the id: what history lists and people type.
    public var shortID: String { String(id.prefix(8)) }
}

/// How a session ended, written in one transaction when it does.
public struct SessionEnding: Sendable, Equatable {
    public var outcome: Outcome
    public var endedAt: Date
    public var scores: [HotseatCore.Dimension: Double]
    /// Nil for an attempt that was never scored (left by `:restart`): no overall, rather than a 0
    /// that history, cohort means and exports would take for a result.
    public var overall: Double?
    public var scorecardJSON: String?

    public init(outcome: Outcome, endedAt: Date = Date(), scores: [HotseatCore.Dimension: Double], overall: Double?, scorecardJSON: String? = nil) {
        self.outcome = outcome
        self.endedAt = endedAt
        self.scores = scores
        self.overall = overall
        self.scorecardJSON = scorecardJSON
    }
}
