import ArgumentParser
import Foundation
import HotseatCore
import Scenarios

struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Walk every path through one scenario: unreachable beats, dead ends, traps, shortest path to each ending.",
        discussion: """
        The same report as `hotseat validate --paths`, for one scenario by id or file.

          hotseat explore ski-lift
          hotseat explore ski-lift --dot | dot -Tsvg > ski-lift.svg
        """
    )

    @Argument(help: "A scenario id (from the shipped scenarios and $HOTSEAT_SCENARIOS) or a scenario file.")
    var scenario: String

    @Flag(help: "Print the beat graph as Graphviz DOT instead of text.")
    var dot = false

    func run() throws {
        let catalog: ScenarioCatalog
        if scenario.hasSuffix(".yaml") || scenario.hasSuffix(".yml") || scenario.contains("/") {
            catalog = ScenarioCatalog.load(files: [URL(fileURLWithPath: scenario)])
        } else {
            do {
                catalog = ScenarioCatalog.load(directories: try ResourceLocator().scenarioDirectories())
            } catch {
                FileHandle.standardError.write(Data("hotseat: \(error)\n".utf8))
                throw ExitCode(2)
            }
        }
        let id = URL(fileURLWithPath: scenario).deletingPathExtension().lastPathComponent
        guard let found = catalog.scenario(id: id) ?? (catalog.scenarios.count == 1 && scenario.contains(".y") ? catalog.scenarios.first : nil) else {
            if let broken = catalog.brokenFile(named: id) {
                FileHandle.standardError.write(Data("hotseat: error: \(Resources.brokenMessage(id: id, broken))\n".utf8))
            } else {
                let known = catalog.scenarios.map(\.id)
                let hint = known.isEmpty ? "" : " (known: \(known.joined(separator: ", ")))"
                FileHandle.standardError.write(Data("hotseat: no scenario '\(id)'\(hint)\n".utf8))
            }
            throw ExitCode(1)
        }
        let report = PathReport(exploring: found)
        print(dot ? report.dot() : report.text())
    }
}
