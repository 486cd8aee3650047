import Drill
import Foundation
import HotseatCore
import Scenarios
import Store

/// The home screen: asks the trainee's name once, offers the scenarios in the chosen language,
/// and plays the one picked. `:lang nl` switches language; `:quit` or Ctrl-D leaves.
final class HomeREPL {
    let resources: Resources
    let engine: any ReplyScoring
    let editor: LineEditor
    let style: Style
    var language: Language
    var trainee: String?
    let recorder: SessionRecorder
    /// Present when the store opened: the home screen then offers an unfinished session first.
    let resumer: SessionResumer?

    init(resources: Resources, engine: any ReplyScoring, editor: LineEditor, style: Style, language: Language,
         trainee: String?, recorder: SessionRecorder, resumer: SessionResumer? = nil) {
        self.resources = resources
        self.engine = engine
        self.editor = editor
        self.style = style
        self.language = language
        self.trainee = trainee
        self.recorder = recorder
        self.resumer = resumer
    }

    private var localizer: Localizer { Localizer(language) }

    func run() {
        Console.out(style.bold(localizer[.welcome]))
        guard let name = askName() else { return }
        Console.out(localizer.format(.greetName, name))
        if offerResume(for: name) == .endOfInput { Console.out(localizer[.bye]); return }
        while true {
            let scenarios = resources.scenarios(in: language)
            guard !scenarios.isEmpty else {
                Console.error(localizer[.noScenarios])
                return
            }
            editor.setCompletionWords(scenarios.map(\.id) + [":quit", ":help", ":lang"] + Language.allCases.map { ":lang \($0.rawValue)" })
            Console.out()
            Console.out(ScenarioListing(localizer: localizer, style: style).render(scenarios))
            Console.out(style.dim("\(localizer[.chooseLanguage]): \(language.displayName) — :lang en | :lang nl | :lang nb"))
            switch editor.readChoice(prompt: localizer[.chooseScenario]) {
            case .endOfInput, .interrupted(lineWasEmpty: true):
                Console.out(localizer[.bye])
                return
            case .interrupted(lineWasEmpty: false):
                continue
            case let .line(raw):
                let choice = raw.trimmingCharacters(in: .whitespaces)
                if choice.isEmpty { continue }
                editor.addChoiceToHistory(choice)
                if [":quit", ":q", ":exit"].contains(choice) { Console.out(localizer[.bye]); return }
                if choice.hasPrefix(":lang") {
                    let code = choice.dropFirst(5).trimmingCharacters(in: .whitespaces)
                    if let chosen = Language(rawValue: code) {
                        language = chosen
                        RememberedLanguage().save(chosen)
                    } else {
                        Console.out(localizer.format(.invalidChoice, code))
                    }
                    continue
                }
                if choice.hasPrefix(":") { Console.out(localizer.format(.metaHelp, DrillSession.hintCost)); continue }
                guard let scenario = pick(choice, from: scenarios) else {
                    Console.out(localizer.format(.invalidChoice, choice))
                    continue
                }
                if play(scenario) == .endOfInput { Console.out(localizer[.bye]); return }
                Console.out(style.dim(localizer[.playAgain]))
            }
        }
    }

    private func askName() -> String? {
        let remembered = TraineeName()
        if let trainee, !trainee.isEmpty { return trainee }
        if let known = remembered.load() { trainee = known; return known }
        while true {
            switch editor.readAnswer(prompt: localizer[.askName]) {
            case .endOfInput, .interrupted(lineWasEmpty: true):
                return nil
            case .interrupted(lineWasEmpty: false):
                continue
            case let .line(line):
                let name = ReplySanitizer(maxCharacters: 60).clean(line).text
                guard !name.isEmpty else { continue }
                remembered.save(name)
                trainee = name
                return name
            }
        }
    }

    /// After a crash, kill or `:quit`, the unfinished session comes first (issue: nothing lost).
    private func offerResume(for name: String) -> DrillREPL.Finish? {
        // A session stopped before its first reply holds nothing worth going back to.
        guard let resumer,
              let latest = try? resumer.store.latestUnfinishedSession(trainee: name, withReplies: true, excludingMode: DrillMode.screen.rawValue),
              !SessionLease.isHeld(session: latest.session.id, store: resumer.store) else { return nil }
        let session = latest.session
        let title = resources.catalog.scenario(id: session.scenarioID)?.title.text(in: language) ?? session.scenarioID
        while true {
            switch editor.readAnswer(prompt: localizer.format(.resumeOffer, title, latest.turnCount)) {
            case .endOfInput:
                return .endOfInput
            case .interrupted:
                return nil
            case let .line(answer):
                switch YesNoAnswer(answer, defaultYes: true) {
                case .no: return nil
                case .quit: return .endOfInput
                case .unclear: continue
                case .yes:
                    do {
                        return try resumer.resume(session) { editor }
                    } catch {
                        Console.error(error.description)
                        return nil
                    }
                }
            }
        }
    }

    private func pick(_ choice: String, from scenarios: [Scenario]) -> Scenario? {
        if let number = Int(choice), scenarios.indices.contains(number - 1) { return scenarios[number - 1] }
        return scenarios.first { $0.id == choice }
    }

    private func play(_ scenario: Scenario) -> DrillREPL.Finish {
        do {
            var session = try DrillSession(scenario: scenario, language: language, mode: .training,
                                           seed: UInt64.random(in: 0...UInt64.max), engine: engine)
            editor.setCompletionWords(MetaCommand.completions)
            let repl = DrillREPL(editor: editor, style: style, localizer: localizer, recorder: recorder, trainee: trainee)
            return repl.run(&session)
        } catch {
            Console.error(error.description)
            return .ended
        }
    }
}

/// The scenario list: number, id, difficulty, title and what it trains.
struct ScenarioListing {
    let localizer: Localizer
    let style: Style

    func render(_ scenarios: [Scenario]) -> String {
        let idWidth = scenarios.map(\.id.count).max() ?? 10
        return scenarios.enumerated().map { index, scenario in
            let number = String(index + 1).leftPadded(to: 2)
            let stars = String(repeating: "★", count: scenario.difficulty) + String(repeating: "☆", count: max(0, 5 - scenario.difficulty))
            let id = scenario.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
            let title = scenario.title.text(in: localizer.language)
            let trains = scenario.trains.text(in: localizer.language)
            // Wrap the plain text first and style afterwards, so colour codes never count as width.
            let wrapper = TextWrapper.forStandardOutput()
            let lead = "\(number). \(id)  \(stars)  "
            let heading = wrapper.wrap(lead + title, indent: lead.count)
                .replacingOccurrences(of: lead, with: "\(number). \(style.bold(id))  \(style.yellow(stars))  ")
            return heading + "\n" + style.dim(wrapper.wrap("      " + trains, indent: 6))
        }.joined(separator: "\n")
    }
}
