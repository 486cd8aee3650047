import HotseatCore

extension ReplyScorer {
    /// What this situation expects (service-recovery.md §1): a remedy for a major failure, a
    /// boundary with an abusive customer, honesty about an outside cause, prevention for a repeat.
    /// A missing expectation costs points with evidence at 0..<0 that says what was missing.
    mutating func applyContextRules() {
        let earlier = context.previousReplies.isEmpty ? [] : earlierReplies()
        var handled = BehaviourSet()
        let traits = context.traits
        let rules = rubric.settings.contextRules
        for i in rules.indices {
            // Fields are read in place: most rules do not apply, and copying one retains all its strings.
            let applies = switch rules[i].trigger {
            case .major: traits.severity == .major
            case .abusive: traits.abusive
            case .external: traits.cause == .outsideControl
            case .repeat: traits.failure == .repeated
            }
            guard applies else { continue }
            if case .behaviour(let b) = rules[i].expects { handled.insert(b) }
            guard !isMetNow(rules[i].expects), !earlier.contains(where: { isMet(rules[i].expects, in: $0) }) else { continue }
            let rule = rules[i]
            missing(rule: rule.id, dimension: rule.dimension, points: rule.points, explanation: rule.explanation,
                    source: rule.source, tips: rule.tips)
        }
        var expected = BehaviourSet()
        for b in context.expectedBehaviours { expected.insert(b) }
        for behaviour in expected.sorted() where !behaviour.isNegative && !handled.contains(behaviour) {
            guard let rule = rubric.settings.expected[behaviour], !sheet.behaviours.contains(behaviour),
                  !earlier.contains(where: { isMet(.behaviour(behaviour), in: $0) }) else { continue }
            missing(rule: rule.id, dimension: rule.dimension, points: rule.points, explanation: rule.explanation,
                    source: rule.source, tips: rule.tips)
        }
    }

    /// Whether this reply meets the expectation, by the behaviours actually credited.
    private func isMetNow(_ expectation: RubricSettings.Expectation) -> Bool {
        switch expectation {
        case .behaviour(let b):
            return sheet.behaviours.contains(b)
        case .criterion(let id):
            guard let index = rubric.criterionByID[id] else { return false }
            return analysis.matches.contains { $0.criterion == index }
        }
    }

    /// Whether an earlier reply met it.
    private func isMet(_ expectation: RubricSettings.Expectation, in reply: ReplyAnalysis) -> Bool {
        switch expectation {
        case .behaviour(let b):
            return reply.matches.contains { rubric.info[Int($0.criterion)].behaviour == b && rubric.info[Int($0.criterion)].points > 0 }
        case .criterion(let id):
            guard let index = rubric.criterionByID[id] else { return false }
            return reply.matches.contains { $0.criterion == index }
        }
    }

    /// The earlier replies of this conversation, matched in this reply's language: what they
    /// already did (a remedy, an apology) need not be repeated now.
    func earlierReplies() -> [ReplyAnalysis] {
        context.previousReplies.map {
            ReplyAnalysis(text: TokenizedText($0, limit: rubric.maxScalars), language: language, rubric: rubric)
        }
    }

    /// Empathy shown earlier in the conversation carries over, so a later reply that gets on with
    /// the fix is not marked as cold (and repeating "sorry" each turn is not needed to score).
    mutating func carryOverEmpathy() {
        guard !context.previousReplies.isEmpty, let rule = rubric.carriedOver else { return }
        let showed = earlierReplies().contains { reply in
            reply.matches.contains { m in
                let info = rubric.info[Int(m.criterion)]
                return info.points > 0 && (info.behaviour == .apologised || info.behaviour == .acknowledgedFeeling)
            }
        }
        let coldNow = sheet.evidence.contains { $0.dimension == .empathy && $0.points < 0 }
        guard showed, !coldNow else { return }
        sheet.add(Evidence(rule: rule.id, dimension: rule.dimension, start: 0, end: 0, text: "", points: rule.points, explanation: rule.explanation))
    }

    private mutating func missing(rule: String, dimension: Dimension, points: Double, explanation: String, source: String, tips: [Language: String]) {
        // Empathy first, then the fix (HEARD, CARP): on the first turn there is still time, so half.
        let firstTurn = context.turn == 0 && context.previousReplies.isEmpty
        let cost = firstTurn ? Self.round(points / 2) : points
        // Explanations are text for people; JSONL output has none, so it skips building them.
        let why = firstTurn && sheet.collectsTips ? explanation + GeneratedExplanation.firstTurnHalfCost.english() : explanation
        sheet.add(Evidence(rule: rule, dimension: dimension, start: 0, end: 0, text: "", points: cost, explanation: why))
        sheet.tip(tips[language], dimension: dimension, principle: source, quote: nil, weight: abs(points) + 5)
    }
}
