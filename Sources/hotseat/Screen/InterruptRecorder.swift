import Foundation

/// Counts Ctrl-C presses during a screen, from a plain signal handler (no restart flag, so a
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
    }

    /// Every press since the screen started (never reset), so the reader can tell a new one came in.
    var total: Int { Int(totalInterrupts) }

    /// One timestamp per press since the last call (the time of draining, within a second of the press).
    func drain() -> [Double] {
        let count = Int(pendingInterrupts)
        guard count > 0 else { return [] }
        pendingInterrupts = 0
        return Array(repeating: Date().timeIntervalSince1970, count: count)
    }
}
