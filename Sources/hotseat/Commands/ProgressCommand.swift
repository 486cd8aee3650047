import ArgumentParser
import Foundation
import HotseatCore
import Scenarios
import Store

struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show how a trainee improves over time and which scenario to practise next.",
        discussion: """
        Sparklines show each dimension per finished session, oldest to newest, on a fixed 0–100 scale \
        (▁ low … █ high). The recommendation aims at the weakest dimension over the last \
        \(ProgressReport.recentWindow) sessions. Spaced repetition: a scenario finished resolved with an \
        overall score of \(Int(SpacedRepetition.masteryScore))+ is mastered and comes back after 2, 6, 14, \
        then every 30 days for each mastery in a row; a weaker attempt brings it back at once.
        """
    )

    @Option(help: "Whose progress (default: the remembered name, else $USER).")
    var trainee: String?

    @OptionGroup var language: LanguageOption

    @OptionGroup var storage: StoreOptions

    func run() throws {
        let store = try storage.open(.readOnly)
        let who = resolvedTrainee(trainee)
        let lang = language.language
        let words = RecordsWording(lang), l = Localizer(lang)
        let report: ProgressReport
        do { report = try store.progress(trainee: who, scenarios: Self.profiles(in: lang)) } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        guard report.attempts > 0 else {
            let start = "hotseat play SCENARIO --trainee \(ShellWord.quote(who))"
            Console.out(words.format(.noProgressYet, who, store.path, start))
            return
        }
        Console.out(words.format(.progressOf, who))
        let mastered = report.mastered.isEmpty ? "" : words.format(.progressMasteredList, report.mastered.joined(separator: ", "))
        Console.out("  " + words.format(.progressCounts, report.attempts, report.finished, report.mastered.count) + mastered)
        Console.out()
        for line in trendTable(report, words: words, l) { Console.out("  " + line) }
        // "best" and "latest" padded alike, so the two lines' scores line up in any language.
        let labelWidth = max(words[.bestLine].count, words[.latestLine].count) + 3
        let overall = words[.overallWord]
        if let best = report.best {
            Console.out()
            Console.out("  \(SessionFormatting.pad(words[.bestLine], labelWidth))\(WholeScore.text(best.overall)) \(overall) · \(best.session.scenarioID) · \(SessionFormatting.date(best.session.startedAt)) · \(best.session.shortID)")
        }
        if let latest = report.latest {
            Console.out("  \(SessionFormatting.pad(words[.latestLine], labelWidth))\(WholeScore.text(latest.overall)) \(overall) · \(latest.session.scenarioID) · \(SessionFormatting.date(latest.session.startedAt)) · \(SessionFormatting.result(latest.session, words))")
        }
        if let next = report.recommendation {
            Console.out()
            let aim = l.inlineName(of: next.dimension)
            let why = next.lastScore.map { words.format(.lastTimeThere, WholeScore.text($0), aim) } ?? words[.newToYou]
            let review = next.streak > 0 ? words.format(.reviewStreak, next.streak) : ""
            let early = next.earlyReview ? words[.earlyReview] : ""
            let weakest = report.weakestAverage.map { words.format(.yourWeakest, WholeScore.text($0), ProgressReport.recentWindow) } ?? ""
            Console.out(words.format(.next, next.scenario.id, next.scenario.title, l[.difficulty], next.scenario.difficulty))
            Console.out("  " + words.format(.aimsAt, aim) + weakest + "; " + why + review + early)
            if let trains = next.scenario.trains { Console.out("  " + words.format(.trains, trains)) }
            // A language asked for here is asked for there too; without one, both follow the locale.
            Console.out("  \(next.playCommand(trainee: trainee))" + (language.lang.map { " --lang \($0.rawValue)" } ?? ""))
        }
    }

    /// One line per dimension: its sparkline over the last 28 sessions, best and latest score.
    private func trendTable(_ report: ProgressReport, words: RecordsWording, _ l: Localizer) -> [String] {
        let names = Dimension.allCases.map { l.inlineName(of: $0) }
        let nameWidth = max(9, words[.columnDimension].count, names.map(\.count).max() ?? 0)
        let trendWidth = max(28, words[.columnTrend].count)
        let bestWidth = max(4, words[.columnBest].count)
        var lines = ["\(SessionFormatting.pad(words[.columnDimension], nameWidth))  \(SessionFormatting.pad(words[.columnTrend], trendWidth))  \(SessionFormatting.pad(words[.columnBest], bestWidth))  \(words[.columnLatest])"]
        for (dimension, name) in zip(Dimension.allCases, names) {
            let series = report.trend[dimension] ?? []
            let marker = dimension == report.weakest ? "  " + words[.weakestMarker] : ""
            // Scores sit one column left of the heading's end, as they always have in English.
            let best = SessionFormatting.score(series.max()).leftPadded(to: bestWidth - 1)
            lines.append("\(SessionFormatting.pad(name, nameWidth))  \(SessionFormatting.pad(Sparkline.render(series.suffix(28)), trendWidth))  \(best)   \(SessionFormatting.score(report.latest?.scores[dimension]))\(marker)")
        }
        return lines
    }

    /// The scenario files, when hotseat can find them; progress works without them too.
    static func profiles(in language: Language = .en) -> [ScenarioProfile] {
        guard let resources = try? Resources.load() else { return [] }
        return resources.catalog.scenarios.map { scenario in
            var focus = scenario.scoring.weights
            // Abusive lines are where composure is measured: such scenarios train calm.
            if scenario.beats.values.contains(where: \.abusive) { focus[.calm] = (focus[.calm] ?? 1) + 0.5 }
            return ScenarioProfile(id: scenario.id, title: scenario.title.text(in: language), difficulty: scenario.difficulty,
                                   trains: scenario.trains.text(in: language), focus: focus)
        }
    }
}
