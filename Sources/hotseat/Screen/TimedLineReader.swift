import CReadline
import Foundation
import HotseatCore

/// Reads one reply with a deadline.
///
/// On a terminal it waits with `poll` in one-second slices and redraws a countdown on the line
/// above the input, then gives up at the deadline (discarding a half-typed line, which the
/// kernel holds until Enter). Without a terminal (a pipe, a script) it simply reads: the limit is
/// then enforced from timestamps by the run, which marks a late reply as a timeout.
/// When the drill's readline editor with its tick lands, it can replace this without touching the run.
///
/// Pastes: a terminal hands over one line per read, so a pasted block of three lines would answer
/// three prompts, two of them before the candidate saw them. Lines that follow each other within
/// `pasteGap` are taken as one paste and joined into one reply, and `discardTypeAhead()` (called
/// before every new prompt) empties whatever is still queued.
struct TimedLineReader {
    enum Result {
        /// `lines` > 1: several lines arrived within a few milliseconds and were joined.
        case line(String, lines: Int)
        case timedOut, endOfInput
    }

    /// Lines closer together than this are one paste: nobody types Enter and a whole line in 15 ms.
    static let pasteGap: Int32 = 15
    /// How long the Ctrl-C notice stays on the countdown line.
    static let noticeSeconds = 5.0

    let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
    let localizer: Localizer

    /// Drops lines typed or pasted ahead of a prompt the candidate has not seen yet.
    func discardTypeAhead() {
        if interactive { tcflush(STDIN_FILENO, TCIFLUSH) }
    }

    /// `interruptions` is the running count of Ctrl-C presses; a new one puts the notice on the countdown line.
    func read(secondsLeft: () -> Double?, interruptions: () -> Int) -> Result {
        guard interactive else {
            return readLine(strippingNewline: true).map { .line($0, lines: 1) } ?? .endOfInput
        }
        var seenInterruptions = interruptions()
        var noticeUntil: Date?
        // Ctrl-D on a half-typed line hands over the text without a line end; it is kept and the
        // rest of the line added to it, so a fragment is never sent as the reply (and Ctrl-D
        // mid-line does nothing, as in the drill).
        var fragment = ""
        var pasted: [String] = []
        while true {
            let left = secondsLeft() ?? 0
            if left <= 0 {
                tcflush(STDIN_FILENO, TCIFLUSH)
                return .timedOut
            }
            if interruptions() != seenInterruptions {
                seenInterruptions = interruptions()
                noticeUntil = Date().addingTimeInterval(Self.noticeSeconds)
            }
            let notice = noticeUntil.map { Date() < $0 } ?? false
            // The countdown is drawn on the line above the cursor: inside an open paste that line is
            // the candidate's own pasted text, so it waits until the paste is sent.
            if pasted.isEmpty { drawCountdown(left, notice: notice) }
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(min(1_000, max(1, left * 1_000))))
            if ready > 0 {
                guard let read = readLine(strippingNewline: false) else {
                    // A Ctrl-C while the line was being read is not the end of the input.
                    if interruptions() != seenInterruptions { continue }
                    return .endOfInput
                }
                guard read.hasSuffix("\n") else {
                    fragment += read
                    hs_clear_stdin_eof()   // the Ctrl-D set the stream's end-of-file flag
                    continue
                }
                let line = fragment + String(read.dropLast())
                fragment = ""
                // A bracketed paste still open at the line end goes on to its end mark, which comes
                // with the line the candidate finishes with Enter.
                if line.contains(Self.pasteStart) || !pasted.isEmpty {
                    pasted.append(line)
                    guard line.contains(Self.pasteEnd) else { continue }
                    return Self.reply(joining: pasted.map { $0.replacingOccurrences(of: Self.pasteStart, with: "").replacingOccurrences(of: Self.pasteEnd, with: "") })
                }
                return joinPaste(line)
            }
        }
    }

    static let pasteStart = "\u{1B}[200~"
    static let pasteEnd = "\u{1B}[201~"

    /// Takes the lines queued right behind `first` as part of the same paste.
    private func joinPaste(_ first: String) -> Result {
        var lines = [first]
        while true {
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, Self.pasteGap) > 0, let next = readLine(strippingNewline: true) else { break }
            lines.append(next)
        }
        return Self.reply(joining: lines)
    }

    /// One reply from the lines of a paste: blank lines dropped, the rest joined by spaces.
    private static func reply(joining lines: [String]) -> Result {
        let kept = lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return .line(kept.joined(separator: " "), lines: lines.count)
    }

    /// Save the cursor, rewrite the line above the prompt, restore: typing is not disturbed.
    private func drawCountdown(_ seconds: Double, notice: Bool) {
        let whole = Int(seconds.rounded(.up))
        var text = "  " + localizer.format(.screenCountdown, whole / 60, String(format: "%02d", whole % 60))
        if notice { text += "   " + localizer[.screenCtrlCNotice] }
        FileHandle.standardOutput.write(Data("\u{1B}7\u{1B}[1A\r\u{1B}[2K\(text)\u{1B}8".utf8))
    }
}
