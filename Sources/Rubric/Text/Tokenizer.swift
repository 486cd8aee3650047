/// A reply cut into tokens in one pass over its Unicode scalars.
///
/// Case is kept in the reply (for shouting) and folded in `folded` (for matching).
/// ```swift
/// let text = TokenizedText("I'm SO sorry!!", limit: 4096)
/// text.tokens.count // 5: I'm, SO, sorry, !, !
/// ```
struct TokenizedText: Sendable {
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
            appendFolded(lower, to: &token, at: offset)
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

/// How the tokenizer treats one scalar.
enum ScalarClass: Equatable {
    case letter, digit, apostrophe, combining, joinerInNumber, punctuation, separator, symbol

    @inline(__always)
    init(_ s: Unicode.Scalar) {
        let v = s.value
        if v < 0x80 {
            // A switch, not a table: a static table costs a lazy-initialisation check per scalar.
            self.init(slowASCII: v)
            return
        }
        self.init(nonASCII: s)
    }

    @inline(__always)
    private init(slowASCII v: UInt32) {
        do {
            switch v {
            case 0x41...0x5A, 0x61...0x7A: self = .letter
            case 0x30...0x39: self = .digit
            case 0x27: self = .apostrophe
            case 0x3A, 0x2E, 0x2D: self = .joinerInNumber // : . -
            case 0x21, 0x2C, 0x3B, 0x3F, 0x0A: self = .punctuation // ! , ; ? newline
            default: self = .separator // spaces, controls, quotes, brackets, other ASCII signs
            }
        }
    }

    private init(nonASCII s: Unicode.Scalar) {
        let v = s.value
        switch v {
        case 0x2019, 0x2018, 0x02BC: self = .apostrophe
        case 0x2026: self = .punctuation // …
        case 0x2010...0x2015: self = .joinerInNumber // dashes
        case 0x0085, 0x2028, 0x2029: self = .punctuation // line and paragraph separators
        default:
            let p = s.properties
            if p.isAlphabetic { self = .letter }
            else if p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark || p.generalCategory == .enclosingMark { self = .combining }
            else if p.numericType == .decimal { self = .digit }
            else if p.isWhitespace || p.generalCategory == .control || p.generalCategory == .format || p.generalCategory == .privateUse
                        || p.generalCategory == .unassigned || p.generalCategory == .surrogate { self = .separator }
            else if p.generalCategory == .otherPunctuation || p.generalCategory == .openPunctuation || p.generalCategory == .closePunctuation
                        || p.generalCategory == .initialPunctuation || p.generalCategory == .finalPunctuation
                        || p.generalCategory == .dashPunctuation || p.generalCategory == .connectorPunctuation {
                // ¿ ¡ « » and the like carry no tone we score; treat them as spaces.
                self = .separator
            } else { self = .symbol }
        }
    }

    @inline(__always)
    static func lowercase(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v < 0x80 { return (0x41...0x5A).contains(v) ? Unicode.Scalar(v + 32)! : s }
        let p = s.properties
        guard p.changesWhenLowercased else { return s }
        return p.lowercaseMapping.unicodeScalars.first ?? s
    }
}

extension TokenizedText {
    /// Whether the token at `index` is a sentence end: `.`, `!`, `?`, `…` or a line break.
    func isSentenceEnd(_ token: Token) -> Bool {
        token.kind == .punctuation && (token.mark == "." || token.mark == "!" || token.mark == "?" || token.mark == "\n"
                                       || token.mark == "\u{2026}" || token.mark == "\u{2028}" || token.mark == "\u{2029}" || token.mark == "\u{85}")
    }

    /// The folded spelling of a token, for diagnostics and fuzzy matching.
    func foldedText(_ token: Token) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: folded[Int(token.foldStart)..<Int(token.foldEnd)])
        return String(s)
    }
}
