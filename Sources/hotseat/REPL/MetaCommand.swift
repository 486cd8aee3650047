import Foundation

/// The REPL's `:commands`. They start with a colon so they never collide with a reply.
enum MetaCommand: String, CaseIterable {
    case help, hint, `repeat`, score, restart, quit

    /// The words tab completion offers.
    static var completions: [String] { allCases.map { ":" + $0.rawValue } }

    /// nil when the line is a reply; `.failure` carries an unknown command's name.
    static func parse(_ line: String) -> Result<MetaCommand, UnknownMetaCommand>? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        // A lone ":" (or ": hint") is a command mistyped, never a reply to send to the customer.
        guard trimmed.hasPrefix(":") else { return nil }
        let word = trimmed.dropFirst().prefix { !$0.isWhitespace }.lowercased()
        if let command = MetaCommand(rawValue: word) { return .success(command) }
        if word == "q" || word == "exit" { return .success(.quit) }
        return .failure(UnknownMetaCommand(name: ":" + word))
    }
}

struct UnknownMetaCommand: Error, Equatable { let name: String }
