import Foundation
import HotseatCore
import Yams

/// Turns a scenario's YAML tree into a `Scenario`, collecting every problem on the way.
///
/// Reading never stops at the first problem: missing parts get placeholder values so that the
/// rest of the file is still checked, and the scenario is only handed out if no error was found.
struct ScenarioParser {
    var sink: DiagnosticSink
    /// The file name without extension; the id must equal it. Nil skips that check.
    let expectedID: String?

    /// Where each `goto` was written, checked once all beats and endings are known.
    var references: [(beat: String, target: String, node: Node)] = []
    var sources = ScenarioSourceMap()

    init(file: String, expectedID: String?) {
        self.sink = DiagnosticSink(file: file)
        self.expectedID = expectedID
    }

    /// Lowercase words joined by single dashes: `ski-lift`, `bed-delivery-2`.
    static func isKebabCase(_ id: String) -> Bool {
        let words = id.split(separator: "-", omittingEmptySubsequences: false)
        return words.allSatisfy { !$0.isEmpty && $0.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) } }
    }

    mutating func parse(_ root: Node) -> Scenario? {
        if root.isNull || (root.mapping?.isEmpty ?? false) {
            sink.error("empty-file", "the scenario file is empty", at: root, fix: "start from `hotseat new scenario NAME`")
            return nil
        }
        guard let top = sink.mapping(root, "the scenario", known: ScenarioSchema.topLevel, required: ScenarioSchema.topLevelRequired) else {
            return nil
        }
        let languages = top["languages"].map { readLanguages($0) } ?? []
        let id = top["id"].map { readID($0) } ?? ""
        sources.id = top["id"].map { sink.location(of: $0) }
        let title = top["title"].flatMap { sink.localizedText($0, "`title`", languages: languages) }
        let trains = top["trains"].flatMap { sink.localizedText($0, "`trains`", languages: languages) }
        let difficulty = top["difficulty"].flatMap { sink.integer($0, "`difficulty`", in: 1...5) } ?? 1
        let persona = top["persona"].flatMap { readPersona($0, languages: languages) }
        let traits = top["recovery"].flatMap { readRecovery($0) } ?? RecoveryTraits()
        let topicWords = readTopicWords(top, languages: languages)
        let mood = top["mood"].flatMap { readMood($0) } ?? MoodSpec(start: 50)
        let readTurnLimit = top["turn_limit"].flatMap { sink.integer($0, "`turn_limit`", in: 1...100) }
        let turnLimit = readTurnLimit ?? 1
        let scoring = top["scoring"].flatMap { readScoring($0) } ?? ScoringSpec()
        let start = top["start"].flatMap { sink.text($0, "`start`") } ?? ""
        sources.start = top["start"].map { sink.location(of: $0) }
        let beats = top["beats"].map { readBeats($0, languages: languages, turnLimit: readTurnLimit) } ?? [:]
        let endings = top["endings"].map { readEndings($0, languages: languages) } ?? [:]

        checkReferences(start: start, startNode: top["start"], beats: beats, endings: endings)
        if mood.walkoutAt != nil, endings[ScenarioSchema.walkoutEnding] == nil, let node = top["mood"]?["walkout_at"] {
            sink.warning("walkout-without-ending", "`walkout_at` is set, but there is no ending named 'walkout', so the customer never walks out",
                         at: node, fix: "add `walkout: {outcome: walked_out, line: …}` under `endings`")
        }

        // The graph is checked on whatever parsed, with placeholders for broken parts, so that one
        // run shows a closed loop next to the schema errors; GraphChecks skips what an unresolved
        // `goto` or `start` makes meaningless.
        let missing = LocalizedText([:])
        var scenario = Scenario(id: id, title: title ?? missing, trains: trains ?? missing, difficulty: difficulty, languages: languages,
                                persona: persona ?? Persona(name: "", situation: missing, wants: missing), traits: traits,
                                topicWords: topicWords, mood: mood, turnLimit: turnLimit,
                                scoring: scoring, start: start, beats: beats, endings: endings, file: sink.file)
        scenario.sources = sources
        sink.append(contentsOf: GraphChecks.diagnostics(for: scenario))
        guard !sink.hasErrors, title != nil, trains != nil, persona != nil else { return nil }
        return scenario
    }

    // MARK: - Top-level fields

    private mutating func readID(_ node: Node) -> String {
        guard let id = sink.text(node, "`id`") else { return "" }
        if !Self.isKebabCase(id) {
            let suggestion = id.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: "-")
            sink.error("bad-id", "scenario id '\(id)' is not kebab-case", at: node,
                       fix: "use lowercase letters, digits and dashes, e.g. '\(suggestion.isEmpty ? "ski-lift" : suggestion)'")
        } else if let expectedID, expectedID != id {
            sink.error("id-file-mismatch", "scenario id '\(id)' does not match the file name '\(expectedID)'", at: node,
                       fix: "rename the file to \(id).yaml, or set `id: \(expectedID)`")
        }
        return id
    }

    private mutating func readLanguages(_ node: Node) -> [Language] {
        var languages: [Language] = []
        for item in sink.list(node, "`languages`") ?? [] {
            guard let language = sink.choice(item, "a language in `languages`", of: Language.self) else { continue }
            if languages.contains(language) {
                sink.warning("duplicate-language", "language '\(language)' is listed twice", at: item)
            } else {
                languages.append(language)
            }
        }
        if languages.isEmpty, case .sequence(let items) = node, items.isEmpty {
            sink.error("empty-list", "`languages` is empty", at: node, fix: "list at least one of: en, nl, nb")
        }
        return languages
    }

    private mutating func readPersona(_ node: Node, languages: [Language]) -> Persona? {
        guard let map = sink.mapping(node, "`persona`", known: ScenarioSchema.persona, required: ScenarioSchema.personaRequired) else { return nil }
        let name = map["name"].flatMap { sink.text($0, "`persona.name`") }
        let situation = map["situation"].flatMap { sink.localizedText($0, "`persona.situation`", languages: languages) }
        let wants = map["wants"].flatMap { sink.localizedText($0, "`persona.wants`", languages: languages) }
        let channel = map["channel"].flatMap { sink.choice($0, "`persona.channel`", of: Persona.Channel.self) } ?? .desk
        guard let name, let situation, let wants else { return nil }
        return Persona(name: name, situation: situation, wants: wants, channel: channel)
    }

    private mutating func readRecovery(_ node: Node) -> RecoveryTraits? {
        guard let map = sink.mapping(node, "`recovery`", known: ScenarioSchema.recovery, required: ScenarioSchema.recovery) else { return nil }
        var traits = RecoveryTraits()
        if let value = map["severity"].flatMap({ sink.choice($0, "`recovery.severity`", of: RecoveryTraits.Severity.self) }) { traits.severity = value }
        if let value = map["failure"].flatMap({ sink.choice($0, "`recovery.failure`", of: RecoveryTraits.Failure.self) }) { traits.failure = value }
        if let value = map["cause"].flatMap({ sink.choice($0, "`recovery.cause`", of: RecoveryTraits.Cause.self) }) { traits.cause = value }
        return traits
    }

    private mutating func readTopicWords(_ top: YAMLMapping, languages: [Language]) -> [Language: [String]] {
        guard let node = top["topic_words"] else {
            sink.warning("missing-topic-words", "the scenario has no `topic_words`, so the rubric cannot tell a reply about this situation from a generic one",
                         at: top.node, fix: "add `topic_words: {en: [lift, hours, …]}`")
            return [:]
        }
        return sink.localizedWords(node, "`topic_words`", languages: languages) ?? [:]
    }

    private mutating func readMood(_ node: Node) -> MoodSpec? {
        guard let map = sink.mapping(node, "`mood`", known: ScenarioSchema.mood, required: ["start"]) else { return nil }
        let start = map["start"].flatMap { sink.integer($0, "`mood.start`", in: 0...100) } ?? 50
        var spec = MoodSpec(start: start)
        spec.walkoutAt = map["walkout_at"].flatMap { sink.integer($0, "`mood.walkout_at`", in: 0...100) }
        if let walkout = spec.walkoutAt, walkout <= start, let node = map["walkout_at"] {
            sink.error("walkout-at-start", "`mood.walkout_at` (\(walkout)) is not above `mood.start` (\(start)), so the customer walks out at once",
                       at: node, fix: "raise `walkout_at` or lower `start`")
        }
        if let effectsNode = map["effects"], let entries = sink.idMapping(effectsNode, "`mood.effects`") {
            for entry in entries {
                guard let behaviour = sink.behaviour(entry.keyNode, "`mood.effects`") else { continue }
                if let effect = sink.integer(entry.value, "the mood effect of \(behaviour)", in: -100...100) {
                    spec.effects[behaviour] = effect
                }
            }
        }
        return spec
    }

    private mutating func readScoring(_ node: Node) -> ScoringSpec? {
        guard let map = sink.mapping(node, "`scoring`", known: ScenarioSchema.scoring) else { return nil }
        var spec = ScoringSpec()
        if let weightsNode = map["weights"], let entries = sink.idMapping(weightsNode, "`scoring.weights`") {
            for entry in entries {
                guard let dimension = sink.choice(entry.keyNode, "a dimension in `scoring.weights`", of: Dimension.self) else { continue }
                if let weight = sink.number(entry.value, "the weight of \(dimension)", in: 0...10) { spec.weights[dimension] = weight }
            }
            if spec.weights.count == Dimension.allCases.count, spec.weights.values.allSatisfy({ $0 == 0 }) {
                sink.error("out-of-range", "every dimension in `scoring.weights` is 0, so this scenario's overall score is always 0", at: weightsNode,
                           fix: "give at least one dimension a weight above 0, or leave out the dimensions the rubric should weigh")
            }
        }
        if let expects = map["expects"] { spec.expects = sink.behaviours(expects, "`scoring.expects`") }
        return spec
    }
}
