import HotseatCore

/// What calibration needs to know about a scenario to score a reply to its opening line:
/// the recovery traits, topic words, the opening line (to catch copies) and scoring overrides.
/// The caller builds it from a loaded scenario; the Rubric module does not read scenario files.
///
/// ```swift
/// let skiLift = CalibrationScenario(id: "ski-lift", traits: RecoveryTraits(severity: .major),
///                                   topicWords: [.en: ["lift", "cold"]],
///                                   openingLine: [.en: "I've been stuck on your lift for an hour!"])
/// ```
public struct CalibrationScenario: Sendable, Equatable {
    public var id: String
    public var traits: RecoveryTraits
    public var topicWords: [Language: [String]]
    public var openingLine: [Language: String]
    public var expects: [Behaviour]
    public var weights: [Dimension: Double]

    public init(id: String, traits: RecoveryTraits, topicWords: [Language: [String]] = [:], openingLine: [Language: String] = [:],
                expects: [Behaviour] = [], weights: [Dimension: Double] = [:]) {
        self.id = id
        self.traits = traits
        self.topicWords = topicWords
        self.openingLine = openingLine
        self.expects = expects
        self.weights = weights
    }

    /// The context for a reply to the opening line; without a language the engine detects it and
    /// the opening lines of every language are the customer's.
    public func context(language: Language?, latency: Double?) -> ScoringContext {
        ScoringContext(language: language, traits: traits, customerLine: ScenarioProfile.opening(openingLine, in: language),
                       latency: latency, turn: 0, expectedBehaviours: expects,
                       topicWords: language.flatMap { topicWords[$0] } ?? topicWords.values.flatMap { $0 },
                       weightOverrides: weights, scenarioID: id)
    }
}

/// How the engine's 0–100 turns into the raters' 1–5: five equal bins, so 80 and up is a 5 and
/// under 20 is a 1. Equal bins keep the mapping free of any fitting to the reference set.
///
/// ```swift
/// EngineRating.rating(forScore: 65) // 4
/// ```
public enum EngineRating {
    public static func rating(forScore score: Double) -> Int {
        guard score.isFinite else { return 1 }
        return min(5, max(1, Int((score / 20).rounded(.down)) + 1))
    }
}
