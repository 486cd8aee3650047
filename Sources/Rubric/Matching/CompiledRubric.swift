import HotseatCore

/// Where a phrase may begin matching: at `element` (later than 0 when the first words are optional).
struct PhraseStart: Sendable {
    var phrase: Int32
    var element: Int16
}

/// Everything that is per language once the rubric is compiled.
struct LanguageIndex: Sendable {
    var starts: [Int32: [PhraseStart]] = [:]
    var numberStarts: [PhraseStart] = []
    var negators: Set<Int32> = []
    var contrast: Set<Int32> = []
    var negationWindow = 3
    var negationAfter = 0
}

/// A rubric ready to score: criteria, settings and the phrase index built from them.
struct CompiledRubric: Sendable {
    var criteria: [Criterion]
    var criterionByID: [String: Int32]
    var phrases: [CompiledPhrase]
    var indexes: [LanguageIndex] // by Language.allCases order
    var vocabulary: Vocabulary
    var settings: RubricSettings
    /// Folded-word hash → bit per language whose function words include it.
    var functionWords: [UInt64: UInt8]
    /// Folded hashes of capitalised words that are not shouting.
    var acronyms: Set<UInt64>

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
                        let phrase = try PhrasePatternCompiler.compile(pattern, language: language, criterion: Int32(number), vocabulary: &vocabulary)
                        let phraseIndex = Int32(phrases.count)
                        phrases.append(phrase)
                        // Register the phrase under every element that can be its first word.
                        for (e, element) in phrase.elements.enumerated() {
                            let start = PhraseStart(phrase: phraseIndex, element: Int16(e))
                            switch element.kind {
                            case .terms: for id in element.ids { indexes[l].starts[id, default: []].append(start) }
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
        var functionWords: [UInt64: UInt8] = [:]
        var acronyms: Set<UInt64> = []
        for (l, language) in Language.allCases.enumerated() {
            guard let lexicon = settings.lexicons[language] else { continue }
            indexes[l].negationWindow = lexicon.negationWindow
            indexes[l].negationAfter = lexicon.negationAfter
            for word in lexicon.functionWords {
                functionWords[hashOfFolded(word), default: 0] |= Vocabulary.bit(language)
            }
            for word in lexicon.acronyms { acronyms.insert(hashOfFolded(word)) }
            for word in lexicon.negators {
                indexes[l].negators.insert(vocabulary.intern(folded(word), isPrefix: false, fuzzy: false, language: language))
            }
            for word in lexicon.contrast {
                indexes[l].contrast.insert(vocabulary.intern(folded(word), isPrefix: false, fuzzy: false, language: language))
            }
        }
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        return CompiledRubric(criteria: criteria, criterionByID: byID, phrases: phrases, indexes: indexes, vocabulary: vocabulary,
                              settings: settings, functionWords: functionWords, acronyms: acronyms)
    }

    static func folded(_ word: String) -> [Unicode.Scalar] {
        word.unicodeScalars.map { ScalarClass.lowercase($0) == "\u{2019}" ? "'" : ScalarClass.lowercase($0) }
    }

    static func hashOfFolded(_ word: String) -> UInt64 { TermHash.of(folded(word)) }
}
