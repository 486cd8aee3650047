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
        let positiveMatches = analysis.matches.filter { rubric.info[Int($0.criterion)].points > 0 }
        // Small helpers ("today", "thanks for") do not by themselves show the reply addresses anything.
        let substantive = positiveMatches.contains { rubric.info[Int($0.criterion)].points >= 8 }
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
        detectStuffing(positiveMatches)
        detectRepetition()
    }

    /// Most of the reply's word pairs appear in the customer's line.
    private func copies(_ line: String) -> Bool {
        let customer = TokenizedText(line, limit: rubric.settings.antiGaming.maxScalars)
        let theirs = customer.tokens.filter { $0.kind == .word || $0.kind == .number }.map(\.hash)
        let ours = stats.wordHashes
        guard ours.count >= 3, theirs.count >= 2 else { return false }
        var pairs = Set<UInt64>()
        for i in 1..<theirs.count { pairs.insert(theirs[i - 1] &* 31 &+ theirs[i]) }
        var shared = 0
        for i in 1..<ours.count where pairs.contains(ours[i - 1] &* 31 &+ ours[i]) { shared += 1 }
        return Double(shared) / Double(ours.count - 1) >= 0.6
    }

    /// A list of rubric phrases and topic words with little sentence around them.
    private mutating func detectStuffing(_ positive: [PhraseMatch]) {
        let words = stats.words
        guard words >= 4 else { return }
        // Distinct slots that are topic words or inside a positive match (a bitmap: slots are few and dense).
        var isKeyword = [Bool](repeating: false, count: analysis.slots.count)
        var keywordCount = 0
        for s in topicSlots where !isKeyword[Int(s)] { isKeyword[Int(s)] = true; keywordCount += 1 }
        for m in positive { for s in m.first..<m.end where !isKeyword[Int(s)] { isKeyword[Int(s)] = true; keywordCount += 1 } }
        let share = Double(keywordCount) / Double(words)
        let functionShare = Double(stats.functionWords) / Double(words)
        let topicShare = Double(topicSlots.count) / Double(words)
        // The same rubric phrase twice with no sentence around it ("food sorry sorry") is a keyword list.
        let repeatedRule = positive.indices.contains { i in positive[..<i].contains { $0.criterion == positive[i].criterion } }
        if (share >= 0.6 && functionShare < 0.2) || topicShare >= 0.5 || (positive.count >= 4 && functionShare < 0.1)
            || (repeatedRule && functionShare < 0.1) {
            sheet.flag("keyword-stuffing", rubric: rubric)
        }
    }

    private mutating func detectRepetition() {
        // The same sentence twice, or one rubric group fired more often than it can earn.
        var sentences: [UInt64] = []
        var current: UInt64 = TermHash.seed
        var length = 0
        var sentence: Int32 = 0
        var repeated = false
        func close() {
            if length >= 2 {
                if sentences.contains(current) { repeated = true }
                sentences.append(current)
            }
            current = TermHash.seed
            length = 0
        }
        for slot in analysis.slots where !slot.isMark {
            if slot.sentence != sentence { close(); sentence = slot.sentence }
            current = current &* 0x100_0000_01b3 ^ analysis.text.tokens[Int(slot.token)].hash
            length += 1
        }
        close()
        var overused = false
        if analysis.matches.count > rubric.settings.antiGaming.maxPerGroup {
            // Small helpers such as times may recur naturally; only substantive rules count.
            let groups = analysis.matches.filter { abs(rubric.info[Int($0.criterion)].points) >= 8 }.map { rubric.info[Int($0.criterion)].group }
            for group in groups {
                if groups.count(where: { $0 == group }) > rubric.settings.antiGaming.maxPerGroup {
                    overused = true
                    break
                }
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
