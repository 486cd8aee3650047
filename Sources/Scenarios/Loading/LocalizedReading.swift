import HotseatCore
import Yams

/// Reading text that must exist once per declared language (`{en: …, nl: …, nb: …}`).
extension DiagnosticSink {
    /// - Parameters:
    ///   - languages: the scenario's declared languages; each must be present. Empty skips the check
    ///     (the `languages` key itself was broken and has been reported).
    ///   - read: reads one language's value.
    public mutating func localized<T>(_ node: Node, _ what: String, languages: [Language],
                               read: (inout DiagnosticSink, Node, String) -> T?) -> [Language: T]? {
        if case .scalar = node, !node.isNull, languages.count == 1 {
            // A single-language scenario may write plain text.
            return read(&self, node, what).map { [languages[0]: $0] }
        }
        guard case .mapping(let map) = node else {
            let example = (languages.isEmpty ? [Language.en] : languages).map { "\($0.rawValue): \"…\"" }.joined(separator: ", ")
            error("expected-languages", "\(what) needs one text per language, found \(node.shortDescription)", at: node,
                  fix: "write it as {\(example)}")
            return nil
        }
        var values: [Language: T] = [:]
        for index in map.startIndex..<map.endIndex {
            let (keyNode, value) = map[index]
            let code = keyNode.string ?? ""
            guard let language = Language(rawValue: code) else {
                error("unknown-language", "unknown language '\(code)' in \(what)", at: keyNode,
                      fix: Suggestions.fix(for: code, in: Language.allCases.map(\.rawValue)))
                continue
            }
            if !languages.isEmpty && !languages.contains(language) {
                warning("undeclared-language", "\(what) has a '\(code)' text, but `languages` does not list '\(code)'", at: keyNode,
                        fix: "add \(code) to `languages`, or remove this text")
            }
            if let read = read(&self, value, "\(what) (\(code))") { values[language] = read }
        }
        for language in languages where !map.containsKey(language.rawValue) {
            error("missing-language", "\(what) has no '\(language.rawValue)' text", at: node,
                  fix: "the scenario declares \(languages.map(\.rawValue).joined(separator: ", ")); add `\(language.rawValue): …`")
        }
        return values
    }

    public mutating func localizedText(_ node: Node, _ what: String, languages: [Language]) -> LocalizedText? {
        localized(node, what, languages: languages) { sink, node, what in sink.text(node, what) }.map(LocalizedText.init)
    }

    /// One line or a list of variants per language.
    public mutating func localizedLines(_ node: Node, _ what: String, languages: [Language]) -> LocalizedLines? {
        localized(node, what, languages: languages) { sink, node, what -> [String]? in
            if case .sequence(let sequence) = node {
                if sequence.isEmpty {
                    sink.error("empty-list", "\(what) has no variants", at: node, fix: "give at least one line")
                    return nil
                }
                let lines = sequence.compactMap { sink.text($0, what) }
                return lines.count == sequence.count ? lines : nil
            }
            return sink.text(node, what).map { [$0] }
        }.map(LocalizedLines.init)
    }

    public mutating func localizedWords(_ node: Node, _ what: String, languages: [Language]) -> [Language: [String]]? {
        localized(node, what, languages: languages) { sink, node, what -> [String]? in
            guard let items = sink.list(node, what) else { return nil }
            let words = items.compactMap { sink.text($0, what) }
            if words.isEmpty { sink.error("empty-list", "\(what) is empty", at: node, fix: "list a few words this situation is about") }
            return words
        }
    }
}
