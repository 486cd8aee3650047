import HotseatCore

extension ReplyScorer {
    /// Speed is time to a *helpful* reply (service-recovery.md §5): net latency on a curve that
    /// falls after ~50 s and sharply after 2 min, times whether the reply reaches a concrete next
    /// step, plus a bonus for reaching it early in the conversation. Evidence sums to the score.
    mutating func scoreSpeed(latency: Double) -> Double {
        let seconds = latency.isFinite ? max(0, latency) : rubric.settings.speed.curve.last?.seconds ?? 0
        let onCurve = Self.interpolate(rubric.settings.speed.curve, at: seconds)
        let b = sheet.behaviours
        // A flagged reply (copy, mash, stuffing, empty…) says nothing, however fast (§5).
        let gamed = sheet.flags.first { rubric.settings.antiGaming.caps[$0.code] != nil }
        // A promise or an action with a time is a step: "I'll call you by 5", "let me find it right now".
        let concrete = gamed == nil && (b.contains(.offeredRemedy) || b.contains(.askedQuestion)
            || ((b.contains(.promisedFollowUp) || b.contains(.tookOwnership)) && sheet.evidence.contains { $0.rule == "ownership.time" && $0.points > 0 }))
        let factor = concrete ? 1 : gamed != nil ? rubric.settings.speed.withoutNextStep
            : (b.contains(.tookOwnership) || b.contains(.explainedCause) ? (1 + rubric.settings.speed.withoutNextStep) / 2 : rubric.settings.speed.withoutNextStep)
        // Blame, shouting, swearing or sarcasm make a fast reply worse, not better.
        let redFlag = b.contains(.blamed) || b.contains(.shouted) || b.contains(.swore) || b.contains(.sarcastic)
        // Explanations are text for people; JSONL output has none, so it skips building them.
        let explains = sheet.collectsTips
        let secondsText = !explains ? "" : seconds < 100 ? String(Int(seconds.rounded())) + " s" : String(Int((seconds / 60).rounded())) + " min"
        var total = onCurve
        sheet.add(Evidence(rule: "speed.latency", dimension: .speed, start: 0, end: 0, text: "", points: Self.round(onCurve),
                           explanation: explains ? GeneratedExplanation.answeredIn.english(secondsText) : ""))
        if factor < 1 {
            let lost = Self.round(-onCurve * (1 - factor))
            total += lost
            sheet.add(Evidence(rule: "speed.no-next-step", dimension: .speed, start: 0, end: 0, text: "", points: lost,
                               explanation: !explains ? "" : gamed.map { GeneratedExplanation.noSpeedCredit.english($0.message) } ?? GeneratedExplanation.noNextStep.english()))
            if sheet.collectsTips { sheet.tip(rubric.settings.speed.tips[language], dimension: .speed, principle: rubric.settings.speed.source, quote: nil, weight: -lost) }
        } else {
            let turn = max(0, context.turn)
            let bonus = turn < rubric.settings.speed.earlyTurnBonus.count ? rubric.settings.speed.earlyTurnBonus[turn]
                : -rubric.settings.speed.lateTurnPenalty * Double(turn - rubric.settings.speed.earlyTurnBonus.count + 1)
            if bonus != 0 {
                total += bonus
                sheet.add(Evidence(rule: bonus > 0 ? "speed.early-next-step" : "speed.late-next-step", dimension: .speed, start: 0, end: 0,
                                   text: "", points: Self.round(bonus),
                                   explanation: !explains ? "" : (bonus > 0 ? GeneratedExplanation.earlyNextStep : .lateNextStep).english(String(turn + 1))))
            }
        }
        if redFlag, total > 0 {
            let lost = Self.round(-total * (1 - rubric.settings.speed.withoutNextStep))
            total += lost
            sheet.add(Evidence(rule: "speed.red-flag", dimension: .speed, start: 0, end: 0, text: "", points: lost,
                               explanation: explains ? GeneratedExplanation.speedRedFlag.english() : ""))
            if sheet.collectsTips { sheet.tip(rubric.settings.speed.tips[language], dimension: .speed, principle: rubric.settings.speed.source, quote: nil, weight: -lost) }
        }
        if sheet.collectsTips, onCurve < 60 { sheet.tip(rubric.settings.speed.tips[language], dimension: .speed, principle: rubric.settings.speed.source, quote: nil, weight: 60 - onCurve) }
        return Self.round(Self.clamp(total))
    }

    static func interpolate(_ curve: [(seconds: Double, score: Double)], at x: Double) -> Double {
        guard let first = curve.first, let last = curve.last else { return 0 }
        if x <= first.seconds { return first.score }
        if x >= last.seconds { return last.score }
        for (a, b) in zip(curve, curve.dropFirst()) where x <= b.seconds {
            return a.score + (b.score - a.score) * (x - a.seconds) / (b.seconds - a.seconds)
        }
        return last.score
    }
}
