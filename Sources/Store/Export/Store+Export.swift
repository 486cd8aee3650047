import Foundation
import HotseatCore

/// The export formats of `hotseat export`.
public enum ExportFormat: String, CaseIterable, Sendable {
    case json, csv, xapi
}

extension Store {
    /// Every session (with turns) of one trainee or everyone, since a date, oldest first.
    public func transcripts(trainee: String? = nil, since: Date? = nil) throws(StoreError) -> [SessionTranscript] {
        var result: [SessionTranscript] = []
        for summary in try sessions(trainee: trainee, since: since) {
            result.append(SessionTranscript(session: summary.session, turns: try turns(session: summary.session.id)))
        }
        return result
    }
}

/// Renders transcripts for other programs.
///
/// ```swift
/// let text = try SessionExporter(options: XAPIOptions()).render(store.transcripts(trainee: "ingrid"), as: .xapi)
/// ```
public struct SessionExporter: Sendable {
    public var xapi: XAPIOptions

    public init(xapi: XAPIOptions = XAPIOptions()) { self.xapi = xapi }

    public func render(_ transcripts: [SessionTranscript], as format: ExportFormat) throws -> String {
        switch format {
        case .csv: return CSV.document(csvRows(transcripts))
        case .json: return try json(transcripts.map(ExportedSession.init))
        case .xapi: return try json(transcripts.map { XAPIStatement(transcript: $0, options: xapi) })
        }
    }

    public static let csvHeader = [
        "session_id", "trainee", "scenario", "scenario_title", "language", "mode", "status", "outcome", "started_at", "ended_at",
        "turns", "empathy", "ownership", "speed", "calm", "overall", "hints", "hint_penalty",
    ]

    /// One row per session: what a training department puts in a spreadsheet.
    public func csvRows(_ transcripts: [SessionTranscript]) -> [[String]] {
        [Self.csvHeader] + transcripts.map { t in
            let s = t.session
            func number(_ value: Double?) -> String { value.map { String(format: "%.1f", $0) } ?? "" }
            let hints = s.hintUsage
            return [
                s.id, s.trainee, s.scenarioID, s.scenarioTitle ?? "", s.language.rawValue, s.mode, s.status.rawValue,
                s.outcome?.rawValue ?? "", ISO8601.string(s.startedAt), s.endedAt.map(ISO8601.string) ?? "",
                "\(t.turns.count)", number(s.scores[.empathy]), number(s.scores[.ownership]), number(s.scores[.speed]),
                number(s.scores[.calm]), number(s.overall), hints.map { String($0.count) } ?? "", hints.map { String($0.penalty) } ?? "",
            ]
        }
    }

    private func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}

enum ISO8601 {
    static func string(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }
}

/// The JSON export's shape: plain keys, dimension scores as an object. Decodable too, so that
/// `hotseat replay` can re-score an exported session on another machine.
public struct ExportedSession: Codable, Sendable {
    public struct Turn: Codable, Sendable {
        public var index: Int
        public var beat: String?
        public var customerLine: String
        public var reply: String
        public var latencyRaw: Double?
        public var latencyNet: Double?
        public var scores: [String: Double]?
        public var overall: Double?
        public var behaviours: [Behaviour]
        public var evidence: [Evidence]?
        public var flags: [ScoreFlag]?
        public var moodBefore: Int
        public var moodAfter: Int
        public var createdAt: String
    }

    public var id: String
    public var trainee: String
    public var scenario: String
    public var scenarioTitle: String?
    public var language: String
    public var mode: String
    public var seed: String
    public var status: String
    public var outcome: String?
    public var startedAt: String
    public var endedAt: String?
    public var scores: [String: Double]
    public var overall: Double?
    /// Hints taken and the points they cost `overall`; left out when the store does not say.
    public var hintsUsed: Int?
    public var hintPenalty: Int?
    public var turns: [Turn]

    /// The sessions in the text `hotseat export --format json` wrote (an array, or one session).
    ///
    /// ```swift
    /// let sessions = try ExportedSession.decode(Data(contentsOf: URL(fileURLWithPath: "export.json")))
    /// ```
    public static func decode(_ data: Data) throws -> [ExportedSession] {
        let decoder = JSONDecoder()
        if let many = try? decoder.decode([ExportedSession].self, from: data) { return many }
        return [try decoder.decode(ExportedSession.self, from: data)]
    }

    init(_ t: SessionTranscript) {
        let s = t.session
        id = s.id; trainee = s.trainee; scenario = s.scenarioID; scenarioTitle = s.scenarioTitle
        language = s.language.rawValue; mode = s.mode; seed = String(s.seed); status = s.status.rawValue
        outcome = s.outcome?.rawValue; startedAt = ISO8601.string(s.startedAt); endedAt = s.endedAt.map(ISO8601.string)
        scores = Dictionary(uniqueKeysWithValues: s.scores.map { ($0.key.rawValue, $0.value) }); overall = s.overall
        let hints = s.hintUsage   // decodes the stored scorecard: once
        hintsUsed = hints?.count; hintPenalty = hints?.penalty
        turns = t.turns.map { turn in
            Turn(index: turn.index, beat: turn.beat, customerLine: turn.customerLine, reply: turn.reply,
                 latencyRaw: turn.latencyRaw, latencyNet: turn.latencyNet,
                 scores: turn.score.map { Dictionary(uniqueKeysWithValues: $0.scores.map { ($0.key.rawValue, $0.value) }) },
                 overall: turn.score?.overall, behaviours: turn.behaviours, evidence: turn.score?.evidence,
                 flags: turn.score?.flags, moodBefore: turn.moodBefore, moodAfter: turn.moodAfter,
                 createdAt: ISO8601.string(turn.createdAt))
        }
    }
}
