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

    @OptionGroup var storage: StoreOptions

    func run() throws {
        let store = try storage.open(.readOnly)
        let who = resolvedTrainee(trainee)
        let report: ProgressReport
        do { report = try store.progress(trainee: who, scenarios: Self.profiles()) } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        guard report.attempts > 0 else {
            Console.out("No sessions for \(who) in \(store.path) yet. Start one with `hotseat play SCENARIO --trainee \(who)`.")
            return
        }
        Console.out("Progress of \(who)")
        Console.out("  attempts \(report.attempts) · finished \(report.finished) · mastered \(report.mastered.count)\(report.mastered.isEmpty ? "" : " (\(report.mastered.joined(separator: ", ")))")")
        Console.out()
        Console.out("  dimension  trend (oldest → latest)       best  latest")
        for dimension in Dimension.allCases {
            let series = report.trend[dimension] ?? []
            let best = series.max()
            let latest = report.latest?.scores[dimension]
            let marker = dimension == report.weakest ? "  ← weakest" : ""
            Console.out("  \(SessionFormatting.pad(dimension.rawValue, 9))  \(SessionFormatting.pad(Sparkline.render(series.suffix(28)), 28))  \(SessionFormatting.score(best))   \(SessionFormatting.score(latest))\(marker)")
        }
        if let best = report.best {
            Console.out()
            Console.out("  best     \(WholeScore.text(best.overall)) overall · \(best.session.scenarioID) · \(SessionFormatting.date(best.session.startedAt)) · \(best.session.shortID)")
        }
        if let latest = report.latest {
            Console.out("  latest   \(WholeScore.text(latest.overall)) overall · \(latest.session.scenarioID) · \(SessionFormatting.date(latest.session.startedAt)) · \(SessionFormatting.result(latest.session))")
        }
        if let next = report.recommendation {
            Console.out()
            let why: String
            if let last = next.lastScore {
                why = "you scored \(WholeScore.text(last)) on \(next.dimension) there last time"
            } else {
                why = "new to you"
            }
            let review = next.streak > 0 ? " · review (mastered \(next.streak)× in a row)" : ""
            let early = next.earlyReview ? " · nothing is due, so this is an early review" : ""
            Console.out("Next: \(next.scenario.id) — \(next.scenario.title) (difficulty \(next.scenario.difficulty))")
            Console.out("  aims at \(next.dimension)\(report.weakestAverage.map { ", your weakest (avg \(WholeScore.text($0)) over the last \(ProgressReport.recentWindow))" } ?? ""); \(why)\(review)\(early)")
            if let trains = next.scenario.trains { Console.out("  trains: \(trains)") }
            Console.out("  \(next.playCommand(trainee: trainee))")
        }
    }

    /// The scenario files, when hotseat can find them; progress works without them too.
    static func profiles() -> [ScenarioProfile] {
        guard let resources = try? Resources.load() else { return [] }
        return resources.catalog.scenarios.map { scenario in
            var focus = scenario.scoring.weights
            // Abusive lines are where composure is measured: such scenarios train calm.
            if scenario.beats.values.contains(where: \.abusive) { focus[.calm] = (focus[.calm] ?? 1) + 0.5 }
            return ScenarioProfile(id: scenario.id, title: scenario.title.text(in: .en), difficulty: scenario.difficulty,
                                   trains: scenario.trains.text(in: .en), focus: focus)
        }
    }
}
