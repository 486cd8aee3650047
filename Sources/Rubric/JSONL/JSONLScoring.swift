import HotseatCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
        var scratch = Scratch(cache: nil)
        return scoreLine(line, lineNumber: lineNumber, scratch: &scratch)
    }

    private func scoreLine(_ line: ArraySlice<UInt8>, lineNumber: Int, scratch: inout Scratch) -> LineResult {
        var w = JSONWriter(capacity: 256)
        let failed = line.withUnsafeBufferPointer { score($0, length: $0.count, lineNumber: lineNumber, scratch: &scratch, into: &w) }
        return LineResult(output: w.bytes, failed: failed)
    }

    /// Scores lines on every core; results come back in input order.
    public func scoreLines(_ lines: [ArraySlice<UInt8>], firstLineNumber: Int) -> [LineResult] {
        engine.map(lines.count) { i, cache in
            var scratch = Scratch(cache: cache)
            return scoreLine(lines[i], lineNumber: firstLineNumber + i, scratch: &scratch)
        }
    }

    /// A worker's scratch: its rubric copy with its folded topic words (`cache`; nil scores with
    /// the engine's own rubric), and the scoring contexts of the scenarios its lines named.
    struct Scratch {
        var cache: TopicFoldCache?
        /// Per (scenario name, forced language), without the per-line fields. One context per
        /// scenario for the whole run, so its topic words stay one array (and the folded-topic
        /// cache finds them by identity).
        var contexts: [ScoringContext] = []
        /// The context of the line being scored (swapped with its scenario's).
        var line = ScoringContext()
        /// What each context is for: its scenario name's bytes in `names` (`count` -1: no
        /// scenario) and the language; plain values, so looking one up touches no reference.
        var keys: [(start: Int, count: Int, language: Language?)] = []
        var names: [UInt8] = []

        init(cache: TopicFoldCache?) { self.cache = cache }
    }

    /// Scores one line (`length` bytes; a line over the limit is refused without reading it),
    /// appending its output object (without newline) to `w`. True when it is an error object.
    func score(_ line: UnsafeBufferPointer<UInt8>, length: Int, lineNumber: Int, scratch: inout Scratch, into w: inout JSONWriter) -> Bool {
        if length > maxLineBytes {
            Self.error(id: nil, of: nil, in: line, "line \(lineNumber): the line is \(length) bytes; the limit is \(maxLineBytes)", to: &w)
            return true
        }
        var fields = JSONLineParser.RawFields()
        do throws(JSONLineParser.Failure) {
            try JSONLineParser.parseRawFields(line, into: &fields)
        } catch {
            Self.error(id: nil, of: nil, in: line, "line \(lineNumber): \(error.message)", to: &w)
            return true
        }
        guard let id = fields.id, id.kind == .string || id.kind == .number else {
            let missing = fields.id == nil || fields.id?.kind == .null
            Self.error(id: nil, of: nil, in: line, missing ? "line \(lineNumber): missing \"id\"" : "line \(lineNumber): \"id\" must be a string or a number", to: &w)
            return true
        }
        func fail(_ message: String) -> Bool {
            Self.error(id: id, of: fields, in: line, "line \(lineNumber): \(message)", to: &w)
            return true
        }
        guard let replyValue = fields.reply, replyValue.kind == .string else {
            return fail(fields.reply == nil ? "missing \"reply\"" : "\"reply\" must be a string")
        }
        var lang: Language? = language
        if lang == nil, let value = fields.lang, value.kind != .null {
            guard value.kind == .string, let parsed = fields.withUTF8(of: value, in: line, { Language(rawValue: String(decoding: $0, as: UTF8.self)) }) else {
                return fail("\"lang\" must be \"en\", \"nl\" or \"nb\"")
            }
            lang = parsed
        }
        let hit: Int
        if let value = fields.scenario, value.kind != .null {
            guard value.kind == .string else { return fail("\"scenario\" must be a string") }
            guard let found = fields.withUTF8(of: value, in: line, { context(scenario: $0, language: lang, scratch: &scratch) }) else {
                return fail("unknown scenario '\(fields.withUTF8(of: value, in: line) { String(decoding: $0, as: UTF8.self) })'")
            }
            hit = found
        } else if let defaultScenario {
            let found = defaultScenario.utf8.withContiguousStorageIfAvailable { context(scenario: $0, language: lang, scratch: &scratch) }
                ?? Array(defaultScenario.utf8).withUnsafeBufferPointer { context(scenario: $0, language: lang, scratch: &scratch) }
            guard let found else { return fail("unknown scenario '\(defaultScenario)'") }
            hit = found
        } else {
            hit = context(scenario: nil, language: lang, scratch: &scratch)!
        }
        var turn = 0
        if let value = fields.turn, value.kind != .null {
            let n = value.number
            guard value.kind == .number, n >= 0, n == n.rounded(), n < 10_000 else {
                return fail("\"turn\" must be a whole number from 0")
            }
            turn = Int(n)
        }
        var latency: Double?
        if let value = fields.latency, value.kind != .null {
            guard value.kind == .number, value.number >= 0 else {
                return fail("\"latency_s\" must be a number of seconds from 0, or null")
            }
            latency = value.number
        }
        var customer: String?
        if let value = fields.customer, value.kind != .null {
            guard value.kind == .string, let text = fields.customerText else { return fail("\"customer\" must be a string") }
            customer = text
        }
        // The worker's context for this scenario is swapped out (not copied), given this line's
        // own fields, and swapped back.
        swap(&scratch.line, &scratch.contexts[hit])
        // Without a "customer" of its own the reply answers the scenario's opening line, if any.
        let opening = scratch.line.customerLine
        if let customer { scratch.line.customerLine = customer }
        scratch.line.latency = latency
        scratch.line.turn = turn
        // The reply's bytes (unescaped, checked as UTF-8 when the line was read) are scored in place.
        // This is `RawFields.withUTF8(of:in:)` spelt out: through it, the closure's captures of
        // `scratch` and `w` cost two heap boxes per line.
        if replyValue.escaped {
            fields.unescaped.withUnsafeBufferPointer { unescaped in
                score(UnsafeBufferPointer(rebasing: unescaped[replyValue.range]), id: id, of: fields, in: line, scratch: &scratch, into: &w)
            }
        } else {
            score(UnsafeBufferPointer(rebasing: line[replyValue.range]), id: id, of: fields, in: line, scratch: &scratch, into: &w)
        }
        scratch.line.customerLine = opening
        swap(&scratch.line, &scratch.contexts[hit])
        return false
    }

    /// Scores a reply with the line's context (`scratch.line`) and writes its output object.
    private func score(_ reply: UnsafeBufferPointer<UInt8>, id: JSONLineParser.Raw, of fields: borrowing JSONLineParser.RawFields,
                       in line: UnsafeBufferPointer<UInt8>, scratch: inout Scratch, into w: inout JSONWriter) {
        var score = engine.scoreWithoutCoaching(reply, context: scratch.line, cache: scratch.cache)
        Self.encode(score, reply: reply, id: id, of: fields, in: line, to: &w)
        if let cache = scratch.cache {
            swap(&cache.scratch.evidence, &score.evidence)
            swap(&cache.scratch.flags, &score.flags)
        }
    }

    /// The index in `scratch.contexts` of the context for a scenario (by name; nil for none) and
    /// forced language, built on first use; nil for an unknown scenario.
    private func context(scenario name: UnsafeBufferPointer<UInt8>?, language: Language?, scratch: inout Scratch) -> Int? {
        let found: Int? = scratch.keys.withUnsafeBufferPointer { keys in
            scratch.names.withUnsafeBufferPointer { names in
                for k in keys.indices where keys[k].language == language {
                    if let name {
                        guard keys[k].count == name.count,
                              name.isEmpty || memcmp(names.baseAddress! + keys[k].start, name.baseAddress!, name.count) == 0 else { continue }
                    } else if keys[k].count != -1 {
                        continue
                    }
                    return k
                }
                return nil
            }
        }
        if let found { return found }
        let context: ScoringContext
        if let name {
            let id = String(decoding: name, as: UTF8.self)
            guard let profile = scenarios[id] else { return nil }
            // The worker's own copy: every line's context is copied from it (WorkerCopy.swift).
            context = profile.context(language: language, scenarioID: id).workerCopy
        } else {
            context = ScenarioProfile().context(language: language, scenarioID: nil)
        }
        // A run names a few scenarios; this only bounds a pathological one.
        if scratch.contexts.count >= 256 {
            scratch.contexts.removeAll()
            scratch.keys.removeAll()
            scratch.names.removeAll()
        }
        scratch.keys.append((scratch.names.count, name?.count ?? -1, language))
        if let name { scratch.names.append(contentsOf: name) }
        scratch.contexts.append(context)
        return scratch.contexts.count - 1
    }

    static func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    private static func error(id: JSONLineParser.Raw?, of fields: JSONLineParser.RawFields?, in line: UnsafeBufferPointer<UInt8>,
                              _ message: String, to w: inout JSONWriter) {
        w.raw("{\"error\":")
        w.string(message)
        w.raw(",\"id\":")
        if let id, let fields { writeID(id, of: fields, in: line, to: &w) } else { w.raw("null") }
        w.raw("}")
    }

    private static func writeID(_ id: JSONLineParser.Raw, of fields: borrowing JSONLineParser.RawFields, in line: UnsafeBufferPointer<UInt8>,
                                to w: inout JSONWriter) {
        switch id.kind {
        case .string: fields.withUTF8(of: id, in: line) { w.string(utf8: $0) }
        case .number: w.rawBytes(UnsafeBufferPointer(rebasing: line[id.range]))
        default: w.raw("null")
        }
    }

    /// The output object for a scored reply.
    static func encode(_ score: ReplyScore, id: String) -> [UInt8] {
        var w = JSONWriter(capacity: 256 + score.evidence.count * 160)
        let scored = ScoredReply(language: score.language, languageDetected: score.languageDetected, scores: DimensionScores(score.scores),
                                 overall: score.overall, behaviourSet: BehaviourSet(), evidence: score.evidence, flags: score.flags,
                                 coaching: score.coaching)
        // A `ReplyScore`'s behaviours are written as it lists them.
        encode(scored, behaviours: score.behaviours, reply: nil, to: &w) { w in w.string(id) }
        return w.bytes
    }

    private static func encode(_ score: borrowing ScoredReply, reply: UnsafeBufferPointer<UInt8>, id: JSONLineParser.Raw, of fields: borrowing JSONLineParser.RawFields,
                               in line: UnsafeBufferPointer<UInt8>, to w: inout JSONWriter) {
        encode(score, behaviours: score.behaviourSet.inOrder, reply: reply, to: &w) { w in writeID(id, of: fields, in: line, to: &w) }
    }

    @inline(__always)
    private static func encode(_ score: borrowing ScoredReply, behaviours: some Sequence<Behaviour>, reply: UnsafeBufferPointer<UInt8>?, to w: inout JSONWriter,
                               id: (inout JSONWriter) -> Void) {
        // Texts left out while scoring are quoted from the reply's bytes here (no string per item).
        let quotes = score.textsFromReply ? reply : nil
        // Keys and punctuation are written as whole literals ("\"end\":" in one copy), same bytes.
        w.reserve(256 + score.evidence.count * 160)
        w.raw("{\"behaviours\":[")
        var first = true
        for behaviour in behaviours {
            if !first { w.raw(",") }
            first = false
            w.raw(jsonString(behaviour))
        }
        w.raw("],\"evidence\":[")
        // The items are read in place through a pointer (no copy of each one's strings).
        score.evidence.withUnsafeBufferPointer { evidence in
            for i in evidence.indices {
                w.raw(i > 0 ? ",{\"dimension\":" : "{\"dimension\":")
                switch evidence[i].dimension {
                case .empathy: w.raw("\"empathy\"")
                case .ownership: w.raw("\"ownership\"")
                case .speed: w.raw("\"speed\"")
                case .calm: w.raw("\"calm\"")
                }
                let start = evidence[i].start, end = evidence[i].end
                w.raw(",\"end\":"); w.integer(end)
                w.raw(",\"points\":"); w.decimal(evidence[i].points)
                w.raw(",\"rule\":"); w.string(evidence[i].rule)
                w.raw(",\"start\":"); w.integer(start)
                w.raw(",\"text\":")
                if let quotes {
                    quote(quotes, start, end, offsets: score.utf8Offsets, to: &w)
                } else {
                    w.string(evidence[i].text)
                }
                w.raw("}")
            }
        }
        w.raw("],\"flags\":[")
        for i in score.flags.indices {
            w.raw(i > 0 ? ",{\"code\":" : "{\"code\":"); w.string(score.flags[i].code)
            w.raw(",\"message\":"); w.string(score.flags[i].message); w.raw("}")
        }
        w.raw("],\"id\":"); id(&w)
        switch score.language {
        case .en: w.raw(",\"lang\":\"en\"")
        case .nl: w.raw(",\"lang\":\"nl\"")
        case .nb: w.raw(",\"lang\":\"nb\"")
        }
        w.raw(score.languageDetected ? ",\"lang_detected\":true" : ",\"lang_detected\":false")
        w.raw(",\"overall\":"); w.decimal(score.overall)
        w.raw(",\"scores\":{\"calm\":"); w.decimal(score.scores[.calm] ?? 0)
        w.raw(",\"empathy\":"); w.decimal(score.scores[.empathy] ?? 0)
        w.raw(",\"ownership\":"); w.decimal(score.scores[.ownership] ?? 0)
        w.raw(",\"speed\":"); if let s = score.scores[.speed] { w.decimal(s) } else { w.raw("null") }
        w.raw("}}")
    }
}

extension JSONLScoring {
    /// A behaviour's raw value as a JSON string literal (no string to make or escape per reply).
    static func jsonString(_ behaviour: Behaviour) -> StaticString {
        switch behaviour {
        case .apologised: "\"apologised\""
        case .acknowledgedFeeling: "\"acknowledged_feeling\""
        case .tookOwnership: "\"took_ownership\""
        case .offeredRemedy: "\"offered_remedy\""
        case .promisedFollowUp: "\"promised_follow_up\""
        case .askedQuestion: "\"asked_question\""
        case .explainedCause: "\"explained_cause\""
        case .promisedPrevention: "\"promised_prevention\""
        case .setBoundary: "\"set_boundary\""
        case .blamed: "\"blamed\""
        case .minimised: "\"minimised\""
        case .shouted: "\"shouted\""
        case .swore: "\"swore\""
        case .sarcastic: "\"sarcastic\""
        }
    }

    /// Writes scalars `start..<end` of the reply as a JSON string: what `ReplyScorer.replyText` gives.
    @inline(__always)
    private static func quote(_ reply: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, offsets: [Int32]?, to w: inout JSONWriter) {
        guard let (a, b) = ReplyScorer.utf8Range(start, end, in: reply, offsets: offsets) else {
            w.raw("\"\"")
            return
        }
        w.string(utf8: UnsafeBufferPointer(rebasing: reply[a..<b]))
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
        String(decoding: JSONLScoring.encode(self, id: id), as: UTF8.self)
    }
}
