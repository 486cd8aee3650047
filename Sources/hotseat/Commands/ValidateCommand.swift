import ArgumentParser
import Authoring
import Foundation
import HotseatCore
import Scenarios
import Screening

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check scenarios, golden transcripts, the rubric and screen packs like a compiler: every error and warning with file:line:col.",
        discussion: """
        With no paths, checks the shipped scenarios (with their tests/ transcripts), the folders in $HOTSEAT_SCENARIOS, the scoring/ rubric and the screen packs in scenarios/screens/. Exits with status 1 when there is an error. The trainer's guide: docs/authoring.md.

          hotseat validate
          hotseat validate scenarios/ski-lift.yaml --paths
          hotseat validate --dot scenarios/ski-lift.yaml | dot -Tsvg > ski-lift.svg
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Scenario files or folders, a rubric folder or a screens folder (default: everything shipped, plus $HOTSEAT_SCENARIOS).")
    var files: [String] = []

    @Option(help: "Output format: text (like a compiler) or json (for editors and CI).")
    var format: Format = .text

    @Flag(name: .customLong("paths"), help: "Also walk every path through each scenario and report unreachable beats, dead ends, traps and the shortest path to each ending.")
    var explorePaths = false

    @Flag(help: "Print each scenario's beat graph as Graphviz DOT (diagnostics go to stderr).")
    var dot = false

    func run() throws {
        let locator = ResourceLocator()
        var scenarioPaths: [URL] = []
        var extra: [ValidationReport.FileCheck] = []
        if files.isEmpty {
            do {
                scenarioPaths = try locator.scenarioDirectories()
                extra += RubricCheck.check(directory: try locator.scoringDirectory())
            } catch {
                FileHandle.standardError.write(Data("hotseat: \(error)\n".utf8))
                throw ExitCode(2)
            }
            let screens = scenarioPaths[0].appendingPathComponent("screens")
            if FileManager.default.fileExists(atPath: screens.path) { extra += ScreenChecks.check(directory: screens) }
        } else {
            var transcriptFiles: [URL] = []
            for path in files.map({ URL(fileURLWithPath: $0) }) {
                var isDirectory: ObjCBool = false
                let exists = FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory)
                if exists && isDirectory.boolValue {
                    if FileManager.default.fileExists(atPath: path.appendingPathComponent("rubric.yaml").path) {
                        extra += RubricCheck.check(directory: path)
                    } else if TrainerFileKind.isScreenFolder(path) {
                        extra += ScreenChecks.check(directory: path)
                    } else if path.standardizedFileURL.lastPathComponent == "tests" {
                        transcriptFiles += TranscriptLoader.files(in: [path])
                    } else if path.standardizedFileURL.lastPathComponent == "items" {
                        extra += ScreenChecks.check(packFiles: [], itemFiles: ScreenLibrary.yamlFiles(in: path))
                    } else {
                        scenarioPaths.append(path)
                    }
                    continue
                }
                // A missing file goes to the scenario loader, which reports it like any unreadable file.
                switch exists ? TrainerFileKind.of(fileAt: path) : .scenario {
                case .scenario: scenarioPaths.append(path)
                case .transcripts: transcriptFiles.append(path)
                case .rubric: extra += RubricCheck.check(file: path)
                case .sjtItem: extra += ScreenChecks.check(packFiles: [], itemFiles: [path])
                case .screenPack:
                    // Its items are checked with it, but only the pack's own problems are reported.
                    let items = ScreenLibrary.yamlFiles(in: path.deletingLastPathComponent().appendingPathComponent("items"))
                    extra += ScreenChecks.check(packFiles: [path], itemFiles: items, reporting: [DisplayPath.of(path)])
                }
            }
            extra += transcriptChecks(transcriptFiles, locator: locator)
        }
        // Named files are also checked against the ids of every other scenario folder.
        let others = files.isEmpty ? [] : ((try? locator.scenarioDirectories()) ?? [])
        let report = Validator.validate(scenarioPaths: scenarioPaths, explorePaths: explorePaths || dot, extraChecks: extra,
                                        otherScenarioFolders: others)
        switch (format, dot) {
        case (.json, _):
            print(report.json())
        case (.text, true):
            print(report.paths.map { $0.dot() }.joined(separator: "\n\n"))
            FileHandle.standardError.write(Data((report.text() + "\n").utf8))
        case (.text, false):
            if explorePaths {
                for paths in report.paths { print(paths.text() + "\n") }
            }
            print(report.text())
        }
        if report.errorCount > 0 { throw ExitCode(1) }
    }
}

extension ValidateCommand {
    /// Transcript files named by hand, checked against the shipped scenarios plus the folder each
    /// file's `tests/` sits in (its scenarios need not be shipped).
    func transcriptChecks(_ files: [URL], locator: ResourceLocator) -> [ValidationReport.FileCheck] {
        guard !files.isEmpty else { return [] }
        var directories = (try? locator.scenarioDirectories()) ?? []
        for file in files where file.deletingLastPathComponent().lastPathComponent == "tests" {
            let owner = file.deletingLastPathComponent().deletingLastPathComponent()
            if !directories.contains(where: { $0.standardizedFileURL == owner.standardizedFileURL }) { directories.append(owner) }
        }
        return Validator.transcriptChecks(files: files, catalog: ScenarioCatalog.load(directories: directories))
    }
}

/// Screen packs (`scenarios/screens/`): their own loader's diagnostics, each pack's cross-checks
/// against the scenarios and the SJT length checks, grouped per file.
enum ScreenChecks {
    static func check(directory: URL) -> [ValidationReport.FileCheck] {
        check(packFiles: ScreenLibrary.yamlFiles(in: directory),
              itemFiles: ScreenLibrary.yamlFiles(in: directory.appendingPathComponent("items")))
    }

    /// - Parameter reporting: the display paths to report on (nil: every file read).
    static func check(packFiles: [URL], itemFiles: [URL], reporting: Set<String>? = nil) -> [ValidationReport.FileCheck] {
        let library = ScreenLibrary.load(packFiles: packFiles, itemFiles: itemFiles)
        let scenarios = ScenarioCatalog.load(directories: (try? ResourceLocator().scenarioDirectories()) ?? []).scenarios
        // Fairness of the wording is measured only on items that load: a broken item's errors come first.
        let refused = Set(library.refusedItemFiles.values)
        let diagnostics = library.diagnostics + library.packs.flatMap { library.check(pack: $0, scenarios: scenarios) }
            + library.refusedPackSteps.flatMap { library.check(steps: $0, scenarios: scenarios) }
            + SJTLengthCheck.diagnostics(packFiles: packFiles, itemFiles: itemFiles.filter { !refused.contains(DisplayPath.of($0)) })
        let files = (packFiles + itemFiles).map { DisplayPath.of($0) }.filter { reporting?.contains($0) ?? true }
        var checks = RubricCheck.grouped(diagnostics, kind: "screen").filter { reporting?.contains($0.file) ?? true }
        for file in files where !checks.contains(where: { $0.file == file }) {
            checks.append(ValidationReport.FileCheck(file: file, kind: "screen", diagnostics: []))
        }
        return checks
    }
}

extension Result {
    var success: Success? { if case .success(let value) = self { value } else { nil } }
}
