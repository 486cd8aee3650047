import Foundation
import HotseatCore
import Rubric
import Scenarios

/// Loads the scenarios and the rubric engine, turning failures into one-line user errors.
struct Resources {
    let catalog: ScenarioCatalog
    let locator: ResourceLocator

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static func load() throws(Failure) -> Resources {
        let locator = ResourceLocator()
        let directories: [URL]
        do {
            directories = try locator.scenarioDirectories()
        } catch {
            throw Failure(description: error.description)
        }
        let catalog = ScenarioCatalog.load(directories: directories)
        for broken in catalog.broken {
            // The other scenarios still load; say which file was skipped and why.
            let first = broken.diagnostics.first.map(\.description) ?? broken.file
            Console.warning("skipped a broken scenario file (the others still load): \(first)")
        }
        return Resources(catalog: catalog, locator: locator)
    }

    func engine() throws(Failure) -> any ReplyScoring {
        do {
            return try RubricEngine.load(directory: locator.scoringDirectory())
        } catch let error as DiagnosticsError {
            throw Failure(description: "the scoring rubric cannot be loaded:\n" + error.description)
        } catch {
            throw Failure(description: "\(error)")
        }
    }

    func scenarios(in language: Language) -> [Scenario] {
        catalog.scenarios.filter { $0.supports(language) }.sorted { ($0.difficulty, $0.id) < ($1.difficulty, $1.id) }
    }

    func scenario(id: String, language: Language = .en) throws(Failure) -> Scenario {
        guard let scenario = catalog.scenario(id: id) else {
            if let broken = catalog.brokenFile(named: id) { throw Failure(description: Self.brokenMessage(id: id, broken)) }
            let known = catalog.scenarios.map(\.id).sorted().joined(separator: ", ")
            throw Failure(description: Localizer(language).format(.noSuchScenario, id, known))
        }
        return scenario
    }

    /// "There is no scenario" would send the trainer looking for a file that is right there.
    static func brokenMessage(id: String, _ broken: BrokenScenario) -> String {
        let first = broken.diagnostics.first.map(\.description) ?? broken.file
        let more = broken.diagnostics.count > 1 ? " and \(broken.diagnostics.count - 1) more" : ""
        return "scenario '\(id)' cannot be played: \(broken.file) has errors: \(first)\(more) (see them all with `hotseat validate \(broken.file)`)"
    }
}
