import Foundation
import HotseatCore
import Scenarios
import Yams

/// Parses one screen pack file. Checks that need other files (do the items and scenarios exist?)
/// are in `ScreenLibrary.check(against:)`.
enum ScreenPackParser {
    static let keys: Set<String> = ["id", "version", "title", "scoring_key", "languages", "notice", "reply_time_limit",
                                    "expected_minutes", "shuffle", "sequence"]

    static func parse(_ root: Node, path: String) -> (ScreenPack?, [Diagnostic]) {
        let (pack, _, problems) = parseWithSteps(root, path: path)
        return (pack, problems)
    }

    /// Also gives the steps of a pack refused for its own errors, so that `validate` reports a
    /// missing item or scenario in the same run, not only once the other errors are fixed.
    static func parseWithSteps(_ root: Node, path: String) -> (ScreenPack?, ScreenPackSteps?, [Diagnostic]) {
        var reader = NodeReader(path: path)
        guard let map = reader.mapping(root, allowed: keys, what: "a screen pack") else { return (nil, nil, reader.diagnostics) }
        let id = reader.identifier(reader.required(map, "id", in: "a screen pack", at: root), what: "id")
        let version = reader.integer(reader.required(map, "version", in: "a screen pack", at: root), what: "version", range: 1...100_000)
        let languages = reader.languages(reader.required(map, "languages", in: "a screen pack", at: root)) ?? []
        let title = reader.localized(reader.required(map, "title", in: "a screen pack", at: root), what: "title", languages: languages)
        let notice = reader.localized(reader.required(map, "notice", in: "a screen pack", at: root), what: "notice", languages: languages)
        let keyVersion = reader.string(reader.required(map, "scoring_key", in: "a screen pack", at: root), what: "scoring_key")
        let limit = reader.integer(reader.required(map, "reply_time_limit", in: "a screen pack", at: root),
                                   what: "reply_time_limit (seconds)", range: 10...3600)
        let minutes = map["expected_minutes"].flatMap { reader.integer($0, what: "expected_minutes", range: 1...240) }
        let shuffle = parseShuffle(map["shuffle"], reader: &reader)
        let (sequence, stepLocations) = parseSequence(reader.required(map, "sequence", in: "a screen pack", at: root), reader: &reader)

        guard reader.diagnostics.isEmpty, let id, let version, let title, let notice, let keyVersion, let limit else {
            let steps = sequence.isEmpty ? nil
                : ScreenPackSteps(packID: id ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent, languages: languages, sequence: sequence,
                                  stepLocations: stepLocations, file: path)
            return (nil, steps, reader.diagnostics)
        }
        let pack = ScreenPack(id: id, version: version, title: title, scoringKeyVersion: keyVersion, languages: languages,
                              notice: notice, replyTimeLimit: limit,
                              expectedMinutes: minutes ?? max(1, sequence.count * limit / 60), shuffle: shuffle,
                              sequence: sequence, file: path, stepLocations: stepLocations)
        return (pack, pack.steps, [])
    }

    /// `shuffle: none`, `shuffle: per-candidate` or `shuffle: {seed: 42}`.
    static func parseShuffle(_ node: Node?, reader: inout NodeReader) -> ShufflePolicy {
        guard let node else { return .perCandidate }
        if let word = node.string {
            switch word {
            case "none": return ShufflePolicy.none
            case "per-candidate": return .perCandidate
            default:
                reader.error("wrong-value", "shuffle must be none, per-candidate or {seed: N}", at: node)
                return .perCandidate
            }
        }
        guard let map = reader.mapping(node, allowed: ["seed"], what: "shuffle"),
              let text = map["seed"]?.string, let seed = UInt64(text) else {
            reader.error("wrong-value", "shuffle must be none, per-candidate or {seed: N}", at: node)
            return .perCandidate
        }
        return .fixed(seed: seed)
    }

    /// The steps, and where each one's id is written.
    static func parseSequence(_ node: Node?, reader: inout NodeReader) -> ([ScreenStep], [SourceLocation]) {
        guard let node else { return ([], []) }
        guard case .sequence(let entries) = node, !entries.isEmpty else {
            reader.error("wrong-type", "sequence must be a non-empty list of {scenario: ID, turns: N} or {item: ID}", at: node)
            return ([], [])
        }
        var steps: [ScreenStep] = []
        var locations: [SourceLocation] = []
        for entry in entries {
            guard let map = reader.mapping(entry, allowed: ["scenario", "turns", "item"], what: "a sequence entry") else { continue }
            switch (map["scenario"], map["item"]) {
            case (let scenario?, nil):
                let cap = map["turns"].flatMap { reader.integer($0, what: "turns", range: 1...20) }
                if let id = reader.identifier(scenario, what: "scenario") {
                    steps.append(.scenario(id: id, turnCap: cap))
                    locations.append(reader.location(scenario))
                }
            case (nil, let item?):
                if map["turns"] != nil { reader.error("unknown-key", "'turns' applies to scenarios, not items", at: entry) }
                if let id = reader.identifier(item, what: "item") {
                    steps.append(.item(id: id))
                    locations.append(reader.location(item))
                }
            default:
                reader.error("wrong-value", "a sequence entry names exactly one of 'scenario' or 'item'", at: entry)
            }
        }
        var seen: Set<String> = []
        for (step, entry) in zip(steps, entries) where !seen.insert(step.key).inserted {
            reader.error("duplicate-step", "\(step.key) appears twice in the sequence", at: entry, fix: "keep one")
        }
        return (steps, locations)
    }
}
