import Dispatch
import Foundation

/// Catches Ctrl-C during a screen: the run records it and carries on, so a turn cannot be restarted
/// (or its timer reset) by interrupting. The times are drained by the terminal loop into the audit log.
final class InterruptRecorder: @unchecked Sendable {
    // @unchecked: `times` is only touched under `lock`.
    private let lock = NSLock()
    private var times: [Double] = []
    private var source: DispatchSourceSignal?

    func install(message: String) {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: DispatchQueue(label: "hotseat.screen.interrupts"))
        source.setEventHandler { [weak self] in
            guard let self else { return }
            self.lock.lock()
            self.times.append(Date().timeIntervalSince1970)
            self.lock.unlock()
            FileHandle.standardError.write(Data("\n\(message)\n".utf8))
        }
        source.resume()
        self.source = source
    }

    func drain() -> [Double] {
        lock.lock()
        defer { lock.unlock() }
        let drained = times
        times = []
        return drained
    }
}
