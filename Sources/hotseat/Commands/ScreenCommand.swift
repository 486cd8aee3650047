import ArgumentParser
import Foundation
import HotseatCore
import Screening
import Store

struct ScreenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screen",
        abstract: "Run a locked, timed hiring screen for one candidate; a person decides on the result.",
        discussion: """
        The candidate first sees a notice (what is measured, how long it takes, that a person \
        decides), then the pack's scenarios and situational-judgement items in an order shuffled \
        from a recorded seed. Hints, scores, restarts and other results are locked; :repeat shows \
        the current line again, once; Ctrl-C is recorded and does not restart a turn.

        Each reply has a time limit. On a terminal a countdown runs and the turn ends at zero; \
        without a terminal (piped input) the limit is enforced from timestamps: a reply that \
        arrives late is kept and marked as a timeout.

        The organisation key (HOTSEAT_ORG_KEY_FILE) is checked before the candidate starts and \
        signs the result; it is never printed or stored. Every event is appended to an audit log \
        and flushed to disk, so a closed terminal loses nothing: continue with --resume. Replies \
        are also copied to the store (HOTSEAT_STORE), as sessions in mode "screen".
        Files: $HOTSEAT_SCREEN_DIR (default ~/.hotseat/screens)/<pack>/<candidate>.audit.jsonl and .result.json.

          hotseat screen --candidate c-017 --lang nl
          hotseat screen --candidate c-017 --resume
        """
    )

    @Option(help: "The candidate's id (letters, digits, '-', '_', '.'); use an id, not a name, for blind screening.")
    var candidate: String

    @Option(help: "The screen pack in scenarios/screens/.")
    var pack: String = "call-centre-basic"

    @Option(name: .customLong("lang"), help: "The candidate's language: en, nl or nb (default: from LC_ALL, LC_MESSAGES or LANG, else the pack's first).")
    var langCode: String?

    @Flag(help: "Continue a run that was stopped (a closed terminal), from its audit log.")
    var resume = false

    func run() throws {
        // Everything that can refuse the run is checked before the candidate sees anything.
        ScreenSupport.checkCandidate(candidate)
        let key = ScreenSupport.orgKey(for: .screen)
        let content = ScreenSupport.content(packID: pack)
        let language = chooseLanguage(content.pack)
        let engine = ScreenSupport.engine()
        let files = ScreenFiles(environment: ProcessInfo.processInfo.environment)
        let logURL = files.auditLog(candidate: candidate, pack: pack)
        let resultURL = files.result(candidate: candidate, pack: pack)
        let exists = FileManager.default.fileExists(atPath: logURL.path)

        do {
            var run: ScreenRun
            let log: AuditLog
            if resume {
                guard exists else { ScreenSupport.fail("no run of '\(pack)' for candidate \(candidate) to resume (\(logURL.path))") }
                // Opening checks the whole keyed chain first: a log edited outside hotseat is refused here.
                log = try AuditLog.open(at: logURL, key: key)
                let contents = try AuditLog.read(at: logURL, key: key)
                run = try ScreenRun.replay(content: content, events: contents.events)
                if run.finished, FileManager.default.fileExists(atPath: resultURL.path) {
                    ScreenSupport.fail("candidate \(candidate) has already completed '\(pack)'; the result is \(resultURL.path)")
                }
                if langCode != nil, language != run.start.language {
                    ScreenSupport.warn("the run continues in \(run.start.language.rawValue), the language it started in")
                }
                try log.append(run.resume(at: ScreenSupport.now()))
            } else {
                guard !exists else {
                    if FileManager.default.fileExists(atPath: resultURL.path) {
                        ScreenSupport.fail("candidate \(candidate) has already completed '\(pack)'; the result is \(resultURL.path) (a screen cannot be taken twice)")
                    }
                    ScreenSupport.fail("candidate \(candidate) already has a run of '\(pack)'; continue it with --resume (a screen cannot be restarted)")
                }
                log = try AuditLog.open(at: logURL, key: key)
                let started: ScreenEvent
                (run, started) = ScreenRun.begin(content: content, candidateID: candidate, language: language,
                                                 seed: UInt64.random(in: 1...UInt64.max), at: ScreenSupport.now(),
                                                 contentHashes: ScreenSupport.contentHashes(content))
                try log.append(started)
            }
            let interrupts = InterruptRecorder()
            interrupts.install()
            ScreenTerminalMode.enter()
            var console = ScreenConsole(run: run, log: log, engine: engine, interrupts: interrupts, mirror: openStore())
            let finished = try console.go()
            guard finished else {
                print("\n" + ScreenStrings.stopped[run.start.language]!)
                throw ExitCode(3)
            }
            let result = ScreenResult(run: console.run, auditFile: logURL.lastPathComponent, auditLines: log.lineCount,
                                      auditLastHash: log.lastHash)
            try files.write(try SignedResult.sign(result, with: key), to: resultURL)
            print("\n" + ScreenStrings.thanks[run.start.language]!)
        } catch let error as ScreenError {
            ScreenSupport.fail(error.message)
        }
    }

    /// The shared store (HOTSEAT_STORE or the default location), or nil with a warning: a screen
    /// never depends on it, because the audit log holds everything.
    private func openStore() -> ScreenStoreMirror? {
        do {
            let location = try StoreLocation.resolve(option: nil, environment: ProcessInfo.processInfo.environment)
            return ScreenStoreMirror(store: try Store.open(at: location.url))
        } catch {
            ScreenSupport.warn("the store is not available (\(error)); the screen is kept in its audit log only")
            return nil
        }
    }

    private func chooseLanguage(_ pack: ScreenPack) -> Language {
        if let langCode {
            guard let language = Language(rawValue: langCode) else { ScreenSupport.fail("--lang must be en, nl or nb, not '\(langCode)'") }
            guard pack.languages.contains(language) else {
                ScreenSupport.fail("pack '\(pack.id)' is not available in \(langCode) (it has \(pack.languages.map(\.rawValue).joined(separator: ", ")))")
            }
            return language
        }
        if let fromLocale = Language.namedByLocale(), pack.languages.contains(fromLocale) { return fromLocale }
        return pack.languages.first ?? .en
    }
}
