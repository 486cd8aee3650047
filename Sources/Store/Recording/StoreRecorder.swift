import Foundation
import Drill
import HotseatCore
import Scenarios

/// Connects the drill's REPL to the store: every turn is committed as it happens, with the
/// drill's state snapshot so `hotseat resume` can continue after a crash.
///
/// A turn the file refuses (full disk, read-only) stays in memory and the method throws an
/// ``StoreError`` saying it is unsaved, so the REPL can tell the trainee; the next write retries.
///
/// ```swift
/// let recorder = StoreRecorder(store: store, scenarios: catalog.scenarios)
/// let repl = DrillREPL(…, recorder: recorder, trainee: "ingrid")
/// // later, to continue the same row:
/// let again = StoreRecorder(store: store, scenarios: catalog.scenarios, resuming: saved.id)
/// ```
public final class StoreRecorder: SessionRecorder, @unchecked Sendable {
    public let store: Store
    /// Scenarios by id, for the title and difficulty kept with each session.
    let scenarios: [String: Scenario]
    let lock = NSLock()
    /// The row being written; set by `sessionStarted`, or up front when resuming.
    private var sessionID: String?
    private var resuming: Bool
    /// Set once another Hotseat saved a turn of this session first: from then on this copy writes
    /// nothing more to that row (no turns, pause or scorecard), so the other copy's work stands.
    private var stopped = false
    private let defaultTrainee: String
    /// Held while this process plays the session, so no other Hotseat resumes it meanwhile.
    private var lease: SessionLease?

    /// `lease` is the one a resumer took before restoring the session (see ``SessionLease``).
    public init(store: Store, scenarios: [Scenario] = [], resuming sessionID: String? = nil, lease: SessionLease? = nil,
                defaultTrainee: String = ProcessInfo.processInfo.environment["USER"] ?? "trainee") {
        self.store = store
        self.scenarios = Dictionary(scenarios.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.sessionID = sessionID
        self.resuming = sessionID != nil
        self.lease = lease
        self.defaultTrainee = defaultTrainee
    }

    /// The id of the session being recorded, once started.
    public var currentSessionID: String? { lock.withLock { sessionID } }

    /// True once this copy stopped saving because another Hotseat holds the session.
    public var stoppedSaving: Bool { lock.withLock { stopped } }

    /// The session to write to, unless this copy stopped saving.
    private var writableSessionID: String? { lock.withLock { stopped ? nil : sessionID } }

    public func sessionStarted(_ state: DrillState, trainee: String?) throws {
        let (previous, isResume) = lock.withLock { (sessionID, resuming) }
        if isResume, let previous {
            lock.withLock { resuming = false }
            try check(store.setStatus(.inProgress, session: previous, stateJSON: try Self.encode(state)), what: "resumed session")
            return
        }
        // A restart (`:restart`) begins a new attempt; the one before is kept as abandoned
        // (unless another Hotseat took it over). The new attempt is a new row, saved again.
        let wasStopped = lock.withLock { () -> Bool in defer { stopped = false }; return stopped }
        if let previous, !wasStopped {
            store.finishSession(previous, ending: SessionEnding(outcome: .abandoned, scores: [:], overall: nil))
        }
        let scenario = scenarios[state.scenarioID]
        let session = SessionRecord(
            trainee: trainee ?? defaultTrainee, scenarioID: state.scenarioID, scenarioTitle: scenario?.title.text(in: state.language),
            scenarioDifficulty: scenario?.difficulty, language: state.language, mode: state.mode.rawValue, seed: state.seed,
            status: .inProgress, startedAt: Date(), stateJSON: try Self.encode(state))
        let lease = SessionLease.acquire(session: session.id, store: store)
        lock.withLock { sessionID = session.id; self.lease = lease }
        try check(store.startSession(session), what: "session")
    }

    public func recordTurn(_ turn: TurnResult, state: DrillState) throws {
        guard let id = writableSessionID else { return }
        // Position in the drill's list, not `turn.turn`: an empty reply (a wait) shares its number with the next reply.
        let index = (state.turns.lastIndex(of: turn) ?? state.turns.count - 1)
        let record = TurnRecord(
            sessionID: id, index: index, beat: turn.beatBefore, customerLine: turn.customerLine, reply: turn.reply,
            latencyRaw: turn.latency.raw, latencyNet: turn.latency.net, score: turn.score, behaviours: turn.behaviours,
            moodBefore: turn.moodBefore, moodAfter: turn.moodAfter)
        try check(store.recordTurn(record, stateJSON: try Self.encode(state)), what: "turn \(index + 1)")
    }

    public func sessionPaused(_ state: DrillState) throws {
        defer { lock.withLock { lease = nil } }
        guard let id = writableSessionID else { lock.withLock { sessionID = nil }; return }
        // The next sessionStarted (the home screen's next scenario) must not touch this paused row.
        lock.withLock { sessionID = nil }
        try check(store.setStatus(.paused, session: id, stateJSON: try Self.encode(state)), what: "pause")
    }

    public func sessionEnded(_ scorecard: Scorecard, state: DrillState) throws {
        defer { lock.withLock { lease = nil } }
        guard let id = writableSessionID else { lock.withLock { sessionID = nil }; return }
        var scores: [HotseatCore.Dimension: Double] = [:]
        for entry in scorecard.dimensions { if let score = entry.score { scores[entry.dimension] = score } }
        let overall = scorecard.overall ?? (scores.isEmpty ? 0 : scores.values.reduce(0, +) / Double(scores.count))
        let ending = SessionEnding(outcome: scorecard.outcome ?? state.ending?.outcome ?? .abandoned, scores: scores,
                                   overall: overall, scorecardJSON: try JSONText.encode(scorecard))
        lock.withLock { sessionID = nil }
        store.setStatus(.inProgress, session: id, stateJSON: try Self.encode(state))
        try check(store.finishSession(id, ending: ending), what: "scorecard")
    }

    public func finishSaving(within seconds: Double) -> Int {
        store.flushPending(within: seconds)
    }

    static func encode(_ state: DrillState) throws -> String { try JSONText.encode(state) }

    private func check(_ result: SaveResult, what: String) throws {
        switch result {
        case .saved: return
        case let .unsaved(pending, reason):
            throw StoreError(reason.code, "\(what) not saved yet: \(reason.message); kept in memory (\(pending) waiting) and retried with the next turn",
                             context: reason.context, fix: reason.fix)
        case .rejected(let reason):
            if reason.code == .turnConflict { lock.withLock { stopped = true } }
            throw reason
        }
    }
}

extension Store {
    /// Decodes a session's drill snapshot for `DrillSession(restoring:…)`.
    ///
    /// ```swift
    /// let state = try store.drillState(of: session)
    /// var drill = try DrillSession(restoring: state, scenario: ski, engine: engine)
    /// ```
    public func drillState(of session: SessionRecord) throws(StoreError) -> DrillState {
        guard let json = session.stateJSON else {
            throw StoreError(.invalidRecord, "session \(session.shortID) has no saved drill state to resume from",
                             context: ["session": session.id], fix: "start the scenario again with hotseat play \(session.scenarioID)")
        }
        do {
            return try JSONText.decode(DrillState.self, json)
        } catch {
            throw StoreError(.invalidRecord, "session \(session.shortID) was saved by another Hotseat version and cannot be resumed",
                             context: ["session": session.id], fix: "start the scenario again with hotseat play \(session.scenarioID)")
        }
    }
}
