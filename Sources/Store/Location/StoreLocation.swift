import Foundation

/// Where the store file lives: `--store PATH`, else `HOTSEAT_STORE`, else
/// `$XDG_DATA_HOME/hotseat/hotseat.sqlite` (`~/.local/share/hotseat/hotseat.sqlite`).
///
/// ```swift
/// let location = try StoreLocation.resolve(option: nil, environment: ProcessInfo.processInfo.environment)
/// location.url.path   // "/home/ingrid/.local/share/hotseat/hotseat.sqlite"
/// ```
public struct StoreLocation: Sendable, Equatable {
    public enum Source: String, Sendable { case option, environment, xdgDefault = "default" }

    public var url: URL
    public var source: Source

    public init(url: URL, source: Source) {
        self.url = url
        self.source = source
    }

    public static func resolve(option: String?, environment: [String: String]) throws(StoreError) -> StoreLocation {
        if let option, !option.isEmpty {
            return StoreLocation(url: URL(fileURLWithPath: expandTilde(option, environment)), source: .option)
        }
        if let fromEnvironment = environment["HOTSEAT_STORE"], !fromEnvironment.isEmpty {
            return StoreLocation(url: URL(fileURLWithPath: expandTilde(fromEnvironment, environment)), source: .environment)
        }
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else if let home = environment["HOME"], !home.isEmpty {
            dataHome = home + "/.local/share"
        } else {
            throw StoreError(.noHome, "cannot tell where to keep the store: neither XDG_DATA_HOME nor HOME is set",
                             fix: "pass --store PATH or set HOTSEAT_STORE")
        }
        return StoreLocation(url: URL(fileURLWithPath: dataHome + "/hotseat/hotseat.sqlite"), source: .xdgDefault)
    }

    private static func expandTilde(_ path: String, _ environment: [String: String]) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = environment["HOME"] else { return path }
        return home + path.dropFirst()
    }
}
