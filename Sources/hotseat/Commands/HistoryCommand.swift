import ArgumentParser
import Store

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List your stored sessions, oldest first.",
        discussion: "Each line starts with the session id to pass to `hotseat show` or `hotseat resume`."
    )

    @Option(help: "Whose sessions (default: the remembered name, else $USER).")
    var trainee: String?

    @Flag(help: "List every trainee's sessions.")
    var all = false

    @OptionGroup var storage: StoreOptions

    func run() throws {
        let store = try storage.open(.readOnly)
        let who = all ? nil : resolvedTrainee(trainee)
        let summaries: [SessionSummary]
        do { summaries = try store.sessions(trainee: who) } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        guard !summaries.isEmpty else {
            Console.out("No sessions\(who.map { " for \($0)" } ?? "") in \(store.path).")
            return
        }
        // The trainee column is as wide as the longest name: a cut name could be someone else's.
        let nameWidth = max("trainee".count, summaries.map { $0.session.trainee.count }.max() ?? 0)
        func name(_ text: String) -> String { text + String(repeating: " ", count: max(0, nameWidth - text.count)) }
        Console.out("id        started           \(all ? name("trainee") + " " : "")scenario              lang  result       turns  overall")
        for summary in summaries {
            let s = summary.session
            var line = "\(s.shortID)  \(SessionFormatting.date(s.startedAt))  "
            if all { line += name(s.trainee) + " " }
            line += SessionFormatting.pad(s.scenarioID, 20) + "  \(s.language.rawValue)    "
            line += SessionFormatting.pad(SessionFormatting.result(s), 12) + " " + String(format: "%5d", summary.turnCount)
            line += "    " + SessionFormatting.score(s.overall)
            Console.out(line)
        }
    }
}
