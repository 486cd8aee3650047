import ArgumentParser
import Authoring
import Drill
import Foundation
import HotseatCore
import Rubric
import Scenarios
import Store

struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Re-score a recorded session under the current rubric and show what changed, turn by turn.",
        discussion: """
        SESSION is a session id (or a unique prefix of one) from the session store, or a file holding the JSON of a drill's saved state. The same replies are played again, with the same seed, through the drill and today's rubric.

          hotseat replay 3f2a
          hotseat replay saved-session.json
        """
    )

    @Argument(help: "A session id (or prefix) from the store, or a saved-session JSON file.")
    var session: String

    @Option(help: "The session store file (default: $HOTSEAT_STORE, else ~/.local/share/hotseat/hotseat.sqlite).")
    var store: String?

    func run() throws {
        let locator = ResourceLocator()
        let engine: RubricEngine
        let catalog: ScenarioCatalog
        do {
            catalog = ScenarioCatalog.load(directories: try locator.scenarioDirectories())
            engine = try RubricEngine.load(directory: try locator.scoringDirectory())
        } catch let error as DiagnosticsError {
            fail("the rubric has errors (\(error.diagnostics.count)); run `hotseat validate`")
        } catch {
            fail("\(error)")
        }
        let (recorded, scenario) = load(catalog: catalog)
        let replay = SessionReplay.replay(recorded, scenario: scenario, engine: engine)
        print(replay.text())
        if replay.failure != nil { throw ExitCode(1) }
    }

    private func load(catalog: ScenarioCatalog) -> (RecordedSession, Scenario) {
        func scenario(_ id: String) -> Scenario {
            guard let found = catalog.scenario(id: id) else {
                fail("the session is of scenario '\(id)', which is not available (run `hotseat validate`)")
            }
            return found
        }
        if FileManager.default.fileExists(atPath: session) {
            guard let data = FileManager.default.contents(atPath: session),
                  let state = try? JSONDecoder().decode(DrillState.self, from: data) else {
                fail("'\(session)' is not a saved Hotseat session (expected the JSON of a drill's state)")
            }
            let found = scenario(state.scenarioID)
            return (RecordedSession(state: state, scenario: found), found)
        }
        let transcript: SessionTranscript
        do {
            let location = try StoreLocation.resolve(option: store, environment: ProcessInfo.processInfo.environment)
            guard FileManager.default.fileExists(atPath: location.url.path) else {
                fail("no file '\(session)' and no session store at \(location.url.path): play a scenario first, or pass --store")
            }
            transcript = try Store.open(at: location.url, access: .readOnly).transcript(session)
        } catch {
            fail("\(error)")
        }
        let record = transcript.session
        let found = scenario(record.scenarioID)
        if let json = record.stateJSON, let state = try? JSONDecoder().decode(DrillState.self, from: Data(json.utf8)) {
            return (RecordedSession(state: state, scenario: found), found)
        }
        let turns = transcript.turns.map {
            RecordedSession.Turn(reply: $0.reply, latency: $0.latencyNet, score: $0.reply.isEmpty ? nil : $0.score, beat: $0.beat)
        }
        return (RecordedSession(scenarioID: record.scenarioID, language: record.language, mode: DrillMode(rawValue: record.mode) ?? .training,
                                seed: record.seed, turns: turns, outcome: record.outcome, scores: record.scores), found)
    }

    private func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("hotseat: \(message)\n".utf8))
        Foundation.exit(1)
    }
}
