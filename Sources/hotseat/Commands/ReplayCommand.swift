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
        SESSION is a session id (or a unique prefix of one) from the session store, a file holding the JSON of a drill's saved state, or a file written by `hotseat export --format json` (with --id to pick one of several sessions). The same replies are played again, with the same seed, through the drill and today's rubric.

          hotseat replay 3f2a
          hotseat replay saved-session.json
          hotseat export --format json --trainee ingrid > ingrid.json
          hotseat replay ingrid.json --id 3f2a
        """
    )

    @Argument(help: "A session id (or prefix) from the store, a saved-session JSON file, or a JSON export.")
    var session: String

    @Option(help: "In an export file of several sessions, the id (or a unique prefix of one) of the session to replay.")
    var id: String?

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
        let transcript: SessionTranscript
        if FileManager.default.fileExists(atPath: session) {
            guard let data = FileManager.default.contents(atPath: session) else { fail("cannot read '\(session)'") }
            if let state = try? JSONDecoder().decode(DrillState.self, from: data) {
                let found = scenario(state.scenarioID)
                return (RecordedSession(state: state, scenario: found), found)
            }
            do {
                transcript = pick(try SessionTranscript.fromExport(data))
            } catch let error as ExportReadingError {
                fail("'\(session)': \(error)")
            } catch {
                fail("'\(session)' is not a saved Hotseat session (expected the JSON of a drill's state, or of `hotseat export --format json`)")
            }
        } else {
            if id != nil { fail("--id picks a session in an export file; '\(session)' is not a file (pass the session id as SESSION)") }
            do {
                let location = try StoreLocation.resolve(option: store, environment: ProcessInfo.processInfo.environment)
                guard FileManager.default.fileExists(atPath: location.url.path) else {
                    fail("no file '\(session)' and no session store at \(location.url.path): play a scenario first, or pass --store")
                }
                transcript = try Store.open(at: location.url, access: .readOnly).transcript(session)
            } catch {
                fail("\(error)")
            }
        }
        let record = transcript.session
        let found = scenario(record.scenarioID)
        if let json = record.stateJSON, let state = try? JSONDecoder().decode(DrillState.self, from: Data(json.utf8)) {
            return (RecordedSession(state: state, scenario: found), found)
        }
        let turns = transcript.turns.map {
            RecordedSession.Turn(reply: $0.reply, latency: $0.latencyNet, score: $0.reply.isEmpty ? nil : $0.score, beat: $0.beat,
                                 heard: $0.behaviours)
        }
        return (RecordedSession(scenarioID: record.scenarioID, language: record.language, mode: DrillMode(rawValue: record.mode) ?? .training,
                                seed: record.seed, turns: turns, outcome: record.outcome, scores: record.scores), found)
    }

    /// The one session of an export to replay: the only one, or the one `--id` names.
    private func pick(_ sessions: [SessionTranscript]) -> SessionTranscript {
        let candidates = id.map { prefix in sessions.filter { $0.session.id.lowercased().hasPrefix(prefix.lowercased()) } } ?? sessions
        if candidates.count == 1 { return candidates[0] }
        if sessions.isEmpty { fail("'\(session)' holds no sessions") }
        let listed = sessions.prefix(8).map { "\($0.session.shortID) (\($0.session.trainee), \($0.session.scenarioID))" }.joined(separator: ", ")
            + (sessions.count > 8 ? ", …" : "")
        if let id, candidates.isEmpty { fail("no session in '\(session)' has an id starting '\(id)'; it holds \(listed)") }
        fail("'\(session)' holds \(candidates.count) sessions\(id.map { " whose id starts '\($0)'" } ?? ""); choose one with --id: \(listed)")
    }

    private func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("hotseat: \(message)\n".utf8))
        Foundation.exit(1)
    }
}
