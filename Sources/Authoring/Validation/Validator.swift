import Foundation
import HotseatCore
import Scenarios

/// Checks scenarios (and, through `extraChecks`, other trainer files) and gathers one report.
public enum Validator {
    /// - Parameters:
    ///   - scenarioPaths: scenario files, or folders whose `*.yaml` files are scenarios.
    ///   - explorePaths: also walk every path of each playable scenario (`--paths`).
    ///   - extraChecks: files of other kinds already checked (rubrics, screen packs).
    ///   - otherScenarioFolders: folders whose scenarios are not validated but whose ids the validated
    ///     ones must not reuse (ids are unique across all folders: `play` skips the second one).
    public static func validate(scenarioPaths: [URL], explorePaths: Bool = false,
                                extraChecks: [ValidationReport.FileCheck] = [], otherScenarioFolders: [URL] = []) -> ValidationReport {
        var urls: [URL] = []
        var checks: [ValidationReport.FileCheck] = []
        for path in scenarioPaths {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory), isDirectory.boolValue {
                switch ScenarioCatalog.scenarioFiles(in: path) {
                case .success(let files):
                    urls.append(contentsOf: files)
                    let hasTests = FileManager.default.fileExists(atPath: path.appendingPathComponent("tests").path)
                    if files.isEmpty && !hasTests {
                        checks.append(.init(file: DisplayPath.of(path), kind: "scenario", id: nil, diagnostics: [
                            Diagnostic(.warning, code: "empty-folder", "this folder holds no scenario files (*.yaml)",
                                       at: SourceLocation(file: DisplayPath.of(path), line: 1, column: 1),
                                       fix: "check the path, or start one with `hotseat new scenario NAME --directory \(DisplayPath.of(path))`"),
                        ]))
                    }
                case .failure(let diagnostic):
                    checks.append(.init(file: DisplayPath.of(path), kind: "scenario", id: nil, diagnostics: [diagnostic]))
                }
            } else {
                urls.append(path)
            }
        }
        let catalog = ScenarioCatalog.load(files: urls)
        let owners = idsElsewhere(otherScenarioFolders, excluding: urls)
        var reports: [PathReport] = []
        for file in catalog.files {
            var diagnostics = file.diagnostics
            if let scenario = file.scenario, let owner = owners[scenario.id] {
                diagnostics.append(Diagnostic(.error, code: "duplicate-id", "scenario id '\(scenario.id)' is already used by \(owner)",
                                              at: scenario.sources.id ?? SourceLocation(file: file.file, line: 1, column: 1),
                                              fix: "give this one another id and file name: ids are unique across all scenario folders, and the other one wins when played"))
            }
            if explorePaths, let scenario = file.scenario {
                let report = PathReport(exploring: scenario)
                reports.append(report)
                // Load-time graph checks already reported these; keep only what exploration adds.
                let known = Set(diagnostics.map { "\($0.code)|\($0.location?.description ?? "")" })
                diagnostics += report.diagnostics.filter { !known.contains("\($0.code)|\($0.location?.description ?? "")") }
            }
            checks.append(.init(file: file.file, kind: "scenario", id: file.scenario?.id, diagnostics: diagnostics))
        }
        return ValidationReport(files: checks + transcriptChecks(scenarioPaths: scenarioPaths, catalog: catalog) + extraChecks, paths: reports)
    }

    /// The ids of the scenarios in `folders`, apart from the files being validated (or written),
    /// each with the file that holds it.
    public static func idsElsewhere(_ folders: [URL], excluding validated: [URL]) -> [String: String] {
        guard !folders.isEmpty else { return [:] }
        let mine = Set(validated.map(\.resolvedFilePath))
        var files: [URL] = []
        for folder in folders { files += (try? ScenarioCatalog.scenarioFiles(in: folder).get()) ?? [] }
        var owners: [String: String] = [:]
        for result in ScenarioCatalog.load(files: files.filter { !mine.contains($0.resolvedFilePath) }).files {
            if let id = result.scenario?.id, owners[id] == nil { owners[id] = result.file }
        }
        return owners
    }

    /// Golden transcripts in each scenario folder's `tests/`, checked against the scenarios.
    static func transcriptChecks(scenarioPaths: [URL], catalog: ScenarioCatalog) -> [ValidationReport.FileCheck] {
        let folders = scenarioPaths.map { $0.appendingPathComponent("tests") }.filter {
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: $0.path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        return transcriptChecks(files: TranscriptLoader.files(in: folders), catalog: catalog)
    }

    /// Golden transcript files, wherever they are, checked against the scenarios in `catalog`.
    public static func transcriptChecks(files: [URL], catalog: ScenarioCatalog) -> [ValidationReport.FileCheck] {
        files.map { url in
            let result = TranscriptLoader.load(fileAt: url)
            let cross = result.transcripts.map { TranscriptChecks.diagnostics(for: $0, catalog: catalog) } ?? []
            return .init(file: result.file, kind: "transcripts", id: result.transcripts?.scenarioID, diagnostics: result.diagnostics + cross)
        }
    }
}
