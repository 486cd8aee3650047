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
        // A word a rule already scored ("refund") is not extra evidence of listening.
        var found = topicSlots
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: max(1, slots.count)) { scored in
            scored.initialize(repeating: false)
            for m in analysis.matches { for s in m.first..<m.end { scored[Int(s)] = true } }
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
            let span = analysis.span(s, s + 1)
            sheet.add(Evidence(rule: rule.id, dimension: rule.dimension, start: span.start, end: span.end,
                               text: sheet.quotesText ? replyText(span.start, span.end) : "",
                               points: withFeeling ? rule.points * 3.5 : rule.points,
                               explanation: withFeeling && sheet.collectsTips ? rule.explanation + GeneratedExplanation.nextToFeeling.english() : rule.explanation))
            return
        }
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
        var index: TopicIndex?
        if !context.topicWords.isEmpty {
            if let cache = topicCache {
                // A batch shares its contexts: fold the topic words once per distinct list.
                if let hit = cache.entries.firstIndex(where: { $0.words == context.topicWords }) {
                    index = cache.entries[hit].index
                } else {
                    let (folded, ranges) = Self.foldTopics(context.topicWords)
                    var built = TopicIndex(ranges.map { folded[$0] })
                    built.memoID = cache.topicMemo.nextListID
                    cache.topicMemo.nextListID &+= 1
                    if cache.entries.count >= 64 { cache.entries.removeFirst() }
                    cache.entries.append((context.topicWords, built))
                    index = built
                }
            } else {
                let (folded, ranges) = Self.foldTopics(context.topicWords)
                index = TopicIndex(ranges.map { folded[$0] })
            }
        }
        if index?.isEmpty ?? true, let line = context.customerLine {
            var terms: [ArraySlice<Unicode.Scalar>] = []
            let t = TokenizedText(line, limit: rubric.settings.antiGaming.maxScalars)
            for token in t.tokens where token.kind == .word && token.letters >= 4 && rubric.functionWords[token.hash] == nil {
                let word = t.folded[Int(token.foldStart)..<Int(token.foldEnd)]
                if !terms.contains(where: { $0.elementsEqual(word) }) { terms.append(word) }
            }
            index = TopicIndex(terms)
        }
        return index ?? TopicIndex([])
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
    /// Folded topic words per distinct list seen (lines of a batch interleave scenarios).
    var entries: [(words: [String], index: TopicIndex)] = []
}

/// Topic words grouped by first scalar: a reply word can only be named by a topic with the same
/// first letter (`ReplyScorer.names`), so each word is compared with those alone.
struct TopicIndex {
    let terms: [ArraySlice<Unicode.Scalar>]
    /// This list's id in the worker's `TopicMemoTable`; 0 when its answers are not remembered.
    var memoID: UInt32 = 0
    /// Topics whose first scalar `f` is below 256 are `order[offsets[f]..<offsets[f + 1]]`.
    private let offsets: [Int32]
    private let order: [Int32]
    /// Topics whose first scalar is 256 or above.
    private let others: [Int32]

    var isEmpty: Bool { terms.isEmpty }

    init(_ terms: [ArraySlice<Unicode.Scalar>]) {
        self.terms = terms
        var counts = [Int32](repeating: 0, count: 257)
        var others: [Int32] = []
        for (t, term) in terms.enumerated() {
            guard let f = term.first else { continue } // an empty topic names nothing
            if f.value < 256 { counts[Int(f.value) + 1] += 1 } else { others.append(Int32(t)) }
        }
        for f in 0..<256 { counts[f + 1] += counts[f] }
        var next = counts
        var order = [Int32](repeating: 0, count: Int(counts[256]))
        for (t, term) in terms.enumerated() {
            guard let f = term.first, f.value < 256 else { continue }
            order[Int(next[Int(f.value)])] = Int32(t)
            next[Int(f.value)] += 1
        }
        offsets = counts
        self.order = order
        self.others = others
    }

    /// Whether any topic names `word` (non-empty).
    func named(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = word.first else { return false }
        if first.value < 256 {
            var c = Int(offsets[Int(first.value)])
            let end = Int(offsets[Int(first.value) + 1])
            while c < end {
                if ReplyScorer.names(word, terms[Int(order[c])]) { return true }
                c += 1
            }
            return false
        }
        for t in others where ReplyScorer.names(word, terms[Int(t)]) { return true }
        return false
    }
}
