import Foundation

/// Why the store could not do what was asked, with what to do about it.
///
/// Every case names the store file in `context["path"]` when one is involved, so a person can
/// find it; the store never deletes or "repairs" data on its own, so the fix is always theirs.
///
/// ```swift
/// do { _ = try Store.open(at: url) }
/// catch { print(error.description) }   // "the store … is from a newer Hotseat (schema 3; this one knows 1) (upgrade hotseat …)"
/// ```
public struct StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Code: String, Sendable, Equatable {
        case noHome = "no-home"
        case storeMissing = "store-missing"
        case cannotCreate = "cannot-create"
        case notADatabase = "not-a-database"
        case corrupted
        case locked
        case readOnly = "read-only"
        case diskFull = "disk-full"
        case ioError = "io-error"
        case newerSchema = "newer-schema"
        case needsUpgrade = "needs-upgrade"
        case sessionNotFound = "session-not-found"
        case ambiguousSession = "ambiguous-session"
        case invalidRecord = "invalid-record"
        /// Another Hotseat saved this turn number of the same session first.
        case turnConflict = "turn-conflict"
        case database
    }

    public var code: Code
    public var message: String
    /// Facts that locate the problem: `path`, `session`, `sqlite` (the SQLite result code)…
    public var context: [String: String]
    /// What the person can do about it.
    public var fix: String?

    public init(_ code: Code, _ message: String, context: [String: String] = [:], fix: String? = nil) {
        self.code = code
        self.message = message
        self.context = context
        self.fix = fix
    }

    public var description: String {
        var text = message
        if let fix { text += " (\(fix))" }
        return text
    }

    /// True for failures that may go away by themselves or once the person frees space or
    /// permissions: the write is kept in memory and retried.
    public var isTransient: Bool {
        switch code {
        case .locked, .readOnly, .diskFull, .ioError, .cannotCreate: true
        default: false
        }
    }
}
