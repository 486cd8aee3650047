import Drill
import HotseatCore
import Scenarios

/// Turns a scorecard into readable text: aligned columns, colour only when `style` allows it.
struct ScorecardRenderer {
    let localizer: Localizer
    let style: Style

    func render(_ card: Scorecard, personaName: String) -> String {
        let l = localizer
        var lines: [String] = []
        lines.append(style.bold("── \(l[.scorecardTitle]) ──"))
        guard card.scoredReplies > 0 else {
            lines.append(l[.noReplies])
            if let outcome = card.outcome {
                lines.append("\(style.bold(l[.outcome])): \(outcome.localized(l)); \(l.format(.finalMood, card.finalMood))")
            }
            return lines.joined(separator: "\n")
        }
        let labelWidth = Dimension.allCases.map { l.name(of: $0).count }.max() ?? 10
        for entry in card.dimensions {
            let label = l.name(of: entry.dimension).padding(toLength: labelWidth + 2, withPad: " ", startingAt: 0)
            if let score = entry.score, let band = entry.band {
                let number = WholeScore.text(score).leftPadded(to: 3)
                lines.append("  \(label)\(colour(band, number))  \(bar(score))  \(l.name(of: band))")
            } else {
                lines.append("  \(label)  —  \(style.dim(l[.notMeasured]))")
            }
        }
        if let overall = card.overall {
            let label = l[.overall].padding(toLength: labelWidth + 2, withPad: " ", startingAt: 0)
            lines.append("  \(style.bold(label))\(colour(Band(score: overall.rounded()), WholeScore.text(overall).leftPadded(to: 3)))")
        }
        if card.hintsUsed > 0 { lines.append("  " + l.format(.hintsUsed, card.hintsUsed, card.hintPenalty)) }
        lines.append(style.dim(TextWrapper.forStandardOutput().wrap("  " + l[.wholeConversation], indent: 2)))
        lines.append("")
        // While the conversation goes on, the mood is today's, not the final one.
        if let outcome = card.outcome {
            lines.append("\(style.bold(l[.outcome])): \(outcome.localized(l)); \(l.format(.finalMood, card.finalMood))")
        } else {
            lines.append("\(style.bold(l[.outcome])): \(l[.outcomeOpen]); \(l.format(.moodNow, card.finalMood))")
        }
        if !card.coaching.isEmpty {
            lines.append("")
            lines.append(style.bold(l[.coachingTitle]))
            for (index, tip) in card.coaching.enumerated() {
                let quote = tip.quote.map { "“\($0)” — " } ?? ""
                let wrapper = TextWrapper.forStandardOutput()
                lines.append(wrapper.wrap("  \(index + 1). \(quote)\(tip.message)", indent: 5))
                lines.append(style.dim(wrapper.wrap("     ↳ " + tip.principle, indent: 7)))
            }
        }
        let wrapper = TextWrapper.forStandardOutput()
        if let strongest = card.strongest {
            lines.append("")
            let text = "\(l[.strongestReply]) (#\(strongest.turn), \(WholeScore.text(strongest.overall))): “\(Self.short(strongest.reply))”"
            lines.append(Self.colourLabel(wrapper.wrap(text, indent: 2), label: l[.strongestReply], with: style.green))
        }
        if let weakest = card.weakest {
            let text = "\(l[.weakestReply]) (#\(weakest.turn), \(WholeScore.text(weakest.overall))): “\(Self.short(weakest.reply))”"
            lines.append(Self.colourLabel(wrapper.wrap(text, indent: 2), label: l[.weakestReply], with: style.red))
        }
        return lines.joined(separator: "\n")
    }

    /// One line after each reply in training: scores and the customer's mood.
    func turnSummary(_ turn: TurnResult) -> String {
        let l = localizer
        var parts: [String] = []
        if let score = turn.score {
            for dimension in Dimension.allCases {
                if let value = score.scores[dimension] {
                    parts.append("\(l.name(of: dimension).lowercased()) \(colour(Band(score: value), WholeScore.text(value)))")
                } else {
                    parts.append("\(l.name(of: dimension).lowercased()) —")
                }
            }
        } else {
            parts.append(l[.waitingMood])
        }
        let arrow = turn.moodAfter > turn.moodBefore ? style.red("↑") : turn.moodAfter < turn.moodBefore ? style.green("↓") : "→"
        return style.dim("  [") + parts.joined(separator: " · ") + style.dim("]") + "  \(l[.moodLabel]) \(turn.moodBefore) \(arrow) \(turn.moodAfter)"
    }

    /// Colours only the label, after wrapping, so escape codes never count towards the width.
    static func colourLabel(_ text: String, label: String, with paint: (String) -> String) -> String {
        text.hasPrefix(label) ? paint(label) + text.dropFirst(label.count) : text
    }

    /// A pasted wall of text must not flood the scorecard.
    static func short(_ reply: String, limit: Int = 120) -> String {
        reply.count <= limit ? reply : String(reply.prefix(limit - 1)) + "…"
    }

    private func colour(_ band: Band, _ text: String) -> String {
        switch band {
        case .poor: style.red(text)
        case .developing: style.yellow(text)
        case .good: style.cyan(text)
        case .excellent: style.green(text)
        }
    }

    private func bar(_ score: Double) -> String {
        let filled = Int((score / 10).rounded())
        return String(repeating: "█", count: filled) + style.dim(String(repeating: "·", count: 10 - filled))
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
