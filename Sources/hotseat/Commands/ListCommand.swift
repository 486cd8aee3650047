import ArgumentParser
import Foundation
import HotseatCore
import Scenarios

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the scenarios, with difficulty and what each trains.",
        discussion: "Only scenarios written in the chosen language are listed. Broken scenario files are reported on stderr and skipped."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var terminal: TerminalOptions

    @Option(help: "text (for people) or json (for tools).")
    var format: Format = .text

    struct Entry: Encodable {
        let id: String
        let title: String
        let trains: String
        let difficulty: Int
        let languages: [String]
    }

    func run() throws {
        let resources: Resources
        do { resources = try Resources.load() } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        let language = terminal.language
        let scenarios = resources.scenarios(in: language)
        switch format {
        case .text:
            Console.out(ScenarioListing(localizer: Localizer(language), style: terminal.style).render(scenarios))
        case .json:
            let entries = scenarios.map {
                Entry(id: $0.id, title: $0.title.text(in: language), trains: $0.trains.text(in: language),
                      difficulty: $0.difficulty, languages: $0.languages.map(\.rawValue))
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Console.out(String(decoding: try encoder.encode(entries), as: UTF8.self))
        }
    }
}
