import HotseatCore

/// Where a phrase may begin matching: at `element` (later than 0 when the first words are optional).
struct PhraseStart: Sendable {
    var phrase: Int32
    var element: Int16
}

/// Everything that is per language once the rubric is compiled.
struct LanguageIndex: Sendable {
    var starts = MultiTable<PhraseStart>()
    var numberStarts: [PhraseStart] = []
    var negators: Set<Int32> = []
    var contrast: Set<Int32> = []
    var negationWindow = 3
    var negationAfter = 0
}

/// The per-criterion facts the matcher reads for every match, kept free of strings and
/// dictionaries so reading them costs no reference counting.
struct CriterionInfo: Sendable {
    var dimension: Dimension?
    var behaviour: Behaviour?
    var points: Double
    var priority: Int
    var group: Int32
    var negatable: Bool
    var contrastable: Bool
    var needs: Int32?
    var isIdiom: Bool { dimension == nil }
}

/// A rubric ready to score: criteria, settings and the phrase index built from them.
/// A class, so that every reply shares it by reference instead of copying its tables.
final class CompiledRubric: Sendable {
    let criteria: [Criterion]
    let info: [CriterionInfo]
    let criterionByID: [String: Int32]
    let phrases: [CompiledPhrase]
    let indexes: [LanguageIndex] // by Language.allCases order
    let vocabulary: Vocabulary
    let settings: RubricSettings
    /// Folded-word hash → bit per language whose function words include it.
    let functionWords: HashTable
    /// Folded hashes of capitalised words that are not shouting.
    let acronyms: HashTable
    /// Built-in rules and dimension settings resolved once, so scoring does no string lookups.
    let shouting, punctuationRun, reflectsSpecifics, contrast, carriedOver: RubricSettings.BuiltInRule?
    /// By `Dimension.allCases` order.
    let dimensionSettings: [RubricSettings.DimensionSetting?]

    func dimension(_ d: Dimension) -> RubricSettings.DimensionSetting? {
        switch d {
        case .empathy: dimensionSettings[0]
        case .ownership: dimensionSettings[1]
        case .speed: dimensionSettings[2]
        case .calm: dimensionSettings[3]
        }
    }

    init(criteria: [Criterion], criterionByID: [String: Int32], phrases: [CompiledPhrase], indexes: [LanguageIndex],
         vocabulary: Vocabulary, settings: RubricSettings, functionWords: HashTable, acronyms: HashTable) {
        self.criteria = criteria
        self.criterionByID = criterionByID
        self.phrases = phrases
        self.indexes = indexes
        self.vocabulary = vocabulary
        self.settings = settings
        self.functionWords = functionWords
        self.acronyms = acronyms
        shouting = settings.builtIns["calm.shouting"]
        punctuationRun = settings.builtIns["calm.punctuation-run"]
        reflectsSpecifics = settings.builtIns["empathy.reflects-specifics"]
        contrast = settings.builtIns["empathy.contrast"]
        carriedOver = settings.builtIns["empathy.carried-over"]
        dimensionSettings = Dimension.allCases.map { settings.dimensions[$0] }
        var groups: [String: Int32] = [:]
        info = criteria.map { c in
            let group = groups[c.group] ?? Int32(groups.count)
            groups[c.group] = group
            return CriterionInfo(dimension: c.dimension, behaviour: c.behaviour, points: c.points, priority: c.priority, group: group,
                                 negatable: c.negatable, contrastable: c.contrastable, needs: c.needs.flatMap { criterionByID[$0] })
        }
    }

    /// The same rubric built again into tables of its own, for one batch worker.
    func workerCopy() -> CompiledRubric {
        (try? Self.build(criteria: criteria, settings: settings)) ?? self
    }

    func index(_ language: Language) -> LanguageIndex {
        switch language {
        case .en: indexes[0]
        case .nl: indexes[1]
        case .nb: indexes[2]
        }
    }

    static func build(criteria: [Criterion], settings: RubricSettings) throws(DiagnosticsError) -> CompiledRubric {
        var vocabulary = Vocabulary()
        var phrases: [CompiledPhrase] = []
        var indexes = Language.allCases.map { _ in LanguageIndex() }
        var problems: [Diagnostic] = []
        var byID: [String: Int32] = [:]
        for (number, criterion) in criteria.enumerated() {
            if byID[criterion.id] != nil {
                problems.append(Diagnostic(.error, code: "duplicate-id", "criterion id '\(criterion.id)' is used twice", at: criterion.location,
                                           fix: "give each criterion its own id"))
            }
            byID[criterion.id] = Int32(number)
        }
        for (number, criterion) in criteria.enumerated() {
            if let needs = criterion.needs, byID[needs] == nil {
                problems.append(Diagnostic(.error, code: "unknown-criterion", "'\(criterion.id)' needs '\(needs)', which no rubric file defines",
                                           at: criterion.location))
            }
            for (l, language) in Language.allCases.enumerated() {
                for pattern in criterion.patterns[language] ?? [] {
                    do {
                        let phrase = try PhrasePatternCompiler.compile(pattern, language: language, criterion: Int32(number),
                                                                       allowTypos: criterion.points > 0, vocabulary: &vocabulary)
                        let phraseIndex = Int32(phrases.count)
                        phrases.append(phrase)
                        // Register the phrase under every element that can be its first word.
                        for (e, element) in phrase.elements.enumerated() {
                            let start = PhraseStart(phrase: phraseIndex, element: Int16(e))
                            switch element.kind {
                            case .terms: for id in element.ids { indexes[l].starts.append(start, to: UInt64(id)) }
                            case .number: indexes[l].numberStarts.append(start)
                            case .gap: break
                            }
                            if !element.optional { break }
                        }
                    } catch {
                        problems.append(error)
                    }
                }
            }
        }
        for rule in settings.contextRules {
            if case .criterion(let id) = rule.expects, byID[id] == nil {
                problems.append(Diagnostic(.error, code: "unknown-criterion",
                                           "context rule '\(rule.id)' expects '\(id)', which is neither a behaviour nor a criterion id",
                                           at: nil, fix: "use a behaviour such as offered_remedy, or a criterion id such as ownership.prevention"))
            }
        }
        var functionWordBits: [UInt64: UInt8] = [:]
        var acronyms = HashTable()
        for (l, language) in Language.allCases.enumerated() {
            guard let lexicon = settings.lexicons[language] else { continue }
            indexes[l].negationWindow = lexicon.negationWindow
            indexes[l].negationAfter = lexicon.negationAfter
            for word in lexicon.functionWords {
                functionWordBits[hashOfFolded(word), default: 0] |= Vocabulary.bit(language)
            }
            for word in lexicon.acronyms { acronyms.set(hashOfFolded(word), 1) }
            for word in lexicon.negators {
                indexes[l].negators.insert(vocabulary.intern(folded(word), isPrefix: false, fuzzy: false, language: language))
            }
            for word in lexicon.contrast {
                indexes[l].contrast.insert(vocabulary.intern(folded(word), isPrefix: false, fuzzy: false, language: language))
            }
        }
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        var functionWords = HashTable(capacity: functionWordBits.count)
        for (hash, bits) in functionWordBits.sorted(by: { $0.key < $1.key }) { functionWords.set(hash, Int32(bits)) }
        return CompiledRubric(criteria: criteria, criterionByID: byID, phrases: phrases, indexes: indexes, vocabulary: vocabulary,
                              settings: settings, functionWords: functionWords, acronyms: acronyms)
    }

    static func folded(_ word: String) -> [Unicode.Scalar] {
        word.unicodeScalars.map { ScalarClass.lowercase($0) == "\u{2019}" ? "'" : ScalarClass.lowercase($0) }
    }

    static func hashOfFolded(_ word: String) -> UInt64 { TermHash.of(folded(word)) }
}
