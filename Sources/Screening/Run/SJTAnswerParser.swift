/// Reads a best/worst pick typed as `best: B, worst: D`, `B D`, `b,d` or `beste: B, slechtste: D`.
///
/// ```swift
/// SJTAnswerParser.parse("best: B, worst: D")   // .success(("B", "D"))
/// SJTAnswerParser.parse("B B")                 // .failure(.same)
/// ```
public enum SJTAnswerParser {
    public enum Problem: Error, Equatable, Sendable {
        /// Not two letters A–D.
        case unreadable
        /// The same response picked as best and worst.
        case same
    }

    static let bestLabels: Set<String> = ["BEST", "BESTE"]
    static let worstLabels: Set<String> = ["WORST", "SLECHTSTE", "DÅRLIGSTE", "DARLIGSTE", "VERST", "VERSTE"]

    public static func parse(_ text: String) -> Result<(best: String, worst: String), Problem> {
        // A label (in any of the three languages) says which letter follows; unlabelled letters are best, then worst.
        var best: String?, worst: String?, unlabelled: [String] = []
        var pending: String?
        for word in text.uppercased().split(whereSeparator: { !$0.isLetter }).map(String.init) {
            if bestLabels.contains(word) || worstLabels.contains(word) { pending = word; continue }
            guard ["A", "B", "C", "D"].contains(word) else { return .failure(.unreadable) }
            switch pending {
            case let label? where bestLabels.contains(label): if best != nil { return .failure(.unreadable) }; best = word
            case _?: if worst != nil { return .failure(.unreadable) }; worst = word
            case nil: unlabelled.append(word)
            }
            pending = nil
        }
        for letter in unlabelled {
            if best == nil { best = letter } else if worst == nil { worst = letter } else { return .failure(.unreadable) }
        }
        guard let best, let worst else { return .failure(.unreadable) }
        guard best != worst else { return .failure(.same) }
        return .success((best, worst))
    }
}
