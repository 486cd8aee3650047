import HotseatCore

// A batch worker's copy of the rubric holds every string, array and dictionary that scoring a
// reply retains (rule ids, explanations, flag messages, the settings' tables) in storage of its
// own. Retaining shared storage from two cores makes them fight over its reference count's cache
// line on every reply; the copies cost a few kilobytes per worker, once.

extension String {
    /// The same text in storage of its own (small strings have none to share).
    var inOwnStorage: String { String(decoding: Array(utf8), as: UTF8.self) }
}

extension Array {
    /// The same elements in a buffer of its own.
    var inOwnStorage: [Element] { map { $0 } }
}

extension Dictionary {
    /// The same entries in storage of its own, keys and values passed through `key` and `value`.
    func inOwnStorage(key: (Key) -> Key = { $0 }, value: (Value) -> Value = { $0 }) -> [Key: Value] {
        Dictionary(uniqueKeysWithValues: map { (key($0.key), value($0.value)) })
    }
}

extension [Language: String] {
    var inOwnStorage: [Language: String] { inOwnStorage(value: \.inOwnStorage) }
}

/// The texts every kind of rule carries.
protocol RuleTexts {
    var id: String { get set }
    var explanation: String { get set }
    var source: String { get set }
    var tips: [Language: String] { get set }
}

extension RuleTexts {
    var textsInOwnStorage: Self {
        var rule = self
        rule.id = id.inOwnStorage
        rule.explanation = explanation.inOwnStorage
        rule.source = source.inOwnStorage
        rule.tips = tips.inOwnStorage
        return rule
    }
}

extension RubricSettings.BuiltInRule: RuleTexts {
    var workerCopy: Self { textsInOwnStorage }
}

extension RubricSettings.ContextRule: RuleTexts {
    var workerCopy: Self {
        var rule = textsInOwnStorage
        if case .criterion(let criterion) = expects { rule.expects = .criterion(criterion.inOwnStorage) }
        return rule
    }
}

extension Criterion: RuleTexts {
    /// What scoring reads of a criterion, in storage of its own (patterns and examples are only read at load).
    var workerCopy: Self {
        var criterion = textsInOwnStorage
        criterion.group = group.inOwnStorage
        criterion.needs = needs?.inOwnStorage
        criterion.explanationWithoutNeeds = explanationWithoutNeeds?.inOwnStorage
        return criterion
    }
}

extension RubricSettings {
    var workerCopy: Self {
        var settings = self
        settings.dimensions = dimensions.inOwnStorage(value: { setting in
            var setting = setting
            setting.tips = setting.tips.inOwnStorage
            setting.principle = setting.principle.inOwnStorage
            return setting
        })
        settings.lexicons = lexicons.inOwnStorage(value: { lexicon in
            var lexicon = lexicon
            lexicon.functionWords = lexicon.functionWords.map(\.inOwnStorage)
            lexicon.negators = lexicon.negators.map(\.inOwnStorage)
            lexicon.contrast = lexicon.contrast.map(\.inOwnStorage)
            lexicon.acronyms = lexicon.acronyms.map(\.inOwnStorage)
            return lexicon
        })
        settings.contextRules = contextRules.map(\.workerCopy)
        settings.expected = expected.inOwnStorage(value: \.workerCopy)
        settings.builtIns = builtIns.inOwnStorage(key: \.inOwnStorage, value: \.workerCopy)
        settings.speed.curve = speed.curve.inOwnStorage
        settings.speed.earlyTurnBonus = speed.earlyTurnBonus.inOwnStorage
        settings.speed.source = speed.source.inOwnStorage
        settings.speed.tips = speed.tips.inOwnStorage
        settings.antiGaming.caps = antiGaming.caps.inOwnStorage(key: \.inOwnStorage)
        settings.antiGaming.messages = antiGaming.messages.inOwnStorage(key: \.inOwnStorage, value: \.inOwnStorage)
        settings.principles = principles.inOwnStorage(value: { table in
            table.inOwnStorage(key: \.inOwnStorage, value: { Translation(text: $0.text.inOwnStorage, location: $0.location) })
        })
        return settings
    }
}

extension ScoringContext {
    /// The same context with its lists in storage of its own, for one batch worker's lines.
    var workerCopy: ScoringContext {
        var context = self
        context.topicWords = topicWords.inOwnStorage
        context.topicWordsByLanguage = topicWordsByLanguage.inOwnStorage(value: \.inOwnStorage)
        context.expectedBehaviours = expectedBehaviours.inOwnStorage
        context.previousReplies = previousReplies.inOwnStorage
        context.weightOverrides = weightOverrides.inOwnStorage()
        context.scenarioID = scenarioID?.inOwnStorage
        context.customerLine = customerLine?.inOwnStorage
        return context
    }
}
