import HotseatCore
import Testing
@testable import Rubric

// The byte-level tokenizer must cut every text exactly as the scalar-by-scalar one did.

private func same(_ text: String, limit: Int = 4096) -> Bool {
    let fast = TokenizedText(text, limit: limit)
    let reference = ReferenceTokenizedText(text, limit: limit)
    guard fast.folded == reference.folded, fast.scalarCount == reference.scalarCount, fast.truncated == reference.truncated,
          fast.tokens.count == reference.tokens.count else { return false }
    for (a, b) in zip(fast.tokens, reference.tokens) {
        guard a.kind == b.kind, a.start == b.start, a.end == b.end, a.hash == b.hash, a.foldStart == b.foldStart,
              a.foldEnd == b.foldEnd, a.letters == b.letters, a.uppercase == b.uppercase, a.mark == b.mark else { return false }
    }
    return true
}

private let pieces = [
    "Sorry", "SORRY", "sOrRy", "I'm", "don't", "'t", "'s", " 't ", "customers'", "'quoted'", "k'", "''", "'", "’", "‘", "ʼ",
    "é", "ë", "ø", "å", "Æ", "Ø", "Å", "ß", "İ", "ﬁ", "e\u{301}", "\u{301}", "😀", "👍🏽", "日本語", "Привет", "ı", "ǅ", "Σ", "ς",
    "½", "²", "٣", "𝟘", "\u{FEFF}", "\u{200B}", "\u{202E}", "“", "”", "«", "»", "…", "\u{2028}", "\u{85}", "\n", "\t", "\r",
    "\u{0}", "\u{7F}", "3.", "3.30", "15:00", "15:", "3pm", "1st", "—", "-", "--", "!!", "???", "?!", ".", ",", ";", ":", " ", "  ",
    "het spijt me", "jeg beklager", "refund", "٣.٤", "a.b", "3.a", "x:3", "ʼt", "ØRE", "straße", "ÅÅÅ",
]

@Test func agreesWithTheScalarTokenizerOnEveryPiece() {
    for a in pieces {
        #expect(same(a), "\(a.debugDescription)")
        for b in pieces {
            #expect(same(a + b), "\((a + b).debugDescription)")
            #expect(same(a + " " + b + "x"), "\((a + " " + b + "x").debugDescription)")
        }
    }
}

@Test func agreesOnSeededRandomTextsAndAtTheLimit() {
    var rng = SplitMix64(seed: 42)
    for _ in 0..<3000 {
        var text = ""
        for _ in 0..<Int(rng.next() % 12) { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
        let limit = Int(rng.next() % 40) + 1
        #expect(same(text), "\(text.debugDescription)")
        #expect(same(text, limit: limit), "\(text.debugDescription) limit \(limit)")
    }
    #expect(same(""))
    #expect(same("", limit: 0))
    #expect(same(String(repeating: "Sorry that the lift broke. ", count: 2000)))
}
