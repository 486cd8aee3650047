import HotseatCore
import Scenarios

/// How a whole drill went: per dimension, outcome, coaching, strongest and weakest reply.
///
/// Aggregation (see ``ScorecardBuilder/conversation(of:over:)``): empathy, ownership and calm read
/// the conversation as one long reply: each positive rule counts once at its best reply, every red
/// flag counts each time, and a situation's expectation costs only if never met. When that cannot
/// be read (no evidence), the weighted mean of the replies is used, with calm on abusive turns
/// weighing 3×. Speed averages only replies whose latency was measured and is nil ("not measured")
/// when none was. Overall is the mean of the dimensions weighted by the scenario's `scoring.weights`,
/// minus ``DrillSession/hintCost`` per hint, kept within 0…100.
///
/// ```swift
/// let card = drill.scorecard()
/// card.dimension(.empathy)?.band   // .good
/// card.coaching.first?.quote       // the trainee's own words
/// ```
public struct Scorecard: Codable, Sendable, Equatable {
    public struct DimensionScore: Codable, Sendable, Equatable {
        public var dimension: Dimension
        /// nil when nothing could be measured (speed in a script without timestamps).
        public var score: Double?
        public var band: Band?
    }

    /// One reply singled out, with why.
    public struct Highlight: Codable, Sendable, Equatable {
        public var turn: Int
        public var reply: String
        public var overall: Double
        /// The customer line it answered.
        public var customerLine: String
    }

    public var scenarioID: String
    public var language: Language
    public var dimensions: [DimensionScore]
    public var overall: Double?
    public var hintsUsed: Int
    public var hintPenalty: Int
    /// nil while the drill is still running.
    public var outcome: Outcome?
    public var endingLine: String?
    public var finalMood: Int
    public var scoredReplies: Int
    /// Empty replies, where the customer was left waiting.
    public var waits: Int
    /// 2–4 points once at least one reply was scored; each quotes the trainee and names a principle.
    public var coaching: [CoachingTip]
    public var strongest: Highlight?
    /// nil when there was only one scored reply (it is then the strongest).
    public var weakest: Highlight?

    public var isFinal: Bool { outcome != nil }

    public func dimension(_ dimension: Dimension) -> DimensionScore? {
        dimensions.first { $0.dimension == dimension }
    }
}

extension Outcome {
    /// The outcome in the trainee's language.
    public func localized(_ l: Localizer) -> String {
        switch self {
        case .resolved: l[.outcomeResolved]
        case .walkedOut: l[.outcomeWalkedOut]
        case .manager: l[.outcomeManager]
        case .turnLimit: l[.outcomeTurnLimit]
        case .abandoned: l[.outcomeAbandoned]
        }
    }
}
