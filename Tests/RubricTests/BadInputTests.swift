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
