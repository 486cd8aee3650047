import Foundation
import HotseatCore
import Store

/// A store file written through the store's own API, for CLI tests that need exact stored values.
struct SeededStore {
    let home = HotseatProcess.temporaryHome()
    var url: URL { home.appendingPathComponent("hotseat.sqlite") }
    var environment: [String: String] { ["HOME": home.path, "HOTSEAT_STORE": url.path] }

    static func score(_ scores: [HotseatCore.Dimension: Double], overall: Double) -> ReplyScore {
        ReplyScore(language: .en, languageDetected: false, scores: scores, overall: overall, behaviours: [.apologised],
                   evidence: [], flags: [], coaching: [])
    }

    /// One finished session of `trainee` with one scored reply; returns the session id.
    @discardableResult
    func finishedSession(trainee: String, turnScores: [HotseatCore.Dimension: Double], turnOverall: Double,
                         scores: [HotseatCore.Dimension: Double], overall: Double, scorecardJSON: String? = nil) throws -> String {
        let store = try Store.open(at: url)
        let session = SessionRecord(trainee: trainee, scenarioID: "ski-lift", scenarioTitle: "Stuck on the chairlift", language: .en,
                                    startedAt: Date(timeIntervalSince1970: 1_795_000_000))
        store.startSession(session)
        store.recordTurn(TurnRecord(sessionID: session.id, index: 0, beat: "opening", customerLine: "I want my money back!",
                                    reply: "I'm so sorry, I'll refund your pass now.", latencyRaw: nil, latencyNet: nil,
                                    score: Self.score(turnScores, overall: turnOverall), moodBefore: 70, moodAfter: 40))
        store.finishSession(session.id, ending: SessionEnding(outcome: .resolved, endedAt: Date(timeIntervalSince1970: 1_795_000_300),
                                                               scores: scores, overall: overall, scorecardJSON: scorecardJSON))
        return session.id
    }
}

extension SeededStore {
    /// One finished session in `language` with one reply and the score stored for it, as the
    /// drill stores it (explanations and flag messages in English); returns the session id.
    @discardableResult
    func finishedSession(language: Language, reply: String, score: ReplyScore) throws -> String {
        let store = try Store.open(at: url)
        let session = SessionRecord(trainee: "ingrid", scenarioID: "ski-lift", scenarioTitle: "Stuck on the chairlift", language: language,
                                    startedAt: Date(timeIntervalSince1970: 1_795_000_000))
        store.startSession(session)
        store.recordTurn(TurnRecord(sessionID: session.id, index: 0, beat: "opening", customerLine: "I want my money back!",
                                    reply: reply, latencyRaw: nil, latencyNet: nil, score: score, moodBefore: 70, moodAfter: 40))
        store.finishSession(session.id, ending: SessionEnding(outcome: .resolved, endedAt: Date(timeIntervalSince1970: 1_795_000_300),
                                                               scores: score.scores, overall: score.overall, scorecardJSON: nil))
        return session.id
    }
}
