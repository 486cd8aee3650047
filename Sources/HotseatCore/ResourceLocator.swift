import Foundation

/// Finds the shipped `scenarios/` and `scoring/` folders.
///
/// Order: an explicit path, then `HOTSEAT_SCENARIOS` / `HOTSEAT_SCORING` (for scenarios the
/// environment folder is *added* to the shipped ones), then the first ancestor of the working
/// directory or of the executable that holds both folders.
///
/// ```swift
/// let home = ResourceLocator(environment: ProcessInfo.processInfo.environment)
/// let scoring = try home.scoringDirectory()
/// ```
public struct ResourceLocator: Sendable {
    public var environment: [String: String]
    public var workingDirectory: URL
    public var executable: URL?

    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        executable: URL? = Bundle.main.executableURL
    ) {
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.executable = executable
    }

    public struct NotFound: Error, CustomStringConvertible, Sendable {
        public var folder: String
        public var description: String {
            "cannot find the '\(folder)' folder: run hotseat from the Hotseat checkout, or set HOTSEAT_ROOT to the folder that holds scenarios/ and scoring/"
        }
    }

    /// The checkout (or install prefix) that holds `scenarios/` and `scoring/`.
    public func root() throws(NotFound) -> URL {
        if let explicit = environment["HOTSEAT_ROOT"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit)
        }
        let starts = [workingDirectory, executable?.deletingLastPathComponent()].compactMap { $0 }
        for start in starts {
            var dir = start.standardizedFileURL
            for _ in 0..<12 {
                if Self.holdsResources(dir) { return dir }
                let parent = dir.deletingLastPathComponent()
                if parent.path == dir.path { break }
                dir = parent
            }
        }
        throw NotFound(folder: "scenarios")
    }

    public func scoringDirectory() throws(NotFound) -> URL {
        if let dir = environment["HOTSEAT_SCORING"], !dir.isEmpty { return URL(fileURLWithPath: dir) }
        return try root().appendingPathComponent("scoring")
    }

    /// The shipped scenarios folder plus `HOTSEAT_SCENARIOS`, if set.
    public func scenarioDirectories() throws(NotFound) -> [URL] {
        var dirs = [try root().appendingPathComponent("scenarios")]
        if let extra = environment["HOTSEAT_SCENARIOS"], !extra.isEmpty {
            dirs.append(contentsOf: extra.split(separator: ":").map { URL(fileURLWithPath: String($0)) })
        }
        // A folder named twice (HOTSEAT_SCENARIOS=scenarios, or a symlink to it) is one folder: read
        // twice, each of its scenarios would clash with itself and each transcript would run twice.
        return dirs.removingSameFiles()
    }

    static func holdsResources(_ dir: URL) -> Bool {
        var isDir: ObjCBool = false
        let fm = FileManager.default
        return fm.fileExists(atPath: dir.appendingPathComponent("scenarios").path, isDirectory: &isDir) && isDir.boolValue
            && fm.fileExists(atPath: dir.appendingPathComponent("scoring").path, isDirectory: &isDir) && isDir.boolValue
    }
}
