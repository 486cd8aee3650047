import HotseatCore
import Scenarios
import Testing
@testable import Drill

@Suite struct WaitingLatencyAndSeedTests {
    @Test(arguments: [(Language.en, "Hello? Are you still there?"), (.nl, "Hallo? Ben je er nog?")])
    func anEmptyReplyMakesTheCustomerWaitWithoutScoring(language: Language, expected: String) throws {
        let scorer = MarkerScorer()
        var drill = try makeSession(language: language, scorer: scorer)
        let opening = drill.currentLine
        let turn = try drill.submit(reply: "  \u{1B}\t ", latency: .notMeasured)
        #expect(turn.waited)
        #expect(turn.next == .line(expected))
        #expect(turn.moodAfter == turn.moodBefore + 5)
        #expect(scorer.contexts.isEmpty)
        #expect(drill.state.turn == 0)
        #expect(drill.repeatLastLine() == opening)
        // The next reply answers the waiting line.
        _ = try drill.submit(reply: "sorry", latency: .notMeasured)
        #expect(scorer.contexts.first?.customerLine == expected)
        #expect(drill.scorecard().waits == 1)
    }

    @Test func waitingPastTheWalkoutThresholdEndsInWalkout() throws {
        var drill = try makeSession(testScenario(start: 86, walkoutAt: 90))
        let turn = try drill.submit(reply: "")   // 86 + 5 = 91 ≥ 90
        #expect(turn.ending?.outcome == .walkedOut)
        #expect(turn.waited)
    }

    @Test func latencyIsMeasuredFromTheLineMinusTheReadingAllowance() throws {
        let clock = ManualClock()
        let scorer = MarkerScorer()
        var drill = try makeSession(scorer: scorer, clock: clock)
        let line = drill.currentLine
        clock.advance(30)
        let turn = try drill.submit(reply: "[acknowledged_feeling]")
        let allowance = 1.0 + Double(line.count) / 20
        #expect(turn.latency.raw == 30)
        #expect(turn.latency.allowance == allowance)
        #expect(turn.latency.net == 30 - allowance)
        #expect(scorer.contexts.last?.latency == 30 - allowance)
        // The clock restarts when the next line is shown.
        clock.advance(2)
        let quick = try drill.submit(reply: "ok")
        #expect(quick.latency.raw == 2)
        #expect(quick.latency.net == 0)   // within the reading allowance
    }

    @Test func readingAllowanceGrowsWithTheLine() {
        #expect(ReadingAllowance.seconds(for: "") == 1)
        #expect(ReadingAllowance.seconds(for: String(repeating: "x", count: 200)) == 11)
        #expect(ReadingAllowance.netLatency(raw: 15, line: String(repeating: "x", count: 200)) == 4)
    }

    @Test func scriptedLatencyIsTakenFromTheInputOrNotMeasured() throws {
        let scorer = MarkerScorer()
        var drill = try makeSession(scorer: scorer)
        let line = drill.currentLine
        let given = try drill.submit(reply: "hmm", latency: .elapsed(12.5))
        #expect(given.latency.raw == 12.5)
        #expect(given.latency.net == max(0, 12.5 - ReadingAllowance.seconds(for: line)))
        let missing = try drill.submit(reply: "hmm", latency: .notMeasured)
        #expect(missing.latency == .notMeasured)
        #expect(scorer.contexts.last?.latency == nil)
        #expect(drill.scorecard().dimension(.speed)?.score != nil)
        let net = try drill.submit(reply: "hmm", latency: .net(7))
        #expect(net.latency.net == 7 && net.latency.raw == nil)
    }

    @Test func speedIsNotMeasuredWhenNoLatencyWasGiven() throws {
        var drill = try makeSession()
        _ = try drill.submit(reply: "hmm", latency: .notMeasured)
        let speed = try #require(drill.scorecard().dimension(.speed))
        #expect(speed.score == nil && speed.band == nil)
    }

    @Test func theSameSeedPicksTheSameVariantsAndSeedsDiffer() throws {
        let openings = try (0..<40).map { try makeSession(seed: UInt64($0)).currentLine }
        #expect(Set(openings) == ["Opening A", "Opening B", "Opening C"])
        #expect(try makeSession(seed: 9).currentLine == makeSession(seed: 9).currentLine)
        var rng1 = SplitMix64(seed: 42)
        var rng2 = SplitMix64(seed: 42)
        #expect((0..<5).map { _ in rng1.next() } == (0..<5).map { _ in rng2.next() })
        // Reference value of SplitMix64 for seed 0 (Vigna's splitmix64.c).
        var zero = SplitMix64(seed: 0)
        #expect(zero.next() == 0xE220_A839_7B1D_CDAF)
    }

    @Test func variantsFollowTheLanguage() throws {
        let drill = try makeSession(language: .nl)
        #expect(drill.currentLine.hasPrefix("Begin"))
        #expect(throws: DrillError.self) { try makeSession(language: .nb) }
    }
}
