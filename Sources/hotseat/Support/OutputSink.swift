import Foundation

/// Where a report goes: standard output, or `-o FILE`. File output is gathered and written once,
/// atomically, so a failed run never leaves half a report behind.
final class OutputSink {
    let path: String?
    private var buffer = Data()

    init(path: String?) { self.path = path }

    func emit(_ text: String, terminator: String = "\n") {
        let data = Data((text + terminator).utf8)
        if path == nil { FileHandle.standardOutput.write(data) } else { buffer.append(data) }
    }

    /// Writes the gathered report to the file; on failure one clear line and exit status 1.
    func finish() {
        guard let path, !buffer.isEmpty else { return }
        do {
            try buffer.write(to: URL(fileURLWithPath: path), options: .atomic)
            // Reports quote what people said (a candidate's answers, a trainee's replies): readable by
            // their owner only, like the screen results they come from.
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        } catch {
            Console.error("cannot write the report to \(path): \(error.localizedDescription) (check that the folder exists and you may write there)")
            exit(1)
        }
    }
}
