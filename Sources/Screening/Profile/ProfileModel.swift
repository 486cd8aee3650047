/// The parts of a candidate's profile. Responsiveness is the rubric's speed; composure is calm
/// measured only where the customer was abusive; judgement is the SJT score.
public enum ProfileDimension: String, Codable, Sendable, CaseIterable, Comparable {
    case empathy, ownership, responsiveness, composure, consistency, judgement

    public var title: String {
        switch self {
        case .empathy: "Empathy"
        case .ownership: "Ownership"
        case .responsiveness: "Responsiveness"
        case .composure: "Composure under abuse"
        case .consistency: "Consistency across scenarios"
        case .judgement: "Situational judgement"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)! }
}

/// A candidate's own words that earned or cost points, so a person can check the score.
public struct EvidenceQuote: Codable, Sendable, Equatable {
    /// `ski-lift turn 2` or `item sjt-double-charge`.
    public var whereSaid: String
    public var quote: String
    /// Why it counted, from the rubric rule or the key.
    public var note: String
    public var points: Double

    public init(whereSaid: String, quote: String, note: String, points: Double) {
        self.whereSaid = whereSaid
        self.quote = quote
        self.note = note
        self.points = points
    }
}

public struct ProfilePart: Codable, Sendable, Equatable {
    public var dimension: ProfileDimension
    /// 0–100; nil when there was nothing to measure it on.
    public var score: Double?
    /// What it was measured on, e.g. "4 replies to abusive lines".
    public var basis: String
    public var evidence: [EvidenceQuote]

    public init(dimension: ProfileDimension, score: Double?, basis: String, evidence: [EvidenceQuote]) {
        self.dimension = dimension
        self.score = score
        self.basis = basis
        self.evidence = evidence
    }
}

/// Something a person should look at. Flags never reject a candidate on their own.
public struct ProfileFlag: Codable, Sendable, Equatable {
    public enum Code: String, Codable, Sendable, CaseIterable {
        case likelyPasted = "likely-pasted"
        case typedAhead = "typed-ahead"
        case veryShort = "very-short"
        case timeouts
        case languageMismatch = "language-mismatch"
        case truncated
        case lockedCommands = "locked-commands"
        case interrupted
        case engineFlags = "engine-flags"
    }

    public var code: Code
    public var message: String
    /// Where it happened: `ski-lift turn 2`, `item sjt-storm-delay`.
    public var occurrences: [String]

    public init(code: Code, message: String, occurrences: [String]) {
        self.code = code
        self.message = message
        self.occurrences = occurrences
    }
}

/// What the SJT items added up to.
public struct JudgementSummary: Codable, Sendable, Equatable {
    public var items: Int
    public var points: Int
    public var maximum: Int
    public var keyVersion: String

    public init(items: Int, points: Int, maximum: Int, keyVersion: String) {
        self.items = items
        self.points = points
        self.maximum = maximum
        self.keyVersion = keyVersion
    }
}

/// The hiring manager's view of one run: scores with evidence, and flags for a person.
public struct CandidateProfile: Codable, Sendable, Equatable {
    public var parts: [ProfilePart]
    public var judgement: JudgementSummary
    public var flags: [ProfileFlag]
    /// Per-scenario overall scores, the basis of consistency.
    public var scenarioOverall: [String: Double]

    public init(parts: [ProfilePart], judgement: JudgementSummary, flags: [ProfileFlag], scenarioOverall: [String: Double]) {
        self.parts = parts
        self.judgement = judgement
        self.flags = flags
        self.scenarioOverall = scenarioOverall
    }

    public func score(_ dimension: ProfileDimension) -> Double? { parts.first { $0.dimension == dimension }?.score }

    /// Parts left out of `overall`: consistency is as high for a candidate who is poor everywhere as
    /// for one who is good everywhere (a weak run scored 93 against a strong run's 91), so it is
    /// context beside the overall, never a part of it.
    public static let outsideOverall: Set<ProfileDimension> = [.consistency]

    /// Mean of the measured parts except consistency; used only to order a cohort table.
    public var overall: Double? {
        let scores = parts.filter { !Self.outsideOverall.contains($0.dimension) }.compactMap(\.score)
        guard !scores.isEmpty else { return nil }
        return (scores.reduce(0, +) / Double(scores.count)).rounded(toPlaces: 1)
    }
}
