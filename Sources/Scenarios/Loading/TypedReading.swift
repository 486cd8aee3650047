import Foundation
import HotseatCore
import Yams

/// Reading typed values out of YAML nodes; each reader reports a wrong value and returns nil,
/// so loading carries on and finds the next problem too.
extension DiagnosticSink {
    /// A mapping whose keys must be among `known`; reports unknown keys (with the nearest known
    /// one) and every missing `required` key.
    public mutating func mapping(_ node: Node, _ what: String, known: [String], required: [String] = []) -> YAMLMapping? {
        guard case .mapping(let map) = node else {
            error("expected-mapping", "\(what) must be a mapping of keys, found \(node.shortDescription)", at: node,
                  fix: "write it as `key: value` lines indented under it")
            return nil
        }
        var entries: [YAMLMapping.Entry] = []
        for index in map.startIndex..<map.endIndex {
            let (keyNode, value) = map[index]
            guard case .scalar(let scalar) = keyNode else {
                error("bad-key", "a key in \(what) must be plain text, found \(keyNode.shortDescription)", at: keyNode)
                continue
            }
            let key = scalar.string
            if !known.contains(key) {
                error("unknown-key", "unknown key `\(key)` in \(what)", at: keyNode,
                      fix: Suggestions.fix(for: key, in: known, quote: "`"))
                continue
            }
            entries.append(YAMLMapping.Entry(key: key, keyNode: keyNode, value: value))
        }
        let mapping = YAMLMapping(node: node, entries: entries)
        for key in required where mapping[key] == nil && !map.containsKey(key) {
            error("missing-key", "\(what) is missing the required key `\(key)`", at: node)
        }
        return mapping
    }

    /// A mapping whose keys are ids the trainer chose (beat names, ending names).
    public mutating func idMapping(_ node: Node, _ what: String) -> [YAMLMapping.Entry]? {
        guard case .mapping(let map) = node else {
            error("expected-mapping", "\(what) must be a mapping from names to definitions, found \(node.shortDescription)", at: node)
            return nil
        }
        var entries: [YAMLMapping.Entry] = []
        for index in map.startIndex..<map.endIndex {
            let (keyNode, value) = map[index]
            guard case .scalar(let scalar) = keyNode, !keyNode.isNull, !scalar.string.isEmpty else {
                error("bad-key", "a name in \(what) must be plain text, found \(keyNode.shortDescription)", at: keyNode)
                continue
            }
            entries.append(YAMLMapping.Entry(key: scalar.string, keyNode: keyNode, value: value))
        }
        return entries
    }

    public mutating func text(_ node: Node, _ what: String, allowEmpty: Bool = false) -> String? {
        guard case .scalar(let scalar) = node, !node.isNull else {
            error("expected-text", "\(what) must be text, found \(node.shortDescription)", at: node)
            return nil
        }
        let value = scalar.string
        if !allowEmpty && Self.isBlank(value) {
            error("empty-text", "\(what) is empty", at: node, fix: "write the text, or remove the key")
            return nil
        }
        return value
    }

    /// The same answer as `text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty` (checked
    /// for every Unicode scalar in the tests) without building the trimmed copy through NSString,
    /// which cost more than parsing the scenario files; it stops at the first non-blank scalar.
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { blanks.contains($0) }
    }

    private static let blanks = CharacterSet.whitespacesAndNewlines

    public mutating func integer(_ node: Node, _ what: String, in range: ClosedRange<Int>) -> Int? {
        guard case .scalar = node, let value = node.int else {
            error("expected-number", "\(what) must be a whole number, found \(node.shortDescription)", at: node)
            return nil
        }
        guard range.contains(value) else {
            error("out-of-range", "\(what) must be between \(range.lowerBound) and \(range.upperBound), found \(value)", at: node)
            return nil
        }
        return value
    }

    public mutating func number(_ node: Node, _ what: String, in range: ClosedRange<Double>) -> Double? {
        guard case .scalar = node, let value = node.float ?? node.int.map(Double.init) else {
            error("expected-number", "\(what) must be a number, found \(node.shortDescription)", at: node)
            return nil
        }
        guard range.contains(value) else {
            error("out-of-range", "\(what) must be between \(range.lowerBound) and \(range.upperBound), found \(value)", at: node)
            return nil
        }
        return value
    }

    public mutating func flag(_ node: Node, _ what: String) -> Bool? {
        guard case .scalar = node, let value = node.bool else {
            error("expected-flag", "\(what) must be true or false, found \(node.shortDescription)", at: node)
            return nil
        }
        return value
    }

    /// One of a fixed set of words, such as an outcome or a severity.
    public mutating func choice<T: RawRepresentable & CaseIterable>(_ node: Node, _ what: String, of type: T.Type,
                                                          allowed: [T]? = nil) -> T? where T.RawValue == String {
        let options = (allowed ?? Array(T.allCases)).map(\.rawValue)
        guard let word = text(node, what) else { return nil }
        guard let value = T(rawValue: word), options.contains(word) else {
            error("unknown-value", "\(what) cannot be '\(word)'", at: node, fix: Suggestions.fix(for: word, in: options))
            return nil
        }
        return value
    }

    /// A behaviour spelled as in `Behaviour` (`offered_remedy`), with a suggestion for typos.
    public mutating func behaviour(_ node: Node, _ what: String) -> Behaviour? {
        guard let word = text(node, what) else { return nil }
        guard let value = Behaviour(rawValue: word) else {
            error("unknown-behaviour", "unknown behaviour '\(word)' in \(what)", at: node,
                  fix: Suggestions.fix(for: word, in: Behaviour.allCases.map(\.rawValue)))
            return nil
        }
        return value
    }

    /// A list; a single value is accepted as a list of one, since `any: apologised` reads naturally.
    public mutating func list(_ node: Node, _ what: String) -> [Node]? {
        switch node {
        case .sequence(let sequence): return Array(sequence)
        case .scalar where !node.isNull: return [node]
        default:
            error("expected-list", "\(what) must be a list, found \(node.shortDescription)", at: node,
                  fix: "write it as [a, b] or as `- a` lines")
            return nil
        }
    }

    public mutating func behaviours(_ node: Node, _ what: String) -> [Behaviour] {
        (list(node, what) ?? []).compactMap { behaviour($0, what) }
    }
}
