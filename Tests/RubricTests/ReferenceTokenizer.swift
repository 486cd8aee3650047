// The tokenizer as it was before it read UTF-8 bytes directly: the equivalence tests compare
// the fast one with it token for token.
@testable import Rubric

/// The scalar-by-scalar tokenizer the byte-level one replaced, kept to prove they agree.
struct ReferenceTokenizedText {
    var tokens: [Token] = []
    var folded: [Unicode.Scalar] = []
    /// Scalars in the reply (or in the scored prefix, when truncated).
    var scalarCount = 0
    var truncated = false

    init(_ text: String, limit: Int) {
        // At most one folded scalar per byte within the limit, and far fewer tokens.
        let bound = min(text.utf8.count, limit)
        tokens.reserveCapacity(max(32, bound / 3 + 4))
        folded.reserveCapacity(max(128, bound + 4))
        var current: Token?
        var offset: Int32 = 0
        var previousWasLetter = false
        for scalar in text.unicodeScalars {
            if Int(offset) >= limit { truncated = true; break }
            defer { offset += 1 }
            let cls = ScalarClass(scalar)
            switch cls {
            case .letter, .digit:
                if current == nil {
                    current = Token(kind: cls == .digit ? .number : .word, start: offset, end: offset, hash: TermHash.seed,
                                    foldStart: Int32(folded.count), foldEnd: Int32(folded.count), letters: 0, uppercase: 0, mark: " ")
                }
                append(scalar, isLetter: cls == .letter, to: &current!, at: offset)
                previousWasLetter = cls == .letter
            case .apostrophe:
                // Inside "don't" it belongs to the word; before "'t" it may start one; elsewhere it is a quote.
                if current == nil {
                    current = Token(kind: .word, start: offset, end: offset, hash: TermHash.seed,
                                    foldStart: Int32(folded.count), foldEnd: Int32(folded.count), letters: 0, uppercase: 0, mark: " ")
                }
                if current!.kind == .word {
                    appendFolded("'", to: &current!, at: offset)
                } else {
                    finish(&current)
                }
                previousWasLetter = false
            case .combining:
                if current != nil, previousWasLetter { appendFolded(scalar, to: &current!, at: offset) }
            case .invisible:
                break
            case .joinerInNumber:
                // "15:00" and "3.30" stay one number; elsewhere it is punctuation.
                if var token = current, token.kind == .number, let last = folded.last, last.properties.numericType != nil {
                    appendFolded(scalar, to: &token, at: offset)
                    current = token
                } else {
                    finish(&current)
                    if scalar != "-" { punctuation(scalar, at: offset) }
                }
                previousWasLetter = false
            case .punctuation:
                finish(&current)
                punctuation(scalar, at: offset)
                previousWasLetter = false
            case .separator:
                finish(&current)
                previousWasLetter = false
            case .symbol:
                finish(&current)
                tokens.append(Token(kind: .symbol, start: offset, end: offset + 1, hash: 0,
                                    foldStart: Int32(folded.count), foldEnd: Int32(folded.count), letters: 0, uppercase: 0, mark: scalar))
                previousWasLetter = false
            }
        }
        finish(&current)
        scalarCount = Int(offset)
    }

    private mutating func append(_ scalar: Unicode.Scalar, isLetter: Bool, to token: inout Token, at offset: Int32) {
        if isLetter {
            token.letters &+= 1
            let lower = ScalarClass.lowercase(scalar)
            if lower != scalar { token.uppercase &+= 1 }
            appendFolded(lower.value < 0x250 ? lower : ScalarClass.latinLookalike(lower), to: &token, at: offset)
        } else {
            appendFolded(scalar, to: &token, at: offset)
        }
    }

    @inline(__always)
    private mutating func appendFolded(_ scalar: Unicode.Scalar, to token: inout Token, at offset: Int32) {
        folded.append(scalar)
        token.foldEnd += 1
        token.end = offset + 1
        token.hash = TermHash.step(token.hash, scalar)
    }

    private mutating func punctuation(_ scalar: Unicode.Scalar, at offset: Int32) {
        let mark: Unicode.Scalar = scalar == "\n" ? "\n" : scalar
        tokens.append(Token(kind: .punctuation, start: offset, end: offset + 1, hash: TermHash.step(TermHash.seed, mark),
                            foldStart: Int32(folded.count), foldEnd: Int32(folded.count), letters: 0, uppercase: 0, mark: mark))
    }

    /// Closes the open token, trimming quote-like apostrophes that are not part of "'t" or "don't".
    private mutating func finish(_ current: inout Token?) {
        guard var token = current else { return }
        current = nil
        var trimmed = false
        var trailingStop: Int32?
        // Trailing apostrophes ("customers'") are quotes; a number's trailing "." ends the sentence ("at 3.").
        while token.foldEnd > token.foldStart {
            let last = folded[Int(token.foldEnd) - 1]
            let isQuote = last == "'"
            let isNumberJoiner = token.kind == .number && (last == "." || last == ":")
            guard isQuote || isNumberJoiner else { break }
            if isNumberJoiner, last == "." { trailingStop = token.end - 1 }
            token.foldEnd -= 1
            token.end -= 1
            folded.removeLast()
            trimmed = true
        }
        defer { if let trailingStop { punctuation(".", at: trailingStop) } }
        // A leading apostrophe only survives in the one-letter Dutch clitics 't, 's, 'n, 'k.
        if token.foldEnd > token.foldStart, folded[Int(token.foldStart)] == "'", token.foldedLength != 2 {
            token.foldStart += 1
            token.start += 1
            trimmed = true
        }
        guard token.foldEnd > token.foldStart else { return }
        if token.letters == 0, token.kind == .word { return }
        if trimmed {
            var hash = TermHash.seed
            for i in Int(token.foldStart)..<Int(token.foldEnd) { hash = TermHash.step(hash, folded[i]) }
            token.hash = hash
        }
        tokens.append(token)
    }
}

