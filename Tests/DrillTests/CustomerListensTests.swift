import Foundation
import HotseatCore
import Rubric
import Scenarios
import Testing
@testable import Drill

/// The customer answers what the trainee said: a question or a bare refund is never answered as
/// if it were a stock apology ("'Sorry for the inconvenience'?").
@Suite struct CustomerListensTests {
    static func drill() throws -> DrillSession {
        let (scenario, engine) = try SettledCoachingTests.skiLift()
        return try DrillSession(scenario: scenario, language: .en, mode: .training, seed: 1, engine: engine)
    }

    @Test func aQuestionIsNotTreatedAsAnApology() throws {
        var drill = try Self.drill()
        let turn = try drill.submit(reply: "Can you tell me which lift it was?", latency: .notMeasured)
        #expect(turn.beatAfter == "not-listening")
        #expect(!drill.state.currentLine.lowercased().contains("sorry"))
    }

    @Test func aRemedyWithoutAWordAboutTheColdGetsItsOwnAnswer() throws {
        var drill = try Self.drill()
        let turn = try drill.submit(reply: "I will refund today's pass in full right now.", latency: .notMeasured)
        #expect(turn.beatAfter == "cold-fix")
        #expect(!drill.state.currentLine.contains("What about those hours"))
        let second = try drill.submit(reply: "I'm so sorry, an hour at minus twelve with your kids must have been miserable.",
                                      latency: .notMeasured)
        #expect(second.ending?.outcome == .resolved || second.beatAfter == "make-it-stick")
    }

    @Test func onlyAnApologyMeetsTheStockSorryLine() throws {
        var drill = try Self.drill()
        let turn = try drill.submit(reply: "Sorry about that.", latency: .notMeasured)
        #expect(turn.beatAfter == "stock-sorry")
    }

    @Test func spamCalmsNobodyDown() throws {
        var drill = try Self.drill()
        let before = drill.state.mood
        let turn = try drill.submit(reply: String(repeating: "I'm so sorry. ", count: 40), latency: .notMeasured)
        #expect(turn.score?.flags.contains { $0.code == "repetitive" } == true)
        #expect(turn.behaviours.isEmpty)
        #expect(turn.moodAfter >= before)
        #expect(turn.beatAfter == "not-listening")
    }
}
