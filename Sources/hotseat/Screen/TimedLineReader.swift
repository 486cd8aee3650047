import Foundation

/// Reads one line with a deadline.
///
/// On a terminal it waits with `poll` in one-second slices and redraws a countdown on the line
/// above the input, then gives up at the deadline (discarding a half-typed line, which the
/// kernel holds until Enter). Without a terminal (a pipe, a script) it simply reads: the limit is
/// then enforced from timestamps by the run, which marks a late reply as a timeout.
/// When the drill's readline editor with its tick lands, it can replace this without touching the run.
struct TimedLineReader {
    enum Result { case line(String), timedOut, endOfInput }

    let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1

    func read(secondsLeft: () -> Double?) -> Result {
        guard interactive else {
            return readLine(strippingNewline: true).map(Result.line) ?? .endOfInput
        }
        while true {
            let left = secondsLeft() ?? 0
            if left <= 0 {
                tcflush(STDIN_FILENO, TCIFLUSH)
                return .timedOut
            }
            drawCountdown(left)
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(min(1_000, max(1, left * 1_000))))
            if ready > 0 {
                return readLine(strippingNewline: true).map(Result.line) ?? .endOfInput
            }
        }
    }

    /// Save the cursor, rewrite the line above the prompt, restore: typing is not disturbed.
    private func drawCountdown(_ seconds: Double) {
        let whole = Int(seconds.rounded(.up))
        let text = String(format: "  ⏱ %d:%02d left", whole / 60, whole % 60)
        FileHandle.standardOutput.write(Data("\u{1B}7\u{1B}[1A\r\u{1B}[2K\(text)\u{1B}8".utf8))
    }
}
