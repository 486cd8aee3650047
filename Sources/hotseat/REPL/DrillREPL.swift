import Drill
import Foundation
import HotseatCore
import Scenarios

/// Plays one scenario in the terminal: shows the customer, reads replies and meta-commands,
/// prints the reaction and, at the end, the scorecard. All drill logic is in `DrillSession`.
final class DrillREPL {
    enum Finish { case ended, quit, endOfInput }

    let editor: LineEditor
    let style: Style
    let localizer: Localizer
    let recorder: SessionRecorder
    let trainee: String?

    init(editor: LineEditor, style: Style, localizer: Localizer, recorder: SessionRecorder, trainee: String?) {
        self.editor = editor
        self.style = style
        self.localizer = localizer
        self.recorder = recorder
        self.trainee = trainee
    }

    private var renderer: ScorecardRenderer { ScorecardRenderer(localizer: localizer, style: style) }

    func run(_ session: inout DrillSession) -> Finish {
        let scenario = session.scenario
        let language = session.language
        Console.out()
        Console.out(style.bold(TextWrapper.forStandardOutput().wrap(
            localizer.format(.scenarioStarts, scenario.title.text(in: language), scenario.trains.text(in: language)))))
        Console.out(style.dim(TextWrapper.forStandardOutput().wrap(localizer.format(Self.sceneKey(scenario.persona.channel), scenario.persona.situation.text(in: language)))))
        Console.out(style.dim(localizer.format(.metaHelp, DrillSession.hintCost).split(separator: "\n").first.map(String.init) ?? ""))
        // "mood 70 ↓ 40" reads both ways without the scale (and without colour on the arrow).
        Console.out(style.dim(TextWrapper.forStandardOutput().wrap(localizer[.moodScale])))
        Console.out()
        record { try recorder.sessionStarted(session.state, trainee: trainee) }
        showCustomer(session.currentLine, scenario: scenario)

        while true {
            switch readReply() {
            case .endOfInput:
                pause(session)
                return .endOfInput
            case .interrupted(lineWasEmpty: false):
                Console.out(style.dim(localizer[.interrupted]))
            case .interrupted(lineWasEmpty: true):
                if confirmQuit() { pause(session); return .quit }
            case let .meta(.failure(unknown)):
                Console.out(localizer.format(.unknownMeta, unknown.name))
            case let .meta(.success(command)):
                if handle(command, session: &session) == false {
                    pause(session)
                    return .quit
                }
            case let .reply(text, latency):
                let turn: TurnResult
                do {
                    turn = try session.submit(reply: text, latency: latency)
                } catch {
                    Console.error(error.description)
                    return .ended
                }
                // A script's replies are not on screen: echo them (cleaned) into the transcript.
                if !editor.showsPrompts { Console.out(style.dim(localizer[.replyPrompt]) + turn.reply) }
                show(turn, session: session)
                record { try recorder.recordTurn(turn, state: session.state) }
                if turn.ending != nil {
                    let card = session.scorecard()
                    Console.out()
                    Console.out(renderer.render(card, personaName: scenario.persona.name))
                    record { try recorder.sessionEnded(card, state: session.state) }
                    return .ended
                }
            }
        }
    }

    // MARK: - Reading

    private enum Input {
        case reply(String, LatencySource)
        case meta(Result<MetaCommand, UnknownMetaCommand>)
        case interrupted(lineWasEmpty: Bool)
        case endOfInput
    }

    /// One reply, joining lines that end in `\`.
    private func readReply() -> Input {
        var parts: [String] = []
        var prompt = style.promptSafe("1;36", localizer[.replyPrompt])
        while true {
            switch editor.readLine(prompt: prompt) {
            case .endOfInput:
                // At a terminal Ctrl-D on a "..." line stops at once, like on the first line: the
                // unfinished reply is not sent. A script's last line may end in `\`: it is sent.
                return parts.isEmpty || editor.isInteractive ? .endOfInput : reply(parts)
            case let .interrupted(wasEmpty):
                return .interrupted(lineWasEmpty: wasEmpty && parts.isEmpty)
            case let .line(line):
                if parts.isEmpty, let meta = MetaCommand.parse(line) {
                    editor.addToHistory(line)
                    return .meta(meta)
                }
                if line.hasSuffix("\\") {
                    parts.append(String(line.dropLast()))
                    prompt = "... "
                    continue
                }
                parts.append(line)
                return reply(parts)
            }
        }
    }

    private func reply(_ parts: [String]) -> Input {
        let joined = parts.joined(separator: "\n")
        // History holds what can be recalled usefully; a 1 MB paste is cut like the reply itself.
        editor.addToHistory(String(joined.replacingOccurrences(of: "\n", with: " ").prefix(ReplySanitizer().maxCharacters)))
        if editor.isInteractive { return .reply(joined, .clock) }
        let scripted = ScriptedReply(parsing: joined)
        return .reply(scripted.text, scripted.latency)
    }

    static func sceneKey(_ channel: Persona.Channel) -> Localizer.Key {
        switch channel {
        case .desk: .persona
        case .phone: .personaPhone
        case .chat: .personaChat
        case .email: .personaEmail
        }
    }

    private func confirmQuit() -> Bool {
        guard editor.isInteractive else { return true }
        switch editor.readAnswer(prompt: localizer[.confirmQuit]) {
        case let .line(answer):
            // Only a clear yes stops a scenario in progress; `:quit` typed again also means yes.
            let reply = YesNoAnswer(answer, defaultYes: false)
            return reply == .yes || reply == .quit
        case .endOfInput, .interrupted:
            return true
        }
    }

    // MARK: - Meta-commands

    /// Returns false when the trainee asked to quit.
    private func handle(_ command: MetaCommand, session: inout DrillSession) -> Bool {
        switch command {
        case .help:
            Console.out(localizer.format(.metaHelp, DrillSession.hintCost))
        case .hint:
            do {
                let hint = try session.hint()
                let wrapper = TextWrapper.forStandardOutput()
                Console.out(style.yellow(wrapper.wrap("💡 " + hint.text, indent: 3)))
                Console.out(style.dim(wrapper.wrap("   ↳ " + hint.principle, indent: 5)))
                Console.out(style.dim("   " + localizer.format(.hintCost, hint.cost)))
            } catch .hintsOnlyInTraining {
                Console.out(localizer[.hintScreenMode])
            } catch {
                Console.out(localizer[.hintNone])
            }
        case .repeat:
            showCustomer(session.repeatLastLine(), scenario: session.scenario)
        case .score:
            Console.out(renderer.render(session.scorecard(), personaName: session.scenario.persona.name))
        case .restart:
            do {
                let line = try session.restart()
                Console.out(style.dim(localizer[.restarted]))
                record { try recorder.sessionStarted(session.state, trainee: trainee) }
                showCustomer(line, scenario: session.scenario)
            } catch {
                Console.error(error.description)
            }
        case .quit:
            return !confirmQuit()
        }
        return true
    }

    // MARK: - Showing

    private func showCustomer(_ line: String, scenario: Scenario) {
        let name = scenario.persona.name + ":"
        let wrapped = TextWrapper.forStandardOutput().wrap(name + " " + line, indent: name.count + 1)
        Console.out(style.bold(style.yellow(name)) + wrapped.dropFirst(name.count))
    }

    private func show(_ turn: TurnResult, session: DrillSession) {
        if turn.truncated {
            Console.out(style.yellow(localizer.format(.replyTruncated, turn.originalCharacters, session.sanitizer.maxCharacters)))
        }
        if session.mode == .training { Console.out(renderer.turnSummary(turn)) }
        switch turn.next {
        case let .line(line):
            showCustomer(line, scenario: session.scenario)
        case let .ending(ending):
            showCustomer(ending.line, scenario: session.scenario)
        }
    }

    private func pause(_ session: DrillSession) {
        guard !session.isOver else { return }
        let saved = record { try recorder.sessionPaused(session.state) }
        if session.state.turn > 0 {
            var card = session.scorecard()
            card.outcome = .abandoned   // the trainee stopped; say so instead of "…"
            Console.out()
            Console.out(renderer.render(card, personaName: session.scenario.persona.name))
            // Stopping is not losing: say where the turns went and how to pick them up again.
            if saved, recorder.keepsSessions, session.mode == .training {
                Console.out(style.dim(localizer.format(.pausedSaved, session.state.turn)))
            }
        }
    }

    @discardableResult
    private func record(_ action: () throws -> Void) -> Bool {
        do { try action(); return true } catch { Console.warning(localizer.format(.couldNotSave, "\(error)")); return false }
    }
}
