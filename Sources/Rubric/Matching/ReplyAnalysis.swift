import HotseatCore

/// A matchable position in a reply: a word, a number, or a `?`/`!`.
struct WordSlot: Sendable {
    var token: Int32
    var idStart: Int32
    var idEnd: Int32
    var sentence: Int32
    var clause: Int32
    var isNumber: Bool
    var isMark: Bool
}

/// A phrase found in a reply, over slots `first..<end`.
struct PhraseMatch: Sendable {
    var criterion: Int32
    var phrase: Int32
    var first: Int32
    var end: Int32
    var priority: Int
    var negated = false
    /// The slot of the "but" that discounts this match, if any.
    var contrastSlot: Int32?
}

/// A reply tokenized, resolved against the vocabulary, and matched against one language's phrases.
struct ReplyAnalysis: Sendable {
    var text: TokenizedText
    var language: Language
    var slots: [WordSlot] = []
    var ids: [Int32] = []
    /// Accepted matches that count, in reply order.
    var matches: [PhraseMatch] = []
    /// Matches cancelled by a negator ("I'm not sorry"), for explanations.
    var negated: [PhraseMatch] = []
    var sentenceCount: Int32 = 0
    /// Idiom criteria that matched ("no problem"); they earn nothing but shield their words.
    var idioms: [Int32] = []

    func idiomMatched(_ criterion: Int32) -> Bool { idioms.contains(criterion) }

    init(text: TokenizedText, language: Language, rubric: CompiledRubric) {
        self.text = text
        self.language = language
        buildSlots(rubric)
        findMatches(rubric)
    }

    private mutating func buildSlots(_ rubric: CompiledRubric) {
        slots.reserveCapacity(text.tokens.count)
        var sentence: Int32 = 0
        var clause: Int32 = 0
        var sentenceHasWords = false
        for (i, token) in text.tokens.enumerated() {
            switch token.kind {
            case .word, .number:
                let start = Int32(ids.count)
                let word = text.folded[Int(token.foldStart)..<Int(token.foldEnd)]
                rubric.vocabulary.resolve(word, hash: token.hash, isLetters: token.kind == .word && token.letters == Int16(word.count),
                                          language: language, into: &ids)
                slots.append(WordSlot(token: Int32(i), idStart: start, idEnd: Int32(ids.count), sentence: sentence, clause: clause,
                                      isNumber: token.kind == .number, isMark: false))
                sentenceHasWords = true
            case .punctuation:
                if token.mark == "?" || token.mark == "!" {
                    let start = Int32(ids.count)
                    if let id = rubric.vocabulary.exactID(hash: token.hash) { ids.append(id) }
                    slots.append(WordSlot(token: Int32(i), idStart: start, idEnd: Int32(ids.count), sentence: sentence, clause: clause,
                                          isNumber: false, isMark: true))
                }
                if text.isSentenceEnd(token) {
                    if sentenceHasWords { sentence += 1 }
                    sentenceHasWords = false
                    clause += 1
                } else {
                    clause += 1
                }
            case .symbol:
                break
            }
        }
        sentenceCount = sentenceHasWords ? sentence + 1 : sentence
    }

    @inline(__always)
    func slot(_ i: Int32, has id: Int32) -> Bool {
        let s = slots[Int(i)]
        var k = s.idStart
        while k < s.idEnd {
            if ids[Int(k)] == id { return true }
            k += 1
        }
        return false
    }

    @inline(__always)
    func slot(_ i: Int32, hasAny set: Set<Int32>) -> Bool {
        let s = slots[Int(i)]
        var k = s.idStart
        while k < s.idEnd {
            if set.contains(ids[Int(k)]) { return true }
            k += 1
        }
        return false
    }

    /// The longest end (exclusive slot index) at which `elements[e...]` matches from `slot`, or nil.
    private func match(_ elements: [PhraseElement], _ e: Int, at slot: Int32, sentence: Int32) -> Int32? {
        if e == elements.count { return slot }
        let element = elements[e]
        var best: Int32?
        let inSentence = Int(slot) < slots.count && slots[Int(slot)].sentence == sentence
        switch element.kind {
        case .gap:
            var skip: Int32 = 0
            while skip <= Int32(element.maxGap), Int(slot + skip) <= slots.count {
                if skip > 0, !(Int(slot + skip - 1) < slots.count && slots[Int(slot + skip - 1)].sentence == sentence) { break }
                if let end = match(elements, e + 1, at: slot + skip, sentence: sentence) { best = max(best ?? end, end) }
                skip += 1
            }
            return best
        case .number:
            if inSentence, slots[Int(slot)].isNumber, let end = match(elements, e + 1, at: slot + 1, sentence: sentence) { best = end }
        case .terms:
            if inSentence {
                for id in element.ids where self.slot(slot, has: id) {
                    if let end = match(elements, e + 1, at: slot + 1, sentence: sentence) { best = max(best ?? end, end) }
                    break
                }
            }
        }
        if element.optional, let end = match(elements, e + 1, at: slot, sentence: sentence) { best = max(best ?? end, end) }
        return best
    }

    private mutating func findMatches(_ rubric: CompiledRubric) {
        let index = rubric.index(language)
        var found: [PhraseMatch] = []
        func tryStart(_ start: PhraseStart, at i: Int32) {
            let phrase = rubric.phrases[Int(start.phrase)]
            guard let end = match(phrase.elements, Int(start.element), at: i, sentence: slots[Int(i)].sentence), end > i else { return }
            let criterion = rubric.info[Int(phrase.criterion)]
            found.append(PhraseMatch(criterion: phrase.criterion, phrase: start.phrase, first: i, end: end, priority: criterion.priority))
        }
        for i in slots.indices {
            let slot = slots[i]
            if slot.isNumber { for start in index.numberStarts { tryStart(start, at: Int32(i)) } }
            var k = slot.idStart
            while k < slot.idEnd {
                if let starts = index.starts[UInt64(ids[Int(k)])] { for start in starts { tryStart(start, at: Int32(i)) } }
                k += 1
            }
        }
        guard !found.isEmpty else { return }
        // Stronger and longer matches first; a weaker one overlapping them (or its own group) is dropped.
        found.sort { a, b in
            if a.priority != b.priority { return a.priority > b.priority }
            if a.end - a.first != b.end - b.first { return a.end - a.first > b.end - b.first }
            if a.first != b.first { return a.first < b.first }
            return a.criterion < b.criterion
        }
        var accepted: [PhraseMatch] = []
        accepted.reserveCapacity(found.count)
        for candidate in found {
            let group = rubric.info[Int(candidate.criterion)].group
            // Words claimed by any stronger phrase are off limits, even if that phrase lost to a longer one of its own group.
            let outranked = found.contains { other in
                other.priority > candidate.priority && other.first < candidate.end && candidate.first < other.end
            }
            let blocked = outranked || accepted.contains { other in
                other.first < candidate.end && candidate.first < other.end
                    && (other.criterion == candidate.criterion || rubric.info[Int(other.criterion)].group == group)
            }
            if !blocked { accepted.append(candidate) }
        }
        accepted.sort { a, b in a.first != b.first ? a.first < b.first : a.criterion < b.criterion }
        let idiomMatches = accepted.filter { rubric.info[Int($0.criterion)].isIdiom }
        idioms = idiomMatches.map(\.criterion)
        func shielded(_ s: Int32) -> Bool { idiomMatches.contains { $0.first <= s && s < $0.end } }
        for var m in accepted {
            let criterion = rubric.info[Int(m.criterion)]
            if criterion.isIdiom { continue }
            if criterion.negatable, isNegated(m, index: index, shielded: shielded) || negatedInside(m, rubric: rubric, index: index) {
                m.negated = true
                negated.append(m)
                continue
            }
            if criterion.contrastable { m.contrastSlot = contrast(after: m, index: index, shielded: shielded) }
            matches.append(m)
        }
        // A question in a sentence that also blames, mocks or argues is rhetorical, not a real question.
        let all = matches
        matches.removeAll { m in
            let c = rubric.info[Int(m.criterion)]
            guard c.behaviour == .askedQuestion else { return false }
            let sentence = slots[Int(m.first)].sentence
            return all.contains { other in
                rubric.info[Int(other.criterion)].points < 0 && slots[Int(other.first)].sentence == sentence
            }
        }
    }

    /// A negator skipped over by a `...` gap ("we betalen het niet terug") negates the phrase too.
    private func negatedInside(_ m: PhraseMatch, rubric: CompiledRubric, index: LanguageIndex) -> Bool {
        guard m.end - m.first > 1 else { return false }
        let elements = rubric.phrases[Int(m.phrase)].elements
        for s in m.first..<m.end where slot(s, hasAny: index.negators) {
            let explicit = elements.contains { e in e.ids.contains { slot(s, has: $0) } }
            if !explicit { return true }
        }
        return false
    }

    private func isNegated(_ m: PhraseMatch, index: LanguageIndex, shielded: (Int32) -> Bool) -> Bool {
        let clause = slots[Int(m.first)].clause
        var s = m.first - 1
        var seen = 0
        while s >= 0, seen < index.negationWindow, slots[Int(s)].clause == clause {
            if !shielded(s), slot(s, hasAny: index.negators) { return true }
            s -= 1
            seen += 1
        }
        s = m.end
        seen = 0
        while Int(s) < slots.count, seen < index.negationAfter, slots[Int(s)].clause == slots[Int(m.end - 1)].clause {
            if !shielded(s), slot(s, hasAny: index.negators) { return true }
            s += 1
            seen += 1
        }
        return false
    }

    /// A "but" later in the same sentence, or opening the next one ("Sorry. But…").
    private func contrast(after m: PhraseMatch, index: LanguageIndex, shielded: (Int32) -> Bool) -> Int32? {
        let sentence = slots[Int(m.first)].sentence
        var s = m.end
        var firstOfNext = true
        while Int(s) < slots.count {
            let slot = slots[Int(s)]
            if slot.sentence != sentence {
                guard firstOfNext, slot.sentence == sentence + 1 else { return nil }
                firstOfNext = false
                if !slot.isMark, !shielded(s), self.slot(s, hasAny: index.contrast) { return s }
                return nil
            }
            if !shielded(s), self.slot(s, hasAny: index.contrast) { return s }
            s += 1
        }
        return nil
    }

    /// Unicode-scalar span of slots `first..<end` in the reply.
    func span(_ first: Int32, _ end: Int32) -> (start: Int, end: Int) {
        let a = text.tokens[Int(slots[Int(first)].token)]
        let b = text.tokens[Int(slots[Int(end - 1)].token)]
        return (Int(a.start), Int(b.end))
    }
}
