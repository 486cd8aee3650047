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

    @OptionGroup var saving: SaveWaitOptions

    func run() throws {
        let store = try storage.open(.readWrite)
        let session: SessionRecord
        do {
            if let sessionID {
                session = try store.session(sessionID)
            } else if let latest = try store.latestUnfinishedSession(trainee: resolvedTrainee(trainee), withReplies: true)
                        ?? store.latestUnfinishedSession(trainee: resolvedTrainee(trainee)) {
                session = latest.session
            } else if try store.sessions(trainee: resolvedTrainee(trainee)).isEmpty {
                Console.out("Nothing to resume: there are no sessions of '\(resolvedTrainee(trainee))' in \(store.path). Names are exact: `hotseat history --all` lists every trainee, and `hotseat resume --trainee NAME` picks one.")
                return
            } else {
                Console.out("Nothing to resume: every session of '\(resolvedTrainee(trainee))' is finished.")
                return
            }
            guard session.status.isUnfinished else {
                Console.error("session \(session.shortID) is already finished (see `hotseat show \(session.shortID)`)")
                throw ExitCode(1)
            }
        } catch let error as StoreError {
            Console.error(error.description)
            throw ExitCode(1)
        }
        let resources: Resources
        let engine: any ReplyScoring
        do {
            resources = try Resources.load()
            engine = try resources.engine()
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        var opened: LineEditor?
        defer { opened?.close() }
        let resumer = SessionResumer(store: store, resources: resources, engine: engine, style: terminal.style, saveWait: saving.saveWait)
        do {
            _ = try resumer.resume(session) {
                let editor = terminal.makeEditor()
                opened = editor
                return editor
            }
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        guard resumer.outcome.allSaved else { throw ExitCode(1) }
    }
}
