/// A position in a source file, 1-based like a compiler's.
public struct SourceLocation: Codable, Sendable, Equatable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// An error or warning about a file a person wrote, printed like a compiler's:
/// `scenarios/ski-lift.yaml:42:7: error: beat 'refund' is not defined (did you mean 'refund-offer'?)`
public struct Diagnostic: Error, Codable, Sendable, Equatable, Hashable, CustomStringConvertible {
    public enum Severity: String, Codable, Sendable { case error, warning, note }

    public var severity: Severity
    /// A stable, machine-readable kind such as `unknown-key` or `undefined-beat`.
    public var code: String
    public var message: String
    public var location: SourceLocation?
    /// What to do about it, when there is something specific to say.
    public var fix: String?

    public init(_ severity: Severity, code: String, _ message: String, at location: SourceLocation?, fix: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.fix = fix
    }

    public var description: String {
        var text = location.map { "\($0): " } ?? ""
        text += "\(severity.rawValue): \(message)"
        if let fix { text += " (\(fix))" }
        return text
    }
}

/// Thrown when a file cannot be used at all; carries every diagnostic found.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
