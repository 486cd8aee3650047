import ArgumentParser
import Drill
import HotseatCore
import Scenarios
import Store

struct ResumeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume",
        abstract: "Continue an unfinished session (after a crash, kill or :quit) at its last saved turn.",
        discussion: "Without an id, continues your most recent unfinished session. `hotseat history` lists them."
    )

    @Argument(help: "The session id or a unique prefix of 4+ characters (default: the latest unfinished one).")
    var sessionID: String?

    @Option(help: "Whose latest session to continue (default: the remembered name, else $USER).")
    var trainee: String?

    @OptionGroup var terminal: TerminalOptions

    @OptionGroup var storage: StoreOptions

    func run() throws {
        let store = try storage.open(.readWrite)
        let session: SessionRecord
        let state: DrillState
        do {
            if let sessionID {
                session = try store.session(sessionID)
            } else if let latest = try store.latestUnfinishedSession(trainee: resolvedTrainee(trainee)) {
                session = latest.session
            } else {
                Console.out("Nothing to resume: every session of \(resolvedTrainee(trainee)) is finished.")
                return
            }
            guard session.status.isUnfinished else {
                Console.error("session \(session.shortID) is already finished (see `hotseat show \(session.shortID)`)")
                throw ExitCode(1)
            }
            state = try store.drillState(of: session)
        } catch let error as StoreError {
            Console.error(error.description)
            throw ExitCode(1)
        }
        let resources: Resources
        let scenario: Scenario
        let engine: any ReplyScoring
        var drill: DrillSession
        do {
            resources = try Resources.load()
            scenario = try resources.scenario(id: session.scenarioID)
            engine = try resources.engine()
            drill = try DrillSession(restoring: state, scenario: scenario, engine: engine)
        } catch {
            Console.error("cannot resume session \(session.shortID): \(error)")
            throw ExitCode(1)
        }
        let recorder = StoreRecorder(store: store, scenarios: [scenario], resuming: session.id)
        Console.out("Resuming \(session.shortID): \(session.scenarioID), \(state.turns.count) turn(s) saved.")
        if drill.isOver {
            // The last turn was saved but the program stopped before the scorecard was.
            let card = drill.scorecard()
            try? recorder.sessionStarted(drill.state, trainee: session.trainee)
            do { try recorder.sessionEnded(card, state: drill.state) } catch { Console.warning("could not save the session: \(error)") }
            Console.out(ScorecardRenderer(localizer: Localizer(drill.language), style: terminal.style).render(card, personaName: scenario.persona.name))
            return
        }
        let editor = terminal.makeEditor()
        defer { editor.close() }
        editor.setCompletionWords(MetaCommand.completions)
        let repl = DrillREPL(editor: editor, style: terminal.style, localizer: Localizer(drill.language),
                             recorder: recorder, trainee: session.trainee)
        _ = repl.run(&drill)
    }
}
