import Foundation
import GRDB
import HotseatCore
import Scenarios

/// Column mapping for `sessions`; kept apart from the public record so the schema can change
/// without changing the API.
enum SessionRow {
    static let columns = """
        s.id, t.name AS trainee, s.scenario, s.scenario_title, s.scenario_difficulty, s.lang, s.mode, s.seed, s.status,
        s.outcome, s.started_at, s.ended_at, s.empathy, s.ownership, s.speed, s.calm, s.overall, s.scorecard_json, s.state_json
        """
    static let from = "sessions s JOIN trainees t ON t.id = s.trainee_id"

    static func insert(_ session: SessionRecord, now: Date, _ db: Database) throws {
        try db.execute(sql: "INSERT INTO trainees (name, created_at) VALUES (?, ?) ON CONFLICT(name) DO NOTHING",
                       arguments: [session.trainee, now])
        try db.execute(sql: """
            INSERT INTO sessions (id, trainee_id, scenario, scenario_title, scenario_difficulty, lang, mode, seed, status,
                outcome, started_at, ended_at, updated_at, empathy, ownership, speed, calm, overall, scorecard_json, state_json)
            VALUES (?, (SELECT id FROM trainees WHERE name = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(id) DO NOTHING
            """, arguments: [
                session.id, session.trainee, session.scenarioID, session.scenarioTitle, session.scenarioDifficulty,
                session.language.rawValue, session.mode, Int64(bitPattern: session.seed), session.status.rawValue,
                session.outcome?.rawValue, session.startedAt, session.endedAt, now,
                session.scores[.empathy], session.scores[.ownership], session.scores[.speed], session.scores[.calm],
                session.overall, session.scorecardJSON, session.stateJSON,
            ])
    }

    static func decode(_ row: Row) throws -> SessionRecord {
        var scores: [HotseatCore.Dimension: Double] = [:]
        for dimension in HotseatCore.Dimension.allCases {
            if let value: Double = row[dimension.rawValue] { scores[dimension] = value }
        }
        let id: String = row["id"]
        func invalid(_ what: String) -> StoreError {
            StoreError(.invalidRecord, "session \(id) holds an unknown \(what)", context: ["session": id])
        }
        guard let language = Language(rawValue: row["lang"]) else { throw invalid("language") }
        guard let status = SessionStatus(rawValue: row["status"]) else { throw invalid("status") }
        let outcomeText: String? = row["outcome"]
        return SessionRecord(
            id: id, trainee: row["trainee"], scenarioID: row["scenario"], scenarioTitle: row["scenario_title"],
            scenarioDifficulty: row["scenario_difficulty"], language: language, mode: row["mode"],
            seed: UInt64(bitPattern: row["seed"] as Int64), status: status, outcome: outcomeText.flatMap(Outcome.init(rawValue:)),
            startedAt: row["started_at"], endedAt: row["ended_at"], scores: scores, overall: row["overall"],
            scorecardJSON: row["scorecard_json"], stateJSON: row["state_json"])
    }
}

/// Column mapping for `turns`; lists and evidence are JSON so that one row is one reply.
enum TurnRow {
    /// Inserts a turn; never replaces one. When the (session, turn number) is taken, the write is
    /// either a retry of this very turn (whose first attempt did commit: accepted, nothing changes)
    /// or another Hotseat playing the same session, whose turn must survive: ``TurnConflict``.
    static func insert(_ turn: TurnRecord, _ db: Database) throws {
        let score = turn.score
        try db.execute(sql: """
            INSERT INTO turns (session_id, turn_index, beat, customer_line, reply, lang, lang_detected, latency_raw,
                latency_net, empathy, ownership, speed, calm, overall, behaviours, evidence_json, flags_json, coaching_json,
                mood_before, mood_after, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(session_id, turn_index) DO NOTHING
            """, arguments: [
                turn.sessionID, turn.index, turn.beat, turn.customerLine, turn.reply, score?.language.rawValue,
                score?.languageDetected, turn.latencyRaw, turn.latencyNet,
                score?.scores[.empathy], score?.scores[.ownership], score?.scores[.speed], score?.scores[.calm], score?.overall,
                try JSONText.encode(turn.behaviours), try score.map { try JSONText.encode($0.evidence) },
                try score.map { try JSONText.encode($0.flags) }, try score.map { try JSONText.encode($0.coaching) },
                turn.moodBefore, turn.moodAfter, turn.createdAt,
            ])
        guard db.changesCount == 0 else { return }
        let stored = try Row.fetchOne(db, sql: "SELECT * FROM turns WHERE session_id = ? AND turn_index = ?",
                                      arguments: [turn.sessionID, turn.index]).map(decode)
        if let stored, isSameTurn(stored, turn) { return }
        throw TurnConflict(sessionID: turn.sessionID, index: turn.index)
    }

    /// The stored row is this turn when its reply, customer line and time match; the time is
    /// kept to the millisecond, and two people typing the same reply in the same millisecond
    /// into two copies of one session is not a case worth a false alarm.
    static func isSameTurn(_ stored: TurnRecord, _ turn: TurnRecord) -> Bool {
        stored.reply == turn.reply && stored.customerLine == turn.customerLine && stored.beat == turn.beat
            && abs(stored.createdAt.timeIntervalSince(turn.createdAt)) < 0.002
    }

    static func decode(_ row: Row) throws -> TurnRecord {
        let behaviours = try JSONText.decode([Behaviour].self, row["behaviours"])
        var score: ReplyScore?
        if let overall: Double = row["overall"], let evidence: String = row["evidence_json"] {
            var scores: [HotseatCore.Dimension: Double] = [:]
            for dimension in HotseatCore.Dimension.allCases {
                if let value: Double = row[dimension.rawValue] { scores[dimension] = value }
            }
            score = ReplyScore(
                language: Language(rawValue: row["lang"] ?? "en") ?? .en, languageDetected: row["lang_detected"] ?? false,
                scores: scores, overall: overall, behaviours: behaviours,
                evidence: try JSONText.decode([Evidence].self, evidence),
                flags: try JSONText.decode([ScoreFlag].self, row["flags_json"] ?? "[]"),
                coaching: try JSONText.decode([CoachingTip].self, row["coaching_json"] ?? "[]"))
        }
        return TurnRecord(
            sessionID: row["session_id"], index: row["turn_index"], beat: row["beat"], customerLine: row["customer_line"],
            reply: row["reply"], latencyRaw: row["latency_raw"], latencyNet: row["latency_net"], score: score,
            behaviours: behaviours, moodBefore: row["mood_before"], moodAfter: row["mood_after"], createdAt: row["created_at"])
    }
}

enum JSONText {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
