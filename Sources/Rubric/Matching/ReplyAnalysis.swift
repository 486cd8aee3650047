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
    /// Bit `id & 63` for each of its term ids: a slot whose mask shares no bit with an element's cannot match it.
    var mask: UInt64 = 0
}

/// The Bloom-style bit of a term id in `WordSlot.mask` and `FlatElement.mask`.
@inline(__always)
func termMaskBit(_ id: Int32) -> UInt64 { 1 << (UInt64(UInt32(bitPattern: id)) & 63) }

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
    /// Counts about the words (taken while the slots are built).
    var stats = ReplyStatistics()

    /// The term ids a reply word stands for, as typed and (Norwegian) with "aa", "oe", "ae" read as å, ø, æ.
    @inline(__always)
    static func resolve(_ token: Token, folded: UnsafePointer<Unicode.Scalar>, isLetters: Bool, language: Language,
                        words: FrozenVocabulary, into ids: inout [Int32]) {
        let start = ids.count
        let word = folded + Int(token.foldStart), count = Int(token.foldEnd - token.foldStart)
        words.resolve(word, count: count, hash: token.hash, isLetters: isLetters, language: language, into: &ids)
        if language == .nb, isLetters { addNorwegianLetters(word, count: count, words: words, ids: &ids, from: start) }
    }

    static let ikHash = TermHash.of("ik".unicodeScalars)

    /// Norwegian typed on a keyboard without æ, ø and å spells them "ae", "oe" and "aa" ("paa
    /// oss", "vaar feil", "gjoer et unntak"): a word that names nothing Norwegian as typed is read
    /// with the letters it stands for, when the rubric knows that spelling.
    static func addNorwegianLetters(_ word: UnsafePointer<Unicode.Scalar>, count: Int, words: FrozenVocabulary,
                                    ids: inout [Int32], from start: Int) {
        guard count >= 2 else { return }
        var digraph = false
        for k in 0..<(count - 1) where (word[k] == "a" && (word[k + 1] == "a" || word[k + 1] == "e")) || (word[k] == "o" && word[k + 1] == "e") {
            digraph = true
            break
        }
        guard digraph else { return }
        let norwegian = Vocabulary.bit(.nb)
        for k in start..<ids.count where words.languages(of: ids[k]) & norwegian != 0 { return }
        withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: count) { letters in
            var n = 0, k = 0
            while k < count {
                let a = word[k], b: Unicode.Scalar = k + 1 < count ? word[k + 1] : " "
                let joined: Unicode.Scalar? = a == "a" && b == "a" ? "å" : a == "o" && b == "e" ? "ø" : a == "a" && b == "e" ? "æ" : nil
                letters[n] = joined ?? a
                n += 1
                k += joined == nil ? 1 : 2
            }
            var hash = TermHash.seed
            for i in 0..<n { hash = TermHash.step(hash, letters[i]) }
            words.resolve(letters.baseAddress!, count: n, hash: hash, isLetters: true, language: .nb, into: &ids)
        }
    }

    /// Dutch learners give the verb after "ik" the -t or -d of "hij": "ik betaald u terug", "ik
    /// maakt het in orde", "ik mailt u". After "ik" that can only be the same verb, so the word
    /// also stands for its stem ("betaal", "maak", "mail") when the rubric knows the stem.
    static func addFirstPersonStem(_ token: Token, folded: UnsafePointer<Unicode.Scalar>, words: FrozenVocabulary,
                                   ids: inout [Int32], from start: Int) {
        let end = Int(token.foldEnd), first = Int(token.foldStart)
        guard token.kind == .word, end - first >= 4, folded[end - 1] == "t" || folded[end - 1] == "d" else { return }
        var hash = TermHash.seed
        for k in first..<(end - 1) { hash = TermHash.step(hash, folded[k]) }
        guard let id = words.exactID(hash: hash), !ids[start...].contains(id) else { return }
        ids.append(id)
    }

    static func partsClauses(_ mark: Unicode.Scalar) -> Bool {
        let v = mark.value
        return (0x2190...0x21FF).contains(v) || (0x2794...0x27BF).contains(v) || v == 0x2022 || (0x25A0...0x25CF).contains(v)
            || mark.properties.isEmojiPresentation
    }

    func idiomMatched(_ criterion: Int32) -> Bool { idioms.contains(criterion) }

    init(text: TokenizedText, language: Language, rubric: CompiledRubric, words memo: WordMemo? = nil, scratch: ScoringScratch? = nil) {
        self.text = text
        self.language = language
        buildSlots(rubric, memo: memo, scratch: scratch)
        findMatches(rubric, scratch: scratch)
    }

    /// Gives the arrays this analysis filled back to the worker's scratch.
    mutating func recycle(into scratch: ScoringScratch) {
        swap(&scratch.tokens, &text.tokens)
        swap(&scratch.folded, &text.folded)
        swap(&scratch.slots, &slots)
        swap(&scratch.ids, &ids)
        swap(&scratch.matches, &matches)
        swap(&scratch.wordHashes, &stats.wordHashes)
    }

    private mutating func buildSlots(_ rubric: CompiledRubric, memo: WordMemo?, scratch: ScoringScratch?) {
        let text = self.text
        let language = self.language
        let words = rubric.words
        if let scratch { stats.wordHashes = [UInt64].reusing(&scratch.wordHashes) }
        var slots: [WordSlot] = scratch.map { [WordSlot].reusing(&$0.slots) } ?? []
        var ids: [Int32] = scratch.map { [Int32].reusing(&$0.ids) } ?? []
        ids.reserveCapacity(text.tokens.count + 8)
        var sentence: Int32 = 0
        var clause: Int32 = 0
        var sentenceHasWords = false
        // Slots and word hashes (at most one per token) are written through buffers and appended
        // once: an append per word checked the array's uniqueness and capacity each time.
        let bound = max(1, text.tokens.count)
        withUnsafeTemporaryAllocation(of: WordSlot.self, capacity: bound) { newSlots in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: bound) { newHashes in
                var slotCount = 0, hashCount = 0
                var afterIk = false
                let dutch = language == .nl
                text.folded.withUnsafeBufferPointer { folded in
                    text.tokens.withUnsafeBufferPointer { tokens in
                        for i in 0..<tokens.count {
                            let token = tokens[i]
                            switch token.kind {
                            case .word, .number:
                                let start = Int32(ids.count)
                                let count = Int(token.foldEnd - token.foldStart)
                                if let base = folded.baseAddress, count > 0 {
                                    let isLetters = token.kind == .word && Int(token.letters) == count
                                    if let memo {
                                        let key = WordMemo.key(length: count, isLetters: isLetters, language: language)
                                        if !memo.lookup(hash: token.hash, key: key, into: &ids) {
                                            Self.resolve(token, folded: base, isLetters: isLetters, language: language, words: words, into: &ids)
                                            memo.store(hash: token.hash, key: key, ids: ids[Int(start)...])
                                        }
                                    } else {
                                        Self.resolve(token, folded: base, isLetters: isLetters, language: language, words: words, into: &ids)
                                    }
                                }
                                if dutch {
                                    if afterIk, let base = folded.baseAddress { Self.addFirstPersonStem(token, folded: base, words: words, ids: &ids, from: Int(start)) }
                                    afterIk = token.hash == Self.ikHash
                                }
                                var mask: UInt64 = 0
                                for k in Int(start)..<ids.count { mask |= termMaskBit(ids[k]) }
                                (newSlots.baseAddress! + slotCount).initialize(to: WordSlot(
                                    token: Int32(i), idStart: start, idEnd: Int32(ids.count), sentence: sentence, clause: clause,
                                    isNumber: token.kind == .number, isMark: false, mask: mask))
                                slotCount += 1
                                // The reply's word statistics, in the same pass and from the same memo entry.
                                newHashes[hashCount] = token.hash
                                hashCount += 1
                                if token.kind == .word, let base = folded.baseAddress {
                                    stats.count(token, folded: base, rubric: rubric, language: language, memo: memo)
                                }
                                sentenceHasWords = true
                            case .punctuation:
                                // "kl. 15", "ca. een uur": no sentence or clause ends there.
                                if token.mark == ".", text.isAbbreviationPoint(at: i, in: tokens) { break }
                                if token.mark == "?" || token.mark == "!" {
                                    let start = Int32(ids.count)
                                    var mask: UInt64 = 0
                                    if let id = words.exactID(hash: token.hash) { ids.append(id); mask = termMaskBit(id) }
                                    (newSlots.baseAddress! + slotCount).initialize(to: WordSlot(
                                        token: Int32(i), idStart: start, idEnd: Int32(ids.count), sentence: sentence, clause: clause,
                                        isNumber: false, isMark: true, mask: mask))
                                    slotCount += 1
                                }
                                if text.isSentenceEnd(token) {
                                    if sentenceHasWords { sentence += 1 }
                                    sentenceHasWords = false
                                    clause += 1
                                } else {
                                    clause += 1
                                }
                            case .symbol:
                                // An emoji, an arrow or a bullet between words parts them as a comma does
                                // ("my fault 🙏 full refund 🙏 today"); "€", "%" and "&" do not.
                                if Self.partsClauses(token.mark) { clause += 1 }
                            }
                        }
                    }
                }
                slots.append(contentsOf: UnsafeBufferPointer(start: newSlots.baseAddress, count: slotCount))
                stats.wordHashes.append(contentsOf: UnsafeBufferPointer(start: newHashes.baseAddress, count: hashCount))
            }
        }
        self.slots = slots
        self.ids = ids
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

    /// Whether any term at slot `i` carries `bit` in `flags` (a negator or contrast word of the language).
    @inline(__always)
    func slot(_ i: Int32, hasFlag bit: RoleBits, _ flags: Flat<RoleBits>) -> Bool {
        let s = slots[Int(i)]
        var k = s.idStart
        while k < s.idEnd {
            if flags[ids[Int(k)]] & bit != 0 { return true }
            k += 1
        }
        return false
    }

    private mutating func findMatches(_ rubric: CompiledRubric, scratch: ScoringScratch?) {
        let index = rubric.index(language)
        let phrases = rubric.flatPhrases
        let info = rubric.info
        var found: [PhraseMatch] = scratch.map { [PhraseMatch].reusing(&$0.found) } ?? []
        found.reserveCapacity(32)
        defer { scratch?.found = found }
        slots.withUnsafeBufferPointer { slots in
            ids.withUnsafeBufferPointer { ids in
                let matcher = Matcher(slots: slots, ids: ids, elements: rubric.elements, elementIDs: rubric.elementIDs)
                for i in 0..<slots.count {
                    let slot = slots[i]
                    let at = Int32(i)
                    let sentence = slot.sentence
                    // The mask of the next slot, when it is in this sentence (0 otherwise: nothing can follow).
                    let nextMask = i + 1 < slots.count && slots[i + 1].sentence == sentence ? slots[i + 1].mask : 0
                    @inline(__always)
                    func tryStart(_ start: PhraseStart) {
                        if start.nextMask != 0, start.nextMask & nextMask == 0 { return }
                        let phrase = phrases[start.phrase]
                        let end = matcher.matchFromStart(Int(phrase.elementStart) + Int(start.element), Int(phrase.elementEnd), at: at,
                                                         sentence: sentence)
                        guard end > at else { return }
                        found.append(PhraseMatch(criterion: phrase.criterion, phrase: start.phrase, first: at, end: end,
                                                 priority: info[Int(phrase.criterion)].priority))
                    }
                    if slot.isNumber {
                        for n in 0..<index.numberStarts.count { tryStart(index.numberStarts[n]) }
                    }
                    var k = Int(slot.idStart)
                    while k < Int(slot.idEnd) {
                        let id = ids[k]
                        var c = Int(index.startOffsets[id])
                        let last = Int(index.startOffsets[Int(id) + 1])
                        while c < last {
                            tryStart(index.starts[c])
                            c += 1
                        }
                        k += 1
                    }
                }
            }
        }
        guard !found.isEmpty else { return }
        // Stronger, longer and richer matches first; a weaker one overlapping them (or its own group) is dropped.
        found.sort { a, b in
            if a.priority != b.priority { return a.priority > b.priority }
            if a.end - a.first != b.end - b.first { return a.end - a.first > b.end - b.first }
            // Of two equally long rivals for the same words ("We'll replace" / "replace it"), the one that weighs more wins.
            let pointsA = abs(info[Int(a.criterion)].points), pointsB = abs(info[Int(b.criterion)].points)
            if pointsA != pointsB { return pointsA > pointsB }
            if a.first != b.first { return a.first < b.first }
            return a.criterion < b.criterion
        }
        var accepted: [PhraseMatch] = scratch.map { [PhraseMatch].reusing(&$0.accepted) } ?? []
        accepted.reserveCapacity(found.count)
        defer { scratch?.accepted = accepted }
        for candidate in found {
            let group = info[Int(candidate.criterion)].group
            // Words claimed by any stronger phrase are off limits, even if that phrase lost to a longer one of its own group.
            // `found` is sorted by priority, highest first: the stronger phrases are a prefix of it.
            var outranked = false
            var j = 0
            while j < found.count, found[j].priority > candidate.priority {
                let other = found[j]
                if other.first < candidate.end && candidate.first < other.end { outranked = true; break }
                j += 1
            }
            let blocked = outranked || accepted.contains { other in
                other.first < candidate.end && candidate.first < other.end
                    && (other.criterion == candidate.criterion || info[Int(other.criterion)].group == group)
            }
            if !blocked { accepted.append(candidate) }
        }
        accepted.sort { a, b in a.first != b.first ? a.first < b.first : a.criterion < b.criterion }
        let idiomMatches = accepted.filter { info[Int($0.criterion)].isIdiom }
        idioms = idiomMatches.map(\.criterion)
        func shielded(_ s: Int32) -> Bool { idiomMatches.contains { $0.first <= s && s < $0.end } }
        if let scratch { matches = [PhraseMatch].reusing(&scratch.matches) }
        matches.reserveCapacity(accepted.count)
        for var m in accepted {
            let criterion = info[Int(m.criterion)]
            if criterion.isIdiom { continue }
            if criterion.negatable, isNegated(m, rubric: rubric, index: index, flags: rubric.termFlags, shielded: shielded) || negatedInside(m, rubric: rubric, index: index) {
                m.negated = true
                negated.append(m)
                continue
            }
            if criterion.contrastable { m.contrastSlot = contrast(after: m, index: index, flags: rubric.termFlags, shielded: shielded) }
            matches.append(m)
        }
        // A question in a sentence that also blames, mocks or argues is rhetorical, not a real question;
        // a boundary in a sentence that also insults, threatens or mocks is not a respectful one
        // ("Ikke snakk sånn til meg, din idiot!"); a "because" in a sentence that mocks or insults
        // explains nothing ("Because obviously you didn't read the sign"), nor does one that a question
        // in the sentence asks about ("Kunt u me vertellen wat er gebeurd is?"). (Only when there is such
        // a match at all: copying `matches` for the check costs an allocation.)
        func judgedBySentence(_ behaviour: Behaviour?) -> Bool {
            behaviour == .askedQuestion || behaviour == .setBoundary || behaviour == .explainedCause
        }
        guard matches.contains(where: { judgedBySentence(info[Int($0.criterion)].behaviour) }) else { return }
        let all = matches
        matches.removeAll { m in
            let behaviour = info[Int(m.criterion)].behaviour
            guard judgedBySentence(behaviour) else { return false }
            let sentence = slots[Int(m.first)].sentence
            return all.contains { other in
                let o = info[Int(other.criterion)]
                guard slots[Int(other.first)].sentence == sentence else { return false }
                switch behaviour {
                case .askedQuestion: return o.points < 0
                case .setBoundary: return o.points < 0 && o.dimension == .calm
                default:
                    // "Can you tell me what happened?" asks for the cause; it does not give one. A
                    // question in another clause leaves it alone: "It stopped because of the wind,
                    // can I get you a hot drink?"
                    if o.behaviour == .askedQuestion {
                        let clause = slots[Int(m.first)].clause
                        return slots[Int(other.first)].clause == clause || slots[Int(other.end - 1)].clause == clause
                    }
                    return o.points < 0 && (o.behaviour == .sarcastic || o.behaviour == .swore)
                }
            }
        }
    }

    /// Whether slot `s` of match `m` is one of the phrase's own words rather than a word its `...`
    /// gap skipped ("stort [de tweede betaling] terug").
    func isPhraseWord(_ s: Int32, of m: PhraseMatch, rubric: CompiledRubric) -> Bool {
        let phrase = rubric.flatPhrases[m.phrase]
        // The phrase's elements hold their alternatives contiguously, so all its words are one range.
        let first = Int(rubric.elements[phrase.elementStart].idStart), last = Int(rubric.elements[Int(phrase.elementEnd) - 1].idEnd)
        for k in first..<last where slot(s, has: rubric.elementIDs[k]) { return true }
        return false
    }

    /// A negator skipped over by a `...` gap ("we betalen het niet terug") negates the phrase too.
    private func negatedInside(_ m: PhraseMatch, rubric: CompiledRubric, index: LanguageIndex) -> Bool {
        guard m.end - m.first > 1 else { return false }
        for s in m.first..<m.end where slot(s, hasFlag: index.negatorBit, rubric.termFlags) && !isPhraseWord(s, of: m, rubric: rubric) {
            return true
        }
        return false
    }

    private func isNegated(_ m: PhraseMatch, rubric: CompiledRubric, index: LanguageIndex, flags: Flat<RoleBits>, shielded: (Int32) -> Bool) -> Bool {
        let clause = slots[Int(m.first)].clause
        var s = m.first - 1
        var seen = 0
        while s >= 0, seen < index.negationWindow, slots[Int(s)].clause == clause {
            if !shielded(s) {
                // "not tomorrow but today": the "but" ends the negator's reach.
                if slot(s, hasFlag: index.negationBarrierBit, flags) { break }
                if slot(s, hasFlag: index.negatorBit, flags) { return true }
            }
            s -= 1
            seen += 1
        }
        // English looks before the phrase only.
        guard index.negationAfter > 0 else { return false }
        s = m.end
        seen = 0
        // Dutch and Norwegian put the negator after the verb and its pronouns: "Ik vergoed het niet",
        // "Det beklager jeg ikke". Up to two such pronouns do not count towards `negationAfter`.
        // Which pronouns may be skipped is worked out only when a word after the phrase is not a negator.
        var skipped = 0
        var skipBitsIfNeeded: RoleBits?
        func skipBits() -> RoleBits {
            if let known = skipBitsIfNeeded { return known }
            let inverted = m.first > 0 && slots[Int(m.first - 1)].clause == clause && !slots[Int(m.first - 1)].isMark
            // A phrase that ends on a function word ("Ik begrijp dat | het niet makkelijk is") has its
            // object or conjunction already: a pronoun after it starts a clause of its own.
            let lastToken = text.tokens[Int(slots[Int(m.end - 1)].token)]
            let endsOnFunctionWord = rubric.functionWords[lastToken.hash].map { UInt8($0) & Vocabulary.bit(language) != 0 } ?? false
            let bits: RoleBits = endsOnFunctionWord ? 0 : inverted ? index.negationSkipBit | index.invertedSkipBit : index.negationSkipBit
            skipBitsIfNeeded = bits
            return bits
        }
        let lastClause = slots[Int(m.end - 1)].clause
        while Int(s) < slots.count, seen < index.negationAfter, slots[Int(s)].clause == lastClause {
            if !shielded(s), slot(s, hasFlag: index.negationBarrierBit, flags) { break }
            if !shielded(s), slot(s, hasFlag: index.negatorBit, flags) {
                // "Jeg forstår det ikke er lett": the pronoun and negator open a clause whose "at" was left out.
                let next = s + 1
                let opensClause = skipped > 0 && Int(next) < slots.count && slots[Int(next)].clause == lastClause
                    && slot(next, hasFlag: index.clauseVerbBit, flags)
                return !opensClause
            }
            if skipped < 2, slot(s, hasFlag: skipBits(), flags) {
                skipped += 1
            } else {
                seen += 1
            }
            s += 1
        }
        return false
    }

    /// A "but" later in the same sentence, or opening the next one ("Sorry. But…").
    private func contrast(after m: PhraseMatch, index: LanguageIndex, flags: Flat<RoleBits>, shielded: (Int32) -> Bool) -> Int32? {
        let sentence = slots[Int(m.first)].sentence
        var s = m.end
        var firstOfNext = true
        while Int(s) < slots.count {
            let slot = slots[Int(s)]
            if slot.sentence != sentence {
                guard firstOfNext, slot.sentence == sentence + 1 else { return nil }
                firstOfNext = false
                if !slot.isMark, !shielded(s), self.slot(s, hasFlag: index.contrastBit, flags), !meansOnly(s, index) { return s }
                return nil
            }
            if !shielded(s), self.slot(s, hasFlag: index.contrastBit, flags), !meansOnly(s, index) { return s }
            s += 1
        }
        return nil
    }

    /// Whether the contrast word at slot `s` is followed by one of its language's
    /// `contrast_means_only` phrases, in the same sentence ("maar een half uur": only, not but).
    private func meansOnly(_ s: Int32, _ index: LanguageIndex) -> Bool {
        let phrases = index.onlyOffsets.count - 1
        guard phrases > 0 else { return false }
        let tokens = text.tokens
        let sentence = slots[Int(s)].sentence
        for p in 0..<phrases {
            let start = Int(index.onlyOffsets[p]), end = Int(index.onlyOffsets[p + 1])
            var k = Int(s) + 1
            var w = start
            while w < end, k < slots.count, slots[k].sentence == sentence, !slots[k].isMark,
                  tokens[Int(slots[k].token)].hash == index.onlyWords[w] {
                w += 1
                k += 1
            }
            if w == end, end > start { return true }
        }
        return false
    }

    /// Unicode-scalar span of slots `first..<end` in the reply.
    @inline(__always)
    func span(_ first: Int32, _ end: Int32) -> (start: Int, end: Int) {
        let a = text.tokens[Int(slots[Int(first)].token)]
        let b = text.tokens[Int(slots[Int(end - 1)].token)]
        return (Int(a.start), Int(b.end))
    }
}

/// Matches one phrase's elements against a reply's slots, reading everything through pointers.
private struct Matcher {
    let slots: UnsafeBufferPointer<WordSlot>
    let ids: UnsafeBufferPointer<Int32>
    let elements: Flat<FlatElement>
    let elementIDs: Flat<Int32>

    /// `match` for a phrase start: element `e` is known to match at `slot` (it is the term or
    /// number the start was found under, in the slot's own sentence), so only what follows is tried.
    @inline(__always)
    func matchFromStart(_ e: Int, _ end: Int, at slot: Int32, sentence: Int32) -> Int32 {
        var best = match(e + 1, end, at: slot + 1, sentence: sentence)
        if elements[e].optional {
            let r = match(e + 1, end, at: slot, sentence: sentence)
            if r > best { best = r }
        }
        return best
    }

    /// The longest end (exclusive slot index) at which elements `e..<end` match from `slot`, or -1.
    func match(_ e: Int, _ end: Int, at slot: Int32, sentence: Int32) -> Int32 {
        if e == end { return slot }
        let element = elements[e]
        var best: Int32 = -1
        let n = slots.count
        let inSentence = Int(slot) < n && slots[Int(slot)].sentence == sentence
        switch element.kind {
        case .gap:
            var skip: Int32 = 0
            while skip <= Int32(element.maxGap), Int(slot + skip) <= n {
                if skip > 0, !(Int(slot + skip - 1) < n && slots[Int(slot + skip - 1)].sentence == sentence) { break }
                let r = match(e + 1, end, at: slot + skip, sentence: sentence)
                if r > best { best = r }
                skip += 1
            }
            return best
        case .number:
            if inSentence, slots[Int(slot)].isNumber { best = match(e + 1, end, at: slot + 1, sentence: sentence) }
        case .terms:
            if inSentence, slots[Int(slot)].mask & element.mask != 0 {
                let s = slots[Int(slot)]
                var hit = false
                var c = Int(element.idStart)
                let cEnd = Int(element.idEnd)
                outer: while c < cEnd {
                    let id = elementIDs[c]
                    var k = Int(s.idStart)
                    while k < Int(s.idEnd) {
                        if ids[k] == id { hit = true; break outer }
                        k += 1
                    }
                    c += 1
                }
                if hit {
                    let r = match(e + 1, end, at: slot + 1, sentence: sentence)
                    if r > best { best = r }
                }
            }
        }
        if element.optional {
            let r = match(e + 1, end, at: slot, sentence: sentence)
            if r > best { best = r }
        }
        return best
    }
}
