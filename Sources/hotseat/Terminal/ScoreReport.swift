import Foundation
import HotseatCore
import Rubric

/// The readable breakdown `hotseat score` prints for one reply, in the reply's language: its
/// labels from `Localizer`, its explanations and flag messages from the rubric's translations
/// (the score itself keeps the English, as JSONL output does).
enum ScoreReport {
    /// `name` tells replies apart: nil for "Reply", "2" for "Reply 2", an input line's id.
    static func text(for score: ReplyScore, reply: String, name: String?, engine: RubricEngine) -> String {
        let l = Localizer(score.language)
        let translator = engine.explanationTranslator
        let evidence = translator.localized(score.evidence, in: score.language)
        let flags = translator.localized(score.flags, in: score.language)
        // Labels line up in one column however long they are in this language ("eigenaarschap").
        let labels = [l[.scoreLanguage], l[.scoreOverall], l[.scoreBehaviours], l[.scoreFlags]] + HotseatCore.Dimension.allCases.map { l.inlineName(of: $0) }
        let width = max(10, labels.map(\.count).max() ?? 0)
        func label(_ text: String) -> String { text.padding(toLength: width, withPad: " ", startingAt: 0) }
        let dimensionWidth = max(9, HotseatCore.Dimension.allCases.map { l.inlineName(of: $0).count }.max() ?? 0)

        var lines: [String] = []
        let preview = reply.count > 70 ? String(reply.prefix(70)) + "…" : reply
        lines.append("\(l[.scoreReply])\(name.map { " \($0)" } ?? ""): \"\(preview.replacingOccurrences(of: "\n", with: " "))\"")
        lines.append("  \(label(l[.scoreLanguage])) \(score.language.rawValue)\(score.languageDetected ? " " + l[.scoreDetected] : "")")
        for dimension in HotseatCore.Dimension.allCases {
            if let value = score.scores[dimension] {
                lines.append("  \(label(l.inlineName(of: dimension))) \(format(value).leftPadded(5))  \(l.name(of: engine.band(for: value)))")
            } else {
                lines.append("  \(label(l.inlineName(of: dimension)))     —  \(l[.scoreNoLatency])")
            }
        }
        lines.append("  \(label(l[.scoreOverall])) \(format(score.overall).leftPadded(5))  \(l.name(of: engine.band(for: score.overall)))")
        lines.append("  \(label(l[.scoreBehaviours])) \(score.behaviours.isEmpty ? l[.scoreNone] : l.list(score.behaviours))")
        lines.append("  \(l[.scoreEvidence])")
        if evidence.isEmpty { lines.append("    \(l[.scoreNone])") }
        for e in evidence {
            let points = (e.points > 0 ? "+" : "") + format(e.points)
            let span = e.start == e.end ? (e.points < 0 ? l[.scoreNotInReply] : l[.scoreWholeReply]) : "[\(e.start)–\(e.end)) \"\(e.text)\""
            lines.append("    \(points.leftPadded(6)) \(l.inlineName(of: e.dimension).padding(toLength: dimensionWidth, withPad: " ", startingAt: 0)) \(e.rule)  \(span)")
            lines.append("           \(e.explanation)")
        }
        lines.append("  \(label(l[.scoreFlags])) \(flags.isEmpty ? l[.scoreNone] : flags.map { "\($0.code) (\($0.message))" }.joined(separator: "; "))")
        if !score.coaching.isEmpty {
            lines.append("  \(l[.scoreCoaching])")
            for tip in score.coaching {
                var line = "    • [\(l.inlineName(of: tip.dimension))] \(tip.message)"
                if let quote = tip.quote, !quote.isEmpty { line += l.format(.scoreYouWrote, quote) }
                lines.append(line)
                lines.append("      \(l.format(.scoreWhy, tip.principle))")
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
