import HotseatCore
import Testing
@testable import Rubric

@Test(arguments: [
    "",
    "\u{0}\u{1}\u{7}\u{1B}[31m\u{7F}",
    "😀😡👍🏽🇳🇴",
    "\u{FEFF}\u{200B}\u{200D}",
    "e\u{301}\u{301}\u{301}\u{301}",
    String(repeating: "!", count: 5000),
    String(repeating: "a", count: 100_000),
    "\u{FFFD}\u{FFFD} sorry \u{D7FF}",
])
func strangeRepliesGetAScoreNotACrash(reply: String) {
    let score = Shipped.score(reply, latency: 5)
    #expect(score.scores.values.allSatisfy { (0...100).contains($0) })
    #expect((0...100).contains(score.overall))
    for e in score.evidence {
        #expect(e.start >= 0 && e.start <= e.end && e.end <= reply.unicodeScalars.count)
    }
}

@Test func aOneMegabyteReplyIsTruncatedAndFlagged() {
    let reply = String(repeating: "I'm so sorry about the wait. ", count: 36_000)
    let score = Shipped.score(reply, .en)
    #expect(score.flags.contains { $0.code == "truncated" })
    #expect(score.evidence.allSatisfy { $0.end <= 4000 })
}

@Test func emptyReplyScoresZero() {
    let score = Shipped.score("", .en, latency: 1)
    #expect(score.flags.map(\.code) == ["empty"])
    #expect(score.scores[.empathy] == 0 && score.scores[.ownership] == 0 && score.scores[.speed] == 0)
    #expect(score.overall < 40)
}


@Test func randomScalarSoupNeverCrashesAndKeepsSpansInsideTheReply() {
    var rng = SplitMix64(seed: 42)
    // Pieces that exercise every tokenizer path: letters with marks, apostrophes, digits and
    // joiners, punctuation runs, emoji with modifiers, controls, and rubric words.
    let pieces = ["sorry", "SORRY", "niet", "ikke", "but", "maar", "men", "'t", "don't", "’", "3.", "15:00", "-", "!!", "?!", "…",
                  "😡", "👍🏽", "\u{301}", "\u{0}", "\n", " ", "æøå", "geïrriteerd", "refund", "idioot", "faen", "no problem", "\u{FEFF}"]
    for _ in 0..<300 {
        let reply = (0..<Int.random(in: 0...40, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
        let previous = Bool.random(using: &rng) ? [reply] : []
        let score = Shipped.engine.score(reply, context: ScoringContext(language: [Language.en, .nl, .nb, nil].randomElement(using: &rng)!,
                                                                         traits: RecoveryTraits(severity: .major, abusive: true),
                                                                         customerLine: reply, latency: 10, previousReplies: previous,
                                                                         topicWords: ["refund"]))
        let count = reply.unicodeScalars.count
        #expect(score.evidence.allSatisfy { $0.start >= 0 && $0.start <= $0.end && $0.end <= count })
        #expect(score.evidence.allSatisfy { Array(reply.unicodeScalars)[$0.start..<$0.end].map(String.init).joined() == $0.text })
        #expect(score.scores.values.allSatisfy { (0...100).contains($0) })
    }
}
