import Foundation

extension URL {
    /// The path this file or folder really is (`.` and `..` removed, symlinks followed): two URLs
    /// with the same one name the same file, however they were written.
    ///
    /// ```swift
    /// URL(fileURLWithPath: "scenarios/../scenarios/ski-lift.yaml").resolvedFilePath   // "/…/scenarios/ski-lift.yaml"
    /// ```
    public var resolvedFilePath: String { standardizedFileURL.resolvingSymlinksInPath().path }
}

extension Array where Element == URL {
    /// Each file or folder once, in first-seen order: one named twice (a folder in `HOTSEAT_SCENARIOS`
    /// that is also the shipped one, a path and its symlink) would otherwise be read twice.
    public func removingSameFiles() -> [URL] {
        var seen = Set<String>()
        return filter { seen.insert($0.resolvedFilePath).inserted }
    }
}
