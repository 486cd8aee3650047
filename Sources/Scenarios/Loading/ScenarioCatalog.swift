import Foundation
import HotseatCore

/// A scenario file that cannot be played, with everything wrong in it.
public struct BrokenScenario: Sendable, Equatable {
    public var file: String
    public var diagnostics: [Diagnostic]

    public init(file: String, diagnostics: [Diagnostic]) {
        self.file = file
        self.diagnostics = diagnostics
    }
}

/// Every scenario in some folders: the playable ones, and the broken ones listed apart so that
/// one trainer's typo never takes the drill down for everyone else.
///
/// ```swift
/// let catalog = ScenarioCatalog.load(directories: try ResourceLocator().scenarioDirectories())
/// catalog.scenarios.map(\.id)          // ["bed-delivery", "ski-lift", …], sorted
/// catalog.broken.first?.diagnostics    // [scenarios/typo.yaml:12:5: error: unknown key `lien` in beat 'opening' (did you mean `line`?)]
/// ```
public struct ScenarioCatalog: Sendable {
    /// Playable scenarios, sorted by id.
    public var scenarios: [Scenario]
    /// Files with at least one error, in the order read.
    public var broken: [BrokenScenario]
    /// Every file read, with all its diagnostics (warnings of playable scenarios too).
    public var files: [ScenarioFileResult]

    public init(files: [ScenarioFileResult]) {
        self.files = files
        scenarios = files.compactMap(\.scenario).sorted { $0.id < $1.id }
        broken = files.filter { $0.scenario == nil }.map { BrokenScenario(file: $0.file, diagnostics: $0.diagnostics) }
    }

    public func scenario(id: String) -> Scenario? { scenarios.first { $0.id == id } }

    /// The broken file an id most likely means: the one named after it, so a scenario that does
    /// not load is reported as broken rather than as missing.
    public func brokenFile(named id: String) -> BrokenScenario? {
        broken.first { URL(fileURLWithPath: $0.file).deletingPathExtension().lastPathComponent == id }
    }

    /// All diagnostics of all files, in file order.
    public var diagnostics: [Diagnostic] { files.flatMap(\.diagnostics) }

    /// Loads every `*.yaml` / `*.yml` directly inside each folder (not `tests/` or `screens/`).
    /// A missing folder is reported as broken rather than thrown, for the same reason as a broken file.
    public static func load(directories: [URL], limits: SafeYAML.Limits = .default) -> ScenarioCatalog {
        var results: [ScenarioFileResult] = []
        var urls: [URL] = []
        for directory in directories {
            switch scenarioFiles(in: directory) {
            case .success(let files): urls.append(contentsOf: files)
            case .failure(let diagnostic): results.append(ScenarioFileResult(file: diagnostic.location?.file ?? directory.path, scenario: nil, diagnostics: [diagnostic]))
            }
        }
        return ScenarioCatalog(files: results + loadChecked(urls, limits: limits))
    }

    /// Loads the given files, checking ids across them.
    public static func load(files: [URL], limits: SafeYAML.Limits = .default) -> ScenarioCatalog {
        ScenarioCatalog(files: loadChecked(files, limits: limits))
    }

    /// The scenario files in a folder, sorted by name.
    public static func scenarioFiles(in directory: URL) -> Result<[URL], Diagnostic> {
        let path = DisplayPath.of(directory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            return .failure(Diagnostic(.error, code: "missing-folder", "the scenario folder does not exist",
                                       at: SourceLocation(file: path, line: 1, column: 1),
                                       fix: "check the path (and HOTSEAT_SCENARIOS, if set)"))
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
            return .failure(Diagnostic(.error, code: "unreadable-folder", "cannot list the scenario folder",
                                       at: SourceLocation(file: path, line: 1, column: 1), fix: "check that you may read it"))
        }
        return .success(names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .filter { !$0.hasPrefix(".") }
            .sorted()
            .map { directory.appendingPathComponent($0) })
    }

    /// Loads each file, then refuses a second file that reuses an id: the first one read keeps it.
    /// The files are parsed on all cores; the id check then goes through them in the given order.
    static func loadChecked(_ urls: [URL], limits: SafeYAML.Limits) -> [ScenarioFileResult] {
        var results: [ScenarioFileResult] = []
        var owners: [String: String] = [:]
        // A folder or file named twice (`HOTSEAT_SCENARIOS=scenarios`, a path and its symlink) is read once:
        // otherwise every scenario in it would be a duplicate of itself.
        let urls = urls.removingSameFiles()
        let loaded = Parallel.map(count: urls.count) { i in ScenarioLoader.load(fileAt: urls[i], limits: limits) }
        for var result in loaded {
            if let scenario = result.scenario {
                if let owner = owners[scenario.id] {
                    result.diagnostics.append(Diagnostic(.error, code: "duplicate-id", "scenario id '\(scenario.id)' is already used by \(owner)",
                                                         at: scenario.sources.id ?? SourceLocation(file: result.file, line: 1, column: 1),
                                                         fix: "give one of them another id (and file name)"))
                    result.scenario = nil
                } else {
                    owners[scenario.id] = result.file
                }
            }
            results.append(result)
        }
        return results
    }
}
