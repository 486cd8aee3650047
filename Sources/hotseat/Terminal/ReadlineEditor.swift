import CReadline
import Foundation

/// GNU readline through the C shim: line editing, history, tab completion, Ctrl-C handling.
/// All of readline's global state stays in `shim.h`.
final class ReadlineEditor: LineEditor {
    let isInteractive = true
    let showsPrompts = true
    private let history: HistoryFile
    private let historyEnabled: Bool
    private var closed = false

    init(history: HistoryFile = HistoryFile()) {
        self.history = history
        hs_readline_init("hotseat")
        hs_history_stifle(1_000)
        historyEnabled = history.prepare()
        if historyEnabled, let url = history.url { _ = hs_history_read(url.path) }
    }

    deinit { close() }

    func readLine(prompt: String) -> LineEvent {
        readLine(tickMilliseconds: 0) { prompt }
    }

    /// Reads a line while redrawing the prompt every `tickMilliseconds` (0: never), e.g. for the
    /// per-reply countdown of a hiring screen: `prompt` is asked again on each tick, and the text
    /// being typed is kept.
    ///
    /// ```swift
    /// let deadline = clock.now() + 90
    /// editor.readLine(tickMilliseconds: 1000) { "[\(Int(deadline - clock.now()))s] you> " }
    /// ```
    func readLine(tickMilliseconds: Int32, prompt: () -> String) -> LineEvent {
        var pointer: UnsafeMutablePointer<CChar>?
        var status = hs_readline_read(prompt(), tickMilliseconds, &pointer)
        while Int(status) == Int(HS_READ_TICK.rawValue) {
            status = hs_readline_read(prompt(), tickMilliseconds, &pointer)
        }
        switch Int(status) {
        case Int(HS_READ_LINE.rawValue):
            guard let pointer else { return .line("") }
            defer { hs_free(pointer) }
            // Decode leniently: a terminal may hand us invalid UTF-8.
            let bytes = UnsafeRawBufferPointer(start: pointer, count: strlen(pointer))
            return .line(String(decoding: bytes, as: UTF8.self))
        case Int(HS_READ_INTERRUPTED_EMPTY.rawValue):
            return .interrupted(lineWasEmpty: true)
        case Int(HS_READ_INTERRUPTED_TEXT.rawValue):
            return .interrupted(lineWasEmpty: false)
        default:
            return .endOfInput
        }
    }

    func readAnswer(prompt: String) -> LineEvent {
        withHistory(HS_HISTORY_NONE) { readLine(prompt: prompt) }
    }

    func readChoice(prompt: String) -> LineEvent {
        withHistory(HS_HISTORY_CHOICES) { readLine(prompt: prompt) }
    }

    /// Runs `body` with another history list in use, then goes back to the replies.
    private func withHistory<T>(_ list: hs_history_list, _ body: () -> T) -> T {
        hs_history_use(Int32(list.rawValue))
        defer { hs_history_use(Int32(HS_HISTORY_REPLIES.rawValue)) }
        return body()
    }

    func addToHistory(_ line: String) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        hs_history_add(line)
        if historyEnabled, let url = history.url { _ = hs_history_write(url.path) }
    }

    /// Kept for this run only: the history file holds replies.
    func addChoiceToHistory(_ line: String) {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { return }
        withHistory(HS_HISTORY_CHOICES) { hs_history_add(line) }
    }

    func setCompletionWords(_ words: [String]) {
        hs_completion_clear()
        for word in words { hs_completion_add(word) }
    }

    func close() {
        guard !closed else { return }
        closed = true
        hs_readline_restore()
    }
}
