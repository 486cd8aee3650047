import HotseatCore

/// Counts about a reply's words that several rules share, taken in one pass.
struct ReplyStatistics {
    var words = 0
    var letters = 0
    var uppercaseLetters = 0
    var functionWords = 0
    /// Function words of any of the three languages: real sentences have them.
    var anyFunctionWords = 0
    var implausibleWords = 0
    /// Folded hashes of the words, in order.
    var wordHashes: [UInt64] = []

    init() {}

    /// Counts one word token (`ReplyAnalysis` calls this for each, in order, after its hash is appended).
    @inline(__always)
    mutating func count(_ token: Token, folded: UnsafePointer<Unicode.Scalar>, rubric: CompiledRubric, language: Language, memo: WordMemo?) {
        words += 1
        letters += Int(token.letters)
        uppercaseLetters += Int(token.uppercase)
        let length = Int(token.foldEnd - token.foldStart)
        let key = WordMemo.key(length: length, isLetters: Int(token.letters) == length, language: language)
        var facts = memo?.facts(hash: token.hash, key: key) ?? WordFacts()
        let before = facts.bits
        let functionWord: Int32?
        if let known = facts.functionWord {
            functionWord = known
        } else {
            functionWord = rubric.functionWords[token.hash]
            facts.functionWord = .some(functionWord)
        }
        if let bits = functionWord {
            anyFunctionWords += 1
            if UInt8(bits) & Vocabulary.bit(language) != 0 { functionWords += 1 }
        } else {
            let implausible: Bool
            if let known = facts.implausible {
                implausible = known
            } else {
                implausible = Self.isImplausible(folded + Int(token.foldStart), count: length)
                facts.implausible = implausible
            }
            if implausible { implausibleWords += 1 }
        }
        if facts.bits != before { memo?.setFacts(hash: token.hash, key: key, facts) }
    }

    /// Keyboard mash rather than a (possibly misspelt) word: no vowel in a long word, five
    /// consonants in a row, one letter four times running, or absurd length.
    static func isImplausible(_ word: UnsafePointer<Unicode.Scalar>, count: Int) -> Bool {
        if count > 24 { return true }
        var vowels = 0, consonantRun = 0, maxConsonantRun = 0, sameRun = 1, maxSameRun = 1
        var previous: Unicode.Scalar = " "
        var alphabetic = 0
        // Scripts without these vowels (or with no case) are not ours to judge: checked in the same pass.
        var latin = true
        for k in 0..<count {
            let scalar = word[k]
            let v = scalar.value
            if v >= 0x250 && scalar != "'" { latin = false }
            let letter = v < 0x80 ? (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A : scalar.properties.isAlphabetic
            guard letter else { previous = " "; consonantRun = 0; continue }
            alphabetic += 1
            if isVowel(scalar) { vowels += 1; consonantRun = 0 } else { consonantRun += 1; maxConsonantRun = max(maxConsonantRun, consonantRun) }
            if scalar == previous { sameRun += 1; maxSameRun = max(maxSameRun, sameRun) } else { sameRun = 1 }
            previous = scalar
        }
        // Scripts without these vowels (or with no case) are not ours to judge.
        guard latin else { return false }
        if alphabetic >= 4, vowels == 0 { return true }
        if maxConsonantRun >= 6 { return true }
        if maxSameRun >= 4 { return true }
        return false
    }

    static func isVowel(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            // a e i o u y, as bits from "a".
            guard v >= 0x61, v <= 0x7A else { return false }
            return (0x0110_4111 as UInt32) >> (v - 0x61) & 1 != 0
        }
        return switch s {
        case "a", "e", "i", "o", "u", "y", "æ", "ø", "å", "é", "ë", "è", "ê", "ï", "ö", "ü", "á", "ó", "ò", "ô", "í", "ú", "â": true
        default: false
        }
    }
}
