import HotseatCore

/// Scores one reply against a compiled rubric. A value made per call; all state is local.
struct ReplyScorer: ~Copyable {
    let rubric: CompiledRubric
    let context: ScoringContext
    var analysis: ReplyAnalysis
    /// The reply's UTF-8 (valid), lent by the caller for as long as the scorer lives.
    let reply: UnsafeBufferPointer<UInt8>
    let languageDetected: Bool
    var sheet: ScoreSheet
    /// The reply's word counts, taken with the analysis (borrowed, not copied).
    var stats: ReplyStatistics { _read { yield analysis.stats } }
    /// Slots whose word names this customer's situation (topic words, or the customer's own content words).
    var topicSlots: [Int32] = []
    /// Whether there were topic words (or a customer line) to judge relevance by.
    var hasTopics = false
    /// Folded topic words reused across the replies of one batch worker (nil: fold per reply).
    var topicCache: TopicFoldCache? = nil
    /// UTF-8 offset of each Unicode scalar of the scored text (and one past the last), for quoting
    /// evidence; nil when the reply is ASCII, where scalar and UTF-8 offsets are the same.
    let utf8Offsets: [Int32]?

    var settings: RubricSettings { rubric.settings }
    var language: Language { analysis.language }

    @inline(__always)
    init(rubric: CompiledRubric, reply: UnsafeBufferPointer<UInt8>, context: consuming ScoringContext, cache: TopicFoldCache? = nil) {
        // Everything is computed into locals and stored once: reading fields of a half-built
        // `self` made the compiler copy the whole scorer (two dozen references) per reply.
        let text: TokenizedText
        if let cache { text = TokenizedText(utf8: reply, limit: rubric.maxScalars, reusing: cache.scratch) } else { text = TokenizedText(utf8: reply, limit: rubric.maxScalars) }
        let language = context.language ?? LanguageDetector.detect(text, functionWords: rubric.functionWords, vocabulary: rubric.words, memo: cache?.detection.memo)
        let offsets = !text.truncated && reply.count == text.scalarCount ? nil : Self.utf8Offsets(reply, scalars: text.scalarCount)
        let analysis = ReplyAnalysis(text: text, language: language, rubric: rubric, words: cache?.words.memo, scratch: cache?.scratch)
        let sheet = ScoreSheet(reusing: cache?.scratch)
        self.rubric = rubric
        self.languageDetected = context.language == nil
        self.context = consume context
        self.analysis = consume analysis
        self.reply = reply
        self.sheet = consume sheet
        self.topicCache = cache
        self.utf8Offsets = offsets
    }

    /// Gives the arrays scoring filled back to the worker's scratch, once the score is taken.
    mutating func recycle(into scratch: ScoringScratch) {
        analysis.recycle(into: scratch)
    }

    /// The UTF-8 offset of scalars `0...scalars` of a reply's UTF-8 bytes.
    static func utf8Offsets(_ utf8: UnsafeBufferPointer<UInt8>, scalars: Int) -> [Int32] {
        // A scalar starts at every byte that is not a continuation byte (10xxxxxx).
        [Int32](unsafeUninitializedCapacity: scalars + 1) { offsets, initialized in
            var n = 0
            for i in 0..<utf8.count where utf8[i] & 0xC0 != 0x80 {
                if n >= scalars { break }
                offsets[n] = Int32(truncatingIfNeeded: i)
                n += 1
            }
            // One past the last scalar taken: where the next one starts, or the end.
            var end = utf8.count
            if n >= scalars {
                var j = n > 0 ? Int(offsets[n - 1]) + 1 : 0
                while n > 0, j < utf8.count, utf8[j] & 0xC0 == 0x80 { j += 1 }
                end = j
            }
            offsets[n] = Int32(truncatingIfNeeded: end)
            initialized = n + 1
        }
    }

    mutating func score() -> ReplyScore {
        let r = scoreParts()
        return ReplyScore(
            language: r.language,
            languageDetected: r.languageDetected,
            scores: r.scores.dictionary,
            overall: r.overall,
            behaviours: r.behaviours,
            evidence: r.evidence,
            flags: r.flags,
            coaching: r.coaching
        )
    }

    /// Scores the reply; coaching only when `sheet.collectsTips` (JSONL output has none).
    mutating func scoreParts() -> ScoredReply {
        if analysis.text.truncated { sheet.flag("truncated", rubric: rubric) }
        scoreMatches()
        scoreCalmSignals()
        scoreSpecifics()
        applyContextRules()
        carryOverEmpathy()
        detectGaming()
        raiseConductFlags()
        var scores = DimensionScores()
        // One pass over the evidence, reading two fields of each (not copying its strings).
        var empathy = 0.0, ownership = 0.0, calm = 0.0
        sheet.evidence.withUnsafeBufferPointer { evidence in
            for i in evidence.indices {
                switch evidence[i].dimension {
                case .empathy: empathy += evidence[i].points
                case .ownership: ownership += evidence[i].points
                case .calm: calm += evidence[i].points
                case .speed: break
                }
            }
        }
        scores[.empathy] = Self.clamp(rubric.base(.empathy) + empathy)
        scores[.ownership] = Self.clamp(rubric.base(.ownership) + ownership)
        scores[.calm] = Self.clamp(rubric.base(.calm) + calm)
        if let latency = context.latency {
            scores[.speed] = scoreSpeed(latency: latency)
        }
        let cap = applyCaps(&scores)
        for key in Dimension.allCases { if let v = scores[key] { scores[key] = Self.round(v) } }
        // A gamed reply stays low overall even though its calm is left alone.
        let overall = min(overallScore(scores), cap)
        var coaching: [CoachingTip] = []
        if sheet.collectsTips {
            addCoaching(scores: scores)
            let tips = sheet.tips.sorted { a, b in a.weight != b.weight ? a.weight > b.weight : a.order < b.order }.prefix(3).map(\.tip)
            coaching = tips.map { tip in
                var tip = tip
                tip.principle = rubric.settings.principle(tip.principle, in: language)
                return tip
            }
        }
        return ScoredReply(language: language, languageDetected: languageDetected, scores: scores, overall: overall,
                           behaviourSet: sheet.behaviours, evidence: sheet.evidence, flags: sheet.flags, coaching: coaching,
                           textsFromReply: !sheet.quotesText, utf8Offsets: sheet.quotesText ? nil : utf8Offsets)
    }

    /// An insult or a threat undoes the recovery however good the rest of the reply is
    /// ("…and I'll call you back by 5 pm. Now get lost, you idiot."), and so does taking the
    /// promise back ("Just kidding."): the rule's flag caps the reply like a gaming flag does.
    private mutating func raiseConductFlags() {
        let info = rubric.info
        for m in analysis.matches where info[Int(m.criterion)].raisesFlag {
            if let code = rubric.criteria[Int(m.criterion)].flag { sheet.flag(code, rubric: rubric) }
        }
    }

    private mutating func applyCaps(_ scores: inout DimensionScores) -> Double {
        var cap = 100.0
        for flag in sheet.flags { if let c = rubric.settings.antiGaming.caps[flag.code] { cap = min(cap, c) } }
        guard cap < 100 else { return cap }
        // Calm is tone alone: an empty or stock reply is poor service but not an outburst, so
        // gaming caps apply to what can be gamed (empathy, ownership, speed).
        // Every point taken carries evidence (issue 2 §5): the flag that capped the dimension.
        let flag = sheet.flags.first { rubric.settings.antiGaming.caps[$0.code] == cap }
        let prefix = flag.map { SettingsReader.conductFlagCodes.contains($0.code) } == true ? "conduct" : "anti-gaming"
        for key in Dimension.allCases where key != .calm {
            guard let value = scores[key], value > cap else { continue }
            scores[key] = cap
            sheet.add(Evidence(rule: "\(prefix).\(flag?.code ?? "cap")", dimension: key, start: 0, end: 0, text: "",
                               points: Self.round(cap - value),
                               explanation: !sheet.collectsTips ? ""
                                   : GeneratedExplanation.capped.english(flag?.message ?? GeneratedExplanation.flagged.english(), String(Int(cap)))))
        }
        return cap
    }

    private func overallScore(_ scores: DimensionScores) -> Double {
        var total = 0.0, weights = 0.0
        // The scenario's multipliers read in one pass over the dictionary, not one hashed lookup per dimension.
        var overrides = DimensionScores()
        for (dimension, factor) in context.weightOverrides { overrides[dimension] = factor }
        for dimension in Dimension.allCases {
            guard let value = scores[dimension] else { continue }
            let override = overrides[dimension] ?? 1
            let weight = max(0, rubric.weight(dimension) * override)
            total += value * weight
            weights += weight
        }
        return weights > 0 ? Self.round(total / weights) : 0
    }

    static func clamp(_ x: Double) -> Double { min(100, max(0, x)) }

    /// One decimal, so output is stable and readable.
    static func round(_ x: Double) -> Double { (x * 10).rounded() / 10 }

    /// The UTF-8 range of scalars `start..<end` of `reply` (`offsets`: `utf8Offsets`); nil when empty.
    @inline(__always)
    static func utf8Range(_ start: Int, _ end: Int, in reply: UnsafeBufferPointer<UInt8>, offsets: [Int32]?) -> (Int, Int)? {
        // Spans lie within the scored text; anything else is clamped to it, as a scan would.
        let limit: Int
        if let offsets { limit = offsets.count - 1 } else { limit = reply.count }
        let s = min(max(0, start), limit), e = min(max(s, end), limit)
        guard s < e else { return nil }
        if let offsets { return (Int(offsets[s]), Int(offsets[e])) }
        return (s, e)
    }

    /// The reply's own characters for scalars `start..<end`: what every evidence item's `text` is.
    /// (Inlined: called from mutating methods, an outlined call took a copy of the whole scorer.)
    @inline(__always)
    func replyText(_ start: Int, _ end: Int) -> String {
        guard let (a, b) = Self.utf8Range(start, end, in: reply, offsets: utf8Offsets) else { return "" }
        // The bytes of whole scalars: decoding them gives exactly the scalars, without a slow path.
        return String(decoding: UnsafeBufferPointer(rebasing: reply[a..<b]), as: UTF8.self)
    }
}

/// A reply's dimension scores while they are computed: four slots instead of a dictionary.
struct DimensionScores {
    private var empathy, ownership, speed, calm: Double?

    subscript(d: Dimension) -> Double? {
        get {
            switch d {
            case .empathy: empathy
            case .ownership: ownership
            case .speed: speed
            case .calm: calm
            }
        }
        set {
            switch d {
            case .empathy: empathy = newValue
            case .ownership: ownership = newValue
            case .speed: speed = newValue
            case .calm: calm = newValue
            }
        }
    }

    /// As `ReplyScore.scores`, keys inserted in the order scoring always filled them.
    var dictionary: [Dimension: Double] {
        var d: [Dimension: Double] = [:]
        for key in [Dimension.empathy, .ownership, .calm, .speed] { if let v = self[key] { d[key] = v } }
        return d
    }
}

/// A reply's score before it becomes a `ReplyScore` (whose dimension scores are a dictionary).
struct ScoredReply {
    var language: Language
    var languageDetected: Bool
    var scores: DimensionScores
    var overall: Double
    var behaviourSet: BehaviourSet
    var evidence: [Evidence]
    var flags: [ScoreFlag]
    var coaching: [CoachingTip]
    /// Whether the evidence was scored without its text (`ScoreSheet.quotesText` false), to be
    /// quoted from the reply when it is written, with `utf8Offsets` (the scorer's; nil for ASCII).
    var textsFromReply = false
    var utf8Offsets: [Int32]? = nil

    /// In `Behaviour` order.
    var behaviours: [Behaviour] { behaviourSet.sorted() }
}

extension DimensionScores {
    init(_ scores: [Dimension: Double]) {
        self.init()
        for key in [Dimension.empathy, .ownership, .calm, .speed] { self[key] = scores[key] }
    }
}
