import Foundation
import HotseatCore

/// Turns a rubric match ("I understand", "refund") into the sentence it was said in, so a
/// reviewer reads what the candidate actually promised or acknowledged, not a bare keyword.
///
/// ```swift
/// QuoteContext.sentence(around: evidence, in: "Hi. I'll refund the pass today. Bye.")   // "I'll refund the pass today."
/// ```
enum QuoteContext {
    /// Longest quote kept; longer sentences are cut around the match and marked with "…".
    static let maximumCharacters = 160

    static func sentence(around evidence: Evidence, in reply: String) -> String {
        let scalars = Array(reply.unicodeScalars)
        guard let (start, end) = location(of: evidence, in: scalars) else { return evidence.text }
        let stops: Set<Unicode.Scalar> = [".", "!", "?", "\n", ";"]
        var from = start
        while from > 0, !stops.contains(scalars[from - 1]) { from -= 1 }
        var to = end
        while to < scalars.count, !stops.contains(scalars[to]) { to += 1 }
        if to < scalars.count, scalars[to] != "\n" { to += 1 }   // keep the sentence's own full stop
        var prefix = "", suffix = ""
        if to - from > maximumCharacters {
            // Centre the window on the match.
            let room = max(0, maximumCharacters - (end - start)) / 2
            let newFrom = max(from, start - room), newTo = min(to, end + room)
            if newFrom > from { prefix = "…" }
            if newTo < to { suffix = "…" }
            from = newFrom
            to = newTo
        }
        var text = String(String.UnicodeScalarView(scalars[from..<to])).trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { text = evidence.text }
        return prefix + text + suffix
    }

    /// The match's scalar range: the recorded offsets when they still point at the text, else the first occurrence.
    private static func location(of evidence: Evidence, in scalars: [Unicode.Scalar]) -> (Int, Int)? {
        if evidence.start >= 0, evidence.end <= scalars.count, evidence.start < evidence.end,
           String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end])).lowercased() == evidence.text.lowercased() {
            return (evidence.start, evidence.end)
        }
        let reply = String(String.UnicodeScalarView(scalars))
        guard !evidence.text.isEmpty, let range = reply.range(of: evidence.text, options: .caseInsensitive) else { return nil }
        let start = reply.unicodeScalars.distance(from: reply.unicodeScalars.startIndex, to: range.lowerBound)
        return (start, start + evidence.text.unicodeScalars.count)
    }
}
