import HotseatCore

/// Where a phrase may begin matching: at `element` (later than 0 when the first words are optional).
struct PhraseStart: Sendable {
    var phrase: Int32
    var element: Int16
    /// When the start word is required and the next element is a required word, that element's
    /// `FlatElement.mask`: a reply whose next slot shares no bit with it cannot match, so the
    /// phrase is not even tried. 0 when there is no such test.
    var nextMask: UInt64 = 0
}

/// Everything that is per language once the rubric is compiled, in flat tables.
struct LanguageIndex: Sendable {
    /// The phrase starts of term `id` are `starts[startOffsets[id]..<startOffsets[id + 1]]`.
    var startOffsets: Flat<Int32>
    var starts: Flat<PhraseStart>
    var numberStarts: Flat<PhraseStart>
    /// This language's bits in `CompiledRubric.termFlags`, one per `WordRole`.
    var negatorBit: RoleBits
    var contrastBit: RoleBits
    var negationSkipBit: RoleBits
    var invertedSkipBit: RoleBits
    var clauseVerbBit: RoleBits
    var negationBarrierBit: RoleBits
    /// The folded-word hashes of the `contrast_means_only` phrases, phrase `p` being
    /// `onlyWords[onlyOffsets[p]..<onlyOffsets[p + 1]]`.
    var onlyWords: Flat<UInt64>
    var onlyOffsets: Flat<Int32>
    var negationWindow = 3
    var negationAfter = 0
}

/// The roles a vocabulary term has, as `WordRole` bits: six roles, three languages.
typealias RoleBits = UInt32

/// What a word of a language's lexicon does for negation and contrast; each role has three bits
/// in `CompiledRubric.termFlags`, one per language, so a word can have roles in several languages.
enum WordRole: CaseIterable {
    case negator, contrast, negationSkip, invertedSkip, clauseVerb, negationBarrier

    /// The role's bit for language number `l` (its index in `Language.allCases`).
    func bit(in l: Int) -> RoleBits {
        let first: RoleBits = switch self {
        case .negator: 1
        case .contrast: 1 << 3
        case .negationSkip: 1 << 6
        case .invertedSkip: 1 << 9
        case .clauseVerb: 1 << 12
        case .negationBarrier: 1 << 15
        }
        return first << RoleBits(l)
    }
}

extension RubricSettings.LanguageLexicon {
    /// The lexicon's words in `role`.
    func words(_ role: WordRole) -> [String] {
        switch role {
        case .negator: negators
        case .contrast: contrast
        case .negationSkip: negationSkip
        case .invertedSkip: negationSkipInverted
        case .clauseVerb: negationClauseVerbs
        case .negationBarrier: negationBarrier
        }
    }
}

/// One element of a compiled phrase, flattened: its alternatives are `elementIDs[idStart..<idEnd]`.
struct FlatElement: Sendable {
    var kind: PhraseElement.Kind
    var optional: Bool
    var maxGap: Int16
    var idStart: Int32
    var idEnd: Int32
    /// `termMaskBit` of each alternative.
    var mask: UInt64
}

/// A compiled phrase, flattened: its elements are `elements[elementStart..<elementEnd]`.
struct FlatPhrase: Sendable {
    var criterion: Int32
    var elementStart: Int32
    var elementEnd: Int32
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
    /// The criterion's `flag` is read from `criteria` only when this is set.
    var raisesFlag = false
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
    let functionWords: FrozenHashTable
    /// Folded hashes of capitalised words that are not shouting.
    let acronyms: FrozenHashTable
    /// Owns the memory of every `Flat` table below (and of the frozen tables above).
    let store: FlatStore
    /// The vocabulary in flat tables, for resolving reply words.
    let words: FrozenVocabulary
    let flatPhrases: Flat<FlatPhrase>
    let elements: Flat<FlatElement>
    let elementIDs: Flat<Int32>
    /// Per term id: `WordRole.bit(in:)` for each role the word has in each language.
    let termFlags: Flat<RoleBits>
    /// Built-in rules and dimension settings resolved once, so scoring does no string lookups.
    let shouting, punctuationRun, reflectsSpecifics, contrast, carriedOver: RubricSettings.BuiltInRule?
    /// By `Dimension.allCases` order.
    let dimensionSettings: [RubricSettings.DimensionSetting?]
    /// Each dimension's base score and weight (0 and 1 when the rubric has no such dimension),
    /// by `Dimension.allCases` order: read per reply, so plain numbers rather than settings copies.
    private let bases: [Double], weights: [Double]
    /// `settings.antiGaming.maxScalars`.
    let maxScalars: Int

    @inline(__always)
    func base(_ d: Dimension) -> Double { bases[Self.order(d)] }

    @inline(__always)
    func weight(_ d: Dimension) -> Double { weights[Self.order(d)] }

    @inline(__always)
    private static func order(_ d: Dimension) -> Int {
        switch d {
        case .empathy: 0
        case .ownership: 1
        case .speed: 2
        case .calm: 3
        }
    }

    func dimension(_ d: Dimension) -> RubricSettings.DimensionSetting? {
        switch d {
        case .empathy: dimensionSettings[0]
        case .ownership: dimensionSettings[1]
        case .speed: dimensionSettings[2]
        case .calm: dimensionSettings[3]
        }
    }

    init(criteria: [Criterion], criterionByID: [String: Int32], phrases: [CompiledPhrase], indexes: [LanguageIndex],
         vocabulary: Vocabulary, settings: RubricSettings, functionWords: HashTable, acronyms: HashTable,
         termFlags: [RoleBits], store: FlatStore) {
        self.criteria = criteria
        self.criterionByID = criterionByID
        self.phrases = phrases
        self.indexes = indexes
        self.vocabulary = vocabulary
        self.settings = settings
        self.store = store
        self.functionWords = functionWords.frozen(in: store)
        self.acronyms = acronyms.frozen(in: store)
        words = vocabulary.frozen(in: store)
        self.termFlags = store.store(termFlags)
        var flatPhrases: [FlatPhrase] = []
        var elements: [FlatElement] = []
        var elementIDs: [Int32] = []
        for phrase in phrases {
            let start = Int32(elements.count)
            for e in phrase.elements {
                let idStart = Int32(elementIDs.count)
                elementIDs.append(contentsOf: e.ids)
                elements.append(FlatElement(kind: e.kind, optional: e.optional, maxGap: Int16(e.maxGap), idStart: idStart,
                                            idEnd: Int32(elementIDs.count), mask: e.ids.reduce(0) { $0 | termMaskBit($1) }))
            }
            flatPhrases.append(FlatPhrase(criterion: phrase.criterion, elementStart: start, elementEnd: Int32(elements.count)))
        }
        self.flatPhrases = store.store(flatPhrases)
        self.elements = store.store(elements)
        self.elementIDs = store.store(elementIDs)
        shouting = settings.builtIns["calm.shouting"]
        punctuationRun = settings.builtIns["calm.punctuation-run"]
        reflectsSpecifics = settings.builtIns["empathy.reflects-specifics"]
        contrast = settings.builtIns["empathy.contrast"]
        carriedOver = settings.builtIns["empathy.carried-over"]
        dimensionSettings = Dimension.allCases.map { settings.dimensions[$0] }
        bases = dimensionSettings.map { $0?.base ?? 0 }
        weights = dimensionSettings.map { $0?.weight ?? 1 }
        maxScalars = settings.antiGaming.maxScalars
        var groups: [String: Int32] = [:]
        let info = criteria.map { c in
            let group = groups[c.group] ?? Int32(groups.count)
            groups[c.group] = group
            return CriterionInfo(dimension: c.dimension, behaviour: c.behaviour, points: c.points, priority: c.priority, group: group,
                                 negatable: c.negatable, contrastable: c.contrastable, needs: c.needs.flatMap { criterionByID[$0] },
                                 raisesFlag: c.flag != nil)
        }
        self.info = info
    }

    /// The same rubric with reference-counted tables of its own, for one batch worker, so the
    /// cores do not contend on shared reference counts. The flat tables are read through plain
    /// pointers (no reference counting), so they are shared rather than compiled again.
    func workerCopy() -> CompiledRubric {
        CompiledRubric(cloning: self)
    }

    private init(cloning other: CompiledRubric) {
        // Everything scoring retains gets storage of its own (WorkerCopy.swift).
        criteria = other.criteria.map(\.workerCopy)
        info = other.info.inOwnStorage
        criterionByID = other.criterionByID.inOwnStorage(key: \.inOwnStorage)
        phrases = other.phrases
        indexes = other.indexes.map { $0 }
        vocabulary = other.vocabulary
        settings = other.settings.workerCopy
        functionWords = other.functionWords
        acronyms = other.acronyms
        store = other.store
        words = other.words
        flatPhrases = other.flatPhrases
        elements = other.elements
        elementIDs = other.elementIDs
        termFlags = other.termFlags
        shouting = other.shouting?.workerCopy
        punctuationRun = other.punctuationRun?.workerCopy
        reflectsSpecifics = other.reflectsSpecifics?.workerCopy
        contrast = other.contrast?.workerCopy
        carriedOver = other.carriedOver?.workerCopy
        dimensionSettings = other.dimensionSettings.map { setting in
            setting.map { var s = $0; s.tips = s.tips.inOwnStorage; s.principle = s.principle.inOwnStorage; return s }
        }
        bases = other.bases.inOwnStorage
        weights = other.weights.inOwnStorage
        maxScalars = other.maxScalars
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
        // Per language: term id → phrase starts (in registration order), and the `<num>` starts.
        var startsByTerm: [[Int32: [PhraseStart]]] = Language.allCases.map { _ in [:] }
        var numberStarts: [[PhraseStart]] = Language.allCases.map { _ in [] }
        var roleFlags: [(id: Int32, bit: RoleBits)] = []
        var windows: [(Int, Int)] = Language.allCases.map { _ in (3, 0) }
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
                for (k, pattern) in (criterion.patterns[language] ?? []).enumerated() {
                    do {
                        var phrase = try PhrasePatternCompiler.compile(pattern, language: language, criterion: Int32(number),
                                                                       allowTypos: criterion.points > 0, vocabulary: &vocabulary)
                        phrase.language = language
                        phrase.pattern = k
                        let phraseIndex = Int32(phrases.count)
                        phrases.append(phrase)
                        // Register the phrase under every element that can be its first word.
                        for (e, element) in phrase.elements.enumerated() {
                            var start = PhraseStart(phrase: phraseIndex, element: Int16(e))
                            if !element.optional, e + 1 < phrase.elements.count {
                                let next = phrase.elements[e + 1]
                                if next.kind == .terms, !next.optional, !next.ids.isEmpty {
                                    start.nextMask = next.ids.reduce(0) { $0 | termMaskBit($1) }
                                }
                            }
                            switch element.kind {
                            case .terms: for id in element.ids { startsByTerm[l][id, default: []].append(start) }
                            case .number: numberStarts[l].append(start)
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
        let sources = settings.principleSources(criteria: criteria)
        for (language, table) in settings.principles.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            for (english, translation) in table.sorted(by: { $0.key < $1.key }) where !sources.contains(english) {
                problems.append(Diagnostic(.error, code: "unknown-principle",
                                           "principles.\(language.rawValue) translates \"\(english.prefix(60))…\", which is no rule's source",
                                           at: translation.location,
                                           fix: "copy the rule's `source` (or the dimension's `principle`) exactly; it may have been edited"))
            }
        }
        problems += explanationProblems(settings, criteria: criteria)
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
            windows[l] = (lexicon.negationWindow, lexicon.negationAfter)
            for word in lexicon.functionWords {
                functionWordBits[hashOfFolded(word), default: 0] |= Vocabulary.bit(language)
            }
            for word in lexicon.acronyms { acronyms.set(hashOfFolded(word), 1) }
            for role in WordRole.allCases {
                for word in lexicon.words(role) {
                    roleFlags.append((vocabulary.intern(folded(word), isPrefix: false, fuzzy: false, language: language), role.bit(in: l)))
                }
            }
        }
        if !problems.isEmpty { throw DiagnosticsError(problems) }
        var functionWords = HashTable(capacity: functionWordBits.count)
        for (hash, bits) in functionWordBits.sorted(by: { $0.key < $1.key }) { functionWords.set(hash, Int32(bits)) }
        let store = FlatStore()
        let termCount = vocabulary.terms.count
        var termFlags = [RoleBits](repeating: 0, count: termCount)
        for (id, bit) in roleFlags { termFlags[Int(id)] |= bit }
        var indexes: [LanguageIndex] = []
        for (l, language) in Language.allCases.enumerated() {
            var onlyWords: [UInt64] = []
            var onlyOffsets: [Int32] = [0]
            for phrase in settings.lexicons[language]?.contrastMeansOnly ?? [] {
                onlyWords += phrase.split(separator: " ").map { hashOfFolded(String($0)) }
                onlyOffsets.append(Int32(onlyWords.count))
            }
            var offsets: [Int32] = [0]
            var starts: [PhraseStart] = []
            offsets.reserveCapacity(termCount + 1)
            for id in 0..<Int32(termCount) {
                starts.append(contentsOf: startsByTerm[l][id] ?? [])
                offsets.append(Int32(starts.count))
            }
            indexes.append(LanguageIndex(startOffsets: store.store(offsets), starts: store.store(starts),
                                         numberStarts: store.store(numberStarts[l]), negatorBit: WordRole.negator.bit(in: l),
                                         contrastBit: WordRole.contrast.bit(in: l), negationSkipBit: WordRole.negationSkip.bit(in: l),
                                         invertedSkipBit: WordRole.invertedSkip.bit(in: l), clauseVerbBit: WordRole.clauseVerb.bit(in: l),
                                         negationBarrierBit: WordRole.negationBarrier.bit(in: l),
                                         onlyWords: store.store(onlyWords), onlyOffsets: store.store(onlyOffsets),
                                         negationWindow: windows[l].0, negationAfter: windows[l].1))
        }
        return CompiledRubric(criteria: criteria, criterionByID: byID, phrases: phrases, indexes: indexes, vocabulary: vocabulary,
                              settings: settings, functionWords: functionWords, acronyms: acronyms, termFlags: termFlags, store: store)
    }

    static func folded(_ word: String) -> [Unicode.Scalar] {
        word.unicodeScalars.map { ScalarClass.lowercase($0) == "\u{2019}" ? "'" : ScalarClass.lowercase($0) }
    }

    static func hashOfFolded(_ word: String) -> UInt64 { TermHash.of(folded(word)) }
}
