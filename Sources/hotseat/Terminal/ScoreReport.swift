import Foundation
import HotseatCore
import Rubric

/// The readable breakdown `hotseat score` prints for one reply.
enum ScoreReport {
    /// `label` names the reply: "Reply", "Reply 2", or "Reply <id>" for an input line.
    static func text(for score: ReplyScore, reply: String, label: String, engine: RubricEngine) -> String {
        var lines: [String] = []
        let preview = reply.count > 70 ? String(reply.prefix(70)) + "…" : reply
        lines.append("\(label): \"\(preview.replacingOccurrences(of: "\n", with: " "))\"")
        lines.append("  language   \(score.language.rawValue)\(score.languageDetected ? " (detected)" : "")")
        for dimension in Dimension.allCases {
            let name = dimension.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
            if let value = score.scores[dimension] {
                lines.append("  \(name) \(format(value).leftPadded(5))  \(engine.band(for: value).rawValue)")
            } else {
                lines.append("  \(name)     —  (no latency given)")
            }
        }
        lines.append("  overall    \(format(score.overall).leftPadded(5))  \(engine.band(for: score.overall).rawValue)")
        lines.append("  behaviours \(score.behaviours.isEmpty ? "none" : score.behaviours.map(\.rawValue).joined(separator: ", "))")
        lines.append("  evidence")
        if score.evidence.isEmpty { lines.append("    none") }
        for e in score.evidence {
            let points = (e.points > 0 ? "+" : "") + format(e.points)
            let span = e.start == e.end ? (e.points < 0 ? "(not in the reply)" : "(the reply as a whole)") : "[\(e.start)–\(e.end)) \"\(e.text)\""
            lines.append("    \(points.leftPadded(6)) \(e.dimension.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(e.rule)  \(span)")
            lines.append("           \(e.explanation)")
        }
        lines.append("  flags      \(score.flags.isEmpty ? "none" : score.flags.map { "\($0.code) (\($0.message))" }.joined(separator: "; "))")
        if !score.coaching.isEmpty {
            lines.append("  coaching")
            for tip in score.coaching {
                var line = "    • [\(tip.dimension.rawValue)] \(tip.message)"
                if let quote = tip.quote, !quote.isEmpty { line += " You wrote: \"\(quote)\"." }
                lines.append(line)
                lines.append("      Why: \(tip.principle)")
            }
        }
        return lines.joined(separator: "\n")
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
