import HotseatCore
import Scenarios

/// Turns a drill's turns into a ``Scorecard``. See ``Scorecard`` for the aggregation rules.
struct ScorecardBuilder {
    /// Calm on an abusive turn counts this many times an ordinary turn.
    static let abusiveCalmWeight = 3.0
    static let quoteLimit = 100

    let scenario: Scenario
    let state: DrillState

    func build() -> Scorecard {
        let scored = state.scoredTurns.filter { $0.score != nil }
        var dimensions: [Scorecard.DimensionScore] = []
        for dimension in Dimension.allCases {
            let value = dimension == .speed ? Self.mean(of: dimension, over: scored)
                : Self.conversation(of: dimension, over: scored) ?? Self.mean(of: dimension, over: scored)
            // The band follows the whole number the trainee sees, so "60 developing" cannot happen.
            dimensions.append(.init(dimension: dimension, score: value.map(Self.rounded), band: value.map { Band(score: $0.rounded()) }))
        }
        let penalty = state.hintsUsed * DrillSession.hintCost
        let overall = overallScore(dimensions).map { Self.rounded(min(100, max(0, $0 - Double(penalty)))) }
        let ranked = scored.sorted { ($0.score!.overall, -$0.turn) > ($1.score!.overall, -$1.turn) }
        // One reply is neither the strongest nor the weakest of anything: the coaching quotes it.
        let strongest = ranked.count > 1 ? ranked.first.map(highlight) : nil
        let weakest = ranked.count > 1 ? ranked.last.map(highlight) : nil
        return Scorecard(
            scenarioID: scenario.id, language: state.language, dimensions: dimensions, overall: overall,
            hintsUsed: state.hintsUsed, hintPenalty: penalty, outcome: state.ending?.outcome,
            endingLine: state.ending?.line, finalMood: state.mood, scoredReplies: scored.count,
            waits: state.turns.count - scored.count,
            coaching: coaching(scored: scored, dimensions: dimensions, strongest: ranked.first, weakest: ranked.last),
            strongest: strongest, weakest: weakest)
    }

    /// Empathy, ownership and calm are judged as a trainer judges a whole conversation: as if it
    /// were one long reply. Each rule that earned points counts once, at its best reply
    /// (empathy in the first reply is not averaged away by later replies that do the fixing, and
    /// a remedy in the third reply counts although the first had none); every red flag counts
    /// each time it was said; and what the situation expected (a remedy, a boundary…) costs only if
    /// the conversation never delivered it, i.e. the last reply is still charged for it.
    ///
    ///     session = base + Σ_rules max_reply(points of the rule in that reply, if > 0)
    ///                    + Σ_replies (red-flag points)
    ///                    + (missing-expectation points of the last reply), kept within 0…100
    ///
    /// Replies raising an anti-gaming flag (other than `truncated`) earn no credit for empathy and
    /// ownership. `empathy.carried-over` is not counted: it stands in, per reply, for the earlier
    /// empathy that is counted directly here. The base is the engine's (score − evidence of an
    /// unclamped, unflagged reply). Returns nil (the caller then takes the mean) when no such reply
    /// exists, every reply is flagged, or no reply has evidence for the dimension. Calm is read the
    /// same way, so one sarcastic or sworn reply is not diluted by polite ones; the mean (with
    /// abusive turns weighing 3× for calm) remains only as that fallback, and for speed.
    static func conversation(of dimension: Dimension, over turns: [TurnResult]) -> Double? {
        let scores = turns.compactMap(\.score)
        guard let last = scores.last else { return nil }
        func flagged(_ s: ReplyScore) -> Bool { dimension != .calm && s.flags.contains { $0.code != "truncated" && $0.code != "not-a-sentence" } }
        func isExpectation(_ e: Evidence) -> Bool {
            e.start == 0 && e.end == 0 && e.points < 0 && (e.rule.hasPrefix("context.") || e.rule.hasPrefix("expected."))
        }
        var base: Double?
        for s in scores where !s.flags.contains(where: { $0.code != "truncated" }) {
            guard let value = s.scores[dimension], value > 0, value < 100 else { continue }
            base = value - s.evidence.filter { $0.dimension == dimension }.reduce(0) { $0 + $1.points }
            break
        }
        guard let base, scores.contains(where: { !flagged($0) }),
              scores.contains(where: { $0.evidence.contains { $0.dimension == dimension } }) else { return nil }
        var best: [String: Double] = [:]
        var faults = 0.0
        for s in scores {
            var credit: [String: Double] = [:]
            for e in s.evidence where e.dimension == dimension && e.rule != "empathy.carried-over" {
                if isExpectation(e) { continue }
                if e.points < 0 { faults += e.points } else if !flagged(s) { credit[e.rule, default: 0] += e.points }
            }
            for (rule, points) in credit { best[rule] = max(best[rule] ?? 0, points) }
        }
        let missing = last.evidence.filter { $0.dimension == dimension && isExpectation($0) }.reduce(0) { $0 + $1.points }
        let credit = best.keys.sorted().reduce(0) { $0 + best[$1]! }
        return min(100, max(0, base + credit + faults + missing))
    }

    static func mean(of dimension: Dimension, over turns: [TurnResult]) -> Double? {
        var total = 0.0
        var weights = 0.0
        for turn in turns {
            guard let value = turn.score?.scores[dimension] else { continue }
            let weight = dimension == .calm && turn.abusive ? abusiveCalmWeight : 1
            total += value * weight
            weights += weight
        }
        return weights > 0 ? total / weights : nil
    }

    private func overallScore(_ dimensions: [Scorecard.DimensionScore]) -> Double? {
        var total = 0.0
        var weights = 0.0
        for entry in dimensions {
            guard let score = entry.score else { continue }
            let weight = scenario.scoring.weights[entry.dimension] ?? 1
            total += score * weight
            weights += weight
        }
        return weights > 0 ? total / weights : nil
    }

    private func highlight(_ turn: TurnResult) -> Scorecard.Highlight {
        .init(turn: turn.turn, reply: turn.reply, overall: Self.rounded(turn.score?.overall ?? 0), customerLine: turn.customerLine)
    }

    /// 2–4 points: the engine's own tips first (weakest dimensions first, one per principle), then
    /// the drill's advice on the weakest dimension (quoting the weakest reply) and on the strongest
    /// (quoting the strongest reply) to make up at least two.
    private func coaching(scored: [TurnResult], dimensions: [Scorecard.DimensionScore],
                          strongest: TurnResult?, weakest: TurnResult?) -> [CoachingTip] {
        guard !scored.isEmpty else { return [] }
        let order = dimensions.filter { $0.score != nil }.sorted { $0.score! < $1.score! }.map(\.dimension)
        func rank(_ dimension: Dimension) -> Int { order.firstIndex(of: dimension) ?? order.count }

        var candidates: [(rank: Int, turn: Int, tip: CoachingTip)] = []
        for (index, turn) in scored.enumerated() {
            for tip in turn.score?.coaching ?? [] {
                if Self.isSettledLater(tip, in: turn, later: scored[(index + 1)...]) { continue }
                var tip = tip
                tip.quote = Self.quote(tip.quote?.isEmpty == false ? tip.quote! : turn.reply)
                candidates.append((rank(tip.dimension), turn.turn, tip))
            }
        }
        // Greedy: weakest dimension first, but spread the quotes over different replies so the
        // trainee sees more than one of their own sentences.
        var chosen: [CoachingTip] = []
        var principles = Set<String>()
        var quotedTurns: [Int: Int] = [:]
        // One tip per skill: two speed tips on the same reply say the same thing twice and
        // crowd out the rest (the praise below fills up when little else is left).
        while chosen.count < 3 {
            let open = candidates.filter { c in !principles.contains(c.tip.principle) && !chosen.contains { $0.dimension == c.tip.dimension } }
            guard let best = open.min(by: {
                (quotedTurns[$0.turn, default: 0], $0.rank, $0.turn) < (quotedTurns[$1.turn, default: 0], $1.rank, $1.turn)
            }) else { break }
            principles.insert(best.tip.principle)
            quotedTurns[best.turn, default: 0] += 1
            chosen.append(best.tip)
        }
        // Advice is about the reply it quotes: a reply that was excellent on the skill (calm 85 in a
        // conversation whose lowest skill was calm) is praised for it, not told to stop shouting.
        func needsWork(_ dimension: Dimension, in turn: TurnResult) -> Bool {
            guard let score = turn.score?.scores[dimension] else { return true }
            return Band(score: score.rounded()) < .excellent
        }
        if chosen.count < 2, let weakestDimension = order.first, let weakest, !chosen.contains(where: { $0.dimension == weakestDimension }) {
            let principle = Principles.principle(for: weakestDimension, language: state.language)
            if !principles.contains(principle) {
                principles.insert(principle)
                chosen.append(CoachingTip(dimension: weakestDimension,
                                          message: Principles.advice(for: weakestDimension, weak: needsWork(weakestDimension, in: weakest), language: state.language, quoting: weakest.score),
                                          principle: principle, quote: Self.quote(weakest.reply)))
            }
        }
        if chosen.count < 2, let strongestDimension = order.last, let strongest {
            let principle = Principles.principle(for: strongestDimension, language: state.language)
            let isWeakToo = order.count == 1
            let praise = Principles.advice(for: strongestDimension, weak: false, language: state.language)
            if !principles.contains(principle) || isWeakToo, !chosen.contains(where: { $0.message == praise }) {
                chosen.append(CoachingTip(dimension: strongestDimension, message: praise, principle: principle, quote: Self.quote(strongest.reply)))
            }
        }
        if chosen.count < 2 {
            // All dimensions share one principle (or only one was scored): add the next weakest.
            for dimension in order where chosen.count < 2 && !chosen.contains(where: { $0.dimension == dimension }) {
                chosen.append(CoachingTip(dimension: dimension,
                                          message: Principles.advice(for: dimension, weak: needsWork(dimension, in: weakest ?? scored[0]), language: state.language,
                                                                     quoting: (weakest ?? scored[0]).score),
                                          principle: Principles.principle(for: dimension, language: state.language),
                                          quote: Self.quote((weakest ?? scored[0]).reply)))
            }
        }
        return Array(chosen.prefix(4))
    }

    /// A tip about something a reply lacked (the engine gives such tips without a quote) is
    /// dropped once a later reply supplied it: "empathy first, then the fix" is what the hints
    /// teach, so coaching the first reply for the missing fix would contradict them.
    static func isSettledLater(_ tip: CoachingTip, in turn: TurnResult, later: ArraySlice<TurnResult>) -> Bool {
        guard tip.quote == nil, let evidence = turn.score?.evidence else { return false }
        let missing = Set(evidence.filter { $0.dimension == tip.dimension && Self.isMissingExpectation($0) }.map(\.rule))
        guard !missing.isEmpty else { return false }
        // The engine stops charging an expectation once a reply met it.
        return later.contains { next in
            guard let score = next.score else { return false }
            return missing.isDisjoint(with: score.evidence.map(\.rule))
        }
    }

    static func isMissingExpectation(_ evidence: Evidence) -> Bool {
        evidence.points < 0 && evidence.start == evidence.end
            && (evidence.rule.hasPrefix("context.") || evidence.rule.hasPrefix("expected."))
    }

    static func quote(_ text: String) -> String {
        text.count <= quoteLimit ? text : String(text.prefix(quoteLimit - 1)) + "…"
    }

    static func rounded(_ value: Double) -> Double { (value * 10).rounded() / 10 }
}
