import Foundation
import HotseatCore
import Scenarios

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
    /// The format style truncates to the millisecond, and a whole millisecond is often a hair
    /// below itself as a Double, so half of all times came out a millisecond early and an export
    /// did not read back as the time the store holds. Rounding, then aiming at the middle of that
    /// millisecond, makes the truncation land on the rounded value.
    static func string(_ date: Date) -> String {
        let milliseconds = (date.timeIntervalSinceReferenceDate * 1000).rounded()
        return Date(timeIntervalSinceReferenceDate: (milliseconds + 0.5) / 1000)
            .formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    static func date(_ text: String) -> Date? {
        try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text)
    }
}

/// The JSON export's shape: plain keys, dimension scores as an object. Decodable too, so that
/// `hotseat replay` can re-score an exported session on another machine.
struct ExportedSession: Codable {
    struct Turn: Codable {
        var index: Int
        var beat: String?
        var customerLine: String
        var reply: String
        var latencyRaw: Double?
        var latencyNet: Double?
        var scores: [String: Double]?
        var overall: Double?
        var behaviours: [Behaviour]
        var evidence: [Evidence]?
        var flags: [ScoreFlag]?
        var moodBefore: Int
        var moodAfter: Int
        var createdAt: String
    }

    var id: String
    var trainee: String
    var scenario: String
    var scenarioTitle: String?
    var language: String
    var mode: String
    var seed: String
    var status: String
    var outcome: String?
    var startedAt: String
    var endedAt: String?
    var scores: [String: Double]
    var overall: Double?
    /// Hints taken and the points they cost `overall`; left out when the store does not say.
    var hintsUsed: Int?
    var hintPenalty: Int?
    var turns: [Turn]

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

/// A value in an export that the store would never have written, named by session and field.
public struct ExportReadingError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

extension SessionTranscript {
    /// The sessions in the text `hotseat export --format json` wrote (an array, or one session),
    /// as the store holds them, so that an exported session reads like a stored one.
    /// Throws `DecodingError` for JSON of another shape, `ExportReadingError` for a bad value.
    ///
    /// ```swift
    /// let sessions = try SessionTranscript.fromExport(Data(contentsOf: URL(fileURLWithPath: "export.json")))
    /// ```
    public static func fromExport(_ data: Data) throws -> [SessionTranscript] {
        let decoder = JSONDecoder()
        let sessions: [ExportedSession]
        if let many = try? decoder.decode([ExportedSession].self, from: data) { sessions = many }
        else { sessions = [try decoder.decode(ExportedSession.self, from: data)] }
        return try sessions.map { try SessionTranscript(exported: $0) }
    }

    /// The inverse of `ExportedSession.init(_:)`; what the export leaves out (the scorecard and
    /// state snapshots, the scenario's difficulty, coaching) stays empty.
    init(exported e: ExportedSession) throws(ExportReadingError) {
        func bad(_ field: String, _ value: String, _ expected: String) -> ExportReadingError {
            ExportReadingError(description: "session \(e.id): \(field) '\(value)' is not \(expected)")
        }
        guard let language = Language(rawValue: e.language) else { throw bad("language", e.language, "en, nl or nb") }
        guard let seed = UInt64(e.seed) else { throw bad("seed", e.seed, "a whole number") }
        guard let status = SessionStatus(rawValue: e.status) else { throw bad("status", e.status, "in_progress, paused or finished") }
        guard let startedAt = ISO8601.date(e.startedAt) else { throw bad("startedAt", e.startedAt, "an ISO 8601 time") }
        var endedAt: Date?
        if let ended = e.endedAt {
            guard let date = ISO8601.date(ended) else { throw bad("endedAt", ended, "an ISO 8601 time") }
            endedAt = date
        }
        var outcome: Outcome?
        if let text = e.outcome {
            guard let known = Outcome(rawValue: text) else { throw bad("outcome", text, "an outcome the drill knows") }
            outcome = known
        }
        func dimensions(_ scores: [String: Double]) -> [HotseatCore.Dimension: Double] {
            Dictionary(uniqueKeysWithValues: scores.compactMap { key, value in HotseatCore.Dimension(rawValue: key).map { ($0, value) } })
        }
        var turns: [TurnRecord] = []
        for turn in e.turns.sorted(by: { $0.index < $1.index }) {
            guard let createdAt = ISO8601.date(turn.createdAt) else { throw bad("createdAt of turn \(turn.index)", turn.createdAt, "an ISO 8601 time") }
            let score = turn.scores.map { scores in
                ReplyScore(language: language, languageDetected: false, scores: dimensions(scores), overall: turn.overall ?? 0,
                           behaviours: turn.behaviours, evidence: turn.evidence ?? [], flags: turn.flags ?? [], coaching: [])
            }
            turns.append(TurnRecord(sessionID: e.id, index: turn.index, beat: turn.beat, customerLine: turn.customerLine, reply: turn.reply,
                                    latencyRaw: turn.latencyRaw, latencyNet: turn.latencyNet, score: score, behaviours: turn.behaviours,
                                    moodBefore: turn.moodBefore, moodAfter: turn.moodAfter, createdAt: createdAt))
        }
        self.init(session: SessionRecord(id: e.id, trainee: e.trainee, scenarioID: e.scenario, scenarioTitle: e.scenarioTitle,
                                         language: language, mode: e.mode, seed: seed, status: status, outcome: outcome,
                                         startedAt: startedAt, endedAt: endedAt, scores: dimensions(e.scores), overall: e.overall),
                  turns: turns)
    }
}
