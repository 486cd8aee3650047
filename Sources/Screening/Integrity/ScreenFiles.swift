import Foundation

/// Where a candidate run's audit log and signed result live.
///
/// `<base>/<pack>/<candidate>.audit.jsonl` and `<base>/<pack>/<candidate>.result.json`, with
/// `<base>` from `HOTSEAT_SCREEN_DIR`, else `$HOTSEAT_HOME/screens`, else `~/.hotseat/screens`.
/// Folders are created owner-only: results are personal data.
///
/// ```swift
/// let files = try ScreenFiles(environment: ProcessInfo.processInfo.environment)
/// files.auditLog(candidate: "c-017", pack: "call-centre-basic").path
/// ```
public struct ScreenFiles: Sendable {
    public var base: URL

    public init(base: URL) { self.base = base }

    public init(environment: [String: String]) {
        if let dir = environment["HOTSEAT_SCREEN_DIR"], !dir.isEmpty {
            base = URL(fileURLWithPath: dir)
        } else if let home = environment["HOTSEAT_HOME"], !home.isEmpty {
            base = URL(fileURLWithPath: home).appendingPathComponent("screens")
        } else {
            // $HOME first, as for the store and the history: the passwd entry ignores a HOME set for a sandbox or a test.
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
            base = home.appendingPathComponent(".hotseat/screens")
        }
    }

    /// Candidate ids become file names, so only a safe alphabet is accepted (no `/`, no `..`).
    public static func checkCandidateID(_ id: String) throws(ScreenError) {
        let allowed = id.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) && $0.isASCII || "-_.".unicodeScalars.contains($0) }
        guard !id.isEmpty, id.count <= 64, allowed, !id.hasPrefix(".") else {
            throw ScreenError(code: "bad-candidate-id", "candidate id '\(id)' must be 1–64 characters of A–Z, a–z, 0–9, '-', '_' or '.', not starting with '.'",
                              context: ["candidate": id])
        }
    }

    public func auditLog(candidate: String, pack: String) -> URL {
        base.appendingPathComponent(pack).appendingPathComponent("\(candidate).audit.jsonl")
    }

    public func result(candidate: String, pack: String) -> URL {
        base.appendingPathComponent(pack).appendingPathComponent("\(candidate).result.json")
    }

    /// Every signed result for a pack, sorted by file name.
    public func results(pack: String) -> [URL] {
        let dir = base.appendingPathComponent(pack)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".result.json") }.sorted().map { dir.appendingPathComponent($0) }
    }

    /// The packs a candidate has a result or an audit log for.
    public func packs(candidate: String) -> [String] {
        let packs = (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []
        return packs.sorted().filter {
            let fm = FileManager.default
            return fm.fileExists(atPath: result(candidate: candidate, pack: $0).path) || fm.fileExists(atPath: auditLog(candidate: candidate, pack: $0).path)
        }
    }

    /// Every audit log and signed result of a candidate, in every pack, that exists; empty for a
    /// name that cannot be a candidate id (it could not have named a file here).
    public func files(candidate: String) -> [URL] {
        guard (try? Self.checkCandidateID(candidate)) != nil else { return [] }
        return packs(candidate: candidate).flatMap { pack in
            [auditLog(candidate: candidate, pack: pack), result(candidate: candidate, pack: pack)]
                .filter { FileManager.default.fileExists(atPath: $0.path) }
        }
    }

    /// Writes a result atomically and owner-only.
    public func write(_ data: Data, to url: URL) throws(ScreenError) {
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            try data.write(to: url, options: .atomic)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
        } catch {
            throw ScreenError(code: "result-unwritable", "cannot write the result \(url.path)", context: ["path": url.path])
        }
    }
}
