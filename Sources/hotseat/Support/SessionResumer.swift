import Drill
import HotseatCore
import Scenarios
import Store

/// Continues a saved session at its last committed turn. `hotseat resume` and the home screen's
/// offer share it, so a resumed session behaves the same whichever way it was reached.
struct SessionResumer {
    let store: Store
    let resources: Resources
    let engine: any ReplyScoring
    let style: Style
    /// How long, at the end, to keep retrying a store another program holds.
    var saveWait: Double = 30
    /// Told whether each resumed session was saved in the end.
    var outcome = SaveOutcome()

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Plays the rest of `session` in `editor`; a session whose last turn already ended it only
    /// gets its scorecard saved and shown.
    func resume(_ session: SessionRecord, editor: () -> LineEditor) throws(Failure) -> DrillREPL.Finish {
        guard let lease = SessionLease.acquire(session: session.id, store: store) else {
            throw Failure(description: Localizer(session.language).format(.sessionHeldElsewhere, session.shortID))
        }
        let state: DrillState
        let scenario: Scenario
        var drill: DrillSession
        do {
            state = try store.drillState(of: session)
            scenario = try resources.scenario(id: session.scenarioID)
            drill = try DrillSession(restoring: state, scenario: scenario, engine: engine)
        } catch {
            throw Failure(description: "cannot resume session \(session.shortID): \(error)")
        }
        let recorder = StoreRecorder(store: store, scenarios: [scenario], resuming: session.id, lease: lease)
        let localizer = Localizer(drill.language)
        Console.out(localizer.format(.resuming, session.shortID, scenario.title.text(in: drill.language), state.turns.count))
        if drill.isOver {
            // The last turn was saved but the program stopped before the scorecard was.
            let card = drill.scorecard()
            try? recorder.sessionStarted(drill.state, trainee: session.trainee)
            do { try recorder.sessionEnded(card, state: drill.state) } catch {
                Console.warning(localizer.format(.couldNotSave, "\(error)"))
                outcome.record(false)
            }
            Console.out(ScorecardRenderer(localizer: localizer, style: style).render(card, personaName: scenario.persona.name))
            return .ended
        }
        let lineEditor = editor()
        lineEditor.setCompletionWords(MetaCommand.completions)
        let repl = DrillREPL(editor: lineEditor, style: style, localizer: localizer, recorder: recorder, trainee: session.trainee)
        let finish = repl.run(&drill)
        outcome.record(recorder.saveBeforeExit(localizer: localizer, seconds: saveWait))
        return finish
    }
}
