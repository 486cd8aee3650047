import Crypto
import Foundation

/// The append-only record of one candidate run: one JSON line per event, flushed to disk
/// (`fsync`) before the next prompt is shown, so a killed terminal loses at most the line being typed.
///
/// Each line carries the HMAC-SHA256 (with the organisation key) of the line before it, so a
/// removed or edited line breaks the chain, and nobody without the key can rewrite a line and
/// recompute the chain after it: a plain SHA-256 chain could be recomputed by anyone who can edit
/// the file, and a rewritten paused run would then resume and be signed. The signed result names
/// the last chain value, tying the result to this exact log. The key itself is never written.
///
/// Logs from before the keyed chain (lines without `"chain":"hmac-sha256"`) cannot be checked
/// against the key, so they are reported as a problem: such a run can be read but not resumed.
///
/// ```swift
/// let log = try AuditLog.open(at: url, key: key)
/// try log.append(run.acknowledgeNotice(at: now))
/// let events = try AuditLog.read(at: url, key: key).events
/// ```
public final class AuditLog: @unchecked Sendable {
    // @unchecked: the file descriptor is only used from the thread that runs the screen.
    public let url: URL
    private let descriptor: Int32
    private let key: OrgKey
    public private(set) var lastHash: String
    public private(set) var lineCount: Int

    struct Line: Codable {
        var seq: Int
        var prev: String
        /// How `prev` was computed; nil on logs written before the chain was keyed.
        var chain: String?
        var event: ScreenEvent
    }

    /// The `chain` marker of lines whose `prev` is an HMAC-SHA256 with the organisation key.
    public static let chainAlgorithm = "hmac-sha256"

    public static let genesisHash = String(repeating: "0", count: 64)

    private init(url: URL, descriptor: Int32, key: OrgKey, lastHash: String, lineCount: Int) {
        self.url = url
        self.descriptor = descriptor
        self.key = key
        self.lastHash = lastHash
        self.lineCount = lineCount
    }

    deinit { close(descriptor) }

    /// Opens (creating if needed) a log for appending; an existing log is read first to continue its
    /// chain, and refused unless every line verifies with `key` (so a rewritten run never resumes).
    public static func open(at url: URL, key: OrgKey) throws(ScreenError) -> AuditLog {
        let existing = FileManager.default.fileExists(atPath: url.path) ? try read(at: url, key: key) : Contents(events: [], lastHash: genesisHash, lines: 0, problems: [], validBytes: 0, fileBytes: 0)
        // A torn last line (the process died mid-write) is cut off so the next line starts cleanly.
        if existing.validBytes < existing.fileBytes, truncate(url.path, off_t(existing.validBytes)) != 0 {
            throw ScreenError(code: "audit-log-unwritable", "cannot repair the torn last line of \(url.path)", context: ["path": url.path])
        }
        if let problem = existing.problems.first {
            throw ScreenError(code: "audit-log-damaged",
                              "the audit log \(url.path) does not verify with the organisation key: \(problem). The run cannot be continued; keep the file for review and ask whoever runs hotseat for your organisation",
                              context: ["path": url.path])
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
        return AuditLog(url: url, descriptor: fd, key: key, lastHash: existing.lastHash, lineCount: existing.lines)
    }

    public func append(_ events: [ScreenEvent]) throws(ScreenError) {
        for event in events { try append(event) }
    }

    public func append(_ event: ScreenEvent) throws(ScreenError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard var data = try? encoder.encode(Line(seq: lineCount + 1, prev: lastHash, chain: Self.chainAlgorithm, event: event)) else {
            throw ScreenError(code: "audit-encode", "cannot encode an audit event")
        }
        let hash = Self.chainValue(data, key: key)
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

    /// Reads a log and checks its keyed chain: a line that was edited, removed or added, even with the
    /// chain recomputed, is a problem unless it was done with the organisation key. A last line without its newline (the process died while
    /// writing it) is dropped: it was never acknowledged, so the prompt it answered is shown again.
    public static func read(at url: URL, key: OrgKey) throws(ScreenError) -> Contents {
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
            if line.chain != chainAlgorithm {
                contents.problems.append("line \(number) was written by an older hotseat with an unkeyed chain, so it cannot be checked against the organisation key")
            } else if line.prev != contents.lastHash || line.seq != number {
                contents.problems.append(number == 1
                    ? "line 1 is not the start of a log (the first line was removed or changed, or the log was written with another organisation key)"
                    : "line \(number) does not follow line \(number - 1) (a line was removed, added or changed, or the log was written with another organisation key)")
            }
            contents.events.append(line.event)
            contents.lastHash = chainValue(Data(raw), key: key)
            contents.lines = number
        }
        return contents
    }

    /// HMAC-SHA256 of one line's bytes with the organisation key, as hex.
    static func chainValue(_ data: Data, key: OrgKey) -> String {
        key.authenticationCode(for: data).hex
    }
}
