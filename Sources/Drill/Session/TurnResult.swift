import HotseatCore

/// What one submitted reply did: the score, the customer's reaction and where the drill went.
///
/// An empty reply is a turn too: the customer waits (`score == nil`), mood rises, nothing is scored.
public struct TurnResult: Codable, Sendable, Equatable {
    /// What comes after this reply.
    public enum Next: Codable, Sendable, Equatable {
        case line(String)
        case ending(DrillEnding)
    }

    /// 1-based number of the scored reply; for an empty reply, the number the next reply will get.
    public var turn: Int
    public var customerLine: String
    /// The reply as scored: cleaned, and cut at the sanitizer's limit.
    public var reply: String
    public var truncated: Bool
    /// Length of what was typed, before cutting, for the "was truncated" message.
    public var originalCharacters: Int
    public var latency: Latency
    /// nil when the reply was empty and the customer just waited.
    public var score: ReplyScore?
    public var moodBefore: Int
    public var moodAfter: Int
    public var behaviours: [Behaviour]
    public var beatBefore: String
    /// nil when the reply ended the scenario.
    public var beatAfter: String?
    /// True when the line answered was abusive (composure counts more on such turns).
    public var abusive: Bool
    public var next: Next

    public var waited: Bool { score == nil }

    public var ending: DrillEnding? {
        if case let .ending(ending) = next { return ending }
        return nil
    }
}
