import HotseatCore

extension ReplyScorer {
    /// What this situation expects (service-recovery.md §1): a remedy for a major failure, a
    /// boundary with an abusive customer, honesty about an outside cause, prevention for a repeat.
    /// A missing expectation costs points with evidence at 0..<0 that says what was missing.
    mutating func applyContextRules() {
        var handled: Set<Behaviour> = []
        let traits = context.traits
        for rule in settings.contextRules {
            let applies = switch rule.trigger {
            case .major: traits.severity == .major
            case .abusive: traits.abusive
            case .external: traits.cause == .outsideControl
            case .repeat: traits.failure == .repeated
            }
            guard applies else { continue }
            if case .behaviour(let b) = rule.expects { handled.insert(b) }
            guard !isMet(rule.expects) else { continue }
            missing(rule: rule.id, dimension: rule.dimension, points: rule.points, explanation: rule.explanation,
                    source: rule.source, tips: rule.tips)
        }
        for behaviour in Set(context.expectedBehaviours).sorted() where !behaviour.isNegative && !handled.contains(behaviour) {
            guard let rule = settings.expected[behaviour], !sheet.behaviours.contains(behaviour) else { continue }
            missing(rule: rule.id, dimension: rule.dimension, points: rule.points, explanation: rule.explanation,
                    source: rule.source, tips: rule.tips)
        }
    }

    private func isMet(_ expectation: RubricSettings.Expectation) -> Bool {
        switch expectation {
        case .behaviour(let b):
            return sheet.behaviours.contains(b)
        case .criterion(let id):
            guard let index = rubric.criterionByID[id] else { return false }
            return analysis.matches.contains { $0.criterion == index }
        }
    }

    private mutating func missing(rule: String, dimension: Dimension, points: Double, explanation: String, source: String, tips: [Language: String]) {
        sheet.add(Evidence(rule: rule, dimension: dimension, start: 0, end: 0, text: "", points: points, explanation: explanation))
        sheet.tip(tips[language], dimension: dimension, principle: source, quote: nil, weight: abs(points) + 5)
    }
}
