/// What reading one line produced.
enum LineEvent: Equatable {
    case line(String)
    /// Ctrl-D on an empty line, or the end of piped input.
    case endOfInput
    /// Ctrl-C; the line being typed was cleared.
    case interrupted(lineWasEmpty: Bool)
}

/// Reads the trainee's lines: readline on a terminal, plain lines from a pipe.
protocol LineEditor: AnyObject {
    /// True when a person is typing now, so the drill's clock measures latency.
    var isInteractive: Bool { get }
    /// False for scripts: prompts are not printed, replies are echoed into the transcript instead.
    var showsPrompts: Bool { get }
    func readLine(prompt: String) -> LineEvent
    /// A line that answers a question (quit? resume? your name?): the up arrow does not offer the replies.
    func readAnswer(prompt: String) -> LineEvent
    /// A scenario choice: the up arrow offers earlier choices, not the replies.
    func readChoice(prompt: String) -> LineEvent
    func addToHistory(_ line: String)
    func addChoiceToHistory(_ line: String)
    func setCompletionWords(_ words: [String])
    /// Saves history and gives the terminal back; safe to call twice.
    func close()
}

extension LineEditor {
    func readAnswer(prompt: String) -> LineEvent { readLine(prompt: prompt) }
    func readChoice(prompt: String) -> LineEvent { readLine(prompt: prompt) }
    func addChoiceToHistory(_ line: String) {}
}
