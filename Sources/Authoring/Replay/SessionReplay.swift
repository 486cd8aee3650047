import Drill
import Foundation
import HotseatCore
import Scenarios

/// A recorded session played again under the current rubric: the same replies, the same seed,
/// through a fresh drill — so a rubric change shows up as changed scores, behaviours and, when
/// the customer now reacts differently, a different path.
///
/// ```swift
/// let replay = SessionReplay.replay(RecordedSession(state: saved, scenario: ski), scenario: ski, engine: engine)
/// replay.divergedAt    // 2: reply 2 answered another line than it did then
/// print(replay.text())
/// ```
public struct SessionReplay: Sendable {
    public struct TurnChange: Sendable {
        public var turn: Int
        public var before: RecordedSession.Turn
        /// nil when the replayed drill had already ended before this reply.
        public var after: TurnResult?

        /// Per dimension, the score before and after; only dimensions that moved.
        public var scoreChanges: [(dimension: HotseatCore.Dimension, before: Double?, after: Double?)] {
            HotseatCore.Dimension.allCases.compactMap { dimension in
                let old = before.score?.scores[dimension], new = after?.score?.scores[dimension]
                return old == new ? nil : (dimension, old, new)
            }
        }

        /// What the drill heard then and now (not the raw score's behaviours: the customer does
        /// not hear a repeated reply, and comparing one with the other showed changes that were none).
        public var behavioursBefore: [Behaviour] { (before.heard ?? before.score?.behaviours ?? []).sorted() }
        public var behavioursAfter: [Behaviour] { (after?.behaviours ?? []).sorted() }

        /// Rubric rules that fired only before, and only now.
        public var rulesRemoved: [String] { Array(Set(before.score?.evidence.map(\.rule) ?? []).subtracting(after?.score?.evidence.map(\.rule) ?? [])).sorted() }
        public var rulesAdded: [String] { Array(Set(after?.score?.evidence.map(\.rule) ?? []).subtracting(before.score?.evidence.map(\.rule) ?? [])).sorted() }

        public var isUnchanged: Bool { after != nil && scoreChanges.isEmpty && behavioursBefore == behavioursAfter }
    }

    public var recorded: RecordedSession
    public var turns: [TurnChange]
    /// The replayed drill's scorecard; nil if it could not be played.
    public var after: Scorecard?
    /// The first reply that answered another customer line than it did then; nil if the path held.
    public var divergedAt: Int?
    /// Why the session could not be replayed (language gone, scenario changed shape…).
    public var failure: String?

    public static func replay(_ recorded: RecordedSession, scenario: Scenario, engine: any ReplyScoring) -> SessionReplay {
        var replay = SessionReplay(recorded: recorded, turns: [], after: nil, divergedAt: nil, failure: nil)
        var session: DrillSession
        do {
            session = try DrillSession(scenario: scenario, language: recorded.language, mode: recorded.mode,
                                       seed: recorded.seed, engine: engine, clock: FrozenClock())
        } catch {
            replay.failure = error.description
            return replay
        }
        for (index, old) in recorded.turns.enumerated() {
            var new: TurnResult?
            if !session.isOver {
                new = try? session.submit(reply: old.reply, latency: old.latency.map { .net($0) } ?? .notMeasured)
            }
            if replay.divergedAt == nil, let beat = old.beat, new?.beatBefore != beat {
                replay.divergedAt = index + 1
            }
            replay.turns.append(TurnChange(turn: index + 1, before: old, after: new))
        }
        replay.after = session.scorecard()
        return replay
    }

    /// Turn by turn, what changed; then the session scores before and after.
    public func text() -> String {
        if let failure { return "cannot replay \(recorded.scenarioID): \(failure)" }
        func number(_ value: Double?) -> String { value.map { TestReport.format($0) } ?? "—" }
        func list(_ items: [Behaviour]) -> String { items.isEmpty ? "none" : items.map(\.rawValue).joined(separator: ", ") }
        var lines = ["Replay of \(recorded.scenarioID) (\(recorded.language), seed \(recorded.seed)) under the current rubric"]
        for change in turns {
            let reply = change.before.reply.isEmpty ? "(empty reply)"
                : "“\(change.before.reply.prefix(70))\(change.before.reply.count > 70 ? "…" : "")”"
            lines.append("reply \(change.turn): \(reply)")
            guard let after = change.after else {
                lines.append("  not replayed: the drill had already ended")
                continue
            }
            if let beat = change.before.beat, beat != after.beatBefore {
                lines.append("  now answers beat '\(after.beatBefore)' (then: '\(beat)')")
            }
            if change.isUnchanged {
                lines.append("  unchanged")
                continue
            }
            for (dimension, before, now) in change.scoreChanges {
                lines.append("  \(dimension): \(number(before)) → \(number(now))")
            }
            if change.behavioursBefore != change.behavioursAfter {
                lines.append("  behaviours: \(list(change.behavioursBefore)) → \(list(change.behavioursAfter))")
            }
            if !change.rulesRemoved.isEmpty { lines.append("  rules no longer firing: \(change.rulesRemoved.joined(separator: ", "))") }
            if !change.rulesAdded.isEmpty { lines.append("  rules now firing: \(change.rulesAdded.joined(separator: ", "))") }
            if let ending = after.ending { lines.append("  the customer now ends it: \(ending.outcome.rawValue)") }
        }
        if let divergedAt { lines.append("From reply \(divergedAt) on the customer said other things, so later replies answer other lines.") }
        lines.append("session:")
        for dimension in HotseatCore.Dimension.allCases {
            let old = recorded.scores[dimension], new = after?.dimension(dimension)?.score
            // An unfinished session has no session scores on record (the store keeps them at the end).
            let note = old == new ? "" : old == nil ? "  (not recorded then)" : "  (changed)"
            lines.append("  \(dimension): \(number(old)) → \(number(new))\(note)")
        }
        lines.append("  outcome: \(recorded.outcome?.rawValue ?? "unfinished") → \(after?.outcome?.rawValue ?? "unfinished")")
        return lines.joined(separator: "\n")
    }
}
