import Drill
import Foundation
import HotseatCore
import Store

/// Builds report view models from the store's records. The renderers never see the store; this is
/// the only file that knows both.
///
/// ```swift
/// let store = try Store.open(at: url, access: .readOnly)
/// let report = try StoreReports.session("3f9a", in: store)
/// let html = ReportRenderer().render(session: report, format: .html)
/// ```
public enum StoreReports {
    /// Screening sessions are mirrored into the store with this mode; they stay out of training reports.
    static let screeningMode = "screen"

    /// One session's scorecard, by id or unique prefix, with the explanations as stored (English).
    public static func session(_ idOrPrefix: String, in store: Store) throws(StoreError) -> SessionReport {
        session(try store.transcript(idOrPrefix))
    }

    /// `language` is the report's: the session's own unless given. `translator` puts the stored
    /// English explanations and flag messages into it (`.english` leaves them). What was said,
    /// the coaching included, stays in the language the session was played in.
    public static func session(_ transcript: SessionTranscript, translator: ExplanationTranslator = .english,
                               language: Language? = nil) -> SessionReport {
        let record = transcript.session
        let shown = language ?? record.language
        let scorecard = record.scorecardJSON.flatMap { try? JSONDecoder().decode(Scorecard.self, from: Data($0.utf8)) }
        var scores = record.scores
        if scores.isEmpty, let scorecard {
            for item in scorecard.dimensions { if let score = item.score { scores[item.dimension] = score } }
        }
        let turns = transcript.turns.sorted { $0.index < $1.index }.map { turn in
            SessionReport.Turn(number: turn.index + 1, customerLine: turn.customerLine, reply: turn.reply,
                               evidence: translator.localized(turn.score?.evidence ?? [], in: shown), latency: turn.latencyNet,
                               scores: turn.score?.scores ?? [:], overall: turn.score?.overall, moodAfter: Double(turn.moodAfter),
                               flags: translator.localized(turn.score?.flags ?? [], in: shown))
        }
        // A paused or interrupted session has no scorecard yet: show the running scores instead of nothing.
        let running = record.status != .finished && scores.isEmpty && turns.contains { !$0.scores.isEmpty }
        if running { scores = SessionReport.runningScores(turns) }
        var mood: [Double] = transcript.turns.first.map { [Double($0.moodBefore)] } ?? []
        mood += transcript.turns.sorted { $0.index < $1.index }.map { Double($0.moodAfter) }
        // The scorecard's coaching is the drill's considered list; without one, gather the per-reply tips.
        var coaching = scorecard?.coaching ?? []
        if coaching.isEmpty {
            var seen = Set<CoachingTip>()
            coaching = transcript.turns.flatMap { $0.score?.coaching ?? [] }.filter { seen.insert($0).inserted }
        }
        return SessionReport(
            sessionID: record.id, trainee: record.trainee, scenarioID: record.scenarioID,
            scenarioTitle: record.scenarioTitle ?? record.scenarioID, language: record.language, date: record.startedAt,
            outcome: outcome(record), finalMood: scorecard.map { Double($0.finalMood) } ?? mood.last,
            scores: scores, moodSeries: mood, turns: turns, coaching: coaching, endingLine: scorecard?.endingLine,
            overall: record.overall ?? scorecard?.overall, scoresAreRunning: running,
            // The scorecard is decoded above already; the record reads the drill state when there is none.
            hints: scorecard.map(HintUsage.init) ?? record.hintUsage, interfaceLanguage: shown)
    }

    static func outcome(_ record: SessionRecord) -> SessionOutcome {
        guard let raw = record.outcome?.rawValue else { return .unfinished }
        return SessionOutcome(rawValue: raw) ?? .unfinished
    }

    /// A trainee's progress: every training attempt, finished or not (as `hotseat progress`
    /// counts them; unfinished ones show as "Not finished" without scores), scenarios played, and
    /// the store's spaced-repetition recommendation (`scenarios` lets it suggest scenarios not yet played).
    ///
    /// `language` is the report's. Give `scenarios` with their titles and what they train in it:
    /// the store keeps each title in the language its session was played in, and a title from
    /// `scenarios` replaces it when that was another language.
    public static func progress(trainee: String, in store: Store, scenarios: [ScenarioProfile] = [],
                                now: Date = Date(), language: Language = .en) throws(StoreError) -> TraineeProgressReport {
        let sessions = try store.sessions(trainee: trainee).map(\.session).filter { $0.mode != screeningMode }
        let titles = Dictionary(scenarios.map { ($0.id, $0.title) }) { first, _ in first }
        func title(_ s: SessionRecord) -> String {
            let stored = s.scenarioTitle ?? s.scenarioID
            return s.language == language ? stored : titles[s.scenarioID] ?? stored
        }
        let attempts = sessions.map { s in
            TraineeProgressReport.Attempt(sessionID: s.id, scenarioID: s.scenarioID, scenarioTitle: title(s),
                                          date: s.startedAt, outcome: s.status == .finished ? outcome(s) : .unfinished,
                                          scores: s.status == .finished ? s.scores : [:], overall: s.status == .finished ? s.overall : nil)
        }
        var order: [String] = []
        var byScenario: [String: [TraineeProgressReport.Attempt]] = [:]
        for attempt in attempts {
            if byScenario[attempt.scenarioID] == nil { order.append(attempt.scenarioID) }
            byScenario[attempt.scenarioID, default: []].append(attempt)
        }
        let completed = order.map { id in
            let played = byScenario[id]!
            return TraineeProgressReport.CompletedScenario(
                scenarioID: id, title: played.last!.scenarioTitle, attempts: played.count,
                bestOverall: played.compactMap(\.overall).max(), resolved: played.contains { $0.outcome == .resolved })
        }
        let planned = try store.progress(trainee: trainee, scenarios: scenarios, now: now)
        let words = ReportStrings(language)
        let recommendation = planned.recommendation.map { next -> TraineeProgressReport.Recommendation in
            var reason = words.format(.reasonAims, words.drill.inlineName(of: next.dimension))
            if let average = planned.weakestAverage, planned.weakest == next.dimension {
                reason += words.format(.reasonWeakest, Format.number(average))
            }
            reason += next.lastScore.map { words.format(.reasonLastScore, Format.number($0)) } ?? words[.reasonNew]
            if next.streak > 0 { reason += words.format(.reasonReview, next.streak) }
            if let trains = next.scenario.trains { reason += words.format(.reasonTrains, trains) }
            return .init(scenarioID: next.scenario.id, title: next.scenario.title, reason: reason,
                         command: next.playCommand(trainee: trainee))
        }
        return TraineeProgressReport(trainee: trainee, attempts: attempts, completed: completed, recommendation: recommendation,
                                     interfaceLanguage: language)
    }

    /// The cohort dashboard for every trainee named `COHORT/…` (see ``CohortMembership``).
    public static func cohort(_ name: String, in store: Store) throws(StoreError) -> CohortReport {
        let membership = CohortMembership(cohort: name)
        var members: [CohortReport.Member] = []
        var byScenario: [String: (title: String, sessions: [SessionRecord])] = [:]
        for trainee in try store.trainees() {
            guard let shortName = membership.memberName(trainee) else { continue }
            let finished = try store.sessions(trainee: trainee).map(\.session)
                .filter { $0.status == .finished && $0.mode != screeningMode }
            members.append(.init(name: shortName, sessions: finished.count, scores: meanScores(finished.map(\.scores)),
                                 overall: Statistics.mean(finished.compactMap(\.overall))))
            for s in finished {
                byScenario[s.scenarioID, default: (s.scenarioTitle ?? s.scenarioID, [])].sessions.append(s)
            }
        }
        let scenarios = byScenario.keys.sorted().map { id in
            let entry = byScenario[id]!
            return CohortReport.ScenarioSummary(scenarioID: id, title: entry.title, attempts: entry.sessions.count,
                                                scores: meanScores(entry.sessions.map(\.scores)),
                                                overall: Statistics.mean(entry.sessions.compactMap(\.overall)))
        }
        return CohortReport(cohort: name, members: members, scenarios: scenarios)
    }

    static func meanScores(_ all: [[HotseatCore.Dimension: Double]]) -> [HotseatCore.Dimension: Double] {
        var result: [HotseatCore.Dimension: Double] = [:]
        for dimension in HotseatCore.Dimension.allCases {
            if let mean = Statistics.mean(all.compactMap { $0[dimension] }) { result[dimension] = mean }
        }
        return result
    }
}
