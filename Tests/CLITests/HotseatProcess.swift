import Foundation

/// Runs the built `hotseat` binary the way a user would, with a private HOME so that the
/// trainee name and history of the person running the tests are never touched.
struct HotseatProcess {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Next to the test bundle (swift test), else .build/debug.
    static let binary: URL = {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let bundle = Bundle.main.executableURL?.deletingLastPathComponent() {
            candidates.append(bundle.appendingPathComponent("hotseat"))
            candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("hotseat"))
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/hotseat"))
        return candidates.first { fm.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    static func temporaryHome() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hotseat-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func environment(home: URL, extra: [String: String] = [:]) -> [String: String] {
        var env = ["HOME": home.path, "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
                   "HOTSEAT_ROOT": packageRoot.path, "LANG": "C.UTF-8", "TERM": "xterm-256color"]
        env.merge(extra) { _, new in new }
        return env
    }

    static func run(_ arguments: [String], input: Data = Data(), extraEnvironment: [String: String] = [:]) throws -> Output {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment(home: temporaryHome(), extra: extraEnvironment)
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Write and read concurrently so a large input or output cannot dead-lock the pipes.
        let writer = Thread {
            stdin.fileHandleForWriting.write(input)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let errData = ErrorCollector(stderr.fileHandleForReading)
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData.wait(), as: UTF8.self))
    }

    static func run(_ arguments: [String], lines: [String], extraEnvironment: [String: String] = [:]) throws -> Output {
        try run(arguments, input: Data((lines.joined(separator: "\n") + "\n").utf8), extraEnvironment: extraEnvironment)
    }
}

/// Reads a pipe to its end on another thread.
final class ErrorCollector: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread {
            self.data = handle.readDataToEndOfFile()
            self.done.signal()
        }.start()
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
