import HotseatCore

/// The numbers and word lists in `scoring/rubric.yaml` that are not phrase rules.
struct RubricSettings: Sendable {
    struct DimensionSetting: Sendable {
        var base: Double
        var weight: Double
        var tips: [Language: String]
        var principle: String
    }

    struct LanguageLexicon: Sendable {
        var functionWords: [String] = []
        var negators: [String] = []
        var negationWindow = 3
        var negationAfter = 0
        /// Pronouns that may stand between a phrase and the negator after it ("Ik vergoed het niet").
        var negationSkip: [String] = []
        /// Subject pronouns that may stand there only after an inversion ("Det beklager jeg ikke"):
        /// when the phrase opens its clause, "Beklager jeg ikke svarte" is an apology.
        var negationSkipInverted: [String] = []
        /// Finite verbs that, right after a skipped pronoun and a negator, show a clause of its own
        /// whose "at" was left out: "Jeg forstår det ikke er lett" is still understanding.
        var negationClauseVerbs: [String] = []
        /// Words that end a negator's reach, before or after a phrase: "not tomorrow but today".
        var negationBarrier: [String] = []
        /// Words or phrases after which a contrast word means "only": Dutch "maar een half uur".
        var contrastMeansOnly: [String] = []
        var contrast: [String] = []
        /// Capitalised words that are not shouting ("OK", "TV").
        var acronyms: [String] = []
    }

    /// What a context rule expects: a behaviour, or a criterion that has no behaviour of its own (prevention).
    enum Expectation: Sendable, Equatable {
        case behaviour(Behaviour)
        case criterion(String)
    }

    struct ContextRule: Sendable {
        enum Trigger: String, Sendable, CaseIterable { case major, abusive, external, `repeat` }
        var id: String
        var trigger: Trigger
        var expects: Expectation
        var dimension: Dimension
        var points: Double
        var explanation: String
        var source: String
        var tips: [Language: String]
    }

    /// A rule implemented in code whose numbers and words live in the rubric.
    struct BuiltInRule: Sendable {
        var id: String
        var dimension: Dimension
        var points: Double
        var explanation: String
        var source: String
        var tips: [Language: String]
    }

    struct Speed: Sendable {
        /// (seconds, score) points of a piecewise-linear curve, seconds ascending.
        var curve: [(seconds: Double, score: Double)]
        /// Multiplier when the reply reaches no concrete next step.
        var withoutNextStep: Double
        /// Added when a next step is reached on turn 0, 1, 2…; later turns lose `lateTurnPenalty` each.
        var earlyTurnBonus: [Double]
        var lateTurnPenalty: Double
        var source: String
        var tips: [Language: String]
    }

    struct AntiGaming: Sendable {
        var decay: Double
        var maxPerGroup: Int
        var acrossTurns: Double
        var contrastDiscount: Double
        var contrastDiscountWithAction: Double
        var maxScalars: Int
        /// Caps every dimension when a flag is raised: flag code → cap.
        var caps: [String: Double]
        var messages: [String: String]
    }

    var dimensions: [Dimension: DimensionSetting]
    var lexicons: [Language: LanguageLexicon]
    var contextRules: [ContextRule]
    /// Per expected behaviour (from a scenario): what missing it costs.
    var expected: [Behaviour: BuiltInRule]
    var builtIns: [String: BuiltInRule]
    var speed: Speed
    var antiGaming: AntiGaming
    /// The "why" under a coaching tip in Dutch and Norwegian, keyed by the English `source` (or a
    /// dimension's `principle`) it translates; English tips show the source itself.
    var principles: [Language: [String: Translation]] = [:]
    /// Evidence explanations and flag messages in Dutch and Norwegian, keyed by the English the
    /// engine writes; reports translate at display time (`ExplanationTranslation`).
    var explanations: [Language: [String: Translation]] = [:]
    /// Where each language's `explanations:` table starts, for a missing translation's diagnostic.
    var explanationSections: [Language: SourceLocation] = [:]
    /// The criteria files this rubric is made of (`criteria_files:`), each where it is listed: a
    /// missing one is named, instead of surfacing as the self-test failures its absence causes.
    var criteriaFiles: [(name: String, location: SourceLocation)] = []

    struct Translation: Sendable {
        var text: String
        var location: SourceLocation?
    }
}

extension RubricSettings {
    /// Every text a coaching tip can give as its principle.
    func principleSources(criteria: [Criterion]) -> Set<String> {
        var all = Set(criteria.map(\.source))
        all.formUnion(dimensions.values.map(\.principle))
        all.formUnion(contextRules.map(\.source))
        all.formUnion(expected.values.map(\.source))
        all.formUnion(builtIns.values.map(\.source))
        all.insert(speed.source)
        all.remove("")
        return all
    }

    /// Every English explanation or flag message the rubric's own text can put in a score, with
    /// where it is written when known (the engine's composed text is `GeneratedExplanation`).
    func explanationSources(criteria: [Criterion]) -> [String: SourceLocation?] {
        var all: [String: SourceLocation?] = [:]
        for criterion in criteria where !criterion.isIdiom {
            all[criterion.explanation] = criterion.location
            if let without = criterion.explanationWithoutNeeds { all[without] = criterion.location }
        }
        for text in contextRules.map(\.explanation) + expected.values.map(\.explanation) + builtIns.values.map(\.explanation)
            + antiGaming.messages.values where all[text] == nil {
            all[text] = .some(nil)
        }
        all[""] = nil
        return all
    }

    /// The principle in the trainee's language, or the source as written.
    func principle(_ source: String, in language: Language) -> String {
        principles[language]?[source]?.text ?? source
    }
}
