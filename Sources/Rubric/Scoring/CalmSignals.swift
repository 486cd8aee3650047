import HotseatCore

extension ReplyScorer {
    /// Shouting in capitals and runs of `!`/`?`: tone a reader hears even without a rude word.
    mutating func scoreCalmSignals() {
        let text = analysis.text
        if rubric.shouting != nil {
            // The capitalised words, counted in one pass (the first and last give the span).
            var capsWords = 0, longCapsWords = 0, capsLetters = 0
            var first: Token?, last: Token?
            for token in text.tokens where token.kind == .word && token.letters >= 2 && token.uppercase == token.letters {
                if token.letters <= 4, rubric.acronyms[token.hash] != nil { continue }
                if first == nil { first = token }
                last = token
                capsWords += 1
                if token.letters >= 3 { longCapsWords += 1 }
                capsLetters += Int(token.letters)
            }
            let share = stats.letters > 0 ? Double(capsLetters) / Double(stats.letters) : 0
            // One emphasised word is emphasis; half the letters in capitals, or several capitalised words, is shouting.
            let shouting = stats.letters >= 6 && share >= 0.5 && capsWords >= 2
            let emphatic = !shouting && longCapsWords >= 2
            if shouting || emphatic, let rule = rubric.shouting, let first, let last {
                let start = Int(first.start), end = Int(last.end)
                let points = shouting ? rule.points : Self.round(rule.points * 0.4)
                let percent = Int((share * 100).rounded())
                sheet.add(Evidence(rule: rule.id, dimension: rule.dimension, start: start, end: end, text: sheet.quotesText ? replyText(start, end) : "", points: points,
                                   explanation: sheet.collectsTips ? rule.explanation + GeneratedExplanation.capitalsShare.english(String(percent)) : ""))
                if shouting { sheet.behaviours.insert(.shouted) }
                sheet.tip(rule.tips[language], dimension: rule.dimension, principle: rule.source, quote: self.replyText(Int(first.start), Int(first.end)),
                          weight: -points)
            }
        }
        if rubric.punctuationRun != nil {
            var runs = 0
            var i = 0
            let tokens = text.tokens
            while i < tokens.count {
                guard tokens[i].kind == .punctuation, tokens[i].mark == "!" || tokens[i].mark == "?" else { i += 1; continue }
                var j = i
                while j < tokens.count, tokens[j].kind == .punctuation, tokens[j].mark == "!" || tokens[j].mark == "?",
                      j == i || tokens[j].start == tokens[j - 1].end {
                    j += 1
                }
                if j - i >= 2, let rule = rubric.punctuationRun {
                    let factor = runs >= rubric.settings.antiGaming.maxPerGroup ? 0 : pow(rubric.settings.antiGaming.decay, Double(runs))
                    let start = Int(tokens[i].start), end = Int(tokens[j - 1].end)
                    if factor > 0 {
                        sheet.add(Evidence(rule: rule.id, dimension: rule.dimension, start: start, end: end, text: sheet.quotesText ? self.replyText(start, end) : "",
                                           points: Self.round(rule.points * factor), explanation: rule.explanation))
                    }
                    // "!!" after an apology is often eagerness (and common in non-native writing): it costs calm
                    // points, but only a longer run is reported as shouting, which the customer reacts to.
                    if j - i >= 3 { sheet.behaviours.insert(.shouted) }
                    if runs == 0 {
                        sheet.tip(rule.tips[language], dimension: rule.dimension, principle: rule.source, quote: self.replyText(start, end), weight: -rule.points)
                    }
                    runs += 1
                }
                i = j
            }
        }
    }
}

import Foundation
