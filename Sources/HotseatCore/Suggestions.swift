/// "Did you mean …?" for typos in keys, beat names and behaviours.
public enum Suggestions {
    /// The known word closest to `word`, if it is close enough to be a likely typo.
    ///
    /// A candidate that starts with the word (`refund` → `refund-offer`) also counts, because
    /// trainers often shorten ids they wrote earlier.
    public static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        let lowered = word.lowercased()
        var best: (candidate: String, distance: Int)?
        for candidate in candidates where candidate != word {
            let distance = editDistance(lowered, candidate.lowercased())
            let allowed = max(2, candidate.count / 3)
            let related = !lowered.isEmpty && (candidate.lowercased().hasPrefix(lowered) || lowered.hasPrefix(candidate.lowercased()))
            guard distance <= allowed || related else { continue }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// Levenshtein distance over characters; words here are short, so the quadratic table is fine.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The fix text for an unknown word: a suggestion if there is one, else the full list.
    public static func fix(for word: String, in candidates: [String], quote: String = "'") -> String {
        if let near = nearest(to: word, in: candidates) { return "did you mean \(quote)\(near)\(quote)?" }
        return "use one of: " + candidates.joined(separator: ", ")
    }
}
