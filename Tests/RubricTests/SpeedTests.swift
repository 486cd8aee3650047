import HotseatCore
import Testing
@testable import Rubric

private let helpful = "I'm sorry about that. I'll refund the ticket today."

@Test func speedIsAbsentWithoutLatency() {
    let score = Shipped.score(helpful, .en)
    #expect(score.scores[.speed] == nil)
    #expect(!score.evidence.contains { $0.dimension == .speed })
}

@Test func satisfactionDropsAfterFiftySecondsAndSharplyAfterTwoMinutes() {
    let s = [10.0, 45, 90, 150, 400].map { Shipped.score(helpful, .en, latency: $0).scores[.speed]! }
    #expect(s == s.sorted(by: >))
    #expect(s[0] >= 90)
    #expect(s[1] - s[2] < s[2] - s[4])
    #expect(s[4] < 30)
}

@Test func aFastReplyThatSaysNothingDoesNotScoreWell() {
    let empty = Shipped.score("Okay, I see.", .en, latency: 3)
    let useful = Shipped.score(helpful, .en, latency: 3)
    #expect(empty.scores[.speed]! < 50)
    #expect(useful.scores[.speed]! >= 90)
    #expect(empty.evidence.contains { $0.rule == "speed.no-next-step" })
}

/// Taking the problem on with a time is a step the customer can hold on to; taking it on
/// without one is only half of one.
@Test(arguments: [
    ("Let me find your parcel right now.", "Let me find your parcel.", Language.en),
    ("Ik zoek uw pakket nu meteen voor u op.", "Ik zoek uw pakket voor u op.", .nl),
    ("Jeg finner pakken din til deg med en gang.", "Jeg finner pakken din til deg.", .nb),
])
func anActionWithATimeIsANextStep(timed: String, untimed: String, language: Language) {
    let now = Shipped.score(timed, language, latency: 10, turn: 1)
    let later = Shipped.score(untimed, language, latency: 10, turn: 1)
    #expect(now.behaviours.contains(.tookOwnership) && later.behaviours.contains(.tookOwnership), "\(now.evidence) \(later.evidence)")
    #expect(!now.evidence.contains { $0.rule == "speed.no-next-step" }, "\(now.evidence)")
    #expect(later.evidence.contains { $0.rule == "speed.no-next-step" }, "\(later.evidence)")
}

@Test func reachingANextStepEarlyInTheConversationIsRewarded() {
    let early = Shipped.score(helpful, .en, latency: 60, turn: 0).scores[.speed]!
    let late = Shipped.score(helpful, .en, latency: 60, turn: 5).scores[.speed]!
    #expect(early > late)
}

@Test func speedEvidenceAddsUpToTheSpeedScore() {
    for latency in [5.0, 70, 200] {
        let score = Shipped.score("Could you tell me your booking number?", .en, latency: latency, turn: 1)
        let sum = score.evidence.filter { $0.dimension == .speed }.reduce(0) { $0 + $1.points }
        #expect(abs(min(100, max(0, sum)) - score.scores[.speed]!) < 0.2)
    }
}

@Test func absurdLatenciesDoNotCrash() {
    for latency in [-5.0, .infinity, .nan, 1e12] {
        let speed = Shipped.score(helpful, .en, latency: latency).scores[.speed]!
        #expect((0...100).contains(speed))
    }
}
