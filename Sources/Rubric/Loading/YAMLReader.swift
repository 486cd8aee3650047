import HotseatCore
import Yams

/// Reads typed values out of a YAML tree, collecting a `Diagnostic` (with file:line:col) for
/// every value of the wrong shape instead of stopping at the first.
struct YAMLReader {
    let path: String
    var diagnostics: [Diagnostic] = []

    init(path: String) { self.path = path }

    func location(_ node: Node?) -> SourceLocation {
        SourceLocation(file: path, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
    }

    mutating func error(_ code: String, _ message: String, at node: Node?, fix: String? = nil) {
        diagnostics.append(Diagnostic(.error, code: code, message, at: location(node), fix: fix))
    }

    /// The key/value pairs of a mapping; refuses keys not in `allowed` (typos must not pass silently).
    mutating func mapping(_ node: Node?, _ what: String, allowed: Set<String>? = nil) -> [(key: String, keyNode: Node, value: Node)] {
        guard let node else { return [] }
        guard case .mapping(let map) = node else {
            error("wrong-type", "\(what) must be a mapping (key: value lines)", at: node)
            return []
        }
        var pairs: [(key: String, keyNode: Node, value: Node)] = []
        for index in map.startIndex..<map.endIndex {
            let (keyNode, value) = map[index]
            guard let key = keyNode.string else {
                error("wrong-type", "a key in \(what) must be plain text", at: keyNode)
                continue
            }
            if let allowed, !allowed.contains(key) {
                error("unknown-key", "unknown key '\(key)' in \(what)", at: keyNode,
                      fix: Suggestions.nearest(to: key, in: allowed.sorted()).map { "did you mean `\($0)`?" }
                          ?? "expected one of: \(allowed.sorted().joined(separator: ", "))")
                continue
            }
            pairs.append((key, keyNode, value))
        }
        return pairs
    }

    mutating func sequence(_ node: Node?, _ what: String) -> [Node] {
        guard let node else { return [] }
        guard case .sequence(let seq) = node else {
            error("wrong-type", "\(what) must be a list", at: node)
            return []
        }
        return Array(seq)
    }

    mutating func string(_ node: Node?, _ what: String) -> String? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node else {
            error("wrong-type", "\(what) must be text", at: node)
            return nil
        }
        return scalar.string
    }

    mutating func double(_ node: Node?, _ what: String) -> Double? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node, let value = Double(scalar.string.replacingOccurrences(of: "+", with: "")), value.isFinite else {
            error("wrong-type", "\(what) must be a number", at: node)
            return nil
        }
        return value
    }

    /// A number that must lie in `range`: a weight of -1 or a curve point of 500 loads, but scores nonsense.
    mutating func double(_ node: Node?, _ what: String, in range: ClosedRange<Double>) -> Double? {
        guard let value = double(node, what), let node else { return nil }
        guard range.contains(value) else {
            error("out-of-range", "\(what) is \(Self.figure(value)), outside \(Self.figure(range.lowerBound))…\(Self.figure(range.upperBound))",
                  at: node, fix: "use a number from \(Self.figure(range.lowerBound)) to \(Self.figure(range.upperBound))")
            return nil
        }
        return value
    }

    private static func figure(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }

    mutating func int(_ node: Node?, _ what: String) -> Int? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node, let value = Int(scalar.string) else {
            error("wrong-type", "\(what) must be a whole number", at: node)
            return nil
        }
        return value
    }

    mutating func bool(_ node: Node?, _ what: String) -> Bool? {
        guard let node else { return nil }
        switch node.string {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            error("wrong-type", "\(what) must be true or false", at: node)
            return nil
        }
    }

    mutating func strings(_ node: Node?, _ what: String) -> [(String, Node)] {
        let entry = "an entry of \(what)"
        return sequence(node, what).compactMap { item in string(item, entry).map { ($0, item) } }
    }

    /// `{en: "…", nl: "…", nb: "…"}`; every language must be present.
    mutating func perLanguage(_ node: Node?, _ what: String, required: Bool = true) -> [Language: String] {
        guard let node else { return [:] }
        var result: [Language: String] = [:]
        for (key, keyNode, value) in mapping(node, what, allowed: Set(Language.allCases.map(\.rawValue))) {
            guard let language = Language(rawValue: key) else { continue }
            _ = keyNode
            if let text = string(value, "\(what) (\(key))") { result[language] = text }
        }
        if required {
            for language in Language.allCases where result[language] == nil {
                error("missing-language", "\(what) has no '\(language.rawValue)' text", at: node, fix: "add \(language.rawValue): \"…\"")
            }
        }
        return result
    }

    mutating func dimension(_ node: Node?, _ what: String) -> Dimension? {
        guard let text = string(node, what) else { return nil }
        guard let value = Dimension(rawValue: text) else {
            error("unknown-dimension", "unknown dimension '\(text)' in \(what)", at: node,
                  fix: "use one of: \(Dimension.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return value
    }

    mutating func behaviour(_ node: Node?, _ what: String) -> Behaviour? {
        guard let text = string(node, what) else { return nil }
        guard let value = Behaviour(rawValue: text) else {
            error("unknown-behaviour", "unknown behaviour '\(text)' in \(what)", at: node,
                  fix: "use one of: \(Behaviour.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return value
    }
}
