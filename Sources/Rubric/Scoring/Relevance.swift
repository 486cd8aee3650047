import HotseatCore

extension ReplyScorer {
    /// Finds the words that tie the reply to this customer's situation and rewards empathy or
    /// ownership that names them ("the hour in the cold"), as service-recovery.md §4 advises.
    mutating func scoreSpecifics() {
        let topics = topicTerms()
        hasTopics = !topics.isEmpty
        guard !topics.isEmpty else { return }
        let text = analysis.text
        // `names` needs the same first letter, which settles most pairs: compare that first.
        let firsts = topics.map(\.first)
        for (i, slot) in analysis.slots.enumerated() where !slot.isMark && !slot.isNumber {
            // A word a rule already scored ("refund") is not extra evidence of listening.
            if analysis.matches.contains(where: { $0.first <= Int32(i) && Int32(i) < $0.end }) { continue }
            let token = text.tokens[Int(slot.token)]
            let word = text.folded[Int(token.foldStart)..<Int(token.foldEnd)]
            let first = word.first
            for t in topics.indices where firsts[t] == first && Self.names(word, topics[t]) {
                topicSlots.append(Int32(i))
                break
            }
        }
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
            sheet.add(Evidence(rule: rule.id, dimension: rule.dimension, start: span.start, end: span.end, text: replyText(span.start, span.end),
                               points: withFeeling ? rule.points * 3.5 : rule.points,
                               explanation: withFeeling ? rule.explanation + ", next to the feeling it names" : rule.explanation))
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
    /// one pass (all topic words joined), returned as slices of one buffer.
    func topicTerms() -> [ArraySlice<Unicode.Scalar>] {
        var terms: [ArraySlice<Unicode.Scalar>] = []
        if !context.topicWords.isEmpty {
            if let cache = topicCache {
                // A batch shares its contexts: fold the topic words once per distinct list.
                if let hit = cache.entries.firstIndex(where: { $0.words == context.topicWords }) {
                    terms = cache.entries[hit].terms
                } else {
                    let (folded, ranges) = Self.foldTopics(context.topicWords)
                    terms = ranges.map { folded[$0] }
                    if cache.entries.count >= 64 { cache.entries.removeFirst() }
                    cache.entries.append((context.topicWords, terms))
                }
            } else {
                let (folded, ranges) = Self.foldTopics(context.topicWords)
                terms = ranges.map { folded[$0] }
            }
        }
        if terms.isEmpty, let line = context.customerLine {
            let t = TokenizedText(line, limit: rubric.settings.antiGaming.maxScalars)
            for token in t.tokens where token.kind == .word && token.letters >= 4 && rubric.functionWords[token.hash] == nil {
                let word = t.folded[Int(token.foldStart)..<Int(token.foldEnd)]
                if !terms.contains(where: { $0.elementsEqual(word) }) { terms.append(word) }
            }
        }
        return terms
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
/// by one worker (never shared across threads).
final class TopicFoldCache {
    /// The worker's own copy of the rubric.
    let rubric: CompiledRubric
    init(rubric: CompiledRubric) { self.rubric = rubric }
    /// Folded topic words per distinct list seen (lines of a batch interleave scenarios).
    var entries: [(words: [String], terms: [ArraySlice<Unicode.Scalar>])] = []
    /// JSONL lines' scoring contexts per (scenario, forced language), without the per-line fields.
    var contexts: [(scenarioID: String?, language: Language?, context: ScoringContext)] = []
}
