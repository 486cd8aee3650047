import HotseatCore
import Scenarios
import Testing
@testable import Drill

@Suite struct TransitionAndMoodTests {
    @Test func acknowledgingTheFeelingMovesToTheRemedyBeat() throws {
        var drill = try makeSession()
        let turn = try drill.submit(reply: "That must have been awful [acknowledged_feeling]", latency: .notMeasured)
        #expect(turn.beatBefore == "opening")
        #expect(turn.beatAfter == "remedy")
        #expect(turn.next == .line("So what will you do?"))
        #expect(turn.moodBefore == 60)
        #expect(turn.moodAfter == 52)   // default effect −8
        #expect(drill.currentLine == "So what will you do?")
    }

    @Test func noMatchingRuleKeepsTheCustomerInTheSameBeat() throws {
        var drill = try makeSession()
        let turn = try drill.submit(reply: "ok", latency: .notMeasured)
        #expect(turn.beatAfter == "opening")
        #expect(turn.moodAfter == 60)
    }

    @Test func scenarioEffectsOverrideDefaultsAndMoodIsClamped() throws {
        var drill = try makeSession(testScenario(start: 5, effects: [.offeredRemedy: -20]))
        _ = try drill.submit(reply: "[acknowledged_feeling]", latency: .notMeasured)
        #expect(drill.mood == 0)   // 5 − 8 clamps at 0
        var angry = try makeSession(testScenario(start: 95, walkoutAt: nil))
        let turn = try angry.submit(reply: "[blamed] [minimised]", latency: .notMeasured)
        #expect(turn.moodAfter == 100)
    }

    @Test func offeringTheRemedyWhileCalmEnoughResolves() throws {
        var drill = try makeSession()
        _ = try drill.submit(reply: "[acknowledged_feeling]", latency: .notMeasured)
        let turn = try drill.submit(reply: "I'll refund the hours [offered_remedy]", latency: .notMeasured)
        #expect(turn.moodAfter == 32)   // 52 + scenario's −20
        #expect(turn.ending == DrillEnding(id: "resolved", outcome: .resolved, line: "Thanks, that's fair."))
        #expect(turn.beatAfter == nil)
        #expect(drill.isOver)
        #expect(throws: DrillError.alreadyEnded(scenario: "test-lift")) { try drill.submit(reply: "more") }
    }

    @Test func swearingSendsForTheManager() throws {
        var drill = try makeSession()
        let turn = try drill.submit(reply: "[swore]", latency: .notMeasured)
        #expect(turn.ending?.outcome == .manager)
    }

    @Test func moodAtWalkoutThresholdEndsInWalkout() throws {
        var drill = try makeSession(testScenario(start: 80, walkoutAt: 90))
        let turn = try drill.submit(reply: "[blamed]", latency: .notMeasured)   // 80 + 15 ≥ 90
        #expect(turn.ending?.outcome == .walkedOut)
        #expect(turn.ending?.line == "I'm leaving.")
    }

    @Test func reachingTheTurnLimitEndsTheDrill() throws {
        var drill = try makeSession(testScenario(turnLimit: 3))
        for _ in 1...2 {
            let turn = try drill.submit(reply: "hmm", latency: .notMeasured)
            #expect(turn.ending == nil)
        }
        let last = try drill.submit(reply: "hmm", latency: .notMeasured)
        #expect(last.ending?.outcome == .turnLimit)
        #expect(last.ending?.id == nil)
        #expect(drill.scorecard().outcome == .turnLimit)
    }

    @Test func abusiveBeatTellsTheEngineAndABoundaryMovesOn() throws {
        let scorer = MarkerScorer()
        var drill = try makeSession(scorer: scorer)
        _ = try drill.submit(reply: "[shouted]", latency: .notMeasured)
        #expect(drill.state.beat == "rant")
        let turn = try drill.submit(reply: "I want to help, and I need us to keep this respectful [set_boundary]", latency: .notMeasured)
        #expect(turn.abusive)
        #expect(scorer.contexts.last?.traits.abusive == true)
        #expect(scorer.contexts.first?.traits.abusive == false)
        #expect(turn.beatAfter == "remedy")
    }

    @Test func theEngineSeesTheScenarioAndTheBeat() throws {
        let scorer = MarkerScorer()
        var drill = try makeSession(scorer: scorer)
        _ = try drill.submit(reply: "first [acknowledged_feeling]", latency: .notMeasured)
        _ = try drill.submit(reply: "second", latency: .notMeasured)
        let context = try #require(scorer.contexts.last)
        #expect(context.customerLine == "So what will you do?")
        #expect(context.expectedBehaviours == [.acknowledgedFeeling, .offeredRemedy])
        #expect(context.previousReplies == ["first [acknowledged_feeling]"])
        #expect(context.turn == 1)
        #expect(context.topicWords == ["lift"])
        #expect(context.traits.severity == .major)
        #expect(context.language == .en)
    }
}

/// A beat the conversation keeps coming back to (abuse goes on while no boundary is set) says
/// another of its lines each time: the customer never repeats himself word for word. Seen in a
/// tmux session of chat-insults (nb, seed 3): the same insult twice in a row read like a hang.
@Test(arguments: 1...12)
func aBeatComingBackSaysAnotherOfItsLines(seed: Int) throws {
    var scenario = testScenario(turnLimit: 12, walkoutAt: nil)
    scenario.beats["rant"] = Beat(id: "rant", line: lines(["You useless idiot!", "Do your job!", "Are you even listening?"]),
                                  abusive: true, next: [Transition(goto: "rant")])
    var drill = try makeSession(scenario, seed: UInt64(seed))
    var shown: [String] = []
    for _ in 0..<8 {
        let turn = try drill.submit(reply: "[shouted]")
        guard case let .line(line) = turn.next else { break }
        shown.append(line)
    }
    #expect(shown.count == 8)
    for (a, b) in zip(shown, shown.dropFirst()) { #expect(a != b, "said twice in a row: \(a)") }
    // Determinism is kept: the same seed says the same lines.
    var again = try makeSession(scenario, seed: UInt64(seed))
    let replay = try (0..<8).map { _ -> String in
        guard case let .line(line) = try again.submit(reply: "[shouted]").next else { return "" }
        return line
    }
    #expect(replay == shown)
}

/// A beat with a single line still says it again: there is nothing else to say.
@Test func aBeatWithOneLineRepeatsIt() throws {
    var drill = try makeSession(testScenario(turnLimit: 12, walkoutAt: nil))
    guard case let .line(first) = try drill.submit(reply: "[shouted]").next,
          case let .line(second) = try drill.submit(reply: "[shouted]").next else { Issue.record("no line"); return }
    #expect(first == "You useless idiot!" && second == first)
}
