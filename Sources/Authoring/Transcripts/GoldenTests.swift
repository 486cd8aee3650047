import Foundation
import HotseatCore
import Scenarios

/// `hotseat test`: loads every transcript file, checks it, and plays each transcript.
///
/// ```swift
/// let report = GoldenTests.run(paths: [URL(fileURLWithPath: "scenarios/tests")], catalog: catalog, engine: engine)
/// print(report.text())   // PASS … / FAIL … with the diff, then "12 files, 36 transcripts, 36 passed, 0 failed"
/// ```
public enum GoldenTests {
    public static func run(paths: [URL], catalog: ScenarioCatalog, engine: any ReplyScoring) -> TestReport {
        let files = TranscriptLoader.files(in: paths)
        var diagnostics: [Diagnostic] = []
        var runs: [TranscriptRun] = []
        let runner = TranscriptRunner(catalog: catalog, engine: engine)
        for url in files {
            let result = TranscriptLoader.load(fileAt: url)
            diagnostics += result.diagnostics
            guard let file = result.transcripts else { continue }
            let problems = TranscriptChecks.diagnostics(for: file, catalog: catalog)
            diagnostics += problems
            // A transcript whose scenario is missing still gets a FAIL line, so it is never silently skipped.
            runs += runner.run(file)
        }
        return TestReport(runs: runs, diagnostics: diagnostics, fileCount: files.count)
    }

    /// Where to look for transcripts in the paths a person named: a scenario folder (one that
    /// holds a `tests/` folder, like `scenarios/`) means its `tests/`, so its scenario files are
    /// not read as transcripts. Anything else is kept as given.
    ///
    /// ```swift
    /// GoldenTests.transcriptPaths(forExplicit: [URL(fileURLWithPath: "my-scenarios")])   // [my-scenarios/tests]
    /// ```
    public static func transcriptPaths(forExplicit paths: [URL]) -> [URL] {
        paths.map { url in
            guard url.standardizedFileURL.lastPathComponent != "tests" else { return url }
            let tests = url.appendingPathComponent("tests")
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: tests.path, isDirectory: &isDirectory), isDirectory.boolValue else { return url }
            return tests
        }
    }

    /// A file whose top level has a scenario's `beats` (and no transcripts).
    static func isScenario(_ url: URL) -> Bool {
        guard let root = try? SafeYAML.load(fileAt: url, displayPath: url.path), case .mapping(let map) = root else { return false }
        let keys = Set(map.keys.compactMap(\.string))
        return keys.contains("beats") && !keys.contains("transcripts")
    }

    /// Paths a person named on the command line that cannot be what they meant: a CI job with a
    /// mistyped path must fail, not report "0 transcripts, 0 failed" and pass.
    public static func problems(withExplicitPaths paths: [URL]) -> [Diagnostic] {
        paths.compactMap { url in
            let shown = DisplayPath.of(url)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
                return Diagnostic(.error, code: "missing-path", "'\(shown)' does not exist", at: nil,
                                  fix: "check the path; with no paths, `hotseat test` runs every scenario folder's tests/")
            }
            if !isDirectory.boolValue {
                guard isScenario(url) else { return nil }
                let tests = url.deletingLastPathComponent().appendingPathComponent("tests").appendingPathComponent(url.lastPathComponent)
                let fix = FileManager.default.fileExists(atPath: tests.path)
                    ? "its transcripts are in \(DisplayPath.of(tests)): hotseat test \(DisplayPath.of(tests))"
                    : "its golden transcripts go in \(DisplayPath.of(tests)); see docs/authoring.md §6"
                return Diagnostic(.error, code: "not-transcripts", "'\(shown)' is a scenario, not a transcript file", at: nil, fix: fix)
            }
            let files = TranscriptLoader.files(in: [url])
            if !files.isEmpty, files.allSatisfy(isScenario) {
                return Diagnostic(.error, code: "no-transcripts", "'\(shown)' holds scenarios but no tests/ folder", at: nil,
                                  fix: "add golden transcripts in \(DisplayPath.of(url.appendingPathComponent("tests")))/; see docs/authoring.md §6")
            }
            guard files.isEmpty else { return nil }
            return Diagnostic(.error, code: "no-transcripts", "'\(shown)' holds no transcript files (*.yaml)", at: nil,
                              fix: "name a transcript file or a tests/ folder, e.g. scenarios/tests")
        }
    }
}
