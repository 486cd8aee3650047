import HotseatCore
import Testing
@testable import Rubric

private func words(_ text: String) -> [String] {
    let t = TokenizedText(text, limit: 10_000)
    return t.tokens.filter { $0.kind == .word || $0.kind == .number }.map { t.foldedText($0) }
}

@Test func keepsNordicAndDutchLettersInsideWords() {
    #expect(words("Jeg er så lei meg for søppelet på trappen, Ærlig talt.") ==
            ["jeg", "er", "så", "lei", "meg", "for", "søppelet", "på", "trappen", "ærlig", "talt"])
    #expect(words("Wat een geïrriteerde reactie, één moment, café") == ["wat", "een", "geïrriteerde", "reactie", "één", "moment", "café"])
}

@Test func contractionsAndCliticsStayOneToken() {
    #expect(words("I'm sure we don't, can't and won't") == ["i'm", "sure", "we", "don't", "can't", "and", "won't"])
    // Typographic apostrophes fold to the plain one, so rules need only one spelling.
    #expect(words("I’m sorry, we didn’t") == ["i'm", "sorry", "we", "didn't"])
    // Dutch clitics 't and 's survive; quote marks around words do not.
    #expect(words("Dat is 't probleem, 's ochtends. 'Quoted' words'") == ["dat", "is", "'t", "probleem", "'s", "ochtends", "quoted", "words"])
}

/// What a reader cannot see does not split a word, and letters drawn like Latin ones read as
/// them: an insult spelt "i\u{200B}d\u{200B}i\u{200B}o\u{200B}t" or with a Cyrillic "о" scored as no word at all.
@Test func invisibleCharactersAndLookalikeLettersReadAsTheWordShown() {
    #expect(words("you i\u{200B}d\u{200B}i\u{200B}o\u{200B}t") == ["you", "idiot"])
    #expect(words("i\u{200C}d\u{00AD}i\u{2060}o\u{FEFF}t \u{202E}sorry\u{202C}") == ["idiot", "sorry"])
    #expect(words("s\u{043E}rry, th\u{0430}t's \u{0441}l\u{043E}wn") == ["sorry", "that's", "clown"])
    #expect(words("SΟRRY") == ["sorry"])   // a Greek capital omicron
    // Cyrillic capitals count once as capitals; a Russian word keeps the letters with no Latin twin.
    #expect(TokenizedText("S\u{041E}RRY", limit: 100).tokens[0].uppercase == 5)
    #expect(words("спасибо") == ["cпacибo"])
    // Evidence offsets still count every scalar of the reply, seen or not.
    let t = TokenizedText("a\u{200B}b sorry", limit: 100)
    #expect(t.tokens.map(\.start) == [0, 4])
}

@Test func caseIsKeptForShoutingButFoldedForMatching() {
    let t = TokenizedText("SORRY Sorry", limit: 100)
    #expect(t.tokens[0].uppercase == 5 && t.tokens[0].letters == 5)
    #expect(t.tokens[1].uppercase == 1)
    #expect(t.tokens[0].hash == t.tokens[1].hash)
}

@Test func numbersAndTimesAreSingleTokens() {
    #expect(words("before 15:00 or 3.30, at 3pm.") == ["before", "15:00", "or", "3.30", "at", "3pm"])
    let t = TokenizedText("Call at 3.", limit: 100)
    // The full stop after a number still ends the sentence.
    #expect(t.tokens.last.map { t.isSentenceEnd($0) } == true)
}

@Test func emojiAreSymbolsNotWords() {
    let t = TokenizedText("😡😡 ok 👍🏽", limit: 100)
    #expect(t.tokens.filter { $0.kind == .word }.count == 1)
    #expect(t.tokens.filter { $0.kind == .symbol }.count >= 3)
}

@Test func hyphensSplitWords() {
    #expect(words("a follow-up e-mail") == ["a", "follow", "up", "e", "mail"])
}

@Test func offsetsCountUnicodeScalars() {
    let t = TokenizedText("é😀 ab", limit: 100)
    let word = t.tokens.first { $0.kind == .word && t.foldedText($0) == "ab" }!
    #expect(word.start == 3 && word.end == 5)
}

@Test func tokenizingStopsAtTheLimitAndSaysSo() {
    let t = TokenizedText(String(repeating: "word ", count: 1000), limit: 100)
    #expect(t.truncated)
    #expect(t.scalarCount == 100)
}

/// Points of abbreviations ("kl. 15", "e.g. the", "f.eks.", "no. 4411") end no sentence;
/// a point before a capital, or after an ordinary word, still does.
@Test(arguments: [
    ("Jeg ringer før kl. 15 i dag.", [4]),
    ("Ik bel u over ca. een uur terug.", [5]),
    ("We can e.g. send a courier.", [3, 5]),
    ("Vi kan f.eks. sende en ny.", [3, 5]),
    ("Vi sender bl.a. en ny heis.", [3, 5]),
    ("Your order no. 4411 ships today.", [3]),
    ("Uw bestelling nr.4411 komt vandaag.", [3]),
])
func abbreviationPointsEndNoSentence(reply: String, points: [Int]) {
    let t = TokenizedText(reply, limit: 4096)
    t.tokens.withUnsafeBufferPointer { tokens in
        let found = tokens.indices.filter { tokens[$0].mark == "." && t.isAbbreviationPoint(at: $0, in: tokens) }
        #expect(found == points, "\(reply)")
    }
}

@Test(arguments: ["Sorry. We will fix it.", "I'm sorry. i will fix it.", "Say no. we won't.", "Dat is min. Wij", "Sorry.I will call.", "Call at 3. then"])
func sentencePointsStillEndSentences(reply: String) {
    let t = TokenizedText(reply, limit: 4096)
    t.tokens.withUnsafeBufferPointer { tokens in
        #expect(!tokens.indices.contains { tokens[$0].mark == "." && t.isAbbreviationPoint(at: $0, in: tokens) }, "\(reply)")
    }
}
