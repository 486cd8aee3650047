import HotseatCore
import Yams

/// Reads the `criteria:` list of a rubric file such as `scoring/empathy.yaml`.
enum CriteriaFileReader {
    static let criterionKeys: Set<String> = [
        "id", "dimension", "behaviour", "points", "group", "priority", "negatable", "contrast", "needs", "flag",
        "points_without_needs", "explain", "explain_without_needs", "source", "tip", "signals", "examples",
    ]

    static func read(_ root: Node, reader: inout YAMLReader) -> [Criterion] {
        var criteriaNode: Node?
        for (key, _, value) in reader.mapping(root, "a rubric file", allowed: ["criteria"]) where key == "criteria" {
            criteriaNode = value
        }
        guard let criteriaNode else {
            reader.error("missing-key", "a rubric file needs a 'criteria:' list", at: root)
            return []
        }
        return reader.sequence(criteriaNode, "criteria").compactMap { readCriterion($0, reader: &reader) }
    }

    private static func readCriterion(_ node: Node, reader: inout YAMLReader) -> Criterion? {
        let fields = Dictionary(reader.mapping(node, "a criterion", allowed: criterionKeys).map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        guard let id = reader.string(fields["id"], "id") else {
            reader.error("missing-key", "a criterion needs an 'id'", at: node)
            return nil
        }
        let isIdiom = fields["dimension"] == nil
        let dimension = reader.dimension(fields["dimension"], "dimension of \(id)")
        if !isIdiom, dimension == nil { return nil }
        let points = reader.double(fields["points"], "points of \(id)", in: -100...100) ?? 0
        if !isIdiom, fields["points"] == nil {
            reader.error("missing-key", "criterion '\(id)' needs 'points'", at: node)
        }
        let source = reader.string(fields["source"], "source of \(id)") ?? ""
        if !isIdiom, source.isEmpty {
            reader.error("missing-source", "criterion '\(id)' has no 'source'", at: node,
                         fix: "cite the research it rests on, e.g. \"service-recovery.md §2, Lewicki et al. 2016\"")
        }
        let explanation = reader.string(fields["explain"], "explain of \(id)") ?? ""
        if !isIdiom, explanation.isEmpty {
            reader.error("missing-key", "criterion '\(id)' needs a one-line 'explain'", at: node)
        }
        var patterns: [Language: [PhrasePattern]] = [:]
        for (key, keyNode, value) in reader.mapping(fields["signals"], "signals of \(id)", allowed: Set(Language.allCases.map(\.rawValue))) {
            guard let language = Language(rawValue: key) else { continue }
            _ = keyNode
            patterns[language] = reader.strings(value, "signals.\(key) of \(id)").map { PhrasePattern(text: $0.0, location: reader.location($0.1)) }
        }
        var examples: [Language: Criterion.Examples] = [:]
        for (key, _, value) in reader.mapping(fields["examples"], "examples of \(id)", allowed: Set(Language.allCases.map(\.rawValue))) {
            guard let language = Language(rawValue: key) else { continue }
            var set = Criterion.Examples()
            for (kind, _, list) in reader.mapping(value, "examples.\(key) of \(id)", allowed: ["match", "no_match"]) {
                let items = reader.strings(list, "examples.\(key).\(kind) of \(id)").map { Criterion.Example(text: $0.0, location: reader.location($0.1)) }
                if kind == "match" { set.match = items } else { set.noMatch = items }
            }
            examples[language] = set
        }
        // Every criterion must prove itself in every language it has signals for.
        for language in Language.allCases {
            let hasSignals = !(patterns[language] ?? []).isEmpty
            if !hasSignals {
                reader.error("missing-signals", "criterion '\(id)' has no signals for '\(language.rawValue)'", at: fields["signals"] ?? node,
                             fix: "add signals.\(language.rawValue) with at least one phrase")
                continue
            }
            let set = examples[language] ?? .init()
            if set.match.isEmpty || set.noMatch.isEmpty {
                reader.error("missing-examples", "criterion '\(id)' needs at least one 'match' and one 'no_match' example for '\(language.rawValue)'",
                             at: fields["examples"] ?? node, fix: "add examples.\(language.rawValue).match and .no_match")
            }
        }
        let tips = fields["tip"].map { reader.perLanguage($0, "tip of \(id)") } ?? [:]
        let needsPoints = reader.double(fields["points_without_needs"], "points_without_needs of \(id)", in: -100...100)
        var flag = reader.string(fields["flag"], "flag of \(id)")
        if let unknown = flag, let node = fields["flag"], !SettingsReader.conductFlagCodes.contains(unknown) {
            reader.error("unknown-key", "criterion '\(id)' raises unknown flag '\(unknown)'", at: node,
                         fix: "expected one of: \(SettingsReader.conductFlagCodes.sorted().joined(separator: ", "))")
            flag = nil
        }
        return Criterion(
            id: id,
            dimension: dimension,
            behaviour: fields["behaviour"].flatMap { reader.behaviour($0, "behaviour of \(id)") },
            points: points,
            group: reader.string(fields["group"], "group of \(id)") ?? id,
            priority: reader.int(fields["priority"], "priority of \(id)") ?? (isIdiom ? 5 : 0),
            negatable: reader.bool(fields["negatable"], "negatable of \(id)") ?? (points > 0),
            contrastable: reader.bool(fields["contrast"], "contrast of \(id)") ?? (points > 0 && dimension == .empathy),
            needs: reader.string(fields["needs"], "needs of \(id)"),
            flag: flag,
            pointsWithoutNeeds: needsPoints ?? points,
            explanation: explanation,
            explanationWithoutNeeds: reader.string(fields["explain_without_needs"], "explain_without_needs of \(id)"),
            source: source,
            tips: tips,
            patterns: patterns,
            examples: examples,
            location: reader.location(node)
        )
    }
}
