import ArgumentParser
import Foundation

/// `--color auto|always|never`. Auto means: colour only on a terminal, never with `NO_COLOR`
/// (https://no-color.org) or `TERM=dumb`.
enum ColorMode: String, CaseIterable, ExpressibleByArgument {
    case auto, always, never

    func enabled(environment: [String: String] = ProcessInfo.processInfo.environment,
                 outputIsTerminal: Bool = TerminalInfo.isTerminal(STDOUT_FILENO)) -> Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if environment["TERM"] == "dumb" { return false }
            return outputIsTerminal
        }
    }
}

enum TerminalInfo {
    static func isTerminal(_ descriptor: Int32) -> Bool { isatty(descriptor) == 1 }

    /// Readline needs a real terminal that can move the cursor.
    static func canUseReadline(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        isTerminal(STDIN_FILENO) && isTerminal(STDOUT_FILENO) && environment["TERM"] != "dumb"
    }
}
