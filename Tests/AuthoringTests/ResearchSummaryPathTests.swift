import Foundation
import Testing

/// Every coaching line cites "service-recovery.md §N", so the summary ships in the repository
/// (docs/service-recovery.md) and every place that gives its path points at a file a fresh clone has.
@Suite struct ResearchSummaryPathTests {
    static let root = GuideCoverageTests.root

    /// README.md and every .md/.yaml under docs/, scoring/ and scenarios/.
    static func files() -> [URL] {
        var urls = [root.appendingPathComponent("README.md")]
        for folder in ["docs", "scoring", "scenarios"] {
            let enumerator = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                if ["md", "yaml"].contains(url.pathExtension) { urls.append(url) }
            }
        }
        return urls
    }

    @Test func theSummaryIsInTheRepository() throws {
        let summary = try String(contentsOf: Self.root.appendingPathComponent("docs/service-recovery.md"), encoding: .utf8)
        #expect(summary.contains("## 1. When a failure can end in more loyalty"))
    }

    @Test func everyPathToTheSummaryResolvesFromItsFile() throws {
        var paths = 0
        for file in Self.files() {
            let text = try String(contentsOf: file, encoding: .utf8)
            // A path is a run of path characters ending in the file name: `../docs/service-recovery.md`.
            for match in text.matches(of: /[A-Za-z0-9_.\/-]*\/service-recovery\.md/) {
                paths += 1
                let target = file.deletingLastPathComponent().appendingPathComponent(String(match.output)).standardizedFileURL
                let relativeToRoot = Self.root.appendingPathComponent(String(match.output)).standardizedFileURL
                // README and docs may name it from the repository root, as the Swift comments do. It must
                // be inside the repository: a copy beside the checkout is not there in a fresh clone.
                let inside = Self.root.standardizedFileURL.path + "/"
                let found = [target, relativeToRoot].contains { $0.path.hasPrefix(inside) && FileManager.default.fileExists(atPath: $0.path) }
                #expect(found, "\(file.lastPathComponent): \(match.output) does not exist")
            }
        }
        #expect(paths >= 4, "README, scoring/README, scoring/rubric.yaml and the calibration README give the path")
    }
}
