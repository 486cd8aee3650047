import HotseatCore
import Yams

/// Collects every diagnostic found in one file, so a trainer sees all problems in one run
/// instead of fixing them one at a time.
struct DiagnosticSink {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) { self.file = file }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    func location(of node: Node?) -> SourceLocation {
        SourceLocation(file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
    }

    mutating func error(_ code: String, _ message: String, at node: Node?, fix: String? = nil) {
        diagnostics.append(Diagnostic(.error, code: code, message, at: location(of: node), fix: fix))
    }

    mutating func warning(_ code: String, _ message: String, at node: Node?, fix: String? = nil) {
        diagnostics.append(Diagnostic(.warning, code: code, message, at: location(of: node), fix: fix))
    }

    mutating func append(contentsOf more: [Diagnostic]) { diagnostics.append(contentsOf: more) }
}

/// A YAML mapping whose keys have been checked against a schema, keeping each key's node for positions.
struct YAMLMapping {
    struct Entry {
        var key: String
        var keyNode: Node
        var value: Node
    }

    let node: Node
    let entries: [Entry]

    subscript(key: String) -> Node? { entries.first { $0.key == key }?.value }
    func keyNode(_ key: String) -> Node? { entries.first { $0.key == key }?.keyNode }
}

extension Node {
    /// True for `key:` with nothing after it, or `~` / `null`.
    var isNull: Bool {
        guard case .scalar(let scalar) = self, scalar.style == .plain || scalar.style == .any else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// How a wrong value is described to a trainer: "a list", "a mapping", "nothing" or the text.
    var shortDescription: String {
        switch self {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        case .scalar(let scalar): isNull ? "nothing" : "'\(scalar.string.prefix(40))'"
        }
    }
}
