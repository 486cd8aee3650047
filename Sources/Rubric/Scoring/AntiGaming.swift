import HotseatCore

extension ReplyScorer {
    /// Raises the flags that cap a reply's scores: nothing said, mash, off-topic, a copy of the
    /// customer, keyword stuffing, or repetition within the reply or across turns.
    mutating func detectGaming() {
        let words = stats.words
        if words == 0 {
            sheet.flag("empty", rubric: rubric)
            return
        }
        // One or two words ("Ok. Noted.") cannot acknowledge, own and fix anything.
        if words <= 2 { sheet.flag("too-short", rubric: rubric) }
        // Small helpers ("today", "thanks for") do not by themselves show the reply addresses anything.
        let substantive = analysis.matches.contains { rubric.info[Int($0.criterion)].points >= 8 }
        if stats.implausibleWords * 2 >= words {
            sheet.flag("gibberish", rubric: rubric)
        } else if words >= 3, stats.anyFunctionWords == 0, analysis.matches.isEmpty, topicSlots.isEmpty {
            sheet.flag("gibberish", rubric: rubric)
        }
        // Off-topic needs something to be off from: the scenario's topic words or the customer's line.
        if words >= 4, !substantive, topicSlots.isEmpty, hasTopics, !sheet.flags.contains(where: { $0.code == "gibberish" }) {
            sheet.flag("off-topic", rubric: rubric)
        }
        if let line = context.customerLine, copies(line) { sheet.flag("copied-customer-line", rubric: rubric) }
        detectStuffing()
        detectRepetition()
    }

    /// Most of the reply's word pairs appear in the customer's line.
    private func copies(_ line: String) -> Bool {
        let ours = stats.wordHashes
        guard ours.count >= 3 else { return false }
        let pairs: [UInt64]
        // The same line is usually the same String (a scenario's context), so == is a pointer check.
        if let cache = topicCache, let known = cache.customerPairs.first(where: { $0.line == line }) {
            pairs = known.pairs
        } else {
            pairs = Self.wordPairs(of: line, limit: rubric.settings.antiGaming.maxScalars)
            if let cache = topicCache {
                if cache.customerPairs.count >= 32 { cache.customerPairs.removeFirst() }
                cache.customerPairs.append((line, pairs))
            }
        }
        guard !pairs.isEmpty else { return false }
        var shared = 0
        for i in 1..<ours.count where Self.contains(pairs, ours[i - 1] &* 31 &+ ours[i]) { shared += 1 }
        return Double(shared) / Double(ours.count - 1) >= 0.6
    }

    /// The line's pairs of neighbouring words, as hashes, sorted for binary search.
    static func wordPairs(of line: String, limit: Int) -> [UInt64] {
        let customer = TokenizedText(line, limit: limit)
        let theirs = customer.tokens.filter { $0.kind == .word || $0.kind == .number }.map(\.hash)
        guard theirs.count >= 2 else { return [] }
        return (1..<theirs.count).map { theirs[$0 - 1] &* 31 &+ theirs[$0] }.sorted()
    }

    private static func contains(_ sorted: [UInt64], _ value: UInt64) -> Bool {
        var low = 0, high = sorted.count
        while low < high {
            let mid = (low + high) / 2
            if sorted[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low < sorted.count && sorted[low] == value
    }

    /// A list of rubric phrases and topic words with little sentence around them.
    private mutating func detectStuffing() {
        let words = stats.words
        let info = rubric.info
        // Three bare keywords ("sorry refund today", "beklager refusjon gavekort") are the shortest
        // list: three rubric phrases, one word each, and no word of any language to join them.
        // ("Sorry, my fault." and "I'm so sorry." have theirs.)
        if words == 3, stats.anyFunctionWords == 0 {
            if separatePositivePhrases() == 3 { sheet.flag("keyword-stuffing", rubric: rubric) }
            return
        }
        guard words >= 4 else { return }
        // Distinct slots that are topic words or inside a positive match (a bitmap on the stack: slots are few and dense).
        var keywordCount = 0
        var positiveCount = 0
        var matchedCount = 0
        var repeatedRule = false
        // The same, for words only: a "?" is a phrase of its own but not a keyword.
        var keywordWords = 0
        var positiveWordPhrases = 0
        var padded = false
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: max(1, analysis.slots.count)) { isKeyword in
            isKeyword.initialize(repeating: false)
            let slots = analysis.slots
            for s in topicSlots where !isKeyword[Int(s)] {
                isKeyword[Int(s)] = true
                keywordCount += 1
                if !slots[Int(s)].isMark { keywordWords += 1 }
            }
            let matches = analysis.matches
            for (i, m) in matches.enumerated() where info[Int(m.criterion)].points > 0 {
                positiveCount += 1
                var hasWord = false
                for s in m.first..<m.end {
                    let isMark = slots[Int(s)].isMark
                    if !isMark { hasWord = true }
                    guard !isKeyword[Int(s)] else { continue }
                    isKeyword[Int(s)] = true
                    keywordCount += 1
                    if !isMark { keywordWords += 1 }
                }
                if hasWord { positiveWordPhrases += 1 }
                matchedCount += Int(m.end - m.first)
                // The same rubric phrase twice with no sentence around it ("food sorry sorry") is a keyword list.
                if !repeatedRule, matches[..<i].contains(where: { $0.criterion == m.criterion && info[Int($0.criterion)].points > 0 }) {
                    repeatedRule = true
                }
            }
            // The same phrase said again and again is repetition, flagged as such below.
            if positiveWordPhrases >= 4, distinctPositiveCriteria(atLeast: 3) {
                padded = isPaddedList(isKeyword: UnsafeBufferPointer(isKeyword))
            }
        }
        let share = Double(keywordCount) / Double(words)
        let functionShare = Double(stats.functionWords) / Double(words)
        let topicShare = Double(topicSlots.count) / Double(words)
        // A salad of rubric phrases ("sorry, I understand, I'll fix it, free, refund?"): almost
        // every word is inside one, with nothing said about the customer's situation in between.
        // Function words do not tell it apart here: the phrases themselves are full of them.
        // A dense but real reply ("I understand your frustration. I take full responsibility, and
        // I will send a technician tomorrow between 9 and 11.") has clauses; a salad is fragments.
        // Clauses are counted only for a reply that could be one: this runs for every reply.
        var salad = false
        // Coverage counted two ways: phrases overlapping on a word both count, or each word once
        // (then one unmatched pair such as "ik bel" at the end of the list does not hide it).
        let wordCoverage = positiveWordPhrases >= 5 && Double(keywordWords) / Double(words) >= 0.7
        // Phrases of words only: the "?" of "Are you alright? Is she okay?" is a question asked,
        // not a keyword listed.
        if positiveWordPhrases >= 5 {
            // A salad is mostly fragments: "Vervelend. Excuses. Ik regel vandaag een nieuwe levering."
            // is terse, but most of its words make one sentence.
            var clauses = 0
            var lastClause: Int32 = -1
            var clauseWords = 0
            var clauseHasPhrase = false
            var fragmentWords = 0
            // Fragments that hold a rubric phrase of their own: "My fault. Full refund. Today."
            var phraseFragments = 0
            var nextMatch = 0
            let matches = analysis.matches
            func closeClause() {
                guard clauseWords > 0, clauseWords <= 3 else { return }
                fragmentWords += clauseWords
                if clauseHasPhrase { phraseFragments += 1 }
            }
            for (index, slot) in analysis.slots.enumerated() where !slot.isMark {
                if slot.clause != lastClause {
                    closeClause()
                    clauses += 1
                    lastClause = slot.clause
                    clauseWords = 0
                    clauseHasPhrase = false
                }
                clauseWords += 1
                while nextMatch < matches.count, matches[nextMatch].first <= Int32(index) {
                    if matches[nextMatch].first == Int32(index), info[Int(matches[nextMatch].criterion)].points > 0 { clauseHasPhrase = true }
                    nextMatch += 1
                }
            }
            closeClause()
            let fragmentary = Double(words) <= 3.5 * Double(max(1, clauses)) && fragmentWords * 2 > words
            let covered = Double(matchedCount) / Double(words) >= 0.8 || wordCoverage
            // Five fragments that are each a rubric phrase are a list even when the phrases take only
            // part of the longer items ("That must be so frustrating." matches on "frustrating").
            salad = fragmentary && (covered || phraseFragments >= 5)
            // Without punctuation a list is one long clause ("sorry understand frustrating my fault
            // refund today call you back"); it still shows as a rubric phrase for every two words,
            // phrases that overlap counted once ("I'll call you back before 3 pm" is one or two),
            // and few of the small words that join a sentence ("sorry my fault i refund you today
            // and call you back tomorrow" is a sentence without its commas).
            if !salad, wordCoverage, functionShare < 0.3, Double(words) > 3.5 * Double(max(1, clauses)) {
                let separate = separatePositivePhrases()
                salad = separate >= 5 && separate * 2 >= words
            }
        }
        // A list needs items: a terse sentence of one action and its time ("Jeg bestiller ny
        // levering torsdag morgen") is nearly all rubric words, yet says one thing.
        if (share >= 0.6 && functionShare < 0.2 && positiveCount >= 3) || topicShare >= 0.5 || (positiveCount >= 4 && functionShare < 0.1)
            || (repeatedRule && functionShare < 0.1) || salad || padded {
            sheet.flag("keyword-stuffing", rubric: rubric)
        }
    }

    /// Rubric phrases that earn points, those that overlap counted once.
    private func separatePositivePhrases() -> Int {
        var separate = 0
        var coveredUpTo: Int32 = -1
        for m in analysis.matches where rubric.info[Int(m.criterion)].points > 0 {
            if m.first >= coveredUpTo { separate += 1 }
            coveredUpTo = max(coveredUpTo, m.end)
        }
        return separate
    }

    private func distinctPositiveCriteria(atLeast wanted: Int) -> Bool {
        let matches = analysis.matches
        let info = rubric.info
        var distinct = 0
        for (i, m) in matches.enumerated() where info[Int(m.criterion)].points > 0 {
            if matches[..<i].contains(where: { $0.criterion == m.criterion }) { continue }
            distinct += 1
            if distinct >= wanted { return true }
        }
        return false
    }

    /// A keyword list held apart by the same filler ("and the sorry and the frustrating and the
    /// my fault and the refund"): every word that is neither a keyword nor a topic word is a
    /// function word, and one run of them comes back between the keywords: two or more words
    /// three times, or one word four times. A sentence has words of its own between its phrases
    /// ("I'm sorry and I understand, and I will refund you" says "and" twice, and its own words).
    private func isPaddedList(isKeyword: UnsafeBufferPointer<Bool>) -> Bool {
        let slots = analysis.slots
        let tokens = analysis.text.tokens
        let bit = Vocabulary.bit(language)
        return withUnsafeTemporaryAllocation(of: (hash: UInt64, words: Int).self, capacity: slots.count + 1) { gaps in
            var gapCount = 0
            var hash: UInt64 = 0
            var gapWords = 0
            for (s, slot) in slots.enumerated() {
                if isKeyword[s] {
                    if gapWords > 0 { gaps[gapCount] = (hash, gapWords); gapCount += 1 }
                    hash = 0
                    gapWords = 0
                    continue
                }
                if slot.isMark { continue }
                let token = tokens[Int(slot.token)]
                guard let bits = rubric.functionWords[token.hash], UInt8(bits) & bit != 0 else { return false }
                hash = TermHash.step(hash, word: token.hash)
                gapWords += 1
            }
            var index = 0
            while index < gapCount {
                let gap = gaps[index]
                var same = 0
                for other in 0..<gapCount where gaps[other].hash == gap.hash && gaps[other].words == gap.words { same += 1 }
                if same >= (gap.words >= 2 ? 3 : 4) { return true }
                index += 1
            }
            return false
        }
    }

    /// Words said again without a sentence break between them: the same one to five words three
    /// times running, each time with a scoring word ("sorry sorry sorry", "I'm sorry, I'm sorry,
    /// I'm sorry"; "no, no, no" and "very very very sorry" are speech), or a run of six
    /// words that comes back later in the reply (a good reply pasted three times with its full
    /// stops taken out is one long sentence, so the sentence check above never sees it).
    static func repeatsARunOfWords(_ analysis: ReplyAnalysis) -> Bool {
        let run = 6
        let slots = analysis.slots
        guard slots.count >= 3 else { return false }
        let tokens = analysis.text.tokens
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: slots.count) { words in
            withUnsafeTemporaryAllocation(of: Bool.self, capacity: slots.count) { scored in
                scored.initialize(repeating: false)
                for m in analysis.matches { for s in m.first..<m.end { scored[Int(s)] = true } }
                var n = 0
                for (index, slot) in slots.enumerated() where !slot.isMark {
                    words[n] = tokens[Int(slot.token)].hash
                    scored[n] = scored[index]   // n <= index: compacts in place, in order
                    n += 1
                }
                // The same one to five words three times running, each time with a word that scores.
                for unit in 1...5 where n >= 3 * unit {
                    for i in 0...(n - 3 * unit) {
                        var same = true
                        for k in 0..<unit where words[i + k] != words[i + unit + k] || words[i + k] != words[i + 2 * unit + k] {
                            same = false
                            break
                        }
                        guard same else { continue }
                        var everyCopyScores = true
                        for copy in 0..<3 {
                            var any = false
                            for k in 0..<unit where scored[i + copy * unit + k] { any = true; break }
                            if !any { everyCopyScores = false; break }
                        }
                        if everyCopyScores { return true }
                    }
                }
                guard n > run else { return false }
                let windows = n - run + 1
                return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: windows) { hashes in
                    for start in 0..<windows {
                        var hash = TermHash.seed
                        for k in start..<(start + run) { hash = TermHash.step(hash, word: words[k]) }
                        hashes[start] = hash
                    }
                    // Short replies (nearly all) compare pairwise; long ones sort.
                    if windows <= 96 {
                        for a in 0..<windows { for b in (a + 1)..<windows where hashes[a] == hashes[b] { return true } }
                        return false
                    }
                    var sorted = UnsafeMutableBufferPointer(rebasing: hashes[0..<windows])
                    sorted.sort()
                    for i in 1..<windows where sorted[i] == sorted[i - 1] { return true }
                    return false
                }
            }
        }
    }

    private mutating func detectRepetition() {
        // The same sentence twice, or one rubric group fired more often than it can earn.
        var repeated = false
        let slots = analysis.slots
        let tokens = analysis.text.tokens
        // At most one hash per sentence, and sentences are numbered from 0.
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: max(1, Int(analysis.sentenceCount) + 1)) { sentences in
            var count = 0
            var current: UInt64 = TermHash.seed
            var length = 0
            var sentence: Int32 = 0
            func close() {
                if length >= 2 {
                    if UnsafeBufferPointer(rebasing: sentences[..<count]).contains(current) { repeated = true }
                    sentences[count] = current
                    count += 1
                }
                current = TermHash.seed
                length = 0
            }
            for slot in slots where !slot.isMark {
                if slot.sentence != sentence { close(); sentence = slot.sentence }
                current = TermHash.step(current, word: tokens[Int(slot.token)].hash)
                length += 1
            }
            close()
        }
        if !repeated { repeated = Self.repeatsARunOfWords(analysis) }
        var overused = false
        let limit = rubric.settings.antiGaming.maxPerGroup
        if analysis.matches.count > limit {
            // Small helpers such as times may recur naturally; only substantive rules count.
            let info = rubric.info
            let matches = analysis.matches
            func substantive(_ m: PhraseMatch) -> Bool { abs(info[Int(m.criterion)].points) >= 8 }
            // The same word again within the group: "sorry, I apologise, so sorry, my apologies"
            // repeats itself; "a refund, a new bed, a voucher and free delivery" lists four offers,
            // which the decay already pays less for each.
            let tokens = analysis.text.tokens
            var examined: [Int32] = []
            for m in matches where substantive(m) {
                let group = info[Int(m.criterion)].group
                // Each group once: its members would all find the same answer.
                guard !examined.contains(group) else { continue }
                examined.append(group)
                guard matches.count(where: { substantive($0) && info[Int($0.criterion)].group == group }) > limit else { continue }
                // Only close together: a long, sincere reply offers the refund and later asks how
                // to pay it ("Would you prefer the refund on your card?"), which is no repetition.
                let window: Int32 = 15
                var seen: [(hash: UInt64, slot: Int32)] = []
                for other in matches where substantive(other) && info[Int(other.criterion)].group == group {
                    var mine: [(hash: UInt64, slot: Int32)] = []
                    for s in other.first..<other.end where !slots[Int(s)].isMark {
                        let hash = tokens[Int(slots[Int(s)].token)].hash
                        guard rubric.functionWords[hash] == nil, !mine.contains(where: { $0.hash == hash }) else { continue }
                        if seen.contains(where: { $0.hash == hash && s - $0.slot <= window }) { overused = true }
                        mine.append((hash, s))
                    }
                    seen += mine
                }
                if overused { break }
            }
        }
        if repeated || overused {
            sheet.flag("repetitive", rubric: rubric)
        }
        // Nearly the same words as an earlier reply.
        guard !context.previousReplies.isEmpty else { return }
        let ours = Set(stats.wordHashes)
        guard ours.count >= 3 else { return }
        for earlier in context.previousReplies {
            let t = TokenizedText(earlier, limit: rubric.settings.antiGaming.maxScalars)
            let theirs = Set(t.tokens.filter { $0.kind == .word || $0.kind == .number }.map(\.hash))
            let overlap = Double(ours.intersection(theirs).count) / Double(ours.union(theirs).count)
            if overlap >= 0.8 {
                sheet.flag("repeated-earlier-reply", rubric: rubric)
                return
            }
        }
    }
}
