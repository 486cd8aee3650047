import HotseatCore

/// What the rubric needs to know about a scenario to score replies to it. The caller builds it
/// from a loaded scenario, so the rubric does not depend on the scenario module.
///
/// ```swift
/// let profile = ScenarioProfile(traits: RecoveryTraits(severity: .major), topicWords: [.en: ["lift", "cold"]])
/// let context = profile.context(language: .en, customerLine: "I was stuck for an hour!")
/// ```
public struct ScenarioProfile: Sendable, Equatable {
    public var traits: RecoveryTraits
    public var topicWords: [Language: [String]]
    public var expectedBehaviours: [Behaviour]
    public var weights: [Dimension: Double]
    /// The customer's opening line by language: a reply with no customer line of its own answers
    /// it, so a copy of it is caught (as `hotseat calibrate` does).
    public var openingLines: [Language: String]

    public init(traits: RecoveryTraits = RecoveryTraits(), topicWords: [Language: [String]] = [:],
                expectedBehaviours: [Behaviour] = [], weights: [Dimension: Double] = [:], openingLines: [Language: String] = [:]) {
        self.traits = traits
        self.topicWords = topicWords
        self.expectedBehaviours = expectedBehaviours
        self.weights = weights
        self.openingLines = openingLines
    }

    /// The opening line in the reply's language; with none given, every language's, one per line
    /// (a copy is a copy in whichever language the engine detects).
    static func opening(_ lines: [Language: String], in language: Language?) -> String? {
        if let language { return lines[language] }
        let all = Language.allCases.compactMap { lines[$0] }
        return all.isEmpty ? nil : all.joined(separator: "\n")
    }

    /// A scoring context for one reply to this scenario. With no language given, the topic words
    /// go by language, and the engine takes the list of the language it detects.
    public func context(language: Language?, scenarioID: String? = nil, customerLine: String? = nil,
                        latency: Double? = nil, turn: Int = 0, previousReplies: [String] = []) -> ScoringContext {
        let topics = language.map { topicWords[$0] ?? [] } ?? Language.allCases.flatMap { topicWords[$0] ?? [] }
        return ScoringContext(language: language, traits: traits, customerLine: customerLine ?? Self.opening(openingLines, in: language),
                              latency: latency, turn: turn,
                              previousReplies: previousReplies, expectedBehaviours: expectedBehaviours, topicWords: topics,
                              topicWordsByLanguage: language == nil ? topicWords : [:], weightOverrides: weights, scenarioID: scenarioID)
    }
}
