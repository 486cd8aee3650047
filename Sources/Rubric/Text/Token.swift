/// One token of a reply. Offsets are Unicode-scalar offsets into the reply, as `Evidence` needs.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        /// Letters, possibly with inner apostrophes ("don't", "'t").
        case word
        /// Digits, possibly with letters or `:`/`.` inside ("15:00", "3pm").
        case number
        /// `.`, `,`, `!`, `?` and friends: one token per scalar.
        case punctuation
        /// Emoji and other symbols: never words, never matched.
        case symbol
    }

    var kind: Kind
    var start: Int32
    var end: Int32
    /// FNV-1a hash of the case-folded scalars; phrase terms are looked up by it.
    var hash: UInt64
    /// Range of the case-folded scalars in `TokenizedText.folded`.
    var foldStart: Int32
    var foldEnd: Int32
    var letters: Int16
    var uppercase: Int16
    /// The punctuation scalar, for punctuation tokens.
    var mark: Unicode.Scalar

    var foldedLength: Int { Int(foldEnd - foldStart) }
}

/// The FNV-1a hash the tokenizer and the vocabulary share: cheap, incremental, no allocation.
enum TermHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    @inline(__always)
    static func step(_ hash: UInt64, _ scalar: Unicode.Scalar) -> UInt64 {
        (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01b3
    }

    static func of<S: Sequence>(_ scalars: S) -> UInt64 where S.Element == Unicode.Scalar {
        var h = seed
        for s in scalars { h = step(h, s) }
        return h
    }

    static func of(_ text: String) -> UInt64 { of(text.unicodeScalars) }

    /// Hashes a sequence of words (a sentence, a run of words) from their hashes.
    @inline(__always)
    static func step(_ hash: UInt64, word: UInt64) -> UInt64 {
        (hash &* 0x0000_0100_0000_01b3) ^ word
    }
}
