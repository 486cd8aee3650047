import Foundation
import HotseatCore

/// One reply and everything known about it, committed in its own transaction as it happens.
///
/// ```swift
/// let turn = TurnRecord(sessionID: session.id, index: 0, beat: "opening", customerLine: line, reply: reply,
///                       latencyRaw: 14.2, latencyNet: 9.2, score: score, moodBefore: 70, moodAfter: 57)
/// store.recordTurn(turn)   // .saved, or .unsaved(pending:reason:) when the disk is full
/// ```
public struct TurnRecord: Codable, Sendable, Equatable {
    public var sessionID: String
    /// 0-based position in the session.
    public var index: Int
    public var beat: String?
    public var customerLine: String
    public var reply: String
    /// Seconds from the customer line to the reply, and the same net of the reading allowance.
    public var latencyRaw: Double?
    public var latencyNet: Double?
    /// nil when the reply was empty and the customer just waited: nothing was scored.
    public var score: ReplyScore?
    /// What the engine detected (empty for a wait); kept apart from `score` so waits keep theirs.
    public var behaviours: [Behaviour]
    public var moodBefore: Int
    public var moodAfter: Int
    public var createdAt: Date

    public init(sessionID: String, index: Int, beat: String?, customerLine: String, reply: String,
                latencyRaw: Double?, latencyNet: Double?, score: ReplyScore?, behaviours: [Behaviour]? = nil, moodBefore: Int, moodAfter: Int,
                createdAt: Date = Date()) {
        self.sessionID = sessionID
        self.index = index
        self.beat = beat
        self.customerLine = customerLine
        self.reply = reply
        self.latencyRaw = latencyRaw
        self.latencyNet = latencyNet
        self.score = score
        self.behaviours = behaviours ?? score?.behaviours ?? []
        self.moodBefore = moodBefore
        self.moodAfter = moodAfter
        self.createdAt = createdAt
    }
}

/// A session with its turns, in order: what `hotseat show` prints and `export` writes.
public struct SessionTranscript: Sendable, Equatable {
    public var session: SessionRecord
    public var turns: [TurnRecord]

    public init(session: SessionRecord, turns: [TurnRecord]) {
        self.session = session
        self.turns = turns
    }
}

/// A session as history lists it: the row plus how many turns it holds.
public struct SessionSummary: Sendable, Equatable {
    public var session: SessionRecord
    public var turnCount: Int

    public init(session: SessionRecord, turnCount: Int) {
        self.session = session
        self.turnCount = turnCount
    }
}
