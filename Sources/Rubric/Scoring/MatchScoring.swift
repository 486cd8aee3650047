import Foundation
import HotseatCore

extension ReplyScorer {
    /// Turns accepted phrase matches into evidence, with diminishing returns per group, a discount
    /// for phrases repeated from earlier turns, and for apologies a following "but" takes back.
    mutating func scoreMatches() {
        guard !analysis.matches.isEmpty else { return }
        // Explanations are text for people; JSONL output has none, so it skips building them.
        let explains = sheet.collectsTips
        let previous = context.previousReplies.map { TokenizedText($0, limit: rubric.settings.antiGaming.maxScalars) }
        // One "drop the but" tip per "but", however many phrases before it the "but" softens.
        var tippedContrasts: [Int] = []
        for (index, m) in analysis.matches.enumerated() {
            let info = rubric.info[Int(m.criterion)]
            guard let dimension = info.dimension else { continue }
            var points = info.points
            var explanation = explains ? rubric.criteria[Int(m.criterion)].explanation : ""
            var reportBehaviour = true
            if let needed = info.needs {
                let sentence = analysis.slots[Int(m.first)].sentence
                let met = analysis.matches.contains { $0.criterion == needed && analysis.slots[Int($0.first)].sentence == sentence }
                if !met {
                    points = rubric.criteria[Int(m.criterion)].pointsWithoutNeeds
                    if explains { explanation = rubric.criteria[Int(m.criterion)].explanationWithoutNeeds ?? explanation }
                    reportBehaviour = false
                }
            }
            // The phrase that weighs most in its group gets full credit, wherever it stands: in
            // "I'll arrange a full refund", the refund is the remedy and "I'll arrange" the extra.
            // Equal weights keep reply order ("sorry… sorry…").
            var n = 0
            for (j, other) in analysis.matches.enumerated() where j != index {
                let o = rubric.info[Int(other.criterion)]
                guard o.group == info.group, o.dimension != nil else { continue }
                if o.points > info.points || (o.points == info.points && j < index) { n += 1 }
            }
            var factor = n >= rubric.settings.antiGaming.maxPerGroup ? 0 : pow(rubric.settings.antiGaming.decay, Double(n))
            if explains, n > 0 {
                // Not "said again": the earlier phrase of the group may have been other words.
                let note: GeneratedExplanation = n >= rubric.settings.antiGaming.maxPerGroup ? .nthPhraseNoCredit : .nthPhrase
                explanation += note.english(GeneratedExplanation.ordinal(n + 1, in: .en), rubric.criteria[Int(m.criterion)].group)
            }
            let span = analysis.span(m.first, m.end)
            let quote = sheet.quotesText || sheet.collectsTips ? replyText(span.start, span.end) : ""
            if points > 0, !previous.isEmpty, repeatsEarlierTurn(m, previous) {
                factor *= rubric.settings.antiGaming.acrossTurns
                if explains { explanation += GeneratedExplanation.repeatedEarlier.english() }
            }
            var contrastQuote: String?
            if points > 0, let c = m.contrastSlot {
                // What follows the "but" is an action when it owns or fixes something, or sets a
                // boundary or refocuses ("I understand you're angry, but I need us to keep it civil"):
                // acknowledge, then limit is de-escalation, not an apology taken back.
                let withAction = analysis.matches.contains { other in
                    let info = rubric.info[Int(other.criterion)]
                    return other.first > c && (info.dimension == .ownership || info.dimension == .calm) && info.points > 0
                }
                factor *= withAction ? rubric.settings.antiGaming.contrastDiscountWithAction : rubric.settings.antiGaming.contrastDiscount
                let cs = analysis.span(c, c + 1)
                if explains {
                    contrastQuote = replyText(span.start, cs.end)
                    explanation += (withAction ? GeneratedExplanation.softenedBy : .takenBackBy).english(replyText(cs.start, cs.end))
                }
                if !withAction { reportBehaviour = false }
            }
            // Sarcasm in the same sentence mocks the empathy it comes with: "Oh I'm SO sorry, your
            // majesty", "Sorry, calm down". The sneer still costs calm on its own.
            if points > 0, dimension == .empathy, let mock = sneer(inSentenceOf: m) {
                factor = 0
                reportBehaviour = false
                if explains {
                    let ms = analysis.span(mock.first, mock.end)
                    explanation += GeneratedExplanation.mockedBy.english(replyText(ms.start, ms.end))
                }
            }
            if factor < 0.5, points > 0 { reportBehaviour = false }
            let earned = Self.round(points * factor)
            if earned != 0 || n == 0 {
                sheet.add(Evidence(rule: rubric.criteria[Int(m.criterion)].id, dimension: dimension, start: span.start, end: span.end, text: quote,
                                   points: earned, explanation: explanation))
            }
            if reportBehaviour, let behaviour = info.behaviour { sheet.behaviours.insert(behaviour) }
            if sheet.collectsTips, earned < 0 || points < info.points {
                sheet.tip(rubric.criteria[Int(m.criterion)].tips[language], dimension: dimension, principle: rubric.criteria[Int(m.criterion)].source, quote: quote,
                          weight: earned < 0 ? -earned + 10 : info.points - earned)
            }
            if sheet.collectsTips, let contrastQuote, let c = m.contrastSlot, !tippedContrasts.contains(Int(c)), let rule = rubric.contrast {
                tippedContrasts.append(Int(c))
                sheet.tip(rule.tips[language], dimension: .empathy, principle: rule.source, quote: contrastQuote, weight: info.points)
            }
        }
    }

    private func sneer(inSentenceOf m: PhraseMatch) -> PhraseMatch? {
        let sentence = analysis.slots[Int(m.first)].sentence
        return analysis.matches.first { other in
            rubric.info[Int(other.criterion)].behaviour == .sarcastic && analysis.slots[Int(other.first)].sentence == sentence
        }
    }

    private func repeatsEarlierTurn(_ m: PhraseMatch, _ previous: [TokenizedText]) -> Bool {
        let hashes = (m.first..<m.end).map { analysis.text.tokens[Int(analysis.slots[Int($0)].token)].hash }
        guard !hashes.isEmpty else { return false }
        for earlier in previous {
            let tokens = earlier.tokens
            guard tokens.count >= hashes.count else { continue }
            for start in 0...(tokens.count - hashes.count) {
                var k = 0
                while k < hashes.count, tokens[start + k].hash == hashes[k] { k += 1 }
                if k == hashes.count { return true }
            }
        }
        return false
    }
}

