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
        var text = text
        self = text.withUTF8 { TokenizedText(utf8: $0, limit: limit) }
    }

    /// The same, from the UTF-8 bytes of a string (valid UTF-8).
    init(utf8: UnsafeBufferPointer<UInt8>, limit: Int) {
        // Every token and every folded scalar stands for at least one scalar of the scored
        // prefix, so both fit in one bound; writing through pointers skips a uniqueness check
        // and a capacity check per scalar.
        let bound = max(1, min(utf8.count, limit))
        var scalars = 0, cut = false, foldedCount = 0
        folded = [Unicode.Scalar](unsafeUninitializedCapacity: bound) { foldBuffer, foldInitialized in
            tokens = [Token](unsafeUninitializedCapacity: bound) { tokenBuffer, tokenInitialized in
                var scanner = Scanner(tokens: tokenBuffer.baseAddress!, folded: foldBuffer.baseAddress!)
                scanner.scan(utf8, limit: limit)
                tokenInitialized = scanner.tokenCount
                foldedCount = scanner.foldedCount
                scalars = scanner.offset
                cut = scanner.truncated
            }
            foldInitialized = foldedCount
        }
        scalarCount = scalars
        truncated = cut
    }

    /// The same, filling arrays a batch worker reuses (`ScoringScratch`) instead of new ones.
    init(utf8: UnsafeBufferPointer<UInt8>, limit: Int, reusing scratch: ScoringScratch) {
        let bound = max(1, min(utf8.count, limit))
        scratch.reserveRaw(bound)
        var scanner = Scanner(tokens: scratch.rawTokens, folded: scratch.rawFolded)
        scanner.scan(utf8, limit: limit)
        // Only the used part is copied (Token and Unicode.Scalar are plain values).
        var tokens = [Token].reusing(&scratch.tokens)
        var folded = [Unicode.Scalar].reusing(&scratch.folded)
        tokens.append(contentsOf: UnsafeBufferPointer(start: scratch.rawTokens, count: scanner.tokenCount))
        folded.append(contentsOf: UnsafeBufferPointer(start: scratch.rawFolded, count: scanner.foldedCount))
        self.tokens = tokens
        self.folded = folded
        scalarCount = scanner.offset
        truncated = scanner.truncated
    }

    /// One pass over the UTF-8 bytes, decoding scalars itself (the bytes of a `String` are valid
    /// UTF-8) and classifying ASCII without a call.
    private struct Scanner {
        let tokens: UnsafeMutablePointer<Token>
        let folded: UnsafeMutablePointer<Unicode.Scalar>
        var tokenCount = 0
        var foldedCount = 0
        var offset = 0
        var truncated = false
        var current = Token(kind: .word, start: 0, end: 0, hash: 0, foldStart: 0, foldEnd: 0, letters: 0, uppercase: 0, mark: " ")
        var open = false
        var previousWasLetter = false

        init(tokens: UnsafeMutablePointer<Token>, folded: UnsafeMutablePointer<Unicode.Scalar>) {
            self.tokens = tokens
            self.folded = folded
        }

        mutating func scan(_ utf8: UnsafeBufferPointer<UInt8>, limit: Int) {
            var i = 0
            let n = utf8.count
            while i < n {
                if offset >= limit { truncated = true; break }
                let b0 = utf8[i]
                if (b0 | 0x20) &- 0x61 < 26 {
                    // A run of ASCII letters, the bulk of any reply: folded and hashed in a tight loop,
                    // exactly as `step` would one letter at a time.
                    if !open { start(.word, at: Int32(offset)) }
                    var hash = current.hash
                    var letters = Int(current.letters), uppercase = Int(current.uppercase)
                    var j = i, o = offset, f = foldedCount
                    while j < n, o < limit {
                        let b = utf8[j]
                        guard (b | 0x20) &- 0x61 < 26 else { break }
                        let lower = b | 0x20
                        if b != lower { uppercase &+= 1 }
                        folded[f] = Unicode.Scalar(lower)
                        hash = TermHash.step(hash, Unicode.Scalar(lower))
                        f &+= 1; o &+= 1; j &+= 1; letters &+= 1
                    }
                    current.hash = hash
                    current.letters = Int16(truncatingIfNeeded: letters)
                    current.uppercase = Int16(truncatingIfNeeded: uppercase)
                    current.foldEnd = Int32(truncatingIfNeeded: f)
                    current.end = Int32(truncatingIfNeeded: o)
                    foldedCount = f
                    offset = o
                    i = j
                    previousWasLetter = true
                    continue
                }
                if b0 == 0x20 {
                    // A space, the next most common byte: it only ends the open token.
                    finish()
                    previousWasLetter = false
                    i += 1
                    offset += 1
                    continue
                }
                let scalar: Unicode.Scalar
                let cls: ScalarClass
                if b0 < 0x80 {
                    scalar = Unicode.Scalar(b0)
                    cls = ScalarClass(ascii: b0)
                    i += 1
                } else {
                    var v: UInt32
                    if b0 < 0xE0 {
                        v = (UInt32(b0 & 0x1F) << 6) | UInt32(utf8[i + 1] & 0x3F)
                        i += 2
                    } else if b0 < 0xF0 {
                        v = (UInt32(b0 & 0x0F) << 12) | (UInt32(utf8[i + 1] & 0x3F) << 6) | UInt32(utf8[i + 2] & 0x3F)
                        i += 3
                    } else {
                        v = (UInt32(b0 & 0x07) << 18) | (UInt32(utf8[i + 1] & 0x3F) << 12) | (UInt32(utf8[i + 2] & 0x3F) << 6)
                        v |= UInt32(utf8[i + 3] & 0x3F)
                        i += 4
                    }
                    scalar = Unicode.Scalar(v) ?? "\u{FFFD}" // never nil: the bytes are valid UTF-8
                    cls = ScalarClass(scalar)
                }
                step(scalar, cls, at: Int32(offset))
                offset += 1
            }
            finish()
        }

        @inline(__always)
        private mutating func step(_ scalar: Unicode.Scalar, _ cls: ScalarClass, at offset: Int32) {
            switch cls {
            case .letter, .digit:
                if !open { start(cls == .digit ? .number : .word, at: offset) }
                if cls == .letter {
                    current.letters &+= 1
                    let lower = scalar.value < 0x80 ? ScalarClass.lowercaseASCII(scalar) : ScalarClass.lowercase(scalar)
                    if lower != scalar { current.uppercase &+= 1 }
                    appendFolded(lower.value < 0x250 ? lower : ScalarClass.latinLookalike(lower), at: offset)
                    previousWasLetter = true
                } else {
                    appendFolded(scalar, at: offset)
                    previousWasLetter = false
                }
            case .apostrophe:
                // Inside "don't" it belongs to the word; before "'t" it may start one; elsewhere it is a quote.
                if !open { start(.word, at: offset) }
                if current.kind == .word {
                    appendFolded("'", at: offset)
                } else {
                    finish()
                }
                previousWasLetter = false
            case .combining:
                if open, previousWasLetter { appendFolded(scalar, at: offset) }
            case .invisible:
                break
            case .joinerInNumber:
                // "15:00" and "3.30" stay one number; elsewhere it is punctuation.
                if open, current.kind == .number, foldedCount > 0, Self.isNumeric(folded[foldedCount - 1]) {
                    appendFolded(scalar, at: offset)
                } else {
                    finish()
                    if scalar != "-" { punctuation(scalar, at: offset) }
                }
                previousWasLetter = false
            case .punctuation:
                finish()
                punctuation(scalar, at: offset)
                previousWasLetter = false
            case .separator:
                finish()
                previousWasLetter = false
            case .symbol:
                finish()
                tokens[tokenCount] = Token(kind: .symbol, start: offset, end: offset + 1, hash: 0,
                                           foldStart: Int32(foldedCount), foldEnd: Int32(foldedCount), letters: 0, uppercase: 0, mark: scalar)
                tokenCount += 1
                previousWasLetter = false
            }
        }

        @inline(__always)
        private static func isNumeric(_ s: Unicode.Scalar) -> Bool {
            if s.value < 0x80 { return s.value >= 0x30 && s.value <= 0x39 }
            return s.properties.numericType != nil
        }

        @inline(__always)
        private mutating func start(_ kind: Token.Kind, at offset: Int32) {
            current = Token(kind: kind, start: offset, end: offset, hash: TermHash.seed,
                            foldStart: Int32(foldedCount), foldEnd: Int32(foldedCount), letters: 0, uppercase: 0, mark: " ")
            open = true
        }

        @inline(__always)
        private mutating func appendFolded(_ scalar: Unicode.Scalar, at offset: Int32) {
            folded[foldedCount] = scalar
            foldedCount += 1
            current.foldEnd += 1
            current.end = offset + 1
            current.hash = TermHash.step(current.hash, scalar)
        }

        private mutating func punctuation(_ scalar: Unicode.Scalar, at offset: Int32) {
            tokens[tokenCount] = Token(kind: .punctuation, start: offset, end: offset + 1, hash: TermHash.step(TermHash.seed, scalar),
                                       foldStart: Int32(foldedCount), foldEnd: Int32(foldedCount), letters: 0, uppercase: 0, mark: scalar)
            tokenCount += 1
        }

        /// Closes the open token, trimming quote-like apostrophes that are not part of "'t" or "don't".
        @inline(__always)
        private mutating func finish() {
            guard open else { return }
            open = false
            // Most tokens need no trimming: no quote at either end, no number ending in "." or ":".
            if current.foldEnd > current.foldStart {
                let first = folded[Int(current.foldStart)], last = folded[Int(current.foldEnd) - 1]
                if first != "'", last != "'", current.kind == .word || (last != "." && last != ":") {
                    // A word that starts with a letter has letters; a number keeps its digits.
                    tokens[tokenCount] = current
                    tokenCount += 1
                    return
                }
            }
            finishTrimming()
        }

        /// `finish` for a token with a quote at either end, a number ending in "." or ":", or nothing folded.
        private mutating func finishTrimming() {
            var token = current
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
                foldedCount -= 1
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
            tokens[tokenCount] = token
            tokenCount += 1
        }
    }
}

/// How the tokenizer treats one scalar.
enum ScalarClass: Equatable {
    case letter, digit, apostrophe, combining, joinerInNumber, punctuation, separator, symbol
    /// Format characters (zero-width space and joiners, soft hyphen, word joiner, bidi controls):
    /// nothing a reader sees, so "i\u{200B}d\u{200B}i\u{200B}o\u{200B}t" is read as the one word it shows.
    case invisible

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

    /// The class of an ASCII byte, as `init(_:)` gives it.
    @inline(__always)
    init(ascii b: UInt8) { self.init(slowASCII: UInt32(b)) }

    @inline(__always)
    private init(slowASCII v: UInt32) {
        do {
            switch v {
            case 0x41...0x5A, 0x61...0x7A: self = .letter
            case 0x30...0x39: self = .digit
            case 0x27: self = .apostrophe
            case 0x3A, 0x2E, 0x2D: self = .joinerInNumber // : . -
            // "/" and "|" part the items of a typed list ("sorry / my fault / refund") as commas do.
            case 0x21, 0x2C, 0x3B, 0x3F, 0x0A, 0x2F, 0x7C: self = .punctuation // ! , ; ? newline / |
            default: self = .separator // spaces, controls, quotes, brackets, other ASCII signs
            }
        }
    }

    private init(nonASCII s: Unicode.Scalar) {
        // The accented letters of Latin-1 (é ë ø å æ ß …), most of what Dutch and Norwegian add
        // to ASCII, without a Unicode property lookup; `init(byProperties:)` gives the same.
        let v = s.value
        if v >= 0xC0, v <= 0xFF, v != 0xD7, v != 0xF7 {
            self = .letter
            return
        }
        self.init(byProperties: s)
    }

    /// The class by the scalar's Unicode properties, for any non-ASCII scalar.
    init(byProperties s: Unicode.Scalar) {
        let v = s.value
        switch v {
        case 0x2019, 0x2018, 0x02BC: self = .apostrophe
        case 0x2026: self = .punctuation // …
        case 0x2010...0x2015: self = .joinerInNumber // dashes
        case 0x0085, 0x2028, 0x2029: self = .punctuation // line and paragraph separators
        default:
            let p = s.properties
            // One lookup of the category (each read of it is a table search).
            let category = p.generalCategory
            if p.isAlphabetic { self = .letter }
            else if category == .nonspacingMark || category == .spacingMark || category == .enclosingMark { self = .combining }
            else if p.numericType == .decimal { self = .digit }
            else if category == .format { self = .invisible }
            else if p.isWhitespace || category == .control || category == .privateUse
                        || category == .unassigned || category == .surrogate { self = .separator }
            else if category == .otherPunctuation || category == .openPunctuation || category == .closePunctuation
                        || category == .initialPunctuation || category == .finalPunctuation
                        || category == .dashPunctuation || category == .connectorPunctuation {
                // ¿ ¡ « » and the like carry no tone we score; treat them as spaces.
                self = .separator
            } else { self = .symbol }
        }
    }

    @inline(__always)
    static func lowercaseASCII(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        return v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(truncatingIfNeeded: v + 32)) : s
    }

    @inline(__always)
    static func lowercase(_ s: Unicode.Scalar) -> Unicode.Scalar {
        let v = s.value
        if v < 0x80 { return (0x41...0x5A).contains(v) ? Unicode.Scalar(v + 32)! : s }
        // Latin-1's capitals À–Þ (but ×) are their small letters less 0x20; ß–ÿ are small already.
        if v >= 0xC0, v <= 0xFF { return v <= 0xDE && v != 0xD7 ? Unicode.Scalar(v + 0x20)! : s }
        return lowercaseByProperties(s)
    }

    /// The Latin letter a Cyrillic or Greek lowercase letter is drawn like, so that a word spelt
    /// with look-alikes ("s\u{043E}rry", "idi\u{043E}t") reads as the word a reader sees. Only
    /// letters above U+024F are passed in: Latin-1 and Latin Extended never need it.
    static func latinLookalike(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0x430, 0x3B1: "a"
        case 0x435, 0x3B5: "e"
        case 0x43E, 0x3BF: "o"
        case 0x440, 0x3C1: "p"
        case 0x441: "c"
        case 0x443: "y"
        case 0x445, 0x3C7: "x"
        case 0x456, 0x3B9: "i"
        case 0x458: "j"
        case 0x455: "s"
        case 0x501: "d"
        case 0x4CF: "l"
        case 0x3BA: "k"
        case 0x3BD: "v"
        case 0x3C4: "t"
        case 0x3C5: "u"
        case 0x261: "g"
        default: s
        }
    }

    /// The first scalar of the lowercase mapping, for any scalar.
    static func lowercaseByProperties(_ s: Unicode.Scalar) -> Unicode.Scalar {
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

    /// Whether the `.` at `index` closes an abbreviation ("kl. 15", "ca. een uur", "e.g. the",
    /// "f.eks.", "order no. 4411") rather than a sentence, so a phrase may run across it.
    ///
    /// Only a point glued to a word counts, and only before a lowercase word or a number (or,
    /// inside "e.g"/"f.eks", glued to the next short word): "Sorry. We" still ends a sentence.
    /// ```swift
    /// let text = TokenizedText("Jeg ringer før kl. 15.", limit: 4096)
    /// text.tokens.withUnsafeBufferPointer { text.isAbbreviationPoint(at: 4, in: $0) } // true
    /// ```
    func isAbbreviationPoint(at index: Int, in tokens: UnsafeBufferPointer<Token>) -> Bool {
        guard index > 0, index + 1 < tokens.count, tokens[index].mark == "." else { return false }
        let point = tokens[index], before = tokens[index - 1], after = tokens[index + 1]
        guard before.kind == .word, before.end == point.start, before.foldedLength <= 6 else { return false }
        if after.kind == .word, after.start == point.end {
            // An inner point: "e.g", "i.e", "f.eks", "o.a", "bl.a".
            return before.foldedLength <= 2 && after.foldedLength <= 3 && after.uppercase == 0
        }
        guard after.kind == .number || (after.kind == .word && after.start > point.end && after.uppercase == 0) else { return false }
        let innerPointBefore = index >= 2 && tokens[index - 2].kind == .punctuation && tokens[index - 2].mark == "."
            && tokens[index - 2].end == before.start
        if before.foldedLength == 1 || innerPointBefore { return true }
        if Abbreviations.beforeNumbers.contains(before.hash) { return after.kind == .number }
        return Abbreviations.common.contains(before.hash)
    }

    /// The folded spelling of a token, for diagnostics and fuzzy matching.
    func foldedText(_ token: Token) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: folded[Int(token.foldStart)..<Int(token.foldEnd)])
        return String(s)
    }
}

/// Words that end in a point without ending a sentence, in all three languages (folded hashes).
enum Abbreviations {
    /// en, nl and nb abbreviations that are never words of their own.
    static let common: Set<UInt64> = Set([
        "mr", "mrs", "ms", "dr", "st", "nr", "vs", "approx", "ca", "etc", "incl", "excl", "max", "hr", "hrs", "mins", "tel", "ref", "dept",
        "bijv", "bv", "dhr", "mevr", "mw", "evt", "enz", "ong", "blz", "vgl", "resp", "zgn", "ipv", "mbt", "tav",
        "kl", "osv", "mv", "ifm", "iht", "inkl", "ekskl", "maks", "ang", "tlf", "dvs", "mht", "bl", "ev", "ant", "pkt",
    ].map(TermHash.of))
    /// Abbreviations that are also words ("no", Norwegian "min"): only before a number ("no. 4411", "min. 15").
    static let beforeNumbers: Set<UInt64> = Set(["no", "min"].map(TermHash.of))
}
