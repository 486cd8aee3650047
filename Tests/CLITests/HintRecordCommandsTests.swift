import Foundation
import Testing

/// A hint costs points off the overall, so `show` and `report` say how many were used wherever
/// they give the overall, as the drill's own scorecard does.
@Suite struct HintRecordCommandsTests {
    static func play(_ lines: [String]) throws -> (env: [String: String], id: String) {
        let home = HotseatProcess.temporaryHome()
        let env = ["HOME": home.path, "HOTSEAT_STORE": home.appendingPathComponent("hotseat.sqlite").path]
        let played = try HotseatProcess.run(["play", "ski-lift", "--seed", "1", "--trainee", "Ana"], lines: lines, extraEnvironment: env)
        #expect(played.status == 0, "\(played.stderr)")
        #expect(played.stdout.contains("Hints used: 1 (−5 overall)"), "the scorecard counts the hint: \(played.stdout)")
        let history = try HotseatProcess.run(["history", "--trainee", "Ana"], extraEnvironment: env)
        let id = try #require(history.stdout.split(separator: "\n").dropFirst().first?.split(separator: " ").first)
        return (env, String(id))
    }

    @Test func aFinishedSessionShowsItsHintBesideTheOverall() throws {
        let (env, id) = try Self.play([":hint"] + PlayScriptTests().strong)
        let show = try HotseatProcess.run(["show", id], extraEnvironment: env)
        let lines = show.stdout.split(separator: "\n")
        let scorecard = try #require(lines.firstIndex { $0.hasPrefix("Scorecard:") }, "\(show.stdout)")
        #expect(lines.dropFirst(scorecard + 1).first == "Hints used: 1 (−5 on the overall)", "\(show.stdout)")
        let report = try HotseatProcess.run(["report", id, "--format", "text"], extraEnvironment: env)
        #expect(report.stdout.contains("Hints used: 1 (−5 on the overall)"), "\(report.stdout)")
    }

    @Test func aPausedSessionShowsTheHintsSoFar() throws {
        let (env, id) = try Self.play([":hint", PlayScriptTests().strong[0], ":quit"])
        let show = try HotseatProcess.run(["show", id], extraEnvironment: env)
        #expect(show.stdout.contains("Hints used so far: 1 (−5 off the final overall)\nNot finished"), "\(show.stdout)")
    }
}
