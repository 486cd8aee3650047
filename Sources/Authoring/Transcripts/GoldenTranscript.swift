import HotseatCore
import Scenarios

/// Scripted trainee replies with the ending and score ranges they must produce
/// (`scenarios/tests/<scenario-id>.yaml`, format in docs/design.md).
public struct GoldenTranscript: Sendable, Equatable {
    public struct Reply: Sendable, Equatable {
        public var text: String
        /// Seconds, net of the reading allowance; nil means not measured (speed is then not scored).
        public var latency: Double?

        public init(text: String, latency: Double? = nil) {
            self.text = text
            self.latency = latency
        }
    }

    public struct Expectation: Sendable, Equatable {
        public var outcome: Outcome?
        /// Inclusive ranges per dimension, session level (0–100).
        public var scores: [Dimension: ClosedRange<Double>]
        /// Where each range's dimension is written, for diagnostics about it.
        public var scoreLocations: [Dimension: SourceLocation]

        public init(outcome: Outcome? = nil, scores: [Dimension: ClosedRange<Double>] = [:],
                    scoreLocations: [Dimension: SourceLocation] = [:]) {
            self.outcome = outcome
            self.scores = scores
            self.scoreLocations = scoreLocations
        }
    }

    public var name: String
    public var language: Language
    public var seed: UInt64
    public var replies: [Reply]
    public var expect: Expectation
    /// Where the transcript starts in its file, for reports.
    public var location: SourceLocation

    public init(name: String, language: Language, seed: UInt64, replies: [Reply], expect: Expectation, location: SourceLocation) {
        self.name = name
        self.language = language
        self.seed = seed
        self.replies = replies
        self.expect = expect
        self.location = location
    }
}

/// One transcript file: the scenario it plays and its transcripts.
public struct TranscriptFile: Sendable, Equatable {
    public var file: String
    public var scenarioID: String
    public var scenarioLocation: SourceLocation
    public var transcripts: [GoldenTranscript]
}
