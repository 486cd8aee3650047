import ArgumentParser
import Drill
import HotseatCore
import Scenarios

struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Play one scenario against its customer.",
        discussion: """
        Type your replies; the customer reacts, and at the end you get a scorecard with coaching. \
        Meta-commands: :help, :hint (costs \(DrillSession.hintCost) points), :repeat, :score, :restart, :quit. \
        A line ending in \\ continues on the next line. Ctrl-C clears the line; Ctrl-C on an empty \
        line or :quit stops (after asking); Ctrl-D stops at once.

        As a script, with replies piped in (one per line):
          hotseat play ski-lift --seed 1 < replies.txt
        A line may start with a timestamp, e.g. "[+12.5s] I'm so sorry…", meaning the trainee \
        answered 12.5 seconds after the customer's line was shown (the reading allowance is then \
        subtracted). Without it, speed is reported as not measured. An empty line is an empty reply.
        """
    )

    @Argument(help: "The scenario id, e.g. ski-lift (see `hotseat list`).")
    var scenarioID: String

    @OptionGroup var terminal: TerminalOptions

    @Option(help: "Your name, for the record.")
    var trainee: String?

    @OptionGroup var storage: StoreOptions

    @OptionGroup var saving: SaveWaitOptions

    @Option(help: "Seed for the customer's line variants, to replay a session exactly.")
    var seed: UInt64?

    func run() throws {
        let resources: Resources
        let scenario: Scenario
        let engine: any ReplyScoring
        do {
            resources = try Resources.load()
            scenario = try resources.scenario(id: scenarioID, language: terminal.language)
            engine = try resources.engine()
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        let language = terminal.language
        var session: DrillSession
        do {
            session = try DrillSession(scenario: scenario, language: language, mode: .training,
                                       seed: seed ?? UInt64.random(in: 0...UInt64.max), engine: engine)
        } catch {
            Console.error("\(error)")
            throw ExitCode(1)
        }
        let editor = terminal.makeEditor()
        defer { editor.close() }
        editor.setCompletionWords(MetaCommand.completions)
        let recorder = storage.recorder(scenarios: [scenario], language: language)
        let repl = DrillREPL(editor: editor, style: terminal.style, localizer: Localizer(language),
                             recorder: recorder, trainee: trainee ?? TraineeName().load())
        _ = repl.run(&session)
        guard recorder.saveBeforeExit(localizer: Localizer(language), seconds: saving.saveWait) else { throw ExitCode(1) }
    }
}
