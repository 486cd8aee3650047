import ArgumentParser
import Authoring
import Foundation
import HotseatCore
import Scenarios

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check scenarios like a compiler: every error and warning with file:line:col.",
        discussion: """
        With no paths, checks the shipped scenarios plus the folders in $HOTSEAT_SCENARIOS.
        Exits with status 1 when there is an error.

          hotseat validate
          hotseat validate scenarios/ski-lift.yaml --paths
          hotseat validate --paths --dot ski-lift.yaml | dot -Tsvg > ski-lift.svg
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "Scenario files or folders (default: everything shipped, plus $HOTSEAT_SCENARIOS).")
    var files: [String] = []

    @Option(help: "Output format: text (like a compiler) or json (for editors and CI).")
    var format: Format = .text

    @Flag(name: .customLong("paths"), help: "Also walk every path through each scenario and report unreachable beats, dead ends, traps and the shortest path to each ending.")
    var explorePaths = false

    @Flag(help: "Print each scenario's beat graph as Graphviz DOT (diagnostics go to stderr).")
    var dot = false

    func run() throws {
        let directories: [URL]
        if files.isEmpty {
            do {
                directories = try ResourceLocator().scenarioDirectories()
            } catch {
                FileHandle.standardError.write(Data("hotseat: \(error)\n".utf8))
                throw ExitCode(2)
            }
        } else {
            directories = files.map { URL(fileURLWithPath: $0) }
        }
        let report = Validator.validate(scenarioPaths: directories, explorePaths: explorePaths || dot,
                                        extraChecks: ShippedChecks.extra(when: files.isEmpty))
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

/// Checks of shipped files other than scenarios; empty until those modules expose a loader.
enum ShippedChecks {
    static func extra(when everythingShipped: Bool) -> [ValidationReport.FileCheck] {
        []
    }
}
