import HotseatCore

/// One position in a compiled phrase.
struct PhraseElement: Sendable {
    enum Kind: UInt8, Sendable { case terms, number, gap }
    var kind: Kind
    /// Any of these term ids matches (alternatives, `refund*` prefixes).
    var ids: [Int32] = []
    var optional = false
    /// For gaps: how many words may be skipped.
    var maxGap = 0
}

struct CompiledPhrase: Sendable {
    var criterion: Int32
    var elements: [PhraseElement]
    /// Which of the criterion's patterns it was compiled from: `patterns[language][pattern]`.
    var language: Language = .en
    var pattern: Int = 0
}

/// Turns a trainer's phrase such as `i['ll|will] refund* ... today` into elements over interned terms.
///
/// Syntax, separated by spaces: `word` (typos of long words still match), `=word` (exact only),
/// `word*` (any ending, at least 3 letters before the star), `a|b` (either), `[a|b]` (optional),
/// `...` (up to 3 words of anything; `...5` up to 5), `<num>` (a number such as 3, 15:00, 3pm), `?` and `!`.
enum PhrasePatternCompiler {
    static let maxGap = 3
    static let maxLongGap = 8

    /// `allowTypos` is false for red-flag rules: a non-native writer's typo must never turn into
    /// an insult ("lower" is not "loser").
    static func compile(_ pattern: PhrasePattern, language: Language, criterion: Int32, allowTypos: Bool = true,
                        vocabulary: inout Vocabulary) throws(Diagnostic) -> CompiledPhrase {
        // Nine patterns in ten are printable ASCII, where a character is a byte: read those as bytes.
        if let ascii = printableASCII(pattern.text) {
            return try compileASCII(ascii, pattern, language: language, criterion: criterion, allowTypos: allowTypos, vocabulary: &vocabulary)
        }
        return try compileCharacters(pattern, language: language, criterion: criterion, allowTypos: allowTypos, vocabulary: &vocabulary)
    }

    /// The pattern's bytes if every one is printable ASCII or a tab.
    static func printableASCII(_ text: String) -> [UInt8]? {
        let bytes = Array(text.utf8)
        return bytes.allSatisfy { ($0 >= 0x20 && $0 <= 0x7E) || $0 == 0x09 } ? bytes : nil
    }

    /// The pattern read from its bytes (printable ASCII only): the same phrase or the same diagnostic
    /// as `compileCharacters`, faster.
    static func compileASCII(_ text: [UInt8], _ pattern: PhrasePattern, language: Language, criterion: Int32, allowTypos: Bool,
                             vocabulary: inout Vocabulary) throws(Diagnostic) -> CompiledPhrase {
        try read(text, pattern, unit: { $0 }, string: { String(decoding: $0, as: UTF8.self) },
                 language: language, criterion: criterion, allowTypos: allowTypos, vocabulary: &vocabulary)
    }

    /// The pattern as written, character by character (any text).
    static func compileCharacters(_ pattern: PhrasePattern, language: Language, criterion: Int32, allowTypos: Bool = true,
                                  vocabulary: inout Vocabulary) throws(Diagnostic) -> CompiledPhrase {
        try read(pattern.text, pattern, unit: { Character(Unicode.Scalar($0)) }, string: { String($0) },
                 language: language, criterion: criterion, allowTypos: allowTypos, vocabulary: &vocabulary)
    }

    /// Reads `text` (the pattern's characters, or its bytes) into a phrase. `unit` gives the element
    /// for an ASCII syntax mark, `string` the text of a piece.
    private static func read<Text: BidirectionalCollection>(
        _ text: Text, _ pattern: PhrasePattern, unit: (UInt8) -> Text.Element, string: (Text.SubSequence) -> String,
        language: Language, criterion: Int32, allowTypos: Bool, vocabulary: inout Vocabulary
    ) throws(Diagnostic) -> CompiledPhrase where Text.Element: Equatable {
        func fail(_ message: String, fix: String? = nil) -> Diagnostic {
            Diagnostic(.error, code: "bad-pattern", "bad pattern \"\(pattern.text)\": \(message)", at: pattern.location, fix: fix)
        }
        let space = unit(0x20), tab = unit(0x09), dot = unit(UInt8(ascii: ".")), open = unit(UInt8(ascii: "[")), close = unit(UInt8(ascii: "]"))
        let pieces = text.split(whereSeparator: { $0 == space || $0 == tab })
        guard !pieces.isEmpty else { throw fail("it is empty") }
        var elements: [PhraseElement] = []
        for piece in pieces {
            if piece.count >= 3, piece.prefix(3).allSatisfy({ $0 == dot }) {
                let count = piece.count == 3 ? maxGap : Int(string(piece.dropFirst(3))) ?? -1
                guard (1...maxLongGap).contains(count) else {
                    throw fail("'\(string(piece))' is not a gap", fix: "write ... (up to \(maxGap) words) or ...N with N from 1 to \(maxLongGap)")
                }
                elements.append(PhraseElement(kind: .gap, maxGap: count))
                continue
            }
            if piece.elementsEqual("<num>".utf8.map(unit)) {
                elements.append(PhraseElement(kind: .number))
                continue
            }
            if piece.first == unit(UInt8(ascii: "<")) { throw fail("unknown class '\(string(piece))'", fix: "the only class is <num>") }
            var body = piece
            var optional = false
            if body.first == open || body.last == close {
                guard body.first == open, body.last == close, body.count > 2 else {
                    throw fail("'\(string(piece))' has an unbalanced bracket", fix: "write optional words as [word] or [a|b], without spaces inside")
                }
                body = body.dropFirst().dropLast()
                optional = true
            }
            var ids: [Int32] = []
            for alternative in body.split(separator: unit(UInt8(ascii: "|")), omittingEmptySubsequences: false) {
                guard !alternative.isEmpty else { throw fail("'\(string(piece))' has an empty alternative", fix: "remove the extra '|'") }
                ids.append(try term(alternative, unit: unit, string: string, language: language, allowTypos: allowTypos,
                                    vocabulary: &vocabulary, fail: fail))
                if language == .en, let bare = apostropheFree(string(alternative)) {
                    let id = vocabulary.intern(CompiledRubric.folded(bare.word), isPrefix: bare.isPrefix, fuzzy: false, language: language)
                    if !ids.contains(id) { ids.append(id) }
                }
            }
            elements.append(PhraseElement(kind: .terms, ids: ids, optional: optional))
        }
        return try checked(elements, criterion: criterion, fail: fail)
    }

    /// English typed without apostrophes ("thats on us", "ill give you", "youre right") is the
    /// contraction it stands for, so a pattern's "that's" also hears "thats"; not where the
    /// spelling without them is a word of its own ("we'll"/"well", "we're"/"were", "he'll"/"hell"); "ill" is
    /// taken as "I'll", for a pattern puts a verb after it ("ill call you", never "ill with flu").
    static func apostropheFree(_ alternative: String) -> (word: String, isPrefix: Bool)? {
        var word = Substring(alternative)
        if word.first == "=" { word = word.dropFirst() }
        let isPrefix = word.last == "*"
        if isPrefix { word = word.dropLast() }
        guard word.first != "'", word.first != "\u{2019}", word.contains(where: { $0 == "'" || $0 == "\u{2019}" }) else { return nil }
        let bare = String(word.filter { $0 != "'" && $0 != "\u{2019}" })
        guard bare.count >= 2, !wordsOfTheirOwn.contains(bare.lowercased()) else { return nil }
        return (bare, isPrefix)
    }

    static let wordsOfTheirOwn: Set<String> = ["well", "were", "hell", "shell", "wed", "id", "shed", "hed", "lets", "its", "whore"]

    /// The phrase, unless its elements are a shape that cannot match sensibly.
    private static func checked(_ elements: [PhraseElement], criterion: Int32,
                                fail: (String, String?) -> Diagnostic) throws(Diagnostic) -> CompiledPhrase {
        if elements.first?.kind == .gap || elements.last?.kind == .gap {
            throw fail("it starts or ends with '...'", "a gap only makes sense between words")
        }
        if elements.allSatisfy({ $0.optional || $0.kind == .gap }) {
            throw fail("every word is optional, so it would match anything", nil)
        }
        for (a, b) in zip(elements, elements.dropFirst()) where a.kind == .gap && b.kind == .gap {
            throw fail("two gaps in a row", nil)
        }
        return CompiledPhrase(criterion: criterion, elements: elements)
    }

    /// One word of a piece (`=word`, `word*`, `?`, `!`) as a vocabulary term.
    private static func term<Piece: BidirectionalCollection>(
        _ text: Piece, unit: (UInt8) -> Piece.Element, string: (Piece) -> String, language: Language, allowTypos: Bool,
        vocabulary: inout Vocabulary, fail: (String, String?) -> Diagnostic
    ) throws(Diagnostic) -> Int32 where Piece.SubSequence == Piece, Piece.Element: Equatable {
        let name = string(text)
        // A number class reaches here only from inside brackets or alternatives, which it cannot be.
        if name == "<num>" {
            throw fail("'<num>' cannot be optional ([<num>]) or an alternative (a|<num>)", "write one pattern with <num> and one without")
        }
        if text.count == 1, text.first == unit(UInt8(ascii: "?")) || text.first == unit(UInt8(ascii: "!")) {
            return vocabulary.intern(Array(name.unicodeScalars), isPrefix: false, fuzzy: false, language: language)
        }
        var word = text
        let exactOnly = word.first == unit(UInt8(ascii: "="))
        if exactOnly { word = word.dropFirst() }
        let isPrefix = word.last == unit(UInt8(ascii: "*"))
        if isPrefix { word = word.dropLast() }
        if word.contains(where: { $0 == unit(UInt8(ascii: "*")) || $0 == unit(UInt8(ascii: "=")) }) {
            throw fail("'\(name)': '*' only goes at the end and '=' only at the start", nil)
        }
        // Most pattern words are plain lowercase ASCII, which the tokenizer reads as one word that
        // folds to itself; they skip it (it dominates compiling the rubric at start-up).
        let wordText = string(word)
        let scalars: [Unicode.Scalar]
        if !wordText.isEmpty, wordText.utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) {
            scalars = Array(wordText.unicodeScalars)
        } else {
            let tokens = TokenizedText(wordText, limit: 200)
            guard tokens.tokens.count == 1, let token = tokens.tokens.first, token.kind == .word || token.kind == .number,
                  token.start == 0, Int(token.end) == wordText.unicodeScalars.count else {
                throw fail("'\(name)' is not one word to the matcher", "split it into separate words, e.g. 'follow-up' → 'follow up'")
            }
            scalars = Array(tokens.folded[Int(token.foldStart)..<Int(token.foldEnd)])
        }
        if isPrefix, scalars.count < 3 { throw fail("'\(name)': a prefix needs at least 3 letters before '*'", nil) }
        return vocabulary.intern(scalars, isPrefix: isPrefix, fuzzy: !exactOnly && allowTypos, language: language,
                                 exactVariant: exactOnly || !allowTypos)
    }
}
