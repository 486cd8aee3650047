import HotseatCore
import Scenarios
import Yams

/// Reads typed values out of a YAML tree, collecting `file:line:col` diagnostics instead of
/// stopping at the first problem, so a trainer sees every mistake in one go.
struct NodeReader {
    let path: String
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String) { self.path = path }

    func location(_ node: Node?) -> SourceLocation {
        SourceLocation(file: path, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
    }

    mutating func error(_ code: String, _ message: String, at node: Node?, fix: String? = nil) {
        diagnostics.append(Diagnostic(.error, code: code, message, at: location(node), fix: fix))
    }

    /// The keys of a mapping, refusing ones the format does not know (a typo would otherwise be silently ignored).
    mutating func mapping(_ node: Node?, allowed: Set<String>, what: String) -> [String: Node]? {
        guard let node else { return nil }
        guard case .mapping(let mapping) = node else {
            error("wrong-type", "\(what) must be a mapping", at: node)
            return nil
        }
        var result: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.string else { continue }
            if !allowed.contains(name) {
                error("unknown-key", "unknown key '\(name)' in \(what)", at: key,
                      fix: Suggestions.nearest(to: name, in: allowed.sorted()).map { "did you mean `\($0)`?" }
                          ?? "expected one of: \(allowed.sorted().joined(separator: ", "))")
                continue
            }
            result[name] = value
        }
        return result
    }

    mutating func required(_ map: [String: Node], _ key: String, in what: String, at node: Node?) -> Node? {
        if let value = map[key] { return value }
        error("missing-key", "\(what) needs '\(key)'", at: node)
        return nil
    }

    mutating func string(_ node: Node?, what: String) -> String? {
        guard let node else { return nil }
        guard case .scalar(let scalar) = node, !scalar.string.isEmpty else {
            error("wrong-type", "\(what) must be a non-empty text", at: node)
            return nil
        }
        return scalar.string
    }

    mutating func integer(_ node: Node?, what: String, range: ClosedRange<Int>) -> Int? {
        guard let node else { return nil }
        guard let text = node.string, let value = Int(text), range.contains(value) else {
            error("wrong-value", "\(what) must be a whole number in \(range.lowerBound)…\(range.upperBound)", at: node)
            return nil
        }
        return value
    }

    mutating func identifier(_ node: Node?, what: String) -> String? {
        guard let text = string(node, what: what) else { return nil }
        let allowed = text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
        guard allowed, text.first?.isLetter == true else {
            error("bad-id", "\(what) '\(text)' must be kebab-case (a-z, 0-9, -)", at: node)
            return nil
        }
        return text
    }

    mutating func languages(_ node: Node?) -> [Language]? {
        guard let node else { return nil }
        guard case .sequence(let items) = node, !items.isEmpty else {
            error("wrong-type", "languages must be a list such as [en, nl, nb]", at: node)
            return nil
        }
        var result: [Language] = []
        for item in items {
            guard let code = item.string, let language = Language(rawValue: code) else {
                error("unknown-language", "unknown language '\(item.string ?? "")'", at: item, fix: "use en, nl or nb")
                continue
            }
            result.append(language)
        }
        return result
    }

    /// `{en: "…", nl: "…", nb: "…"}`, requiring every language the file declares.
    mutating func localized(_ node: Node?, what: String, languages: [Language]) -> LocalizedText? {
        guard let node else { return nil }
        guard case .mapping(let mapping) = node else {
            error("wrong-type", "\(what) must give a text per language, e.g. {en: \"…\", nl: \"…\", nb: \"…\"}", at: node)
            return nil
        }
        var values: [Language: String] = [:]
        for (key, value) in mapping {
            guard let code = key.string, let language = Language(rawValue: code) else {
                error("unknown-language", "unknown language '\(key.string ?? "")' in \(what)", at: key, fix: "use en, nl or nb")
                continue
            }
            if let text = string(value, what: "\(what) (\(code))") { values[language] = text }
        }
        for language in languages where values[language] == nil {
            error("missing-language", "\(what) has no '\(language.rawValue)' text", at: node,
                  fix: "write it natively in \(language.displayName), or drop \(language.rawValue) from languages")
        }
        return LocalizedText(values)
    }
}
