import Foundation
import HotseatCore
import Scenarios
import Store

/// Copies a screen's free-text turns into the shared store, so a screen shows up beside drill
/// sessions (mode `screen`, one session per scenario) and `hotseat forget` covers candidates too.
///
/// The audit log stays the authority: the store is written after it, and a failed store write is
/// returned as a warning rather than stopping the candidate.
///
/// ```swift
/// let mirror = ScreenStoreMirror(store: try Store.open(at: url))
/// let warnings = mirror.mirror(events, of: run)
/// ```
public struct ScreenStoreMirror: Sendable {
    public let store: Store

    public init(store: Store) { self.store = store }

    /// Stable per candidate, pack and scenario, so a resumed run continues the same session.
    public static func sessionID(candidate: String, pack: String, scenario: String) -> String {
        "screen-\(pack)-\(candidate)-\(scenario)"
    }

    public func mirror(_ events: [ScreenEvent], of run: ScreenRun) -> [String] {
        var warnings: [String] = []
        for event in events {
            guard event.kind == .reply, let reply = event.reply else { continue }
            let id = Self.sessionID(candidate: run.start.candidateID, pack: run.start.packID, scenario: reply.scenarioID)
            let scenario = run.content.scenarios[reply.scenarioID]
            let earlier = run.replies.filter { $0.scenarioID == reply.scenarioID && $0.turn < reply.turn }
            if reply.turn == 1 {
                let session = SessionRecord(id: id, trainee: run.start.candidateID, scenarioID: reply.scenarioID,
                                            scenarioTitle: scenario?.title.text(in: run.start.language), scenarioDifficulty: scenario?.difficulty,
                                            language: run.start.language, mode: "screen", seed: run.start.seed,
                                            startedAt: Date(timeIntervalSince1970: reply.presentedAt))
                warnings += problem(store.startSession(session))
            }
            let turn = TurnRecord(sessionID: id, index: reply.turn - 1, beat: reply.beatID, customerLine: reply.customerLine, reply: reply.text,
                                  latencyRaw: reply.latency, latencyNet: reply.netLatency, score: reply.score,
                                  moodBefore: earlier.last?.moodAfter ?? scenario?.mood.start ?? 0, moodAfter: reply.moodAfter,
                                  createdAt: Date(timeIntervalSince1970: reply.submittedAt))
            warnings += problem(store.recordTurn(turn))
            if reply.destination.hasPrefix("ending:") || reply.destination == "turn_limit" {
                let all = earlier + [reply]
                var scores: [HotseatCore.Dimension: Double] = [:]
                for dimension in HotseatCore.Dimension.allCases {
                    let values = all.compactMap { $0.score.scores[dimension] }
                    if !values.isEmpty { scores[dimension] = values.reduce(0, +) / Double(values.count) }
                }
                let endingID = String(reply.destination.dropFirst("ending:".count))
                let outcome = reply.destination == "turn_limit" ? Outcome.turnLimit : scenario?.endings[endingID]?.outcome ?? .abandoned
                let overall = all.map(\.score.overall).reduce(0, +) / Double(all.count)
                warnings += problem(store.finishSession(id, ending: SessionEnding(outcome: outcome, endedAt: Date(timeIntervalSince1970: reply.submittedAt),
                                                                                   scores: scores, overall: overall)))
            }
        }
        return warnings
    }

    private func problem(_ result: SaveResult) -> [String] {
        switch result {
        case .saved: []
        case .unsaved(let pending, let reason): ["the store has not saved \(pending) screen write(s) yet: \(reason); the audit log has them"]
        case .rejected(let reason): ["the store refused a screen write: \(reason); the audit log has it"]
        }
    }
}
