import Foundation

/// Word-wraps prose to the terminal's width, so a long customer line does not break mid-word.
/// Pipes and files get the text unwrapped: tools and transcripts want one line per line.
struct TextWrapper {
    /// nil means: do not wrap.
    let width: Int?

    static func forStandardOutput() -> TextWrapper {
        guard TerminalInfo.isTerminal(STDOUT_FILENO) else { return TextWrapper(width: nil) }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 else { return TextWrapper(width: nil) }
        return TextWrapper(width: Int(size.ws_col) - 1)
    }

    /// Continuation lines are indented by `indent` spaces.
    func wrap(_ text: String, indent: Int = 0) -> String {
        guard let width, text.count > width else { return text }
        // Leading spaces are layout (a numbered list's indent), not words: keep them.
        let leading = String(text.prefix { $0 == " " })
        var lines: [String] = []
        var current = leading
        for word in text.dropFirst(leading.count).split(separator: " ", omittingEmptySubsequences: false) {
            let limit = lines.isEmpty ? width : width - indent
            let startsLine = current.isEmpty || (lines.isEmpty && current == leading)
            if !startsLine, current.count + 1 + word.count > limit {
                lines.append(current)
                current = String(word)
            } else {
                current += startsLine ? String(word) : " " + word
            }
        }
        lines.append(current)
        let pad = String(repeating: " ", count: indent)
        return lines.enumerated().map { $0.offset == 0 ? $0.element : pad + $0.element }.joined(separator: "\n")
    }
}
