import Drill
import Foundation
import HotseatCore
import Scenarios

/// A recorded session played again under the current rubric: the same replies, the same seed,
/// through a fresh drill — so a rubric change shows up as changed scores, behaviours and, when
/// the customer now reacts differently, a different path.
///
/// ```swift
/// let replay = SessionReplay.replay(recorded, scenario: ski, engine: engine)
/// replay.divergedAt    // 2: from reply 2 on the customer went elsewhere
/// print(replay.text())
/// ```
public struct SessionReplay: Sendable {
    public struct TurnChange: Sendable {
        public var turn: Int
        public var reply: String
        public var before: TurnResult
        /// nil when the replayed drill had already ended before this reply.
        public var after: TurnResult?

        /// Per dimension, the score before and after; only dimensions that moved.
        public var scoreChanges: [(dimension: HotseatCore.Dimension, before: Double?, after: Double?)] {
            HotseatCore.Dimension.allCases.compactMap { dimension in
                let old = before.score?.scores[dimension], new = after?.score?.scores[dimension]
                return old == new ? nil : (dimension, old, new)
            }
        }

        /// Rubric rules that fired only before, and only now.
        public var rulesRemoved: [String] { Array(Set(before.score?.evidence.map(\.rule) ?? []).subtracting(after?.score?.evidence.map(\.rule) ?? [])).sorted() }
        public var rulesAdded: [String] { Array(Set(after?.score?.evidence.map(\.rule) ?? []).subtracting(before.score?.evidence.map(\.rule) ?? [])).sorted() }

        public var isUnchanged: Bool {
            scoreChanges.isEmpty && before.behaviours == after?.behaviours && before.beatAfter == after?.beatAfter
                && before.ending?.outcome == after?.ending?.outcome
        }
    }

    public var scenarioID: String
    public var turns: [TurnChange]
    /// The recorded scorecard, and the one the replay produced (nil if it could not be played).
    public var before: Scorecard?
    public var after: Scorecard?
    /// The first reply after which the customer went somewhere else; nil if the path is the same.
    public var divergedAt: Int?
    /// Why the session could not be replayed (scenario changed shape, language gone…).
    public var failure: String?

    public static func replay(_ recorded: DrillState, scenario: Scenario, engine: any ReplyScoring) -> SessionReplay {
        let before = (try? DrillSession(restoring: recorded, scenario: scenario, engine: engine, clock: FrozenClock()).scorecard())
        var replay = SessionReplay(scenarioID: scenario.id, turns: [], before: before, after: nil, divergedAt: nil, failure: nil)
        var session: DrillSession
        do {
            // A restart reseeds with seed + restarts; starting from that seed draws the same lines.
            session = try DrillSession(scenario: scenario, language: recorded.language, mode: recorded.mode,
                                       seed: recorded.seed &+ UInt64(recorded.restarts), engine: engine, clock: FrozenClock())
        } catch {
            replay.failure = error.description
            return replay
        }
        for old in recorded.turns {
            var new: TurnResult?
            if !session.isOver {
                let latency: LatencySource = old.latency.net.map { .net($0) } ?? .notMeasured
                new = try? session.submit(reply: old.reply, latency: latency)
            }
            let change = TurnChange(turn: old.turn, reply: old.reply, before: old, after: new)
            if replay.divergedAt == nil, new?.beatAfter != old.beatAfter || new?.ending?.outcome != old.ending?.outcome {
                replay.divergedAt = replay.turns.count + 1
            }
            replay.turns.append(change)
        }
        replay.after = session.scorecard()
        return replay
    }

    /// Turn by turn, what changed; then the scorecard before and after.
    public func text() -> String {
        if let failure { return "cannot replay \(scenarioID): \(failure)" }
        func number(_ value: Double?) -> String { value.map { TestReport.format($0) } ?? "—" }
        var lines = ["Replay of \(scenarioID) under the current rubric"]
        for change in turns {
            let reply = change.reply.isEmpty ? "(empty reply)" : "“\(change.reply.prefix(70))\(change.reply.count > 70 ? "…" : "")”"
            lines.append("reply \(change.turn): \(reply)")
            if change.isUnchanged {
                lines.append("  unchanged")
                continue
            }
            guard let after = change.after else {
                lines.append("  not replayed: the drill had already ended")
                continue
            }
            for (dimension, before, now) in change.scoreChanges {
                lines.append("  \(dimension): \(number(before)) → \(number(now))")
            }
            if change.before.behaviours != after.behaviours {
                func list(_ items: [Behaviour]) -> String { items.isEmpty ? "none" : items.map(\.rawValue).joined(separator: ", ") }
                lines.append("  behaviours: \(list(change.before.behaviours)) → \(list(after.behaviours))")
            }
            if !change.rulesRemoved.isEmpty { lines.append("  rules no longer firing: \(change.rulesRemoved.joined(separator: ", "))") }
            if !change.rulesAdded.isEmpty { lines.append("  rules now firing: \(change.rulesAdded.joined(separator: ", "))") }
            let beforeTo = change.before.ending.map { "ending \($0.outcome.rawValue)" } ?? change.before.beatAfter ?? "?"
            let afterTo = after.ending.map { "ending \($0.outcome.rawValue)" } ?? after.beatAfter ?? "?"
            if beforeTo != afterTo { lines.append("  customer: → \(beforeTo) before, → \(afterTo) now") }
        }
        if let divergedAt { lines.append("The conversation takes another path from reply \(divergedAt) on; later replies answered other lines.") }
        lines.append("scorecard:")
        for dimension in HotseatCore.Dimension.allCases {
            let old = before?.dimension(dimension)?.score, new = after?.dimension(dimension)?.score
            lines.append("  \(dimension): \(number(old)) → \(number(new))\(old == new ? "" : "  (changed)")")
        }
        lines.append("  outcome: \(before?.outcome?.rawValue ?? "unfinished") → \(after?.outcome?.rawValue ?? "unfinished")")
        return lines.joined(separator: "\n")
    }
}
