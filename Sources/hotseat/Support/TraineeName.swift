import Foundation
import HotseatCore

/// Remembers the trainee's name in `$XDG_CONFIG_HOME/hotseat/trainee` (default
/// `~/.config/hotseat/trainee`), so the home screen asks only once.
struct TraineeName {
    let url: URL

    /// `file`: another remembered setting in the same folder (`language`, for instance).
    init(environment: [String: String] = ProcessInfo.processInfo.environment, file: String = "trainee") {
        let base: URL
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            base = URL(fileURLWithPath: config)
        } else {
            let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
            base = home.appendingPathComponent(".config")
        }
        url = base.appendingPathComponent("hotseat").appendingPathComponent(file)
    }

    func load() -> String? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        let name = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return name.isEmpty ? nil : name
    }

    func save(_ name: String) {
        let fm = FileManager.default
        try? fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                                attributes: [.posixPermissions: 0o700])
        _ = fm.createFile(atPath: url.path, contents: Data((name + "\n").utf8), attributes: [.posixPermissions: 0o600])
    }
}

/// The language last chosen with `:lang` on the home screen, in `$XDG_CONFIG_HOME/hotseat/language`:
/// the next home screen opens in it when no `--lang` is given.
struct RememberedLanguage {
    private let file: TraineeName

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        file = TraineeName(environment: environment, file: "language")
    }

    func load() -> Language? { file.load().flatMap(Language.init(rawValue:)) }

    func save(_ language: Language) { file.save(language.rawValue) }
}
