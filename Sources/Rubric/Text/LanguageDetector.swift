import HotseatCore

/// Guesses en, nl or nb from how many of each language's function words a reply uses.
///
/// Function words ("the", "het", "ikke") are frequent, short and language-specific, so even a
/// short reply usually settles it. A tie, such as a terse reply with none ("Excuses, mevrouw.
/// Nieuwe laptop morgen."), goes to the language whose rubric phrases alone use most of its
/// words, and then to letters such as æ/ø/å or the Dutch "ij".
enum LanguageDetector {
    static func detect(_ text: TokenizedText, functionWords: FrozenHashTable, vocabulary: FrozenVocabulary,
                       memo: DetectionMemo? = nil) -> Language {
        var en = 0, nl = 0, nb = 0
        var nlHints = 0, nbHints = 0
        var vocabularyWords = (0, 0, 0)
        text.folded.withUnsafeBufferPointer { folded in
            for token in text.tokens where token.kind == .word {
                let length = Int(token.foldEnd - token.foldStart)
                let bits: Int32?
                let vocabularyBit: UInt8
                if let known = memo?.facts(hash: token.hash, length: length) {
                    bits = known.functionBits < 0 ? nil : known.functionBits
                    nlHints += known.nl
                    nbHints += known.nb
                    vocabularyBit = known.vocabularyBit
                } else {
                    bits = functionWords[token.hash]
                    vocabularyBit = Self.onlyLanguage(of: token.hash, in: vocabulary)
                    var nlWord = 0, nbWord = 0
                    var previous: Unicode.Scalar = " "
                    for k in Int(token.foldStart)..<Int(token.foldEnd) {
                        let scalar = folded[k]
                        switch scalar {
                        case "æ", "ø", "å": nbWord += 1
                        case "j" where previous == "i": nlWord += 1
                        default: break
                        }
                        previous = scalar
                    }
                    nlHints += nlWord
                    nbHints += nbWord
                    memo?.remember(hash: token.hash, length: length, functionBits: bits ?? -1, nl: nlWord, nb: nbWord,
                                   vocabularyBit: vocabularyBit)
                }
                switch vocabularyBit {
                case 1: vocabularyWords.0 += 1
                case 2: vocabularyWords.1 += 1
                case 4: vocabularyWords.2 += 1
                default: break
                }
                if let bits {
                    if bits & 1 != 0 { en += 1 }
                    if bits & 2 != 0 { nl += 1 }
                    if bits & 4 != 0 { nb += 1 }
                }
            }
        }
        let counts = (en, nl, nb), hints = (0, nlHints, nbHints)
        func count(_ l: Int) -> Int { l == 0 ? counts.0 : l == 1 ? counts.1 : counts.2 }
        func hint(_ l: Int) -> Int { l == 0 ? hints.0 : l == 1 ? hints.1 : hints.2 }
        func known(_ l: Int) -> Int { l == 0 ? vocabularyWords.0 : l == 1 ? vocabularyWords.1 : vocabularyWords.2 }
        var best = 0
        for l in 1..<3 where (count(l), known(l), hint(l)) > (count(best), known(best), hint(best)) { best = l }
        return best == 0 ? .en : best == 1 ? .nl : .nb
    }

    /// The `Vocabulary.bit` of the one language whose phrases use the word as typed, or 0 when
    /// none or several do ("laptop", "sorry").
    @inline(__always)
    private static func onlyLanguage(of hash: UInt64, in vocabulary: FrozenVocabulary) -> UInt8 {
        guard let bits = vocabulary.languages(ofExact: hash) else { return 0 }
        return bits == 1 || bits == 2 || bits == 4 ? bits : 0
    }
}
