import Foundation
import Testing

/// `hotseat score` is a contract other tools depend on: these run the built binary as they would.
@Suite struct ScoreCommandTests {
    private func objects(_ stdout: String) throws -> [[String: Any]] {
        try stdout.split(separator: "\n").map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test func jsonlKeepsOrderReportsBadLinesAndExitsOneWhenAnyFailed() throws {
        let input = [
            #"{"id":"a","reply":"I'm so sorry. I'll refund the two hours on your pass right now.","latency_s":12,"scenario":"ski-lift","colour":"ignored"}"#,
            "this is not json",
            #"{"id":"b","lang":"nl"}"#,
            #"{"id":"c","reply":"Det er ikke mitt problem."}"#,
        ]
        let run = try HotseatProcess.run(["score", "--input", "-", "--format", "jsonl"], lines: input)
        #expect(run.status == 1)
        #expect(run.stderr.contains("2 of 4 lines"))
        let out = try objects(run.stdout)
        #expect(out.count == 4)
        #expect(out[0]["id"] as? String == "a")
        #expect(out[0]["lang"] as? String == "en")
        let scores = try #require(out[0]["scores"] as? [String: Any])
        #expect(Set(scores.keys) == ["empathy", "ownership", "calm", "speed"])
        #expect((scores["speed"] as? Double).map { (0...100).contains($0) } == true)
        let evidence = try #require(out[0]["evidence"] as? [[String: Any]])
        #expect(evidence.contains { $0["rule"] as? String == "ownership.remedy" && $0["text"] as? String == "refund" })
        #expect(out[1]["error"] != nil)
        #expect(out[2]["id"] as? String == "b" && (out[2]["error"] as? String)?.contains("reply") == true)
        #expect(out[3]["id"] as? String == "c" && out[3]["lang"] as? String == "nb")
        #expect((out[3]["scores"] as? [String: Any])?["speed"] is NSNull)
        #expect((out[3]["behaviours"] as? [String])?.contains("blamed") == true)
    }

    /// A reply scored against a scenario answers its opening, as `hotseat calibrate` scores it:
    /// abusive-counter opens with an abusive customer, so a reply without a boundary costs calm,
    /// and a copy of the opening line is caught without a "customer" key.
    @Test func aScenarioReplyAnswersItsOpening() throws {
        let input = [
            #"{"id":"a","reply":"I'm sorry about the parcel, I'll book a new delivery for Saturday.","lang":"en","scenario":"abusive-counter"}"#,
            #"{"id":"b","reply":"I'm sorry. Your idiot driver says nobody was home. I was HOME. All damn day!","lang":"en","scenario":"abusive-counter"}"#,
        ]
        let run = try HotseatProcess.run(["score", "--input", "-", "--format", "jsonl"], lines: input)
        let out = try objects(run.stdout)
        let evidence = try #require(out[0]["evidence"] as? [[String: Any]])
        #expect(evidence.contains { ($0["rule"] as? String)?.hasPrefix("context.abuse-needs-boundary") == true }, "\(evidence.map { $0["rule"] ?? "" })")
        let flags = try #require(out[1]["flags"] as? [[String: Any]])
        #expect(flags.contains { $0["code"] as? String == "copied-customer-line" }, "\(flags)")
    }

    @Test func aCleanRunExitsZeroAndTheSameInputGivesTheSameBytes() throws {
        let input = (1...50).map { #"{"id":"r\#($0)","reply":"Sorry about reply \#($0), I'll call you back before 3 pm today."}"# }
        let first = try HotseatProcess.run(["score", "--input", "-", "--format", "jsonl"], lines: input)
        let second = try HotseatProcess.run(["score", "--input", "-", "--format", "jsonl"], lines: input)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == second.stdout)
        #expect(try objects(first.stdout).map { $0["id"] as? String } == (1...50).map { "r\($0)" })
    }

    @Test func textRepliesAreScoredEachOnTheirOwn() throws {
        let alone = try HotseatProcess.run(["score", "--lang", "en", "I'll fix it right now."])
        let after = try HotseatProcess.run(["score", "--lang", "en", "I'm so sorry, that must have been awful.", "I'll fix it right now."])
        #expect(alone.status == 0 && after.status == 0)
        let aloneEmpathy = alone.stdout.split(separator: "\n").first { $0.contains("empathy ") }
        let secondReply = try #require(after.stdout.components(separatedBy: "Reply 2:").last)
        let afterEmpathy = secondReply.split(separator: "\n").first { $0.contains("empathy ") }
        #expect(aloneEmpathy != nil && aloneEmpathy == afterEmpathy)
        #expect(!secondReply.contains("carried-over"))
    }

    @Test func aBadLanguageOrAMissingFileIsOneLineAndNonZero() throws {
        let lang = try HotseatProcess.run(["score", "--lang", "de", "Entschuldigung"])
        #expect(lang.status != 0 && lang.stderr.contains("--lang must be en, nl or nb"))
        let file = try HotseatProcess.run(["score", "--input", "/no/such/file.jsonl", "--format", "jsonl"])
        #expect(file.status != 0 && file.stderr.contains("/no/such/file.jsonl"))
        #expect(!file.stderr.contains("Fatal error"))
        let scenario = try HotseatProcess.run(["score", "--scenario", "skilift", "Sorry."])
        #expect(scenario.status == 1)
        #expect(scenario.stderr.contains("unknown scenario 'skilift'; did you mean 'ski-lift'? (hotseat list shows the scenario ids)"), "\(scenario.stderr)")
    }

    @Test(arguments: ["--latency=-3", "--latency=nan", "--latency=inf"])
    func aLatencyThatIsNoNumberOfSecondsIsRefusedAsInJSONL(option: String) throws {
        let run = try HotseatProcess.run(["score", option, "I'm so sorry, I'll fix it now."])
        #expect(run.status == 64, "a usage error, as ArgumentParser's other ones: \(run.stdout)")
        #expect(run.stderr.contains("--latency must be a number of seconds from 0"), "\(run.stderr)")
        #expect(!run.stdout.contains("speed"), "nothing is scored")
        let zero = try HotseatProcess.run(["score", "--latency=0", "I'm so sorry, I'll fix it now."])
        #expect(zero.status == 0 && zero.stdout.contains("speed.latency"))
    }

    static let commands: [[String]] = [
        ["version"], ["validate"], ["explore"], ["new"], ["new", "scenario"], ["test"], ["replay"], ["score"], ["calibrate"],
        ["rubric"], ["rubric", "check"], ["home"], ["play"], ["list"], ["screen"], ["verify"], ["report"], ["resume"],
        ["progress"], ["history"], ["show"], ["export"], ["forget"],
    ]

    @Test(arguments: commands)
    func everySubcommandHasHelp(command: [String]) throws {
        let run = try HotseatProcess.run(command + ["--help"])
        #expect(run.status == 0, "\(command): \(run.stderr)")
        #expect(run.stdout.contains("USAGE: hotseat \(command.joined(separator: " "))"))
    }
}
