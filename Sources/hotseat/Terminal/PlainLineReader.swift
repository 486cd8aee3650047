import Foundation

/// Reads lines from a pipe or file (or a terminal with `--no-readline`) without editing or prompts,
/// so that `hotseat play ski-lift < replies.txt` runs as a script.
final class PlainLineReader: LineEditor {
    let isInteractive: Bool
    var showsPrompts: Bool { isInteractive }

    init(isInteractive: Bool = TerminalInfo.isTerminal(STDIN_FILENO)) {
        self.isInteractive = isInteractive
    }

    func readLine(prompt: String) -> LineEvent {
        if showsPrompts {
            FileHandle.standardOutput.write(Data(prompt.utf8))
        }
        // Swift's readLine repairs invalid UTF-8 with U+FFFD instead of failing.
        guard let line = Swift.readLine(strippingNewline: true) else { return .endOfInput }
        return .line(line.hasSuffix("\r") ? String(line.dropLast()) : line)
    }

    func addToHistory(_ line: String) {}
    func setCompletionWords(_ words: [String]) {}
    func close() {}
}
