import Foundation
import GRDB

extension Store {
    /// Sessions, oldest first, optionally of one trainee and since a date.
    ///
    /// ```swift
    /// for summary in try store.sessions(trainee: "ingrid") { print(summary.session.scenarioID, summary.turnCount) }
    /// ```
    public func sessions(trainee: String? = nil, since: Date? = nil) throws(StoreError) -> [SessionSummary] {
        try read { db in
            var clauses: [String] = []
            var arguments: StatementArguments = []
            if let trainee { clauses.append("t.name = ?"); arguments += [trainee] }
            if let since { clauses.append("s.started_at >= ?"); arguments += [since] }
            let filter = clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND ")
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(SessionRow.columns), (SELECT COUNT(*) FROM turns WHERE session_id = s.id) AS turn_count
                FROM \(SessionRow.from) \(filter) ORDER BY s.started_at, s.id
                """, arguments: arguments)
            return try rows.map { SessionSummary(session: try SessionRow.decode($0), turnCount: $0["turn_count"]) }
        }
    }

    /// The session whose id is `idOrPrefix` or starts with it (4 characters or more).
    public func session(_ idOrPrefix: String) throws(StoreError) -> SessionRecord {
        let wanted = idOrPrefix.lowercased().trimmingCharacters(in: .whitespaces)
        guard wanted.count >= 4 else {
            throw StoreError(.sessionNotFound, "'\(idOrPrefix)' is too short to name a session", context: ["session": idOrPrefix],
                             fix: "give at least 4 characters of the id that hotseat history shows")
        }
        let matches = try read { db in
            try Row.fetchAll(db, sql: "SELECT \(SessionRow.columns) FROM \(SessionRow.from) WHERE s.id = ? OR substr(s.id, 1, ?) = ? LIMIT 2",
                             arguments: [wanted, wanted.count, wanted]).map(SessionRow.decode)
        }
        if let exact = matches.first(where: { $0.id == wanted }) { return exact }
        switch matches.count {
        case 1: return matches[0]
        case 0: throw StoreError(.sessionNotFound, "no session '\(idOrPrefix)' in the store at \(path)",
                                 context: ["session": idOrPrefix, "path": path], fix: "hotseat history lists the sessions")
        default: throw StoreError(.ambiguousSession, "more than one session starts with '\(idOrPrefix)'",
                                  context: ["session": idOrPrefix], fix: "type more characters of the id")
        }
    }

    /// A session's turns in order.
    public func turns(session id: String) throws(StoreError) -> [TurnRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM turns WHERE session_id = ? ORDER BY turn_index", arguments: [id]).map(TurnRow.decode)
        }
    }

    /// A session and its turns.
    ///
    /// ```swift
    /// let transcript = try store.transcript("3f2a")   // any unique prefix of the id
    /// ```
    public func transcript(_ idOrPrefix: String) throws(StoreError) -> SessionTranscript {
        let session = try session(idOrPrefix)
        return SessionTranscript(session: session, turns: try turns(session: session.id))
    }

    /// The most recently touched session that is in progress or paused: what `hotseat resume`
    /// continues and what the home screen offers. Nil when everything is finished.
    ///
    /// `withReplies` skips sessions stopped before their first reply, so that opening a scenario
    /// and leaving at once does not hide the half-played one before it; `excludingMode` leaves out
    /// one mode (the home screen never offers a hiring screen).
    ///
    /// ```swift
    /// if let open = try store.latestUnfinishedSession(trainee: "ingrid", withReplies: true) { offerResume(open) }
    /// ```
    public func latestUnfinishedSession(trainee: String? = nil, withReplies: Bool = false,
                                        excludingMode: String? = nil) throws(StoreError) -> SessionSummary? {
        try read { db in
            var sql = """
                SELECT \(SessionRow.columns), (SELECT COUNT(*) FROM turns WHERE session_id = s.id) AS turn_count
                FROM \(SessionRow.from) WHERE s.status != 'finished'
                """
            var arguments: StatementArguments = []
            if let trainee { sql += " AND t.name = ?"; arguments += [trainee] }
            if withReplies { sql += " AND EXISTS (SELECT 1 FROM turns WHERE session_id = s.id)" }
            if let excludingMode { sql += " AND s.mode != ?"; arguments += [excludingMode] }
            sql += " ORDER BY s.updated_at DESC, s.started_at DESC LIMIT 1"
            return try Row.fetchOne(db, sql: sql, arguments: arguments).map {
                SessionSummary(session: try SessionRow.decode($0), turnCount: $0["turn_count"])
            }
        }
    }

    /// Everyone with at least one session, by name.
    public func trainees() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT name FROM trainees ORDER BY name") }
    }
}
