import Foundation
import GRDB
import HotseatCore

/// A write the store owes the file. Kept as a value so that a write the disk refused can wait
/// in memory and be replayed, in order, once writing works again.
enum PendingWrite: Sendable {
    case startSession(SessionRecord)
    case turn(TurnRecord, stateJSON: String?)
    case status(sessionID: String, SessionStatus, stateJSON: String?)
    case finish(sessionID: String, SessionEnding)

    var turnIndex: (session: String, index: Int)? {
        if case let .turn(turn, _) = self { return (turn.sessionID, turn.index) }
        return nil
    }

    func apply(_ db: Database, now: Date) throws {
        switch self {
        case .startSession(let session):
            try SessionRow.insert(session, now: now, db)
        case let .turn(turn, stateJSON):
            // Never replaces: a retry of a committed turn is a no-op, another writer's turn a TurnConflict.
            try TurnRow.insert(turn, db)
            try db.execute(sql: "UPDATE sessions SET updated_at = ?, state_json = COALESCE(?, state_json), status = CASE status WHEN 'finished' THEN status ELSE 'in_progress' END WHERE id = ?",
                           arguments: [now, stateJSON, turn.sessionID])
        case let .status(sessionID, status, stateJSON):
            try db.execute(sql: "UPDATE sessions SET status = ?, state_json = COALESCE(?, state_json), updated_at = ? WHERE id = ?",
                           arguments: [status.rawValue, stateJSON, now, sessionID])
        case let .finish(sessionID, ending):
            try db.execute(sql: """
                UPDATE sessions SET status = 'finished', outcome = ?, ended_at = ?, updated_at = ?,
                    empathy = ?, ownership = ?, speed = ?, calm = ?, overall = ?, scorecard_json = ?
                WHERE id = ?
                """, arguments: [ending.outcome.rawValue, ending.endedAt, now,
                                 ending.scores[.empathy], ending.scores[.ownership], ending.scores[.speed], ending.scores[.calm],
                                 ending.overall, ending.scorecardJSON, sessionID])
        }
    }
}

/// What happened to a write.
public enum SaveResult: Sendable, Equatable {
    case saved
    /// The file refused the write (full disk, read-only, locked); it waits in memory with
    /// `pending - 1` others and is retried on the next write or `flushPending()`.
    case unsaved(pending: Int, reason: StoreError)
    /// The write can never succeed (e.g. a turn for a session that does not exist); it was dropped.
    case rejected(StoreError)

    public var isSaved: Bool { self == .saved }
}

extension Store {
    /// Turns still waiting to be written, e.g. after a full disk.
    public var pendingCount: Int { lock.withLock { pending.count } }

    /// Queues `write` behind any earlier unsaved ones and tries to write them all, in order.
    func submit(_ write: PendingWrite) -> SaveResult {
        lock.withLock {
            pending.append(write)
            return flushLocked()
        }
    }

    /// Retries the writes that failed earlier; `.saved` once none is left.
    ///
    /// ```swift
    /// if case .unsaved = store.flushPending() { print("still not saved: \(store.pendingCount) writes") }
    /// ```
    @discardableResult
    public func flushPending() -> SaveResult {
        lock.withLock { flushLocked() }
    }

    /// Retries the waiting writes, pausing between tries, until they are saved or `seconds` have
    /// passed (a store another program holds, a disk being cleared); returns how many still wait.
    ///
    /// ```swift
    /// let unsaved = store.flushPending(within: 30)   // before the program exits
    /// ```
    @discardableResult
    public func flushPending(within seconds: Double) -> Int {
        let deadline = Date().addingTimeInterval(seconds)
        var pause: UInt32 = 50_000
        while true {
            if case .unsaved = flushPending(), Date() < deadline {
                usleep(pause)
                pause = min(pause * 2, 1_000_000)
                continue
            }
            return pendingCount
        }
    }

    private func flushLocked() -> SaveResult {
        while let next = pending.first {
            do {
                let at = now()
                try pool.write { db in try next.apply(db, now: at) }
                pending.removeFirst()
            } catch {
                let reason = StoreError.from(error, path: path)
                if reason.isTransient { return .unsaved(pending: pending.count, reason: reason) }
                pending.removeFirst()
                return .rejected(reason)
            }
        }
        return .saved
    }
}
