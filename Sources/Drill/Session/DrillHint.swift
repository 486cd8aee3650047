import HotseatCore
import Scenarios

/// A hint for the beat the trainee is answering.
public struct DrillHint: Sendable, Equatable {
    public var text: String
    /// The service-recovery principle it draws on, with its source.
    public var principle: String
    /// Points taken off the overall score for using it.
    public var cost: Int

    static func make(for beat: Beat, scenario: Scenario, language: Language, cost: Int) -> DrillHint {
        let focus = beat.demands ?? scenario.scoring.expects.first ?? (beat.abusive ? .setBoundary : .acknowledgedFeeling)
        if let written = beat.hint?.text(in: language), !written.isEmpty {
            // Trainers cite the principle in brackets at the end of a hint: "(Roschk & Kaiser 2013: …)".
            // The drill shows the principle on a line of its own, so the advice loses the brackets.
            if let open = written.lastIndex(of: "("), written.hasSuffix(")") || written.hasSuffix(").") {
                let cited = written[written.index(after: open)...].trimmingCharacters(in: [")", "."])
                let advice = written[..<open].trimmingCharacters(in: [" "])
                guard !advice.isEmpty else { return DrillHint(text: written, principle: cited, cost: cost) }
                let stop: Set<Character> = [".", "!", "?", ":", ";", "…"]
                return DrillHint(text: advice.last.map(stop.contains) == true ? advice : advice + ".", principle: cited, cost: cost)
            }
            return DrillHint(text: written, principle: Principles.principle(for: focus, language: language), cost: cost)
        }
        let dimension: Dimension = switch focus {
        case .acknowledgedFeeling, .apologised: .empathy
        case .setBoundary: .calm
        default: .ownership
        }
        return DrillHint(text: Principles.advice(for: dimension, weak: true, language: language),
                         principle: Principles.principle(for: focus, language: language), cost: cost)
    }
}

private extension Substring {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var text = self
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
