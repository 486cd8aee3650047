import HotseatCore
import Yams

/// Reads `scoring/rubric.yaml`: dimensions, language word lists, context rules, built-in rules,
/// speed and anti-gaming numbers.
enum SettingsReader {
    /// Flags a rule raises for what the reply does to the customer (insults them, takes its promise
    /// back), not for gaming the score: their caps are named `conduct.` in the evidence.
    static let conductFlagCodes: Set<String> = ["abused-customer", "took-it-back"]
    static let flagCodes: Set<String> = conductFlagCodes.union([
        "empty", "too-short", "gibberish", "off-topic", "copied-customer-line", "keyword-stuffing",
        "repeated-earlier-reply", "repetitive", "truncated", "not-a-sentence",
    ])
    static let builtInIDs: Set<String> = ["calm.shouting", "calm.punctuation-run", "empathy.reflects-specifics", "empathy.contrast", "empathy.carried-over"]

    static func read(_ root: Node, reader: inout YAMLReader) -> RubricSettings? {
        let top = Dictionary(reader.mapping(root, "rubric.yaml", allowed: [
            "dimensions", "languages", "context_rules", "expected_behaviours", "built_in", "speed", "anti_gaming", "principles", "explanations",
            "criteria_files",
        ]).map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        for key in ["dimensions", "languages", "context_rules", "expected_behaviours", "built_in", "speed", "anti_gaming"] where top[key] == nil {
            reader.error("missing-key", "rubric.yaml needs '\(key):'", at: root)
        }
        let before = reader.diagnostics.count

        var dimensions: [Dimension: RubricSettings.DimensionSetting] = [:]
        for (key, keyNode, value) in reader.mapping(top["dimensions"], "dimensions") {
            guard let dimension = Dimension(rawValue: key) else {
                reader.error("unknown-dimension", "unknown dimension '\(key)'", at: keyNode); continue
            }
            let f = fields(value, "dimension \(key)", ["base", "weight", "tip", "principle"], &reader)
            dimensions[dimension] = .init(
                base: reader.double(f["base"], "base of \(key)", in: 0...100) ?? 0,
                weight: reader.double(f["weight"], "weight of \(key)", in: 0...100) ?? 1,
                tips: reader.perLanguage(f["tip"], "tip of \(key)"),
                principle: reader.string(f["principle"], "principle of \(key)") ?? "")
        }
        if !dimensions.isEmpty, dimensions.values.allSatisfy({ $0.weight == 0 }) {
            reader.error("out-of-range", "every dimension has weight 0, so the overall score is always 0", at: top["dimensions"] ?? root,
                         fix: "give at least one dimension a weight above 0")
        }
        for dimension in Dimension.allCases where dimensions[dimension] == nil {
            reader.error("missing-key", "dimensions needs '\(dimension.rawValue)'", at: top["dimensions"] ?? root)
        }

        var lexicons: [Language: RubricSettings.LanguageLexicon] = [:]
        for (key, keyNode, value) in reader.mapping(top["languages"], "languages") {
            guard let language = Language(rawValue: key) else {
                reader.error("unknown-language", "unknown language '\(key)'", at: keyNode, fix: "use en, nl or nb"); continue
            }
            let f = fields(value, "languages.\(key)", ["function_words", "negators", "negation_window", "negation_after", "negation_skip", "negation_skip_inverted", "negation_clause_verbs", "negation_barrier", "contrast", "contrast_means_only", "acronyms"], &reader)
            var lexicon = RubricSettings.LanguageLexicon()
            lexicon.functionWords = reader.strings(f["function_words"], "function_words").map(\.0)
            lexicon.negators = reader.strings(f["negators"], "negators").map(\.0)
            lexicon.negationSkip = reader.strings(f["negation_skip"], "negation_skip").map(\.0)
            lexicon.negationSkipInverted = reader.strings(f["negation_skip_inverted"], "negation_skip_inverted").map(\.0)
            lexicon.negationClauseVerbs = reader.strings(f["negation_clause_verbs"], "negation_clause_verbs").map(\.0)
            lexicon.negationBarrier = reader.strings(f["negation_barrier"], "negation_barrier").map(\.0)
            lexicon.contrast = reader.strings(f["contrast"], "contrast").map(\.0)
            lexicon.contrastMeansOnly = reader.strings(f["contrast_means_only"], "contrast_means_only").map(\.0)
            lexicon.acronyms = reader.strings(f["acronyms"], "acronyms").map(\.0)
            lexicon.negationWindow = reader.int(f["negation_window"], "negation_window") ?? 3
            lexicon.negationAfter = reader.int(f["negation_after"], "negation_after") ?? 0
            if lexicon.functionWords.count < 10 {
                reader.error("too-few-words", "languages.\(key).function_words needs at least 10 words for language detection", at: value)
            }
            lexicons[language] = lexicon
        }
        for language in Language.allCases where lexicons[language] == nil {
            reader.error("missing-key", "languages needs '\(language.rawValue)'", at: top["languages"] ?? root)
        }

        var contextRules: [RubricSettings.ContextRule] = []
        for item in reader.sequence(top["context_rules"], "context_rules") {
            let f = fields(item, "a context rule", ["id", "when", "expects", "dimension", "points", "explain", "source", "tip"], &reader)
            guard let id = reader.string(f["id"], "id"),
                  let whenText = reader.string(f["when"], "when of \(id)"),
                  let expectsText = reader.string(f["expects"], "expects of \(id)"),
                  let dimension = reader.dimension(f["dimension"], "dimension of \(id)") else {
                reader.error("missing-key", "a context rule needs id, when, expects and dimension", at: item); continue
            }
            guard let trigger = RubricSettings.ContextRule.Trigger(rawValue: whenText) else {
                reader.error("unknown-trigger", "unknown 'when: \(whenText)' in \(id)", at: f["when"],
                             fix: "use one of: \(RubricSettings.ContextRule.Trigger.allCases.map(\.rawValue).joined(separator: ", "))"); continue
            }
            let expects: RubricSettings.Expectation = Behaviour(rawValue: expectsText).map { .behaviour($0) } ?? .criterion(expectsText)
            contextRules.append(.init(
                id: id, trigger: trigger, expects: expects, dimension: dimension,
                points: reader.double(f["points"], "points of \(id)", in: -100...100) ?? 0,
                explanation: required(f, "explain", id, item, &reader),
                source: required(f, "source", id, item, &reader),
                tips: reader.perLanguage(f["tip"], "tip of \(id)")))
        }

        var expected: [Behaviour: RubricSettings.BuiltInRule] = [:]
        for (key, keyNode, value) in reader.mapping(top["expected_behaviours"], "expected_behaviours") {
            guard let behaviour = Behaviour(rawValue: key) else {
                reader.error("unknown-behaviour", "unknown behaviour '\(key)'", at: keyNode); continue
            }
            if let rule = builtIn(id: "expected.\(key)", value, &reader) { expected[behaviour] = rule }
        }
        for behaviour in Behaviour.allCases where !behaviour.isNegative && expected[behaviour] == nil {
            reader.error("missing-key", "expected_behaviours needs '\(behaviour.rawValue)' (what missing it costs)", at: top["expected_behaviours"] ?? root)
        }

        var builtIns: [String: RubricSettings.BuiltInRule] = [:]
        for (key, keyNode, value) in reader.mapping(top["built_in"], "built_in") {
            guard builtInIDs.contains(key) else {
                reader.error("unknown-key", "unknown built-in rule '\(key)'", at: keyNode, fix: "expected one of: \(builtInIDs.sorted().joined(separator: ", "))"); continue
            }
            if let rule = builtIn(id: key, value, &reader) { builtIns[key] = rule }
        }
        for id in builtInIDs.sorted() where builtIns[id] == nil {
            reader.error("missing-key", "built_in needs '\(id)'", at: top["built_in"] ?? root)
        }

        let s = fields(top["speed"], "speed", ["curve", "without_next_step", "early_turn_bonus", "late_turn_penalty", "source", "tip"], &reader)
        var curve: [(seconds: Double, score: Double)] = []
        for point in reader.sequence(s["curve"], "speed.curve") {
            let pair = reader.sequence(point, "a speed.curve point [seconds, score]")
            guard pair.count == 2, let seconds = reader.double(pair[0], "a speed.curve point's seconds", in: 0...86_400), let score = reader.double(pair[1], "a speed.curve point's score", in: 0...100) else {
                reader.error("wrong-type", "a speed.curve point must be [seconds, score]", at: point); continue
            }
            if let last = curve.last, seconds <= last.seconds {
                reader.error("unsorted-curve", "speed.curve seconds must increase", at: point)
            }
            curve.append((seconds, score))
        }
        if curve.count < 2 { reader.error("missing-key", "speed.curve needs at least two points", at: top["speed"] ?? root) }
        let speed = RubricSettings.Speed(
            curve: curve,
            withoutNextStep: reader.double(s["without_next_step"], "without_next_step", in: 0...1) ?? 0.5,
            earlyTurnBonus: reader.sequence(s["early_turn_bonus"], "early_turn_bonus").compactMap { reader.double($0, "early_turn_bonus", in: -100...100) },
            lateTurnPenalty: reader.double(s["late_turn_penalty"], "late_turn_penalty", in: 0...100) ?? 0,
            source: reader.string(s["source"], "speed source") ?? "",
            tips: reader.perLanguage(s["tip"], "speed tip"))

        let a = fields(top["anti_gaming"], "anti_gaming", [
            "decay", "max_per_group", "across_turns", "contrast_discount", "contrast_discount_with_action", "max_scalars", "caps", "messages",
        ], &reader)
        var caps: [String: Double] = [:]
        for (key, keyNode, value) in reader.mapping(a["caps"], "anti_gaming.caps") {
            guard flagCodes.contains(key) else {
                reader.error("unknown-key", "unknown flag '\(key)'", at: keyNode, fix: "expected one of: \(flagCodes.sorted().joined(separator: ", "))"); continue
            }
            caps[key] = reader.double(value, "cap \(key)", in: 0...100)
        }
        var messages: [String: String] = [:]
        for (key, keyNode, value) in reader.mapping(a["messages"], "anti_gaming.messages") {
            guard flagCodes.contains(key) else { reader.error("unknown-key", "unknown flag '\(key)'", at: keyNode); continue }
            messages[key] = reader.string(value, "message \(key)")
        }
        for code in flagCodes.sorted() where messages[code] == nil {
            reader.error("missing-key", "anti_gaming.messages needs '\(code)'", at: a["messages"] ?? root)
        }
        let antiGaming = RubricSettings.AntiGaming(
            decay: reader.double(a["decay"], "decay", in: 0...1) ?? 0.5,
            maxPerGroup: reader.int(a["max_per_group"], "max_per_group") ?? 3,
            acrossTurns: reader.double(a["across_turns"], "across_turns", in: 0...1) ?? 0.5,
            contrastDiscount: reader.double(a["contrast_discount"], "contrast_discount", in: 0...1) ?? 0.35,
            contrastDiscountWithAction: reader.double(a["contrast_discount_with_action"], "contrast_discount_with_action", in: 0...1) ?? 0.7,
            // Token counters are 16-bit; keep any one reply well inside that.
            maxScalars: min(30_000, max(64, reader.int(a["max_scalars"], "max_scalars") ?? 4000)),
            caps: caps, messages: messages)

        let principles = translations(top["principles"], "principles", &reader).tables
        let explanations = translations(top["explanations"], "explanations", &reader)

        var criteriaFiles: [(name: String, location: SourceLocation)] = []
        for (name, node) in reader.strings(top["criteria_files"], "criteria_files") {
            if name.contains("/") || !(name.hasSuffix(".yaml") || name.hasSuffix(".yml")) || name == "rubric.yaml" {
                reader.error("wrong-type", "criteria_files lists '\(name)'; it takes file names in this folder, such as empathy.yaml", at: node)
            } else {
                criteriaFiles.append((name, reader.location(node)))
            }
        }

        guard reader.diagnostics.count == before else { return nil }
        var settings = RubricSettings(dimensions: dimensions, lexicons: lexicons, contextRules: contextRules, expected: expected,
                                      builtIns: builtIns, speed: speed, antiGaming: antiGaming, principles: principles,
                                      explanations: explanations.tables, explanationSections: explanations.sections)
        settings.criteriaFiles = criteriaFiles
        return settings
    }

    /// A `section:` of `nl:` and `nb:` tables, each keyed by the English it translates; with
    /// where each language's table starts, to point at when a translation is missing.
    private static func translations(_ node: Node?, _ section: String, _ reader: inout YAMLReader)
        -> (tables: [Language: [String: RubricSettings.Translation]], sections: [Language: SourceLocation]) {
        var tables: [Language: [String: RubricSettings.Translation]] = [:]
        var sections: [Language: SourceLocation] = [:]
        for (key, keyNode, value) in reader.mapping(node, section, allowed: ["nl", "nb"]) {
            guard let language = Language(rawValue: key) else { reader.error("unknown-language", "unknown language '\(key)'", at: keyNode); continue }
            var table: [String: RubricSettings.Translation] = [:]
            for (english, englishNode, translation) in reader.mapping(value, "\(section).\(key)") {
                if let text = reader.string(translation, "\(section).\(key) of \"\(english)\""), !text.isEmpty {
                    table[english] = .init(text: text, location: reader.location(englishNode))
                }
            }
            tables[language] = table
            sections[language] = reader.location(keyNode)
        }
        return (tables, sections)
    }

    private static func fields(_ node: Node?, _ what: String, _ allowed: Set<String>, _ reader: inout YAMLReader) -> [String: Node] {
        Dictionary(reader.mapping(node, what, allowed: allowed).map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    private static func required(_ f: [String: Node], _ key: String, _ id: String, _ node: Node, _ reader: inout YAMLReader) -> String {
        if let text = reader.string(f[key], "\(key) of \(id)"), !text.isEmpty { return text }
        reader.error("missing-key", "'\(id)' needs '\(key)'", at: node)
        return ""
    }

    private static func builtIn(id: String, _ node: Node, _ reader: inout YAMLReader) -> RubricSettings.BuiltInRule? {
        let f = fields(node, id, ["dimension", "points", "explain", "source", "tip"], &reader)
        guard let dimension = reader.dimension(f["dimension"], "dimension of \(id)") else {
            reader.error("missing-key", "'\(id)' needs a dimension", at: node); return nil
        }
        return .init(id: id, dimension: dimension, points: reader.double(f["points"], "points of \(id)", in: -100...100) ?? 0,
                     explanation: required(f, "explain", id, node, &reader), source: required(f, "source", id, node, &reader),
                     tips: reader.perLanguage(f["tip"], "tip of \(id)"))
    }
}
