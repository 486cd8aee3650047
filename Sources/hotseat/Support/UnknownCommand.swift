import ArgumentParser
import HotseatCore

/// A mistyped subcommand, `hotseat lsit`. ArgumentParser hands a word it does not know to the
/// default command, which answered "Unexpected argument 'lsit'" with the usage of `home`: true,
/// but no help to someone who meant `list`. A first word made only of letters cannot be anything
/// but a command (no command takes an argument there), so it is named as one with a suggestion.
enum UnknownCommand {
    /// What can follow `hotseat`, in the order `hotseat --help` lists them.
    static var commands: [String] { Hotseat.configuration.subcommands.compactMap { $0.configuration.commandName } }

    /// The complaint for `arguments` (without the program name), or nil when they are for ArgumentParser.
    static func message(for arguments: [String]) -> String? {
        guard let word = arguments.first, !word.isEmpty, word.allSatisfy(\.isLetter),
              !commands.contains(word), word != "help" else { return nil }
        let suggestion = Suggestions.nearest(to: word, in: commands).map { "; did you mean '\($0)'?" } ?? ""
        return "unknown command '\(word)'\(suggestion)\n"
            + "Commands: \(commands.joined(separator: ", ")). See 'hotseat --help' for what each does."
    }
}
