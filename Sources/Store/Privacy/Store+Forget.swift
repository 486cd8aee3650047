import Foundation
import GRDB

extension Store {
    /// Erases every row about `trainee` (the trainee, their sessions and turns) and returns how
    /// many sessions went. Deleted pages are overwritten (`secure_delete`) and the WAL is
    /// checkpointed and truncated, so the words do not linger in the file.
    ///
    /// ```swift
    /// let removed = try store.forget(trainee: "ingrid")   // 12
    /// ```
    public func forget(trainee: String) throws(StoreError) -> Int {
        let removed = try write { db -> Int in
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sessions s JOIN trainees t ON t.id = s.trainee_id WHERE t.name = ?",
                                         arguments: [trainee]) ?? 0
            // Explicit deletes rather than relying on ON DELETE CASCADE alone: correct even if a
            // connection ever runs with foreign keys off.
            try db.execute(sql: "DELETE FROM turns WHERE session_id IN (SELECT s.id FROM sessions s JOIN trainees t ON t.id = s.trainee_id WHERE t.name = ?)",
                           arguments: [trainee])
            try db.execute(sql: "DELETE FROM sessions WHERE trainee_id IN (SELECT id FROM trainees WHERE name = ?)", arguments: [trainee])
            try db.execute(sql: "DELETE FROM trainees WHERE name = ?", arguments: [trainee])
            return count
        }
        lock.withLock { pending.removeAll { $0.trainee == trainee } }
        // Best effort: another reader may keep the WAL busy; the rows are gone either way.
        _ = try? pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        return removed
    }
}

extension PendingWrite {
    var trainee: String? {
        if case .startSession(let session) = self { return session.trainee }
        return nil
    }
}
