import Foundation

/// Counts Ctrl-C (and Ctrl-\) presses during a screen, from a plain signal handler (no restart flag, so a
/// waiting `poll` wakes up). The run records each press and carries on, so a turn cannot be
/// restarted (or its timer reset) by interrupting.
///
/// The handler writes nothing: a message written from it landed on a line of its own that the
/// countdown overwrote within a second. `TimedLineReader` shows the notice on the countdown line
/// instead, for a few seconds, and `ScreenTerminalMode` sets NOFLSH so the kernel keeps the
/// half-typed line when the signal is raised.
nonisolated(unsafe) private var pendingInterrupts: sig_atomic_t = 0
nonisolated(unsafe) private var totalInterrupts: sig_atomic_t = 0

final class InterruptRecorder: @unchecked Sendable {
    // @unchecked: the counters are sig_atomic_t written only by the handler and read on the main thread.

    func install() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            pendingInterrupts += 1
            totalInterrupts += 1
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
        // Ctrl-\ is an attempt to interrupt too; its default would end the screen with a core dump.
        sigaction(SIGQUIT, &action, nil)
    }

    /// Times of presses already noticed by the reader, waiting to be logged (main thread only).
    private var noticed: [Double] = []

    /// Stamps the presses that came in since the last call with the time now. The reader calls it
    /// each time its wait wakes (a signal ends the wait at once), so a press is logged at the time
    /// it happened, not when the reply it interrupted is finally sent.
    func notice() {
        let count = Int(pendingInterrupts)
        guard count > 0 else { return }
        pendingInterrupts = 0
        noticed += Array(repeating: Date().timeIntervalSince1970, count: count)
    }

    /// Every press since the screen started (never reset), so the reader can tell a new one came in.
    var total: Int { Int(totalInterrupts) }

    /// One timestamp per press since the last call: when the reader noticed it, or now.
    func drain() -> [Double] {
        notice()
        defer { noticed = [] }
        return noticed
    }
}
