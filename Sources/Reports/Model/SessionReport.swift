import Foundation
import HotseatCore

/// How a drill session ended, as a report shows it.
///
/// Raw values match the drill's and the scenario files' spelling, so the store adapter maps by raw value.
public enum SessionOutcome: String, Codable, Sendable, CaseIterable {
    case resolved
    case walkedOut = "walked_out"
    case manager
    case turnLimit = "turn_limit"
    /// The trainee stopped before the scenario reached an ending.
    case unfinished

    /// Words for a person, not a machine.
    public var label: String { label(in: .en) }

    /// "Klant is weggelopen": the label in `language`.
    public func label(in language: Language) -> String { ReportStrings(language).label(of: self) }
}

/// Everything a session scorecard shows, independent of HTML, text or CSV.
///
/// Renderers take this value and nothing else, so tests build one directly:
/// ```swift
/// let report = SessionReport(sessionID: "s1", trainee: "Ada", scenarioID: "ski-lift",
///                            scenarioTitle: "Stuck on the chairlift", language: .en,
///                            date: Date(), outcome: .resolved, finalMood: 35,
///                            scores: [.empathy: 82, .ownership: 64, .speed: 70, .calm: 90],
///                            moodSeries: [70, 52, 35], turns: [], coaching: [])
/// let html = ReportRenderer().render(session: report, format: .html)
/// ```
public struct SessionReport: Sendable, Equatable, Codable {
    /// One exchange: what the customer said and how the trainee answered.
    public struct Turn: Sendable, Equatable, Codable {
        /// 1-based, as a person counts.
        public var number: Int
        public var customerLine: String
        public var reply: String
        /// Offsets are Unicode scalars into `reply` (see `Evidence`).
        public var evidence: [Evidence]
        /// Seconds, net of the reading allowance; nil when not measured.
        public var latency: Double?
        public var scores: [HotseatCore.Dimension: Double]
        /// The reply's overall as the drill weighed it (the engine's, with the scenario's weights
        /// and anti-gaming caps), the value the scorecard's strongest and weakest reply quote; nil
        /// when not known. Not the plain mean of `scores`, which would disagree with the scorecard.
        public var overall: Double?
        /// The customer's mood (0 calm … 100 furious) after this reply.
        public var moodAfter: Double?
        public var flags: [ScoreFlag]

        public init(number: Int, customerLine: String, reply: String, evidence: [Evidence] = [],
                    latency: Double? = nil, scores: [HotseatCore.Dimension: Double] = [:], overall: Double? = nil,
                    moodAfter: Double? = nil, flags: [ScoreFlag] = []) {
            self.number = number
            self.customerLine = customerLine
            self.reply = reply
            self.evidence = evidence
            self.latency = latency
            self.scores = scores
            self.overall = overall
            self.moodAfter = moodAfter
            self.flags = flags
        }
    }

    public var sessionID: String
    public var trainee: String
    public var scenarioID: String
    public var scenarioTitle: String
    /// The language the session was played in: the transcript's language.
    public var language: Language
    /// The language the report's own words are in (headings, labels, explanations); the
    /// session's language unless the reader asks for another.
    public var interfaceLanguage: Language
    public var date: Date
    public var outcome: SessionOutcome
    /// The customer's mood when the session ended (0 calm … 100 furious).
    public var finalMood: Double?
    /// Session-level 0–100 scores; a missing dimension was not measured.
    public var scores: [HotseatCore.Dimension: Double]
    /// The customer's mood at the start and after each turn.
    public var moodSeries: [Double]
    public var turns: [Turn]
    public var coaching: [CoachingTip]
    /// The customer's closing line, if the scenario reached an ending.
    public var endingLine: String?
    /// The session's overall score; the drill weighs dimensions per scenario, so it may differ from their plain mean.
    public var overall: Double?
    /// True when the session is not finished and `scores` are the running means of the replies so
    /// far (a paused session has no scorecard yet); reports mark them "not finished".
    public var scoresAreRunning: Bool
    /// The hints the trainee took; a finished session's `overall` already has their cost taken
    /// off. nil when the store does not say.
    public var hints: HintUsage?

    public init(sessionID: String, trainee: String, scenarioID: String, scenarioTitle: String,
                language: Language, date: Date, outcome: SessionOutcome, finalMood: Double?,
                scores: [HotseatCore.Dimension: Double], moodSeries: [Double], turns: [Turn],
                coaching: [CoachingTip], endingLine: String? = nil, overall: Double? = nil, scoresAreRunning: Bool = false,
                hints: HintUsage? = nil, interfaceLanguage: Language? = nil) {
        self.sessionID = sessionID
        self.trainee = trainee
        self.scenarioID = scenarioID
        self.scenarioTitle = scenarioTitle
        self.language = language
        self.interfaceLanguage = interfaceLanguage ?? language
        self.date = date
        self.outcome = outcome
        self.finalMood = finalMood
        self.scores = scores
        self.moodSeries = moodSeries
        self.turns = turns
        self.coaching = coaching
        self.endingLine = endingLine
        self.overall = overall ?? Statistics.mean(Array(scores.values))
        self.scoresAreRunning = scoresAreRunning
        self.hints = hints
    }

    /// The hints in words for the line beside the overall, when any were used.
    public var hintsSummary: String? {
        guard let hints, hints.count > 0 else { return nil }
        return hints.summary(final: outcome != .unfinished && !scoresAreRunning, in: interfaceLanguage)
    }

    /// How many replies carry scores (waits do not).
    public var scoredReplies: Int { turns.filter { !$0.scores.isEmpty }.count }

    /// The per-dimension mean over the scored replies: the running scores of an unfinished session.
    public static func runningScores(_ turns: [Turn]) -> [HotseatCore.Dimension: Double] {
        var result: [HotseatCore.Dimension: Double] = [:]
        for dimension in HotseatCore.Dimension.allCases {
            if let mean = Statistics.mean(turns.compactMap { $0.scores[dimension] }) { result[dimension] = mean }
        }
        return result
    }

    /// The words reports put beside running scores.
    public var runningNote: String {
        ReportStrings(interfaceLanguage).format(scoredReplies == 1 ? .runningNoteOne : .runningNoteMany, scoredReplies)
    }

    /// The band for each measured dimension.
    public var bands: [HotseatCore.Dimension: Band] { scores.mapValues(Band.init(score:)) }
}
