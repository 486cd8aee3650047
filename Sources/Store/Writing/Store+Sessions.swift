import Foundation
import HotseatCore

extension Store {
    /// Records a new session (and its trainee, the first time).
    ///
    /// ```swift
    /// let session = SessionRecord(trainee: "ingrid", scenarioID: "ski-lift", language: .en, seed: 7)
    /// store.startSession(session)   // .saved
    /// ```
    @discardableResult
    public func startSession(_ session: SessionRecord) -> SaveResult {
        submit(.startSession(session))
    }

    /// Commits one turn in its own transaction, together with the drill's state after it so a
    /// crash right after still resumes here.
    ///
    /// ```swift
    /// switch store.recordTurn(turn, stateJSON: snapshot) {
    /// case .saved: break
    /// case .unsaved(let pending, let reason): warn("not saved yet (\(pending) waiting): \(reason)")
    /// case .rejected(let reason): warn(reason.description)
    /// }
    /// ```
    @discardableResult
    public func recordTurn(_ turn: TurnRecord, stateJSON: String? = nil) -> SaveResult {
        submit(.turn(turn, stateJSON: stateJSON))
    }

    /// Marks a session paused (Ctrl-C, `:quit`) or back in progress, optionally with a new snapshot.
    @discardableResult
    public func setStatus(_ status: SessionStatus, session id: String, stateJSON: String? = nil) -> SaveResult {
        submit(.status(sessionID: id, status, stateJSON: stateJSON))
    }

    /// Records the ending and the final scorecard; the session becomes `finished`.
    @discardableResult
    public func finishSession(_ id: String, ending: SessionEnding) -> SaveResult {
        submit(.finish(sessionID: id, ending))
    }
}
