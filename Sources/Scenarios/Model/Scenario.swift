import HotseatCore

/// A customer-complaint scenario, as loaded from `scenarios/<id>.yaml`.
///
/// ```swift
/// let catalog = ScenarioCatalog.load(directories: [URL(fileURLWithPath: "scenarios")])
/// let ski = catalog.scenario(id: "ski-lift")!
/// ski.beats[ski.start]!.line.variants(in: .nb).first
/// ```
public struct Scenario: Sendable, Equatable, Identifiable {
    public var id: String
    public var title: LocalizedText
    /// What the scenario trains, in a sentence.
    public var trains: LocalizedText
    /// 1 (gentle) … 5 (hardest).
    public var difficulty: Int
    public var languages: [Language]
    public var persona: Persona
    public var traits: RecoveryTraits
    public var topicWords: [Language: [String]]
    public var mood: MoodSpec
    public var turnLimit: Int
    public var scoring: ScoringSpec
    /// Id of the first beat.
    public var start: String
    public var beats: [String: Beat]
    public var endings: [String: Ending]
    /// Where the scenario came from, for diagnostics.
    public var file: String
    /// Where each beat, ending and rule was written; empty for scenarios built in code.
    public var sources: ScenarioSourceMap = ScenarioSourceMap()

    public init(
        id: String, title: LocalizedText, trains: LocalizedText, difficulty: Int, languages: [Language],
        persona: Persona, traits: RecoveryTraits, topicWords: [Language: [String]], mood: MoodSpec,
        turnLimit: Int, scoring: ScoringSpec, start: String, beats: [String: Beat], endings: [String: Ending], file: String
    ) {
        self.id = id
        self.title = title
        self.trains = trains
        self.difficulty = difficulty
        self.languages = languages
        self.persona = persona
        self.traits = traits
        self.topicWords = topicWords
        self.mood = mood
        self.turnLimit = turnLimit
        self.scoring = scoring
        self.start = start
        self.beats = beats
        self.endings = endings
        self.file = file
    }

    public func supports(_ language: Language) -> Bool { languages.contains(language) }
}

public struct Persona: Sendable, Equatable {
    public var name: String
    public var situation: LocalizedText
    public var wants: LocalizedText
    /// Where the trainee meets the customer, so the drill can set the scene ("You answer the phone.").
    public var channel: Channel

    public init(name: String, situation: LocalizedText, wants: LocalizedText, channel: Channel = .desk) {
        self.name = name
        self.situation = situation
        self.wants = wants
        self.channel = channel
    }

    public enum Channel: String, Sendable, Equatable, CaseIterable {
        case desk, phone, chat, email
    }
}

/// How the customer's mood (0 calm … 100 furious) starts and moves.
public struct MoodSpec: Sendable, Equatable {
    public var start: Int
    /// Per-behaviour overrides of the drill's default effects.
    public var effects: [Behaviour: Int]
    /// At or above this mood the customer walks out (ending `walkout`, if the scenario defines it).
    public var walkoutAt: Int?

    public init(start: Int, effects: [Behaviour: Int] = [:], walkoutAt: Int? = nil) {
        self.start = start
        self.effects = effects
        self.walkoutAt = walkoutAt
    }
}

/// A scenario's adjustments to the rubric.
public struct ScoringSpec: Sendable, Equatable {
    public var weights: [Dimension: Double]
    public var expects: [Behaviour]

    public init(weights: [Dimension: Double] = [:], expects: [Behaviour] = []) {
        self.weights = weights
        self.expects = expects
    }
}
