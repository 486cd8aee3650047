import Crypto
import Foundation

/// SHA-256 of every file a run's scores depend on: the pack, each SJT item and scenario it uses,
/// and the rubric's scoring files. Recorded when a run starts, so a hiring manager can see
/// whether two candidates were scored against the same content (a pack's `version` is bumped by
/// hand; a hash changes with any edit).
///
/// ```swift
/// let hashes = ContentHashes.compute(content: content, scoringDirectory: scoring, root: root)
/// hashes["scenarios/screens/call-centre-basic.yaml"]   // "3f9a…"
/// ```
public enum ContentHashes {
    public static func compute(content: ScreenContent, scoringDirectory: URL, root: URL) -> [String: String] {
        var files = [content.pack.file] + content.items.values.map(\.file) + content.scenarios.values.map(\.file)
        let scoring = (try? FileManager.default.contentsOfDirectory(atPath: scoringDirectory.path)) ?? []
        files += scoring.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.map { scoringDirectory.appendingPathComponent($0).path }
        var hashes: [String: String] = [:]
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            hashes[relative(file, to: root)] = SHA256.hash(data: data).hex
        }
        return hashes
    }

    /// One short digest of a whole set, to tell sets apart in a report.
    public static func digest(_ hashes: [String: String]) -> String {
        let text = hashes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "\n")
        return String(SHA256.hash(data: Data(text.utf8)).hex.prefix(12))
    }

    static func relative(_ path: String, to root: URL) -> String {
        let base = root.standardizedFileURL.path + "/"
        let full = URL(fileURLWithPath: path).standardizedFileURL.path
        return full.hasPrefix(base) ? String(full.dropFirst(base.count)) : full
    }
}
