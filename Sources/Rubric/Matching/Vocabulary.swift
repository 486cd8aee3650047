import HotseatCore

/// Every word the rubric's phrases use, interned to small integers at load time, so that
/// matching a reply compares integers instead of strings.
struct Vocabulary: Sendable {
    struct Term: Sendable {
        var scalars: [Unicode.Scalar]
        var isPrefix: Bool
        var fuzzy: Bool
        /// Bit per `Language` whose phrases use this term; fuzzy matches only count there.
        var languages: UInt8
        /// The spelling as words that must be typed exactly (`=word`, and every word of a
        /// red-flag rule): a term of its own, never in the fuzzy index, so that another rule's
        /// typo-tolerant use of the same spelling does not lend it typo matching.
        var exactVariant = false
    }

    private(set) var terms: [Term] = []
    /// For the term the exact table finds for a spelling, the other variant of that spelling
    /// (exact-only or typo-tolerant), or -1: a word typed as spelt resolves to both.
    private(set) var twins: [Int32] = []
    private var exact = HashTable()
    private var prefixes = MultiTable<Int32>()
    private(set) var prefixLengths: [Int] = []
    private var fuzzyIndex = MultiTable<Int32>()
    /// Term ids by `TermHash.of(scalars)`, complemented for prefixes; more than one id only when
    /// two spellings share a hash.
    private var keys: [UInt64: [Int32]] = [:]

    var exactTable: HashTable { exact }
    var prefixTable: MultiTable<Int32> { prefixes }
    var fuzzyTable: MultiTable<Int32> { fuzzyIndex }

    /// Rubric words shorter than this are never matched fuzzily ("hell" must not match "hello");
    /// a reply word may be one letter shorter ("sory" for "sorry").
    static let fuzzyMinimumLength = 5

    static func bit(_ language: Language) -> UInt8 {
        switch language {
        case .en: 1
        case .nl: 2
        case .nb: 4
        }
    }

    /// Adds a folded word (or prefix) and returns its id; the same spelling always gets the same
    /// id, one for its exact-only variant and one for the rest (see `Term.exactVariant`).
    mutating func intern(_ scalars: [Unicode.Scalar], isPrefix: Bool, fuzzy: Bool, language: Language, exactVariant: Bool = false) -> Int32 {
        // Keyed by the scalars' hash, checked against the spelling: building a String per word
        // dominated compiling the rubric at start-up.
        let hash = TermHash.of(scalars)
        let key = isPrefix ? ~hash : hash
        // A prefix is never matched fuzzily, so it has no exact-only variant.
        let exactVariant = exactVariant && !isPrefix
        let fuzzy = fuzzy && !exactVariant
        let candidates = keys[key] ?? []
        if let id = candidates.first(where: { terms[Int($0)].isPrefix == isPrefix && terms[Int($0)].exactVariant == exactVariant && terms[Int($0)].scalars == scalars }) {
            terms[Int(id)].languages |= Self.bit(language)
            if fuzzy, !terms[Int(id)].fuzzy, !isPrefix { addFuzzy(id: id, scalars: scalars) }
            terms[Int(id)].fuzzy = terms[Int(id)].fuzzy || fuzzy
            return id
        }
        let id = Int32(terms.count)
        terms.append(Term(scalars: scalars, isPrefix: isPrefix, fuzzy: fuzzy && !isPrefix, languages: Self.bit(language), exactVariant: exactVariant))
        twins.append(-1)
        let otherVariant = isPrefix ? nil : candidates.first(where: { !terms[Int($0)].isPrefix && terms[Int($0)].scalars == scalars })
        keys[key, default: []].append(id)
        if let otherVariant {
            // The exact table keeps the spelling's first term; the second is found through it.
            twins[Int(otherVariant)] = id
            if fuzzy { addFuzzy(id: id, scalars: scalars) }
        } else if isPrefix {
            prefixes.append(id, to: hash)
            if !prefixLengths.contains(scalars.count) {
                prefixLengths.append(scalars.count)
                prefixLengths.sort()
            }
        } else {
            exact.set(hash, id)
            if fuzzy { addFuzzy(id: id, scalars: scalars) }
        }
        return id
    }

    private mutating func addFuzzy(id: Int32, scalars: [Unicode.Scalar]) {
        guard scalars.count >= Self.fuzzyMinimumLength, scalars.allSatisfy({ $0.properties.isAlphabetic }) else { return }
        fuzzyIndex.append(id, to: TermHash.of(scalars))
        for skip in scalars.indices {
            fuzzyIndex.append(id, to: Self.hash(scalars[...], skipping: skip))
        }
    }

    /// The id of a word typed exactly as in the rubric, if any.
    func exactID(hash: UInt64) -> Int32? { exact[hash] }

    /// The hash of `scalars` without the one at `skip`: the fuzzy index's key for a deletion.
    static func hash(_ scalars: ArraySlice<Unicode.Scalar>, skipping skip: Int) -> UInt64 {
        var h = TermHash.seed
        for i in scalars.indices where i != skip { h = TermHash.step(h, scalars[i]) }
        return h
    }

    /// `withinOneEdit` over buffers, with index loops (the generic slice comparison was a hot spot).
    static func withinOneEdit(_ a: UnsafeBufferPointer<Unicode.Scalar>, _ b: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        guard let pa = a.baseAddress, let pb = b.baseAddress else { return a.count == b.count || max(a.count, b.count) == 1 }
        return pb.withMemoryRebound(to: UInt32.self, capacity: b.count) { FrozenVocabulary.withinOneEdit(pa, a.count, $0, b.count) }
    }

    /// Optimal-string-alignment distance ≤ 1: one insertion, deletion, substitution or swap of neighbours.
    static func withinOneEdit(_ a: ArraySlice<Unicode.Scalar>, _ b: ArraySlice<Unicode.Scalar>) -> Bool {
        if a.elementsEqual(b) { return true }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        if long.count - short.count > 1 { return false }
        var i = short.startIndex, j = long.startIndex
        while i < short.endIndex, short[i] == long[j] { i += 1; j += 1 }
        if short.count == long.count {
            // substitution, or a swap of two neighbours
            if short[(i + 1)...].elementsEqual(long[(j + 1)...]) { return true }
            if i + 1 < short.endIndex, short[i] == long[j + 1], short[i + 1] == long[j],
               short[(i + 2)...].elementsEqual(long[(j + 2)...]) { return true }
            return false
        }
        return short[i...].elementsEqual(long[(j + 1)...])
    }
}

extension Vocabulary {
    func frozen(in store: FlatStore) -> FrozenVocabulary {
        var info: [FrozenVocabulary.TermInfo] = []
        var scalars: [UInt32] = []
        info.reserveCapacity(terms.count)
        for term in terms {
            info.append(FrozenVocabulary.TermInfo(start: Int32(scalars.count), count: Int32(term.scalars.count), languages: term.languages))
            scalars.append(contentsOf: term.scalars.map(\.value))
        }
        return FrozenVocabulary(terms: store.store(info), scalars: store.store(scalars), twins: store.store(twins), exact: exactTable.frozen(in: store),
                                prefixes: prefixTable.frozen(in: store), prefixLengths: store.store(prefixLengths),
                                fuzzyIndex: fuzzyTable.frozen(in: store))
    }
}

/// The vocabulary frozen into flat tables for matching replies: `resolve` finds a reply word's
/// terms, reading through pointers.
struct FrozenVocabulary: Sendable {
    struct TermInfo: Sendable {
        var start: Int32
        var count: Int32
        var languages: UInt8
    }

    let terms: Flat<TermInfo>
    let scalars: Flat<UInt32>
    /// `Vocabulary.twins`: the other variant of a spelling, or -1.
    let twins: Flat<Int32>
    let exact: FrozenHashTable
    let prefixes: FrozenMultiTable<Int32>
    let prefixLengths: Flat<Int>
    let fuzzyIndex: FrozenMultiTable<Int32>

    /// The id of a word typed exactly as in the rubric, if any.
    @inline(__always)
    func exactID(hash: UInt64) -> Int32? { exact[hash] }

    /// The languages whose phrases use a term.
    @inline(__always)
    func languages(of id: Int32) -> UInt8 { terms[id].languages }

    /// The languages whose phrases use a word as typed (both variants of its spelling).
    @inline(__always)
    func languages(ofExact hash: UInt64) -> UInt8? {
        guard let id = exact[hash] else { return nil }
        let twin = twins[id]
        return terms[id].languages | (twin >= 0 ? terms[twin].languages : 0)
    }

    @inline(__always)
    private func term(_ id: Int32, equals word: UnsafePointer<Unicode.Scalar>, count: Int) -> Bool {
        let t = terms[id]
        guard Int(t.count) == count else { return false }
        var k = 0
        let s = scalars.base + Int(t.start)
        while k < count {
            if s[k] != word[k].value { return false }
            k += 1
        }
        return true
    }

    /// Appends the ids of every term the folded word matches: exact, by prefix, or (failing both
    /// in the reply's language) within one edit for long words of the reply's language.
    func resolve(_ word: UnsafePointer<Unicode.Scalar>, count: Int, hash: UInt64, isLetters: Bool, language: Language,
                 into ids: inout [Int32]) {
        let before = ids.count
        if let id = exact[hash] {
            ids.append(id)
            let twin = twins[id]
            if twin >= 0 { ids.append(twin) }
        }
        let lengths = prefixLengths
        if lengths.count > 0 {
            var h = TermHash.seed
            var length = 0
            var next = 0
            for k in 0..<count {
                h = TermHash.step(h, word[k])
                length += 1
                while next < lengths.count, lengths[next] < length { next += 1 }
                if next == lengths.count { break }
                if lengths[next] == length {
                    let r = prefixes.range(h)
                    var c = r.start
                    while c < r.end {
                        let id = prefixes.elements[c]
                        if term(id, equals: word, count: length) { ids.append(id) }
                        c += 1
                    }
                }
            }
        }
        // Another language's word does not stop a typo of this one: nb "refundrer" starts like
        // English "refund*" but is a misspelt "refunderer".
        let bit = Vocabulary.bit(language)
        var k = before
        while k < ids.count {
            if terms[ids[k]].languages & bit != 0 { return }
            k += 1
        }
        guard isLetters, count >= Vocabulary.fuzzyMinimumLength - 1 else { return }
        fuzzyResolve(word, count: count, hash: hash, language: language, into: &ids)
    }

    private func fuzzyResolve(_ word: UnsafePointer<Unicode.Scalar>, count: Int, hash: UInt64, language: Language,
                              into ids: inout [Int32]) {
        let bit = Vocabulary.bit(language)
        let first = word[0].value
        func consider(_ hash: UInt64) -> Bool {
            let r = fuzzyIndex.range(hash)
            var c = r.start
            while c < r.end {
                let id = fuzzyIndex.elements[c]
                let t = terms[id]
                // Same first letter and one edit at most: a typo, not a different word.
                if t.languages & bit != 0, t.count > 0, scalars[Int(t.start)] == first,
                   Self.withinOneEdit(word, count, scalars.base + Int(t.start), Int(t.count)) {
                    ids.append(id)
                    return true
                }
                c += 1
            }
            return false
        }
        // `hash` is the word's own hash (the tokenizer's FNV-1a of the folded scalars).
        if consider(hash) { return }
        // The hash without scalar `skip`: the running hash of the scalars before it, then the rest.
        var before = TermHash.seed
        for skip in 0..<count {
            var h = before
            var k = skip + 1
            while k < count { h = TermHash.step(h, word[k]); k += 1 }
            if consider(h) { return }
            before = TermHash.step(before, word[skip])
        }
    }

    /// `Vocabulary.withinOneEdit` over a reply word and a term's scalar values.
    static func withinOneEdit(_ a: UnsafePointer<Unicode.Scalar>, _ aCount: Int, _ b: UnsafePointer<UInt32>, _ bCount: Int) -> Bool {
        @inline(__always) func x(_ i: Int) -> UInt32 { a[i].value }
        @inline(__always) func y(_ i: Int) -> UInt32 { b[i] }
        if aCount == bCount {
            var i = 0
            while i < aCount, x(i) == y(i) { i += 1 }
            if i == aCount { return true }
            // substitution, or a swap of two neighbours
            var k = i + 1
            while k < aCount, x(k) == y(k) { k += 1 }
            if k == aCount { return true }
            if i + 1 < aCount, x(i) == y(i + 1), x(i + 1) == y(i) {
                k = i + 2
                while k < aCount, x(k) == y(k) { k += 1 }
                if k == aCount { return true }
            }
            return false
        }
        if aCount < bCount {
            guard bCount - aCount == 1 else { return false }
            var i = 0
            while i < aCount, x(i) == y(i) { i += 1 }
            while i < aCount, x(i) == y(i + 1) { i += 1 }
            return i == aCount
        }
        guard aCount - bCount == 1 else { return false }
        var i = 0
        while i < bCount, y(i) == x(i) { i += 1 }
        while i < bCount, y(i) == x(i + 1) { i += 1 }
        return i == bCount
    }
}
