import HotseatCore

extension ReplyScorer {
    /// Finds the words that tie the reply to this customer's situation and rewards empathy or
    /// ownership that names them ("the hour in the cold"), as service-recovery.md §4 advises.
    mutating func scoreSpecifics() {
        let topics = topicIndex()
        hasTopics = !topics.isEmpty
        guard !topics.isEmpty else { return }
        let text = analysis.text
        let slots = analysis.slots
        // A word a rule already scored ("refund") is not extra evidence of listening; a word inside
        // a phrase's gap is ("ik stort de tweede betaling terug" names the payment as "I'll refund
        // the second payment" does).
        var found = topicSlots
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: max(1, slots.count)) { scored in
            scored.initialize(repeating: false)
            for m in analysis.matches {
                for s in m.first..<m.end where m.end - m.first == 1 || analysis.isPhraseWord(s, of: m, rubric: rubric) {
                    scored[Int(s)] = true
                }
            }
            let memo = topics.memoID != 0 ? topicCache?.topicMemo.memo : nil
            for i in slots.indices where !slots[i].isMark && !slots[i].isNumber && !scored[i] {
                let token = text.tokens[Int(slots[i].token)]
                let length = Int(token.foldEnd - token.foldStart)
                let named: Bool
                if let memo, let known = memo.named(hash: token.hash, length: length, list: topics.memoID) {
                    named = known
                } else {
                    named = topics.named(text.folded[Int(token.foldStart)..<Int(token.foldEnd)])
                    memo?.remember(hash: token.hash, length: length, list: topics.memoID, named: named)
                }
                if named { found.append(Int32(i)) }
            }
        }
        topicSlots = found
        guard !topicSlots.isEmpty, let rule = rubric.reflectsSpecifics else { return }
        // Only counts when the specific sits in a sentence that already does empathy or ownership work.
        for s in topicSlots {
            let sentence = analysis.slots[Int(s)].sentence
            let supported = analysis.matches.contains { m in
                let c = rubric.info[Int(m.criterion)]
                return c.points > 0 && (c.dimension == .empathy || c.dimension == .ownership) && analysis.slots[Int(m.first)].sentence == sentence
            }
            guard supported else { continue }
            // The rating guide's top band: the customer's feeling named about their own specifics.
            let withFeeling = sheet.behaviours.contains(.acknowledgedFeeling) && topicSlots.contains { t in
                let sentence = analysis.slots[Int(t)].sentence
                return analysis.matches.contains { m in
                    rubric.info[Int(m.criterion)].behaviour == .acknowledgedFeeling && rubric.info[Int(m.criterion)].points > 0
                        && analysis.slots[Int(m.first)].sentence == sentence
                }
            }
            // Or an apology for their situation told in their own details ("so sorry Noah has been
            // sleeping on a mattress on the floor for two weeks"): three topic words or more.
            let inApology = !withFeeling && apologyNamesSituation()
            let span = analysis.span(s, s + 1)
            let note: GeneratedExplanation? = withFeeling ? .nextToFeeling : inApology ? .inApology : nil
            sheet.add(Evidence(rule: rule.id, dimension: rule.dimension, start: span.start, end: span.end,
                               text: sheet.quotesText ? replyText(span.start, span.end) : "",
                               points: note != nil ? rule.points * 3.5 : rule.points,
                               explanation: sheet.collectsTips ? rule.explanation + (note?.english() ?? "") : rule.explanation))
            return
        }
    }

    /// Whether a sentence with a sincere apology also holds three distinct topic words.
    private func apologyNamesSituation() -> Bool {
        guard sheet.behaviours.contains(.apologised), topicSlots.count >= 3 else { return false }
        let slots = analysis.slots
        let tokens = analysis.text.tokens
        for m in analysis.matches {
            let c = rubric.info[Int(m.criterion)]
            guard c.behaviour == .apologised, c.points > 0, m.contrastSlot == nil else { continue }
            let sentence = slots[Int(m.first)].sentence
            var words: [UInt64] = []
            for t in topicSlots where slots[Int(t)].sentence == sentence {
                let hash = tokens[Int(slots[Int(t)].token)].hash
                if !words.contains(hash) { words.append(hash) }
            }
            if words.count >= 3 { return true }
        }
        return false
    }

    /// A reply word names a topic when it is the topic word with an ending ("lift" → "lifts"),
    /// or the same long word with one typo.
    static func names(_ word: ArraySlice<Unicode.Scalar>, _ topic: ArraySlice<Unicode.Scalar>) -> Bool {
        // Both checks need the same first letter; most pairs stop here.
        guard word.first == topic.first else { return false }
        let wc = word.count, tc = topic.count
        if wc >= tc, wc <= tc + 3 {
            // The topic word with an ending: index loops, not generic sequence comparison.
            var k = 0
            let ws = word.startIndex, ts = topic.startIndex
            while k < tc, word[ws + k] == topic[ts + k] { k += 1 }
            if k == tc { return true }
        }
        guard tc >= Vocabulary.fuzzyMinimumLength else { return false }
        return word.withUnsafeBufferPointer { w in
            topic.withUnsafeBufferPointer { t in Vocabulary.withinOneEdit(w, t) }
        }
    }

    /// The scenario's topic words; without them, the customer's own longer words. Tokenized in
    /// one pass (all topic words joined), as slices of one buffer, indexed by first letter.
    func topicIndex() -> TopicIndex {
        let compounds = language != .en
        var index: TopicIndex?
        let topicWords = context.topicWordsByLanguage[language] ?? context.topicWords
        if !topicWords.isEmpty {
            if let cache = topicCache {
                // A batch shares its contexts: fold the topic words once per distinct list.
                // The list's storage address finds it without touching the cached arrays (a scan
                // of the entries themselves retained and released two references per entry).
                let key = TopicListKey(topicWords, language)
                if let hit = cache.keys.firstIndex(of: key) {
                    index = cache.entries[hit].index
                } else if let hit = cache.entries.firstIndex(where: { $0.language == language && $0.words == topicWords }) {
                    index = cache.entries[hit].index
                } else {
                    let built = TopicIndex(topicTerms(topicWords), compounds: compounds)
                    built.memoID = cache.topicMemo.nextListID
                    cache.topicMemo.nextListID &+= 1
                    if cache.entries.count >= 64 {
                        cache.entries.removeFirst()
                        cache.keys.removeFirst()
                    }
                    cache.entries.append((topicWords, language, built))
                    cache.keys.append(key)
                    index = built
                }
            } else {
                index = TopicIndex(topicTerms(topicWords), compounds: compounds)
            }
        }
        if index?.isEmpty ?? true, let line = context.customerLine {
            var terms: [ArraySlice<Unicode.Scalar>] = []
            let t = TokenizedText(line, limit: rubric.settings.antiGaming.maxScalars)
            for token in t.tokens where token.kind == .word && token.letters >= 4 && rubric.functionWords[token.hash] == nil {
                let word = t.folded[Int(token.foldStart)..<Int(token.foldEnd)]
                if !terms.contains(where: { $0.elementsEqual(word) }) { terms.append(word) }
            }
            index = TopicIndex(terms, compounds: compounds)
        }
        return index ?? TopicIndex([])
    }

    /// The folded topic words, without the function words a phrase brings along: "ta med"
    /// (take away) names a takeaway, but its "med" (with) would name nearly every reply.
    func topicTerms(_ words: [String]) -> [ArraySlice<Unicode.Scalar>] {
        let (folded, ranges) = Self.foldTopics(words)
        let bit = Vocabulary.bit(language)
        return ranges.compactMap { range in
            let term = folded[range]
            if let bits = rubric.functionWords[TermHash.of(term)], UInt8(bits) & bit != 0 { return nil }
            return term
        }
    }

    /// Topic words are short and plain: a light split and fold is enough. Returns one buffer
    /// and the ranges of its terms.
    static func foldTopics(_ words: [String]) -> ([Unicode.Scalar], [Range<Int>]) {
        var folded: [Unicode.Scalar] = []
        folded.reserveCapacity(512)
        var ranges: [Range<Int>] = []
        for topic in words.prefix(200) {
            var start = folded.count
            for scalar in topic.unicodeScalars.prefix(100) {
                let cls = ScalarClass(scalar)
                if cls == .letter || cls == .digit || (cls == .apostrophe && folded.count > start) {
                    folded.append(cls == .apostrophe ? "'" : ScalarClass.lowercase(scalar))
                } else {
                    if folded.count - start >= 3 { ranges.append(start..<folded.count) }
                    start = folded.count
                }
            }
            // Pieces shorter than 3 letters ("A&E" → "a", "e") would match half the reply.
            if folded.count - start >= 3 { ranges.append(start..<folded.count) }
        }
        return (folded, ranges)
    }
}

/// Per-worker scratch for batch scoring: the folded topic words of the last context seen. Owned
/// by one worker at a time (the pool hands it out under a lock; never shared across threads).
final class TopicFoldCache: @unchecked Sendable {
    /// The worker's own copy of the rubric.
    let rubric: CompiledRubric
    init(rubric: CompiledRubric) { self.rubric = rubric }
    /// What reply words resolved to, for this worker's later replies.
    let words = WordResolutionCache()
    /// Which reply words named which topic lists.
    let topicMemo = TopicMemoTable()
    /// Arrays reused from reply to reply.
    let scratch = ScoringScratch()
    /// What language detection read off each word.
    let detection = DetectionMemoTable()
    /// The word pairs of the customer lines replies were checked against, sorted: a batch scores
    /// reply after reply against the opening lines of a few scenarios, interleaved.
    var customerPairs: [(line: String, pairs: [UInt64])] = []
    /// Folded topic words per distinct list seen (lines of a batch interleave scenarios).
    var entries: [(words: [String], language: Language, index: TopicIndex)] = []
    /// `entries`' lists by storage address, in the same order.
    var keys: [TopicListKey] = []
}

/// A topic list by the address of its storage. An entry keeps its list alive, so no other list
/// can take that address while the key is in `TopicFoldCache.keys`; an equal list in other
/// storage misses here and is found by comparing the words.
struct TopicListKey: Equatable {
    let storage: UnsafeRawPointer?
    let count: Int
    let language: Language

    init(_ words: [String], _ language: Language) {
        storage = words.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        count = words.count
        self.language = language
    }
}

/// Topic words grouped by first scalar: a reply word can only be named by a topic with the same
/// first letter (`ReplyScorer.names`), so each word is compared with those alone. In Dutch and
/// Norwegian the topics are also grouped by last scalar, for the compounds they end.
/// A class: the worker's cache hands the same index to reply after reply, and a struct of seven
/// arrays cost seven retains and releases each time.
final class TopicIndex {
    let terms: [ArraySlice<Unicode.Scalar>]
    /// Dutch and Norwegian write compounds as one word ("kundemøte", "stoeltjeslift"): a long
    /// reply word then also names a topic it begins or ends with.
    let compounds: Bool
    /// This list's id in the worker's `TopicMemoTable`; 0 when its answers are not remembered.
    var memoID: UInt32 = 0
    private let byFirst: LetterBuckets
    /// With `compounds`, the topics of at least `shortestPart` letters; else empty.
    private let byLast: LetterBuckets

    var isEmpty: Bool { terms.isEmpty }

    init(_ terms: [ArraySlice<Unicode.Scalar>], compounds: Bool = false) {
        self.terms = terms
        self.compounds = compounds
        byFirst = LetterBuckets(terms) { $0.first } // an empty topic names nothing
        byLast = LetterBuckets(compounds ? terms : []) { $0.count >= Self.shortestPart ? $0.last : nil }
    }

    /// Whether any topic names `word` (non-empty).
    func named(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = word.first else { return false }
        let long = compounds && word.count >= Self.shortestCompound
        if byFirst.contains(first, where: { ReplyScorer.names(word, terms[$0]) || (long && Self.begins(word, with: terms[$0])) }) { return true }
        guard long else { return false }
        // A topic that ends the word before an ending of k letters ends on the word's (k+1)th letter from the end.
        let last = word.index(before: word.endIndex)
        return (0...3).contains { k in byLast.contains(word[last - k], where: { Self.ends(word, with: terms[$0], ending: k) }) }
    }

    /// Both parts of a compound have at least this many letters: "møte" in "kundemøte", never
    /// "uur" in "duur".
    static let shortestPart = 4
    static let shortestCompound = 2 * shortestPart

    /// Whether `topic` begins `word` and leaves a part of its own ("kunde" in "kundemøte").
    static func begins(_ word: ArraySlice<Unicode.Scalar>, with topic: ArraySlice<Unicode.Scalar>) -> Bool {
        let tc = topic.count
        guard tc >= shortestPart, word.count - tc >= shortestPart else { return false }
        return word.starts(with: topic)
    }

    /// Whether `topic` ends `word` just before an ending of `ending` letters ("gave" + "n" in
    /// "bursdagsgaven") and leaves a part of its own.
    static func ends(_ word: ArraySlice<Unicode.Scalar>, with topic: ArraySlice<Unicode.Scalar>, ending: Int) -> Bool {
        let tc = topic.count
        let start = word.count - ending - tc
        guard tc >= shortestPart, start >= shortestPart else { return false }
        let ws = word.startIndex + start
        return word[ws..<(ws + tc)].elementsEqual(topic)
    }
}

/// Term indices grouped by one scalar of each term (a counting sort): those whose scalar `c` is
/// below 256 are `order[offsets[c]..<offsets[c + 1]]`, the others are `others`.
private struct LetterBuckets {
    private let offsets: [Int32]
    private let order: [Int32]
    private let others: [Int32]

    /// `letter` gives a term's scalar, or nil to leave the term out.
    init(_ terms: [ArraySlice<Unicode.Scalar>], letter: (ArraySlice<Unicode.Scalar>) -> Unicode.Scalar?) {
        var counts = [Int32](repeating: 0, count: 257)
        var others: [Int32] = []
        var small: [(letter: Int, term: Int32)] = []
        for (t, term) in terms.enumerated() {
            guard let c = letter(term) else { continue }
            if c.value < 256 { small.append((Int(c.value), Int32(t))); counts[Int(c.value) + 1] += 1 } else { others.append(Int32(t)) }
        }
        for c in 0..<256 { counts[c + 1] += counts[c] }
        var next = counts
        var order = [Int32](repeating: 0, count: small.count)
        for entry in small {
            order[Int(next[entry.letter])] = entry.term
            next[entry.letter] += 1
        }
        offsets = counts
        self.order = order
        self.others = others
    }

    /// Whether a term whose scalar is `c` satisfies `test` (given the term's index).
    @inline(__always)
    func contains(_ c: Unicode.Scalar, where test: (Int) -> Bool) -> Bool {
        guard c.value < 256 else { return others.contains { test(Int($0)) } }
        var k = Int(offsets[Int(c.value)])
        let end = Int(offsets[Int(c.value) + 1])
        while k < end {
            if test(Int(order[k])) { return true }
            k += 1
        }
        return false
    }
}
