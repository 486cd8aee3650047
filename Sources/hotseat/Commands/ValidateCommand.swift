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
            for path in files.map({ URL(fileURLWithPath: $0) }) {
                if FileManager.default.fileExists(atPath: path.appendingPathComponent("rubric.yaml").path) {
                    extra += RubricCheck.check(directory: path)
                } else if path.standardizedFileURL.lastPathComponent == "screens" {
                    extra += ScreenChecks.check(directory: path)
                } else {
                    scenarioPaths.append(path)
                }
            }
        }
        let report = Validator.validate(scenarioPaths: scenarioPaths, explorePaths: explorePaths || dot, extraChecks: extra)
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

/// Screen packs (`scenarios/screens/`): their own loader's diagnostics plus each pack's
/// cross-checks against the scenarios, grouped per file.
enum ScreenChecks {
    static func check(directory: URL) -> [ValidationReport.FileCheck] {
        let library = ScreenLibrary.load(directory: directory)
        let scenarios = ScenarioCatalog.load(directories: (try? ResourceLocator().scenarioDirectories()) ?? []).scenarios
        let diagnostics = library.diagnostics + library.packs.flatMap { library.check(pack: $0, scenarios: scenarios) }
        let files = (ScenarioCatalog.scenarioFiles(in: directory).success ?? [])
            + (ScenarioCatalog.scenarioFiles(in: directory.appendingPathComponent("items")).success ?? [])
        var checks = RubricCheck.grouped(diagnostics, kind: "screen")
        for file in files.map({ DisplayPath.of($0) }) where !checks.contains(where: { $0.file == file }) {
            checks.append(ValidationReport.FileCheck(file: file, kind: "screen", diagnostics: []))
        }
        return checks
    }
}

extension Result {
    var success: Success? { if case .success(let value) = self { value } else { nil } }
}
