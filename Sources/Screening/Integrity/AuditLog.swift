import Crypto
import Foundation

/// The append-only record of one candidate run: one JSON line per event, flushed to disk
/// (`fsync`) before the next prompt is shown, so a killed terminal loses at most the line being typed.
///
/// Each line carries the SHA-256 of the line before it, so a removed or edited line breaks the
/// chain; the signed result names the last hash, tying the result to this exact log.
///
/// ```swift
/// let log = try AuditLog.open(at: url)
/// try log.append(run.acknowledgeNotice(at: now))
/// let events = try AuditLog.read(at: url).events
/// ```
public final class AuditLog: @unchecked Sendable {
    // @unchecked: the file descriptor is only used from the thread that runs the screen.
    public let url: URL
    private let descriptor: Int32
    public private(set) var lastHash: String
    public private(set) var lineCount: Int

    struct Line: Codable {
        var seq: Int
        var prev: String
        var event: ScreenEvent
    }

    public static let genesisHash = String(repeating: "0", count: 64)

    private init(url: URL, descriptor: Int32, lastHash: String, lineCount: Int) {
        self.url = url
        self.descriptor = descriptor
        self.lastHash = lastHash
        self.lineCount = lineCount
    }

    deinit { close(descriptor) }

    /// Opens (creating if needed) a log for appending; an existing log is read first to continue its chain.
    public static func open(at url: URL) throws(ScreenError) -> AuditLog {
        let existing = FileManager.default.fileExists(atPath: url.path) ? try read(at: url) : Contents(events: [], lastHash: genesisHash, lines: 0, problems: [], validBytes: 0, fileBytes: 0)
        // A torn last line (the process died mid-write) is cut off so the next line starts cleanly.
        if existing.validBytes < existing.fileBytes, truncate(url.path, off_t(existing.validBytes)) != 0 {
            throw ScreenError(code: "audit-log-unwritable", "cannot repair the torn last line of \(url.path)", context: ["path": url.path])
        }
        if let problem = existing.problems.first {
            throw ScreenError(code: "audit-log-damaged", "the audit log \(url.path) is damaged: \(problem)", context: ["path": url.path])
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw ScreenError(code: "audit-log-unwritable", "cannot create the folder for \(url.path)", context: ["path": url.path])
        }
        let fd = Foundation.open(url.path, O_WRONLY | O_APPEND | O_CREAT, 0o600)
        guard fd >= 0 else {
            throw ScreenError(code: "audit-log-unwritable", "cannot open the audit log \(url.path) for appending", context: ["path": url.path])
        }
        return AuditLog(url: url, descriptor: fd, lastHash: existing.lastHash, lineCount: existing.lines)
    }

    public func append(_ events: [ScreenEvent]) throws(ScreenError) {
        for event in events { try append(event) }
    }

    public func append(_ event: ScreenEvent) throws(ScreenError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var data = try? encoder.encode(Line(seq: lineCount + 1, prev: lastHash, event: event)) else {
            throw ScreenError(code: "audit-encode", "cannot encode an audit event")
        }
        let hash = Self.hash(data)
        data.append(0x0A)
        let written = data.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == data.count, fsync(descriptor) == 0 else {
            throw ScreenError(code: "audit-log-write", "could not write the audit log \(url.path) to disk", context: ["path": url.path])
        }
        lastHash = hash
        lineCount += 1
    }

    public struct Contents: Sendable {
        public var events: [ScreenEvent]
        public var lastHash: String
        public var lines: Int
        /// A broken chain or an unreadable line, described for a person.
        public var problems: [String]
        /// Bytes up to the end of the last complete line, and the file's size.
        public var validBytes: Int
        public var fileBytes: Int
    }

    /// Reads a log and checks its chain. A last line without its newline (the process died while
    /// writing it) is dropped: it was never acknowledged, so the prompt it answered is shown again.
    public static func read(at url: URL) throws(ScreenError) -> Contents {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ScreenError(code: "audit-log-unreadable", "cannot read the audit log \(url.path)", context: ["path": url.path])
        }
        var contents = Contents(events: [], lastHash: genesisHash, lines: 0, problems: [],
                                validBytes: (data.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0, fileBytes: data.count)
        var lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
        if let last = lines.last, !last.isEmpty { lines.removeLast() } // torn write
        for raw in lines where !raw.isEmpty {
            let number = contents.lines + 1
            guard let line = try? JSONDecoder().decode(Line.self, from: Data(raw)) else {
                contents.problems.append("line \(number) cannot be read")
                break
            }
            if line.prev != contents.lastHash || line.seq != number {
                contents.problems.append("line \(number) does not follow line \(number - 1) (a line was removed, added or changed)")
            }
            contents.events.append(line.event)
            contents.lastHash = hash(Data(raw))
            contents.lines = number
        }
        return contents
    }

    static func hash(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
