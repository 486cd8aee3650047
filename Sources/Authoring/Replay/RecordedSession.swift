import Drill
import HotseatCore
import Scenarios

/// A session as it was played, from wherever it was kept: a drill's saved state, or the store's
/// session and turn rows. Replay needs only what the trainee typed and what was scored then.
///
/// ```swift
/// let recorded = RecordedSession(state: savedState)
/// let replay = SessionReplay.replay(recorded, scenario: ski, engine: engine)
/// ```
public struct RecordedSession: Sendable {
    public struct Turn: Sendable {
        public var reply: String
        /// Seconds, net of the reading allowance; nil when not measured.
        public var latency: Double?
        /// The score given then; nil for an empty reply.
        public var score: ReplyScore?
        /// The beat this reply answered, when known.
        public var beat: String?
        /// The behaviours the drill heard then: fewer than the score's when the reply was spam
        /// (repeated, stuffed, gibberish). nil when not recorded: the score's are taken.
        public var heard: [Behaviour]?

        public init(reply: String, latency: Double?, score: ReplyScore?, beat: String?, heard: [Behaviour]? = nil) {
            self.reply = reply
            self.latency = latency
            self.score = score
            self.beat = beat
            self.heard = heard
        }
    }

    public var scenarioID: String
    public var language: Language
    public var mode: DrillMode
    /// The seed the lines were drawn with (after any restarts).
    public var seed: UInt64
    public var turns: [Turn]
    public var outcome: Outcome?
    /// Session-level scores as recorded.
    public var scores: [HotseatCore.Dimension: Double]

    public init(scenarioID: String, language: Language, mode: DrillMode, seed: UInt64, turns: [Turn],
                outcome: Outcome?, scores: [HotseatCore.Dimension: Double]) {
        self.scenarioID = scenarioID
        self.language = language
        self.mode = mode
        self.seed = seed
        self.turns = turns
        self.outcome = outcome
        self.scores = scores
    }

    /// From a drill's saved state (the JSON the drill and the store keep for resuming).
    public init(state: DrillState, scenario: Scenario) {
        let card = try? DrillSession(restoring: state, scenario: scenario, engine: NoScoring(), clock: FrozenClock()).scorecard()
        var scores: [HotseatCore.Dimension: Double] = [:]
        for entry in card?.dimensions ?? [] { scores[entry.dimension] = entry.score }
        self.init(scenarioID: state.scenarioID, language: state.language, mode: state.mode,
                  // A restart reseeds with seed + restarts; starting from that seed draws the same lines.
                  seed: state.seed &+ UInt64(state.restarts),
                  turns: state.turns.map { Turn(reply: $0.reply, latency: $0.latency.net, score: $0.score, beat: $0.beatBefore, heard: $0.behaviours) },
                  outcome: state.ending?.outcome, scores: scores)
    }
}

/// Restoring a state only to read its scorecard never scores anything.
private struct NoScoring: ReplyScoring {
    func score(_ reply: String, context: ScoringContext) -> ReplyScore {
        ReplyScore(language: context.language ?? .en, languageDetected: false, scores: [:], overall: 0,
                   behaviours: [], evidence: [], flags: [], coaching: [])
    }
}
