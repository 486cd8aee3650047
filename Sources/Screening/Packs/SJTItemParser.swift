import HotseatCore
import Scenarios
import Yams

/// Parses one situational-judgement item file (`scenarios/screens/items/<id>.yaml`).
enum SJTItemParser {
    static let keys: Set<String> = ["id", "kind", "title", "languages", "situation", "line", "responses", "key"]
    static let letters = ["A", "B", "C", "D"]

    static func parse(_ root: Node, path: String) -> (SJTItem?, [Diagnostic]) {
        var reader = NodeReader(path: path)
        guard let map = reader.mapping(root, allowed: keys, what: "an SJT item") else { return (nil, reader.diagnostics) }
        let id = reader.identifier(reader.required(map, "id", in: "an SJT item", at: root), what: "id")
        if let kind = reader.required(map, "kind", in: "an SJT item", at: root), kind.string != "sjt" {
            reader.error("wrong-value", "kind must be 'sjt'", at: kind)
        }
        let languages = reader.languages(reader.required(map, "languages", in: "an SJT item", at: root)) ?? []
        let title = reader.localized(reader.required(map, "title", in: "an SJT item", at: root), what: "title", languages: languages)
        let situation = reader.localized(reader.required(map, "situation", in: "an SJT item", at: root), what: "situation", languages: languages)
        let line = reader.localized(reader.required(map, "line", in: "an SJT item", at: root), what: "line", languages: languages)

        var responses: [SJTItem.Response] = []
        if let node = reader.required(map, "responses", in: "an SJT item", at: root),
           let options = reader.mapping(node, allowed: Set(letters), what: "responses") {
            for letter in letters {
                guard let option = options[letter] else {
                    reader.error("missing-key", "responses needs \(letter): an item has exactly four responses, A to D", at: node)
                    continue
                }
                if let text = reader.localized(option, what: "response \(letter)", languages: languages) {
                    responses.append(SJTItem.Response(letter: letter, text: text))
                }
            }
        }
        let key = parseKey(reader.required(map, "key", in: "an SJT item", at: root), reader: &reader)

        guard reader.diagnostics.isEmpty, let id, let title, let situation, let line, let key else { return (nil, reader.diagnostics) }
        return (SJTItem(id: id, title: title, situation: situation, line: line, responses: responses, key: key,
                        languages: languages, file: path), [])
    }

    static func parseKey(_ node: Node?, reader: inout NodeReader) -> SJTKey? {
        guard let map = reader.mapping(node, allowed: ["best", "worst", "rationale", "source"], what: "key") else { return nil }
        func letter(_ name: String) -> String? {
            guard let value = map[name]?.string, letters.contains(value) else { return nil }
            return value
        }
        let best = letter("best"), worst = letter("worst")
        if best == nil { reader.error("wrong-value", "key.best must be one of A, B, C, D", at: map["best"] ?? node) }
        if worst == nil { reader.error("wrong-value", "key.worst must be one of A, B, C, D", at: map["worst"] ?? node) }
        if let best, best == worst { reader.error("wrong-value", "key.best and key.worst must differ", at: node) }
        let rationale = reader.string(reader.required(map, "rationale", in: "key", at: node), what: "key.rationale")
        let source = reader.string(reader.required(map, "source", in: "key", at: node), what: "key.source")
        guard let best, let worst, let rationale, let source else { return nil }
        return SJTKey(best: best, worst: worst, rationale: rationale, source: source)
    }
}
