import HotseatCore

/// Everything a drill needs to carry on, as a Codable snapshot.
///
/// The store persists it after every turn so that a session killed with `kill -9` resumes
/// exactly where it was: same beat, same mood, same random stream for line variants.
///
/// ```swift
/// let data = try JSONEncoder().encode(session.state)
/// let state = try JSONDecoder().decode(DrillState.self, from: data)
/// var resumed = try DrillSession(restoring: state, scenario: ski, engine: engine)
/// ```
public struct DrillState: Codable, Sendable, Equatable {
    public static let currentVersion = 1

    public var version: Int
    public var scenarioID: String
    public var language: Language
    public var mode: DrillMode
    public var seed: UInt64
    /// How often the trainee restarted; each restart reseeds with `seed &+ restarts`.
    public var restarts: Int
    public var rng: SplitMix64
    public var beat: String
    public var mood: Int
    /// Replies scored so far.
    public var turn: Int
    /// The customer's current beat line (what `:repeat` shows).
    public var currentLine: String
    /// The last thing the customer said, which may be "Are you still there?" after an empty reply.
    public var lastShownLine: String
    /// When `lastShownLine` was shown, on the session's clock. Not meaningful in another process:
    /// a restored session treats the line as shown at the moment of restoring.
    public var shownAt: Double?
    public var turns: [TurnResult]
    public var hintsUsed: Int
    public var ending: DrillEnding?

    public var isOver: Bool { ending != nil }
    public var scoredTurns: [TurnResult] { turns.filter { !$0.waited } }
}
