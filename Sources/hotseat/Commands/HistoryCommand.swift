import ArgumentParser
import HotseatCore
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

    @OptionGroup var language: LanguageOption

    @OptionGroup var storage: StoreOptions

    func run() throws {
        let store = try storage.open(.readOnly)
        let who = all ? nil : resolvedTrainee(trainee)
        let words = RecordsWording(language.language)
        let summaries: [SessionSummary]
        do { summaries = try store.sessions(trainee: who) } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        guard !summaries.isEmpty else {
            Console.out(who.map { words.format(.noSessionsOf, $0, store.path) } ?? words.format(.noSessionsAtAll, store.path))
            return
        }
        var columns: [HistoryTable.Column] = [
            .init(words[.columnID], summaries.map { $0.session.shortID }),
            .init(words[.columnStarted], summaries.map { SessionFormatting.date($0.session.startedAt) }),
        ]
        // The trainee column is as wide as the longest name: a cut name could be someone else's.
        if all { columns.append(.init(words[.columnTrainee], summaries.map { $0.session.trainee }, gap: 1)) }
        columns += [
            .init(words[.columnScenario], summaries.map { $0.session.scenarioID }, minimumWidth: 20),
            .init(words[.columnLanguage], summaries.map { $0.session.language.rawValue }),
            .init(words[.columnResult], summaries.map { SessionFormatting.result($0.session, words) }, minimumWidth: 12, gap: 1),
            .init(words[.columnTurns], summaries.map { String($0.turnCount) }, minimumWidth: 5, alignRight: true),
            .init(words[.columnOverall], summaries.map { SessionFormatting.score($0.session.overall) }, alignRight: true),
        ]
        for line in HistoryTable(columns: columns).lines { Console.out(line) }
    }
}
