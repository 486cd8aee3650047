import Foundation

/// Counts Ctrl-C presses during a screen, from a plain signal handler (no restart flag, so a
/// waiting `poll` wakes up). The run records each press and carries on, so a turn cannot be
/// restarted (or its timer reset) by interrupting.
nonisolated(unsafe) private var pendingInterrupts: sig_atomic_t = 0
nonisolated(unsafe) private var interruptMessage: [UInt8] = []

final class InterruptRecorder: @unchecked Sendable {
    // @unchecked: the counter is a sig_atomic_t written only by the handler and read on the main thread.

    func install(message: String) {
        interruptMessage = Array("\n\(message)\n".utf8)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            pendingInterrupts += 1
            // write(2) is async-signal-safe; the message buffer is set before the handler is installed.
            interruptMessage.withUnsafeBufferPointer { _ = write(STDERR_FILENO, $0.baseAddress, $0.count) }
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// One timestamp per press since the last call (the time of draining, within a second of the press).
    func drain() -> [Double] {
        let count = Int(pendingInterrupts)
        guard count > 0 else { return [] }
        pendingInterrupts = 0
        return Array(repeating: Date().timeIntervalSince1970, count: count)
    }
}
