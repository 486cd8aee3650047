import HotseatCore
import Yams

/// Collects every diagnostic found in one file, so a trainer sees all problems in one run
/// instead of fixing them one at a time. Also used by the other trainer-file loaders
/// (golden transcripts) so that every file speaks the same diagnostic language.
///
/// ```swift
/// var sink = DiagnosticSink(file: "scenarios/tests/ski-lift.yaml")
/// if let map = sink.mapping(root, "the transcript file", known: ["scenario", "transcripts"], required: ["scenario"]) { … }
/// sink.diagnostics   // [… error: unknown key `transcript` in the transcript file (did you mean `transcripts`?)]
/// ```
public struct DiagnosticSink: Sendable {
    public let file: String
    public private(set) var diagnostics: [Diagnostic] = []

    public init(file: String) { self.file = file }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// How many errors so far: a reader compares it before and after a part, to tell whether that
    /// part had an error of its own (and so not warn about what the error caused).
    public var errorCount: Int { diagnostics.count { $0.severity == .error } }

    public func location(of node: Node?) -> SourceLocation {
        SourceLocation(file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
    }

    public mutating func error(_ code: String, _ message: String, at node: Node?, fix: String? = nil) {
        diagnostics.append(Diagnostic(.error, code: code, message, at: location(of: node), fix: fix))
    }

    public mutating func warning(_ code: String, _ message: String, at node: Node?, fix: String? = nil) {
        diagnostics.append(Diagnostic(.warning, code: code, message, at: location(of: node), fix: fix))
    }

    public mutating func append(contentsOf more: [Diagnostic]) { diagnostics.append(contentsOf: more) }
}

/// A YAML mapping whose keys have been checked against a schema, keeping each key's node for positions.
public struct YAMLMapping {
    public struct Entry {
        public var key: String
        public var keyNode: Node
        public var value: Node
    }

    public let node: Node
    public let entries: [Entry]

    // By index: `first { … }` would copy each entry it looks at.
    public subscript(key: String) -> Node? {
        for index in entries.indices where entries[index].key == key { return entries[index].value }
        return nil
    }

    public func keyNode(_ key: String) -> Node? {
        for index in entries.indices where entries[index].key == key { return entries[index].keyNode }
        return nil
    }
}

extension Node {
    /// True for `key:` with nothing after it, or `~` / `null`.
    public var isNull: Bool {
        guard case .scalar(let scalar) = self, scalar.style == .plain || scalar.style == .any else { return false }
        switch scalar.string {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// How a wrong value is described to a trainer: "a list", "a mapping", "nothing" or the text.
    public var shortDescription: String {
        switch self {
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        case .scalar(let scalar): isNull ? "nothing" : "'\(scalar.string.prefix(40))'"
        }
    }
}
