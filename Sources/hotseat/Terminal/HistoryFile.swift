import Foundation

/// Where readline history lives: `$XDG_STATE_HOME/hotseat/history`, by default
/// `~/.local/state/hotseat/history`, mode 0600 (replies can be personal). `HOTSEAT_HISTORY`
/// names another file; `/dev/null` turns history off.
struct HistoryFile {
    /// nil when history is off.
    let url: URL?

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let explicit = environment["HOTSEAT_HISTORY"], !explicit.isEmpty {
            url = explicit == "/dev/null" ? nil : URL(fileURLWithPath: explicit)
        } else {
            url = StateDirectory(environment: environment).url.appendingPathComponent("history")
        }
    }

    /// Creates the folder (0700) and the file (0600) so readline never writes a world-readable one.
    func prepare() -> Bool {
        guard let url else { return false }
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                                   attributes: [.posixPermissions: 0o700])
            if !fm.fileExists(atPath: url.path) {
                guard fm.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]) else { return false }
            }
            try fm.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
            return true
        } catch {
            return false
        }
    }

    /// Empties the file in place (keeping its 0600 mode): `hotseat forget` uses it, since lines
    /// carry no name and the only honest way to erase one person's replies is to erase them all.
    /// True when there is nothing left (no file counts as cleared).
    func clear() -> Bool {
        guard let url else { return true }
        guard FileManager.default.fileExists(atPath: url.path) else { return true }
        return truncate(url.path, 0) == 0
    }
}

/// `$XDG_STATE_HOME/hotseat`, by default `~/.local/state/hotseat`.
struct StateDirectory {
    let url: URL

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            url = URL(fileURLWithPath: state).appendingPathComponent("hotseat")
        } else {
            let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
            url = home.appendingPathComponent(".local/state/hotseat")
        }
    }
}
