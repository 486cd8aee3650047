import HotseatCore

/// Guesses en, nl or nb from how many of each language's function words a reply uses.
///
/// Function words ("the", "het", "ikke") are frequent, short and language-specific, so even a
/// short reply usually settles it; letters such as æ/ø/å or the Dutch "ij" break ties.
enum LanguageDetector {
    static func detect(_ text: TokenizedText, functionWords: FrozenHashTable) -> Language {
        var en = 0, nl = 0, nb = 0
        var nlHints = 0, nbHints = 0
        text.folded.withUnsafeBufferPointer { folded in
            for token in text.tokens where token.kind == .word {
                if let bits = functionWords[token.hash] {
                    if bits & 1 != 0 { en += 1 }
                    if bits & 2 != 0 { nl += 1 }
                    if bits & 4 != 0 { nb += 1 }
                }
                var previous: Unicode.Scalar = " "
                for k in Int(token.foldStart)..<Int(token.foldEnd) {
                    let scalar = folded[k]
                    switch scalar {
                    case "æ", "ø", "å": nbHints += 1
                    case "j" where previous == "i": nlHints += 1
                    default: break
                    }
                    previous = scalar
                }
            }
        }
        let counts = (en, nl, nb), hints = (0, nlHints, nbHints)
        func count(_ l: Int) -> Int { l == 0 ? counts.0 : l == 1 ? counts.1 : counts.2 }
        func hint(_ l: Int) -> Int { l == 0 ? hints.0 : l == 1 ? hints.1 : hints.2 }
        var best = 0
        for l in 1..<3 where count(l) > count(best) || (count(l) == count(best) && hint(l) > hint(best)) { best = l }
        return best == 0 ? .en : best == 1 ? .nl : .nb
    }
}
