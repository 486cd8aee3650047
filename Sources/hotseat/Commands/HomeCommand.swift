import ArgumentParser
import Drill
import HotseatCore
import Store

struct HomeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "home",
        abstract: "Open the drill's home screen (the default when hotseat runs without arguments).",
        discussion: """
        Asks your name once (remembered in $XDG_CONFIG_HOME/hotseat/trainee), lists the scenarios \
        with their difficulty and what each trains, and plays the one you pick. Type :lang nl or \
        :lang nb to switch language (remembered for the next time, in $XDG_CONFIG_HOME/hotseat/language; \
        --lang overrides it), :quit or Ctrl-D to leave. History is kept in \
        $XDG_STATE_HOME/hotseat/history (HOTSEAT_HISTORY=/dev/null turns it off).
        """
    )

    @OptionGroup var terminal: TerminalOptions

    @Option(help: "Your name, instead of the remembered one.")
    var trainee: String?

    @OptionGroup var storage: StoreOptions

    @OptionGroup var saving: SaveWaitOptions

    func run() throws {
        let resources: Resources
        let engine: any ReplyScoring
        do {
            resources = try Resources.load()
            engine = try resources.engine()
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        let editor = terminal.makeEditor()
        defer { editor.close() }
        // An explicit --lang wins; otherwise the language chosen last time, then the locale's.
        let language = terminal.lang ?? RememberedLanguage().load() ?? .fromLocaleEnvironment()
        let drillStore = storage.openForDrill(language: language)
        let recorder = drillStore.recorder(scenarios: resources.catalog.scenarios)
        let resumer = drillStore.store.map { SessionResumer(store: $0, resources: resources, engine: engine, style: terminal.style, saveWait: saving.saveWait) }
        HomeREPL(resources: resources, engine: engine, editor: editor, style: terminal.style, language: language,
                 trainee: trainee, recorder: recorder, resumer: resumer).run()
        let saved = recorder.saveBeforeExit(localizer: Localizer(language), seconds: saving.saveWait)
        guard saved, resumer?.outcome.allSaved ?? true else { throw ExitCode(1) }
    }
}
