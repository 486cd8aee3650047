import HotseatCore

/// The JSONL contract of `hotseat score --input FILE --format jsonl`, as a library.
///
/// Input: one JSON object per line with `"id"` and `"reply"`, optionally `"lang"`, `"scenario"`,
/// `"turn"`, `"latency_s"` and `"customer"`; unknown keys are ignored, blank lines skipped.
/// Output: one object per input line, in input order, keys sorted, numbers with one decimal:
/// `{"behaviours","evidence","flags","id","lang","lang_detected","overall","scores"}` (evidence items:
/// `{"dimension","end","points","rule","start","text"}`; the explanations are in the text format), with
/// `scores.speed` `null` when no latency was given. A bad line gives `{"error","id"}` and the run goes on.
///
/// ```swift
/// let jsonl = JSONLScoring(engine: engine)
/// let out = jsonl.scoreLine(Array(#"{"id":"1","reply":"I'm so sorry."}"#.utf8), lineNumber: 1)
/// out.failed  // false
/// ```
public struct JSONLScoring: Sendable {
    public let engine: RubricEngine
    /// Forces the language of every line (`--lang`); a line's own `"lang"` wins over detection but not over this.
    public var language: Language?
    public var scenarios: [String: ScenarioProfile]
    /// Used for lines without `"scenario"` (`--scenario`).
    public var defaultScenario: String?
    /// Lines longer than this are refused with an error object (bytes).
    public var maxLineBytes: Int

    public init(engine: RubricEngine, language: Language? = nil, scenarios: [String: ScenarioProfile] = [:],
                defaultScenario: String? = nil, maxLineBytes: Int = 8 << 20) {
        self.engine = engine
        self.language = language
        self.scenarios = scenarios
        self.defaultScenario = defaultScenario
        self.maxLineBytes = maxLineBytes
    }

    /// The result of one input line: the output line (without newline) and whether it was an error.
    public struct LineResult: Sendable, Equatable {
        public var output: [UInt8]
        public var failed: Bool
    }

    /// Totals of a whole run.
    public struct Summary: Sendable, Equatable {
        public var lines = 0
        public var failed = 0
    }

    /// Scores one input line.
    public func scoreLine(_ line: ArraySlice<UInt8>, lineNumber: Int) -> LineResult {
        scoreLine(line, lineNumber: lineNumber, cache: nil)
    }

    func scoreLine(_ line: ArraySlice<UInt8>, lineNumber: Int, cache: TopicFoldCache?) -> LineResult {
        if line.count > maxLineBytes {
            return error(id: nil, "line \(lineNumber): the line is \(line.count) bytes; the limit is \(maxLineBytes)")
        }
        let fields: JSONLineParser.Fields
        switch JSONLineParser.parseFields(line) {
        case .success(let f): fields = f
        case .failure(let failure): return error(id: nil, "line \(lineNumber): \(failure.message)")
        }
        var id: JSONLineParser.Value?
        switch fields.id {
        case .string, .number: id = fields.id
        case nil, .null: return error(id: nil, "line \(lineNumber): missing \"id\"")
        default: return error(id: nil, "line \(lineNumber): \"id\" must be a string or a number")
        }
        guard case .string(let reply)? = fields.reply else {
            return error(id: id, fields.reply == nil ? "line \(lineNumber): missing \"reply\"" : "line \(lineNumber): \"reply\" must be a string")
        }
        var lang: Language? = language
        if lang == nil, let value = fields.lang, value != .null {
            guard case .string(let code) = value, let parsed = Language(rawValue: code) else {
                return error(id: id, "line \(lineNumber): \"lang\" must be \"en\", \"nl\" or \"nb\"")
            }
            lang = parsed
        }
        var profile = ScenarioProfile()
        var scenarioID = defaultScenario
        if let value = fields.scenario, value != .null {
            guard case .string(let name) = value else { return error(id: id, "line \(lineNumber): \"scenario\" must be a string") }
            scenarioID = name
        }
        if let scenarioID {
            guard let known = scenarios[scenarioID] else {
                return error(id: id, "line \(lineNumber): unknown scenario '\(scenarioID)'")
            }
            profile = known
        }
        var turn = 0
        if let value = fields.turn, value != .null {
            guard case .number(let n, _) = value, n >= 0, n == n.rounded(), n < 10_000 else {
                return error(id: id, "line \(lineNumber): \"turn\" must be a whole number from 0")
            }
            turn = Int(n)
        }
        var latency: Double?
        if let value = fields.latency, value != .null {
            guard case .number(let n, _) = value, n >= 0 else {
                return error(id: id, "line \(lineNumber): \"latency_s\" must be a number of seconds from 0, or null")
            }
            latency = n
        }
        var customer: String?
        if let value = fields.customer, value != .null {
            guard case .string(let text) = value else { return error(id: id, "line \(lineNumber): \"customer\" must be a string") }
            customer = text
        }
        var context: ScoringContext
        if let cache {
            // A batch's lines share a few scenarios: build each one's context once per worker, so its
            // topic words are one array (and the folded-topic cache finds them by identity).
            if let hit = cache.contexts.firstIndex(where: { $0.scenarioID == scenarioID && $0.language == lang }) {
                context = cache.contexts[hit].context
            } else {
                context = profile.context(language: lang, scenarioID: scenarioID)
                if cache.contexts.count >= 64 { cache.contexts.removeFirst() }
                cache.contexts.append((scenarioID, lang, context))
            }
            context.customerLine = customer
            context.latency = latency
            context.turn = turn
        } else {
            context = profile.context(language: lang, scenarioID: scenarioID, customerLine: customer, latency: latency, turn: turn)
        }
        let score = engine.scoreWithoutCoaching(reply, context: context, cache: cache)
        return LineResult(output: Self.encode(score, id: id), failed: false)
    }

    /// Scores lines on every core; results come back in input order.
    public func scoreLines(_ lines: [ArraySlice<UInt8>], firstLineNumber: Int) -> [LineResult] {
        engine.map(lines.count) { i, cache in scoreLine(lines[i], lineNumber: firstLineNumber + i, cache: cache) }
    }

    /// Streams a whole input: `read` returns the next chunk of bytes (nil at the end), `write`
    /// receives output bytes. Lines are scored in parallel batches and written in order.
    public func run(read: () -> [UInt8]?, write: ([UInt8]) -> Void, batchLines: Int = 4096) -> Summary {
        var summary = Summary()
        var pending: [UInt8] = []
        var lineNumber = 1
        var finished = false
        var skippingOversized = false
        while !finished {
            var lines: [ArraySlice<UInt8>] = []
            var numbers: [Int] = []
            if let chunk = read() {
                pending.append(contentsOf: chunk)
            } else {
                finished = true
            }
            var start = pending.startIndex
            while let newline = pending[start...].firstIndex(of: 0x0A) {
                let line = pending[start..<newline]
                if skippingOversized {
                    skippingOversized = false
                } else if !Self.isBlank(line) {
                    lines.append(line)
                    numbers.append(lineNumber)
                }
                lineNumber += 1
                start = newline + 1
            }
            if finished, start < pending.endIndex {
                let line = pending[start...]
                if !skippingOversized, !Self.isBlank(line) { lines.append(line); numbers.append(lineNumber) }
                start = pending.endIndex
            }
            // An unterminated line beyond the limit is answered now and its rest skipped, so memory stays bounded.
            if !finished, pending.endIndex - start > maxLineBytes, !skippingOversized {
                lines.append(pending[start..<pending.endIndex])
                numbers.append(lineNumber)
                skippingOversized = true
                start = pending.endIndex
            } else if skippingOversized, pending.endIndex > start {
                start = pending.endIndex
            }
            if !lines.isEmpty {
                let batch = lines, batchNumbers = numbers
                let results = engine.map(batch.count) { i, cache in scoreLine(batch[i], lineNumber: batchNumbers[i], cache: cache) }
                var out: [UInt8] = []
                out.reserveCapacity(results.reduce(0) { $0 + $1.output.count + 1 })
                for r in results {
                    out.append(contentsOf: r.output)
                    out.append(0x0A)
                    summary.lines += 1
                    if r.failed { summary.failed += 1 }
                }
                write(out)
            }
            pending.removeSubrange(pending.startIndex..<start)
            _ = batchLines
        }
        return summary
    }

    static func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    private func error(id: JSONLineParser.Value?, _ message: String) -> LineResult {
        var w = JSONWriter(capacity: 128)
        w.raw("{")
        w.key("error"); w.string(message)
        w.raw(","); w.key("id"); Self.writeID(id, to: &w)
        w.raw("}")
        return LineResult(output: w.bytes, failed: true)
    }

    private static func writeID(_ id: JSONLineParser.Value?, to w: inout JSONWriter) {
        switch id {
        case .string(let s)?: w.string(s)
        case .number(_, let literal)?: w.rawUTF8(literal)
        default: w.raw("null")
        }
    }

    /// The output object for a scored reply.
    static func encode(_ score: ReplyScore, id: JSONLineParser.Value?) -> [UInt8] {
        encode(ScoredReply(language: score.language, languageDetected: score.languageDetected, scores: DimensionScores(score.scores),
                           overall: score.overall, behaviours: score.behaviours, evidence: score.evidence, flags: score.flags,
                           coaching: score.coaching), id: id)
    }

    static func encode(_ score: ScoredReply, id: JSONLineParser.Value?) -> [UInt8] {
        // Keys and punctuation are written as whole literals ("\"end\":" in one copy), same bytes.
        var w = JSONWriter(capacity: 256 + score.evidence.count * 160)
        w.raw("{\"behaviours\":[")
        for (i, b) in score.behaviours.enumerated() {
            if i > 0 { w.raw(",") }
            w.string(b.rawValue)
        }
        w.raw("],\"evidence\":[")
        for (i, e) in score.evidence.enumerated() {
            w.raw(i > 0 ? ",{\"dimension\":" : "{\"dimension\":")
            switch e.dimension {
            case .empathy: w.raw("\"empathy\"")
            case .ownership: w.raw("\"ownership\"")
            case .speed: w.raw("\"speed\"")
            case .calm: w.raw("\"calm\"")
            }
            w.raw(",\"end\":"); w.integer(e.end)
            w.raw(",\"points\":"); w.decimal(e.points)
            w.raw(",\"rule\":"); w.string(e.rule)
            w.raw(",\"start\":"); w.integer(e.start)
            w.raw(",\"text\":"); w.string(e.text)
            w.raw("}")
        }
        w.raw("],\"flags\":[")
        for (i, f) in score.flags.enumerated() {
            w.raw(i > 0 ? ",{\"code\":" : "{\"code\":"); w.string(f.code); w.raw(",\"message\":"); w.string(f.message); w.raw("}")
        }
        w.raw("],\"id\":"); writeID(id, to: &w)
        w.raw(",\"lang\":"); w.string(score.language.rawValue)
        w.raw(score.languageDetected ? ",\"lang_detected\":true" : ",\"lang_detected\":false")
        w.raw(",\"overall\":"); w.decimal(score.overall)
        w.raw(",\"scores\":{\"calm\":"); w.decimal(score.scores[.calm] ?? 0)
        w.raw(",\"empathy\":"); w.decimal(score.scores[.empathy] ?? 0)
        w.raw(",\"ownership\":"); w.decimal(score.scores[.ownership] ?? 0)
        w.raw(",\"speed\":"); if let s = score.scores[.speed] { w.decimal(s) } else { w.raw("null") }
        w.raw("}}")
        return w.bytes
    }
}

extension ReplyScore {
    /// The reply's score as one deterministic JSON line (sorted keys, one-decimal numbers), as
    /// `hotseat score --format jsonl` prints it.
    ///
    /// ```swift
    /// let line = engine.score("Sorry!", context: ScoringContext()).jsonLine(id: "1")
    /// ```
    public func jsonLine(id: String) -> String {
        String(decoding: JSONLScoring.encode(self, id: .string(id)), as: UTF8.self)
    }
}
