import Foundation
import HotseatCore

/// What every hiring-screen report must say, so that no one reads a score as a verdict.
public enum ScreeningCaveats {
    /// Printed at the top of every candidate and screen report.
    public static let judgementStatement =
        "These scores are an aid to a person's judgement, not a decision. Read the candidate's own words before drawing conclusions, and weigh them with the interview and references."

    /// What the rubric engine cannot judge; the report lists these so a reviewer checks them in person.
    public static let cannotJudge: [String] = [
        "Tone of voice, warmth and body language: the engine reads typed words only.",
        "Whether a promised remedy is allowed, realistic or kept in your company.",
        "Product knowledge and whether an explanation is true.",
        "Replies in a language other than English, Dutch or Norwegian bokmål, dialect, or unusual phrasing the phrase packs do not cover.",
        "Typing speed and reading difficulties: slow replies lower the speed score for reasons unrelated to the job.",
        "Cultural norms of politeness that differ from the rubric's.",
    ]
}

/// One part of a hiring-screen profile (empathy … situational judgement), with the candidate's own
/// words behind the score. Screens measure more than the four rubric dimensions, so parts are named.
public struct ProfileScore: Sendable, Equatable, Codable {
    public struct Quote: Sendable, Equatable, Codable {
        public var whereSaid: String
        public var quote: String
        public var note: String
        public var points: Double

        public init(whereSaid: String, quote: String, note: String, points: Double) {
            self.whereSaid = whereSaid
            self.quote = quote
            self.note = note
            self.points = points
        }
    }

    /// A stable id for CSS and CSV (`composure`).
    public var key: String
    public var title: String
    /// Short column header (`Composure`).
    public var short: String
    /// 0–100; nil when not measured.
    public var score: Double?
    /// 0–100 within the comparison group; nil when not measured.
    public var percentile: Double?
    /// What it was measured on.
    public var basis: String
    public var evidence: [Quote]

    public init(key: String, title: String, short: String? = nil, score: Double?, percentile: Double? = nil,
                basis: String = "", evidence: [Quote] = []) {
        self.key = key
        self.title = title
        self.short = short ?? title
        self.score = score
        self.percentile = percentile
        self.basis = basis
        self.evidence = evidence
    }
}

/// How a screen cohort answered one situational-judgement item.
public struct JudgementItemSummary: Sendable, Equatable, Codable {
    public var itemID: String
    public var keyBest: String
    public var keyWorst: String
    public var shown: Int
    /// 0–100: share of candidates shown the item who picked the key's best (worst) response.
    public var bestShare: Double
    public var worstShare: Double
    public var timedOut: Int

    public init(itemID: String, keyBest: String, keyWorst: String, shown: Int, bestShare: Double, worstShare: Double, timedOut: Int = 0) {
        self.itemID = itemID
        self.keyBest = keyBest
        self.keyWorst = keyWorst
        self.shown = shown
        self.bestShare = bestShare
        self.worstShare = worstShare
        self.timedOut = timedOut
    }

    /// Lower is harder: the mean of the two shares.
    public var agreement: Double { (bestShare + worstShare) / 2 }
}

/// One candidate's hiring-screen result, for the hiring-screens module to fill and render.
///
/// ```swift
/// let report = CandidateReport(candidateID: "c-17", pack: "front-desk", packTitle: "Front desk screen",
///                              date: Date(), scores: [.empathy: 70, .ownership: 58, .speed: 64, .calm: 88],
///                              percentiles: [.empathy: 62, .ownership: 40, .speed: 55, .calm: 81],
///                              normGroup: "31 candidates who took this pack", flags: [], items: [])
/// let html = ReportRenderer().render(candidate: report)
/// ```
public struct CandidateReport: Sendable, Equatable, Codable {
    /// One screen item (a drill turn or a situational-judgement question) and the candidate's answer.
    public struct Item: Sendable, Equatable, Codable {
        public var title: String
        public var prompt: String
        public var response: String
        public var evidence: [Evidence]
        public var scores: [HotseatCore.Dimension: Double]
        /// The reply's overall as the engine weighed it for its scenario (as the signed result
        /// holds it); nil for a judgement item. Not the plain mean of `scores`.
        public var overall: Double?
        public var latency: Double?

        public init(title: String, prompt: String, response: String, evidence: [Evidence] = [],
                    scores: [HotseatCore.Dimension: Double] = [:], overall: Double? = nil, latency: Double? = nil) {
            self.title = title
            self.prompt = prompt
            self.response = response
            self.evidence = evidence
            self.scores = scores
            self.overall = overall
            self.latency = latency
        }
    }

    public var candidateID: String
    /// Optional: screens may be run blind, with an id only.
    public var candidateName: String?
    public var pack: String
    public var packTitle: String
    public var date: Date
    public var scores: [HotseatCore.Dimension: Double]
    /// 0–100: the share of the norm group this candidate scored at or above, per dimension.
    public var percentiles: [HotseatCore.Dimension: Double]
    /// Who the percentiles compare against, in words ("31 candidates who took this pack").
    public var normGroup: String
    public var flags: [ScoreFlag]
    public var items: [Item]
    /// A signature or checksum line from the screening module, shown verbatim.
    public var integrity: String?
    public var judgementStatement: String
    public var cannotJudge: [String]
    /// Every part of the screen profile with its evidence; empty for reports built from the four dimensions only.
    public var profile: [ProfileScore] = []
    /// Overall as the screening module defines it (mean of the measured parts); else the mean of `scores`.
    public var profileOverall: Double?
    /// The language the candidate took the screen in, e.g. "nl (Nederlands)".
    public var language: String?
    /// Path → SHA-256 of the content the run was scored against, as recorded at its start.
    public var contentHashes: [String: String] = [:]
    /// How the overall was made, shown beside it.
    public var overallNote: String?

    public init(candidateID: String, candidateName: String? = nil, pack: String, packTitle: String, date: Date,
                scores: [HotseatCore.Dimension: Double], percentiles: [HotseatCore.Dimension: Double], normGroup: String,
                flags: [ScoreFlag], items: [Item], integrity: String? = nil,
                judgementStatement: String = ScreeningCaveats.judgementStatement,
                cannotJudge: [String] = ScreeningCaveats.cannotJudge) {
        self.candidateID = candidateID
        self.candidateName = candidateName
        self.pack = pack
        self.packTitle = packTitle
        self.date = date
        self.scores = scores
        self.percentiles = percentiles
        self.normGroup = normGroup
        self.flags = flags
        self.items = items
        self.integrity = integrity
        self.judgementStatement = judgementStatement
        self.cannotJudge = cannotJudge
    }

    public var overall: Double? { profileOverall ?? Statistics.mean(Array(scores.values)) }
    /// The name when known, else the id.
    public var displayName: String { candidateName.map { "\($0) (\(candidateID))" } ?? candidateID }
}

/// Every candidate who took one screen pack, for a hiring manager's overview.
///
/// ```swift
/// let screen = ScreenCohortReport(pack: "front-desk", packTitle: "Front desk screen", candidates: [
///     .init(candidateID: "c-17", scores: [.empathy: 70, .ownership: 58, .speed: 64, .calm: 88], flags: []),
/// ], items: [])
/// let html = ReportRenderer().render(screenCohort: screen)
/// ```
public struct ScreenCohortReport: Sendable, Equatable, Codable {
    public struct Candidate: Sendable, Equatable, Codable {
        public var candidateID: String
        public var candidateName: String?
        public var scores: [HotseatCore.Dimension: Double]
        public var flags: [ScoreFlag]
        /// Every part of the screen profile; when empty the four dimensions are shown.
        public var parts: [ProfileScore]
        /// 0–100: share of the group whose overall is at or below this candidate's.
        public var percentile: Double?
        /// Overall as the screening module defines it; else the mean of `scores`.
        public var profileOverall: Double?
        /// Signature and completeness, in words ("signed ✓", "incomplete").
        public var status: String?
        /// The language the screen was taken in ("en", "nl", "nb").
        public var language: String?

        public init(candidateID: String, candidateName: String? = nil, scores: [HotseatCore.Dimension: Double], flags: [ScoreFlag],
                    parts: [ProfileScore] = [], percentile: Double? = nil, profileOverall: Double? = nil, status: String? = nil) {
            self.candidateID = candidateID
            self.candidateName = candidateName
            self.scores = scores
            self.flags = flags
            self.parts = parts
            self.percentile = percentile
            self.profileOverall = profileOverall
            self.status = status
        }

        public var overall: Double? { profileOverall ?? Statistics.mean(Array(scores.values)) }
        public var displayName: String { candidateName.map { "\($0) (\(candidateID))" } ?? candidateID }
    }

    /// How the candidates did on one item of the pack.
    public typealias ItemSummary = CohortReport.ScenarioSummary

    public var pack: String
    public var packTitle: String
    public var candidates: [Candidate]
    public var items: [ItemSummary]
    /// Situational-judgement items: who picked the key's answers.
    public var judgementItems: [JudgementItemSummary]
    public var judgementStatement: String
    public var cannotJudge: [String]
    /// Someone the ranking cannot show, with why: a result whose signature does not verify, a run in progress.
    public struct Omission: Sendable, Equatable, Codable {
        public var candidateID: String
        public var detail: String
        public init(candidateID: String, detail: String) {
            self.candidateID = candidateID
            self.detail = detail
        }
    }
    /// Results left out because their signature does not verify.
    public var leftOut: [Omission] = []
    /// Runs started without a signed result yet.
    public var inProgress: [Omission] = []
    /// Warnings for the whole group, e.g. candidates scored against different content.
    public var notes: [String] = []
    /// How the overall was made (e.g. "… except consistency"), shown under the ranking.
    public var overallNote: String?

    public init(pack: String, packTitle: String, candidates: [Candidate], items: [ItemSummary],
                judgementItems: [JudgementItemSummary] = [],
                judgementStatement: String = ScreeningCaveats.judgementStatement,
                cannotJudge: [String] = ScreeningCaveats.cannotJudge) {
        self.pack = pack
        self.packTitle = packTitle
        self.candidates = candidates
        self.items = items
        self.judgementItems = judgementItems
        self.judgementStatement = judgementStatement
        self.cannotJudge = cannotJudge
    }

    public func distribution(of dimension: HotseatCore.Dimension) -> [Double] {
        candidates.compactMap { $0.scores[dimension] }.filter(\.isFinite)
    }

    /// Best overall first; ties by name.
    public var ranking: [Candidate] { Ranking.sorted(candidates, name: \.displayName, score: \.overall) }

    /// Percentile (0–100, share at or below) of `candidate` within this group on `dimension`.
    public func percentile(of candidate: Candidate, on dimension: HotseatCore.Dimension) -> Double? {
        guard let score = candidate.scores[dimension], score.isFinite else { return nil }
        return Statistics.percentileRank(score, in: distribution(of: dimension))
    }

    /// Hardest first: the lowest share agreeing with the key; ties by id.
    public var hardestJudgementItems: [JudgementItemSummary] {
        judgementItems.sorted { ($0.agreement, $0.itemID) < ($1.agreement, $1.itemID) }
    }

    /// The profile parts the candidates were measured on, in first-seen order (empty: the four dimensions).
    public var partColumns: [(key: String, short: String, title: String)] {
        var seen: [String] = []
        var columns: [(key: String, short: String, title: String)] = []
        for part in candidates.flatMap(\.parts) where !seen.contains(part.key) {
            seen.append(part.key)
            columns.append((part.key, part.short, part.title))
        }
        return columns
    }

    public func weakestItems(limit: Int = 3) -> [ItemSummary] {
        Array(items.filter { $0.overall != nil }
            .sorted { ($0.overall!, $0.title) < ($1.overall!, $1.title) }
            .prefix(limit))
    }
}
