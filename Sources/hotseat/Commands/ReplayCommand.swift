import ArgumentParser
import Authoring
import Drill
import Foundation
import HotseatCore
import Rubric
import Scenarios

struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Re-score a recorded session under the current rubric and show what changed, turn by turn.",
        discussion: """
        FILE is a recorded session: the JSON of a drill's state (as the session store exports it).
        Session ids from the store are accepted once the store is available.

          hotseat replay session.json
        """
    )

    @Argument(help: "A recorded session file (.json).")
    var session: String

    func run() throws {
        guard FileManager.default.fileExists(atPath: session) else {
            fail("'\(session)' is not a file; replaying by session id needs the session store, which this build does not have yet")
        }
        let state: DrillState
        do {
            state = try JSONDecoder().decode(DrillState.self, from: Data(contentsOf: URL(fileURLWithPath: session)))
        } catch {
            fail("'\(session)' is not a recorded Hotseat session (expected the JSON of a drill state)")
        }
        let locator = ResourceLocator()
        let engine: RubricEngine
        let catalog: ScenarioCatalog
        do {
            catalog = ScenarioCatalog.load(directories: try locator.scenarioDirectories())
            engine = try RubricEngine.load(directory: try locator.scoringDirectory())
        } catch let error as DiagnosticsError {
            fail("the rubric has errors; run `hotseat validate` (\(error.diagnostics.count) problem(s))")
        } catch {
            fail("\(error)")
        }
        guard let scenario = catalog.scenario(id: state.scenarioID) else {
            fail("the session is of scenario '\(state.scenarioID)', which is not available (run `hotseat validate`)")
        }
        let replay = SessionReplay.replay(state, scenario: scenario, engine: engine)
        print(replay.text())
        if replay.failure != nil { throw ExitCode(1) }
    }

    private func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("hotseat: \(message)\n".utf8))
        Foundation.exit(1)
    }
}
