/// Everything the caller of the rubric engine supplies about one reply.
public struct ScoringContext: Sendable, Equatable {
    /// nil asks the engine to detect en/nl/nb from the reply.
    public var language: Language?
    public var traits: RecoveryTraits
    /// The customer line being answered; used to catch a reply that copies it and to check relevance.
    public var customerLine: String?
    /// Seconds the trainee took, already net of the reading allowance; nil means not measured.
    public var latency: Double?
    /// Zero-based turn number in the conversation; speed rewards reaching a concrete step early.
    public var turn: Int
    /// The trainee's earlier replies in this conversation, so repetition across turns is discounted.
    public var previousReplies: [String]
    /// Behaviours this scenario or beat expects, on top of the rubric's own context rules.
    public var expectedBehaviours: [Behaviour]
    /// Words that show the reply addresses this customer's situation (e.g. "lift", "hours", "bed").
    public var topicWords: [String]
    /// The topic words by language, for a reply whose language is detected: once it is known, its
    /// own list is used instead of `topicWords` (Norwegian "time", an hour, says nothing in English).
    public var topicWordsByLanguage: [Language: [String]]
    /// Per-dimension weight multipliers a scenario may set; missing dimensions weigh 1.
    public var weightOverrides: [Dimension: Double]
    /// Scenario id, for reporting only.
    public var scenarioID: String?

    public init(
        language: Language? = nil,
        traits: RecoveryTraits = RecoveryTraits(),
        customerLine: String? = nil,
        latency: Double? = nil,
        turn: Int = 0,
        previousReplies: [String] = [],
        expectedBehaviours: [Behaviour] = [],
        topicWords: [String] = [],
        topicWordsByLanguage: [Language: [String]] = [:],
        weightOverrides: [Dimension: Double] = [:],
        scenarioID: String? = nil
    ) {
        self.language = language
        self.traits = traits
        self.customerLine = customerLine
        self.latency = latency
        self.turn = turn
        self.previousReplies = previousReplies
        self.expectedBehaviours = expectedBehaviours
        self.topicWords = topicWords
        self.topicWordsByLanguage = topicWordsByLanguage
        self.weightOverrides = weightOverrides
        self.scenarioID = scenarioID
    }
}

/// One point gained or lost, tied to the words that earned it.
///
/// `start` and `end` are offsets in Unicode scalars into the reply (end exclusive), so that
/// tools in any language can slice the reply with them. A rule that fires on the absence of
/// something (no apology where one was expected) has `start == end == 0` and empty `text`.
public struct Evidence: Codable, Sendable, Equatable, Hashable {
    public var rule: String
    public var dimension: Dimension
    public var start: Int
    public var end: Int
    public var text: String
    public var points: Double
    public var explanation: String

    public init(rule: String, dimension: Dimension, start: Int, end: Int, text: String, points: Double, explanation: String) {
        self.rule = rule
        self.dimension = dimension
        self.start = start
        self.end = end
        self.text = text
        self.points = points
        self.explanation = explanation
    }
}

/// Something a person should look at: the reply was gamed, empty, gibberish, and so on.
public struct ScoreFlag: Codable, Sendable, Equatable, Hashable {
    public var code: String
    public var message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }
}

/// A coaching point: what to do better, and the principle behind it.
public struct CoachingTip: Codable, Sendable, Equatable, Hashable {
    public var dimension: Dimension
    public var message: String
    /// The principle or source it draws on, e.g. "Lewicki et al. 2016: acknowledge responsibility".
    public var principle: String
    /// The trainee's own words it refers to, if any.
    public var quote: String?

    public init(dimension: Dimension, message: String, principle: String, quote: String? = nil) {
        self.dimension = dimension
        self.message = message
        self.principle = principle
        self.quote = quote
    }
}

/// The engine's verdict on one reply.
public struct ReplyScore: Codable, Sendable, Equatable {
    public var language: Language
    /// True when the language was detected rather than given.
    public var languageDetected: Bool
    /// 0–100 per dimension; `speed` is absent when no latency was given.
    public var scores: [Dimension: Double]
    public var overall: Double
    public var behaviours: [Behaviour]
    public var evidence: [Evidence]
    public var flags: [ScoreFlag]
    public var coaching: [CoachingTip]

    public init(
        language: Language,
        languageDetected: Bool,
        scores: [Dimension: Double],
        overall: Double,
        behaviours: [Behaviour],
        evidence: [Evidence],
        flags: [ScoreFlag],
        coaching: [CoachingTip]
    ) {
        self.language = language
        self.languageDetected = languageDetected
        self.scores = scores
        self.overall = overall
        self.behaviours = behaviours
        self.evidence = evidence
        self.flags = flags
        self.coaching = coaching
    }

    public func band(for dimension: Dimension) -> Band? {
        scores[dimension].map(Band.init(score:))
    }
}

extension Band {
    /// The default cut-offs; rubric files may refine them.
    public init(score: Double) {
        switch score {
        case ..<40: self = .poor
        case ..<60: self = .developing
        case ..<80: self = .good
        default: self = .excellent
        }
    }
}

/// Anything that scores a reply. The drill depends on this, not on a concrete engine, so
/// tests can count calls; production always uses the rubric engine.
public protocol ReplyScoring: Sendable {
    func score(_ reply: String, context: ScoringContext) -> ReplyScore
}
