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
        public var latency: Double?

        public init(title: String, prompt: String, response: String, evidence: [Evidence] = [],
                    scores: [HotseatCore.Dimension: Double] = [:], latency: Double? = nil) {
            self.title = title
            self.prompt = prompt
            self.response = response
            self.evidence = evidence
            self.scores = scores
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

    public var overall: Double? { Statistics.mean(Array(scores.values)) }
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

        public init(candidateID: String, candidateName: String? = nil, scores: [HotseatCore.Dimension: Double], flags: [ScoreFlag]) {
            self.candidateID = candidateID
            self.candidateName = candidateName
            self.scores = scores
            self.flags = flags
        }

        public var overall: Double? { Statistics.mean(Array(scores.values)) }
        public var displayName: String { candidateName.map { "\($0) (\(candidateID))" } ?? candidateID }
    }

    /// How the candidates did on one item of the pack.
    public typealias ItemSummary = CohortReport.ScenarioSummary

    public var pack: String
    public var packTitle: String
    public var candidates: [Candidate]
    public var items: [ItemSummary]
    public var judgementStatement: String
    public var cannotJudge: [String]

    public init(pack: String, packTitle: String, candidates: [Candidate], items: [ItemSummary],
                judgementStatement: String = ScreeningCaveats.judgementStatement,
                cannotJudge: [String] = ScreeningCaveats.cannotJudge) {
        self.pack = pack
        self.packTitle = packTitle
        self.candidates = candidates
        self.items = items
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

    public func weakestItems(limit: Int = 3) -> [ItemSummary] {
        Array(items.filter { $0.overall != nil }
            .sorted { ($0.overall!, $0.title) < ($1.overall!, $1.title) }
            .prefix(limit))
    }
}
