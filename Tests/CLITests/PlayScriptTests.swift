import Foundation
import Testing

/// End-to-end: the real binary, the shipped scenarios, the real rubric engine, replies piped in.
@Suite struct PlayScriptTests {
    let strong = [
        "I'm so sorry. Sitting still for a whole hour at minus twelve with your kids, not knowing when it would move, that must have been frightening and miserable. That's our lift and our failure, and I'm going to put it right.",
        "I'll refund today's pass in full right now, and I'll put a free day pass for tomorrow on your card for you and both kids. And let me get the three of you a hot chocolate in the café.",
    ]

    @Test func aStrongRecoveryIsResolvedWithAScorecard() throws {
        let run = try HotseatProcess.run(["play", "ski-lift", "--seed", "1"], lines: strong)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Mark: "))
        #expect(run.stdout.components(separatedBy: "mood: 0 is calm, 100 is furious.").count == 2, "the scale, once, before the first turn")
        #expect(run.stdout.contains("you> I'm so sorry. Sitting still"))
        #expect(run.stdout.contains("Scorecard"))
        #expect(run.stdout.contains("Outcome: resolved"))
        #expect(run.stdout.contains("Coaching") || run.stdout.contains("Strongest reply"))
        #expect(!run.stdout.contains("\u{1B}["), "no colour in a pipe")
        #expect(!run.stdout.contains("jij>") && !run.stdout.contains("Choose a scenario"))
    }

    @Test func blameAndSarcasmEndBadly() throws {
        let run = try HotseatProcess.run(["play", "ski-lift", "--seed", "1"], lines: [
            "Well, it was only an hour, and you should have checked the weather. Calm down.",
            "Oh great, another genius who thinks the lift owes him a holiday. Not my problem!!!",
            "Whatever.", "Whatever.", "Whatever.", "Whatever.", "Whatever.", "Whatever.",
        ])
        #expect(run.status == 0)
        let badEnding = ["Outcome: the customer walked out", "Outcome: the customer demanded a manager", "Outcome: turn limit"]
        #expect(badEnding.contains { run.stdout.contains($0) }, "\(run.stdout)")
        #expect(!run.stdout.contains("Outcome: resolved"))
    }

    @Test func anEmptyReplyMakesTheCustomerWait() throws {
        let run = try HotseatProcess.run(["play", "ski-lift", "--seed", "1"], lines: ["", ":quit"])
        #expect(run.stdout.contains("Mark: Hello? Are you still there?"))
        #expect(run.status == 0)
    }

    @Test func timestampsGiveSpeedAndTheirAbsenceSaysNotMeasured() throws {
        let timed = try HotseatProcess.run(["play", "ski-lift", "--seed", "1"], lines: strong.map { "[+20s] " + $0 })
        #expect(timed.stdout.contains("you> I'm so sorry."), "the timestamp is not part of the reply")
        #expect(!timed.stdout.contains("[+20s]"))
        #expect(!timed.stdout.contains("not measured"))
        let untimed = try HotseatProcess.run(["play", "ski-lift", "--seed", "1"], lines: strong)
        #expect(untimed.stdout.contains("not measured"))
    }

    @Test func dutchFromLangOrFlag() throws {
        let byEnv = try HotseatProcess.run(["play", "ski-lift", "--seed", "1"], lines: [""], extraEnvironment: ["LANG": "nl_NL.UTF-8"])
        #expect(byEnv.stdout.contains("Hallo? Ben je er nog?"))
        let byFlag = try HotseatProcess.run(["play", "ski-lift", "--seed", "1", "--lang", "nb"], lines: [""])
        #expect(byFlag.stdout.contains("Hallo? Er du der fortsatt?"))
    }

    @Test func hostileInputIsBoundedAndNeverCrashes() throws {
        var input = Data("I'm sorry \u{1B}[31m\u{07}about that\n".utf8)
        input.append(contentsOf: [0xFF, 0xFE, 0xC3, 0x0A])   // invalid UTF-8 line
        input.append(Data(String(repeating: "sorry ", count: 200_000).utf8))   // a 1.2 MB paste
        input.append(0x0A)
        let run = try HotseatProcess.run(["play", "ski-lift", "--seed", "3"], input: input)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("only the first 4000 were used"))
        #expect(!run.stdout.contains("\u{07}"))
    }

    @Test func metaCommandsWorkInAScript() throws {
        let run = try HotseatProcess.run(["play", "ski-lift", "--seed", "1"], lines: [":hint", ":repeat", ":bogus", ":help", ":quit"])
        #expect(run.stdout.contains("This hint costs 5 points"))
        #expect(run.stdout.contains("💡 Name the feeling and the hour in the cold before you fix anything.\n"), "\(run.stdout)")
        #expect(run.stdout.components(separatedBy: "Roschk & Kaiser 2013").count == 2, "the hint cites its principle once")
        #expect(run.stdout.contains("Unknown command :bogus"))
        #expect(run.stdout.contains(":restart"))
        #expect(run.status == 0)
    }

    /// `:score` halfway through: the outcome is still open and the mood is the current one.
    @Test func aRunningScorecardGivesTheMoodNowNotAFinalOne() throws {
        let run = try HotseatProcess.run(["play", "ski-lift", "--seed", "1"], lines: ["I'm so sorry, an hour in the cold must have been miserable.", ":score", ":quit"])
        let outcomes = run.stdout.split(separator: "\n").filter { $0.hasPrefix("Outcome: ") }
        #expect(outcomes.first == "Outcome: still open; mood now 56/100 (0 calm, 100 furious)", "\(run.stdout)")
        // Only the scorecard at :quit is final.
        #expect(outcomes.last == "Outcome: stopped before the end; final mood 56/100 (0 calm, 100 furious)", "\(run.stdout)")
    }

    @Test func aContinuedLineIsOneReply() throws {
        let run = try HotseatProcess.run(["play", "ski-lift", "--seed", "1"], lines: ["I'm so sorry \\", "about the hour in the cold.", ":quit"])
        #expect(run.stdout.contains("you> I'm so sorry \nabout the hour in the cold.") || run.stdout.contains("you> I'm so sorry"))
        #expect(run.stdout.components(separatedBy: "mood 70").count == 2, "exactly one scored turn from two lines")
    }

    /// A lone colon is a mistyped command: it is refused like one and costs no turn.
    @Test func aLoneColonIsNotSentAsAReply() throws {
        let run = try HotseatProcess.run(["play", "ski-lift", "--seed", "1"], lines: [":", ": hint", ":quit"])
        #expect(run.stdout.components(separatedBy: "Unknown command :;").count == 3, "\(run.stdout)")
        #expect(!run.stdout.contains("[empathy"), "no reply was scored")
        #expect(run.status == 0)
    }
}
