import HotseatCore

/// Guesses en, nl or nb from how many of each language's function words a reply uses.
///
/// Function words ("the", "het", "ikke") are frequent, short and language-specific, so even a
/// short reply usually settles it; letters such as æ/ø/å or the Dutch "ij" break ties.
enum LanguageDetector {
    static func detect(_ text: TokenizedText, functionWords: FrozenHashTable) -> Language {
        var counts = [0, 0, 0]
        var hints = [0, 0, 0]
        for token in text.tokens where token.kind == .word {
            if let bits = functionWords[token.hash].map(UInt8.init) {
                if bits & 1 != 0 { counts[0] += 1 }
                if bits & 2 != 0 { counts[1] += 1 }
                if bits & 4 != 0 { counts[2] += 1 }
            }
            var previous: Unicode.Scalar = " "
            for scalar in text.folded[Int(token.foldStart)..<Int(token.foldEnd)] {
                switch scalar {
                case "æ", "ø", "å": hints[2] += 1
                case "j" where previous == "i": hints[1] += 1
                default: break
                }
                previous = scalar
            }
        }
        var best = 0
        for l in 1..<3 where counts[l] > counts[best] || (counts[l] == counts[best] && hints[l] > hints[best]) { best = l }
        return Language.allCases[best]
    }
}
