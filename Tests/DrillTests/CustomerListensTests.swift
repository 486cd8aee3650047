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

    /// An apology and a refund that end in an insult, or are taken back as a joke, do not calm
    /// the customer: only the insult and the sneer are heard. (The refund and apology took the
    /// mood down by more than the insult put it up.)
    @Test(arguments: [
        ("I'm so sorry, I will refund today's pass in full right now. Now get lost, you idiot.", "abused-customer", Behaviour.swore),
        ("I'm so sorry, I will refund today's pass in full right now. Just kidding.", "took-it-back", .sarcastic),
    ])
    func aRecoveryUndoneByTheSameReplyCalmsNobodyDown(reply: String, flag: String, heard: Behaviour) throws {
        var drill = try Self.drill()
        let before = drill.state.mood
        let turn = try drill.submit(reply: reply, latency: .notMeasured)
        #expect(turn.score?.flags.contains { $0.code == flag } == true, "\(turn.score?.flags ?? [])")
        #expect(turn.behaviours == [heard], "\(turn.behaviours)")
        #expect(turn.moodAfter > before)
    }

    /// After a pasted wall of text the customer did not hear, the same remedy said once is a
    /// reply in its own right, not a repeat; saying a heard reply again still is a repeat.
    @Test func sayingUnheardSpamProperlyIsNotARepeat() throws {
        var drill = try Self.drill()
        let remedy = "I'm so sorry, I will refund today's pass in full right now and give you a free day pass for tomorrow."
        let paste = try drill.submit(reply: String(repeating: remedy + " ", count: 20), latency: .notMeasured)
        #expect(paste.score?.flags.contains { $0.code == "repetitive" } == true)
        let said = try drill.submit(reply: remedy, latency: .notMeasured)
        #expect(said.score?.flags.contains { $0.code == "repeated-earlier-reply" } == false, "\(said.score?.flags ?? [])")
        #expect(!said.behaviours.isEmpty)

        var heard = try Self.drill()
        _ = try heard.submit(reply: remedy, latency: .notMeasured)
        try #require(!heard.isOver)
        let again = try heard.submit(reply: remedy, latency: .notMeasured)
        #expect(again.score?.flags.contains { $0.code == "repeated-earlier-reply" } == true)
    }
}
