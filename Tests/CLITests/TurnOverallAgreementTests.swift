import Foundation
import Store
import Testing

/// A reply's overall is the drill's: the engine's, weighed with the scenario's `scoring.weights`
/// (ski-lift weighs ownership 1.5 and speed 0.5). The report's CSV and `show` print that value,
/// the one the scorecard's strongest and weakest reply quote, never the plain mean of the dimensions.
@Suite struct TurnOverallAgreementTests {
    @Test func csvShowAndScorecardGiveEachReplyTheSameWeightedOverall() throws {
        let home = HotseatProcess.temporaryHome()
        let env = ["HOME": home.path, "HOTSEAT_STORE": home.appendingPathComponent("hotseat.sqlite").path]
        let played = try HotseatProcess.run(["play", "ski-lift", "--seed", "1", "--trainee", "Ana", "--no-readline"],
                                            lines: ["Sorry.", "I am so sorry, an hour in the cold must have been miserable. I will refund your pass right now.", ":quit"],
                                            extraEnvironment: env)
        #expect(played.status == 0, "\(played.stderr)")
        let strongest = try #require(played.stdout.firstMatch(of: /Strongest reply \(#2, (\d+)\)/)?.1).description
        let weakest = try #require(played.stdout.firstMatch(of: /Weakest reply \(#1, (\d+)\)/)?.1).description

        let history = try HotseatProcess.run(["history", "--trainee", "Ana"], extraEnvironment: env)
        let id = try #require(history.stdout.split(separator: "\n").dropFirst().first?.split(separator: " ").first).description
        let report = try HotseatProcess.run(["report", id, "--format", "csv"], extraEnvironment: env)
        #expect(report.status == 0, "\(report.stderr)")
        let rows = try #require(CSV.parse(report.stdout))
        let header = rows[0]
        let turns = rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }.filter { $0["section"] == "turn" }
        #expect(turns.count == 2)
        func whole(_ text: String?) -> String { text.flatMap(Double.init).map { String(Int($0.rounded())) } ?? "none" }
        #expect(turns.map { whole($0["overall"]) } == [weakest, strongest])

        let show = try HotseatProcess.run(["show", id], extraEnvironment: env)
        let shown = show.stdout.matches(of: /· overall (\d+)\n/).map { String($0.1) }
        #expect(shown == [weakest, strongest], "\(show.stdout)")

        // The weights must matter here, or the test could not tell a weighted overall from a mean.
        let gaps: [Double] = turns.map { row in
            let values: [Double] = ["empathy", "ownership", "speed", "calm"].compactMap { row[$0].flatMap(Double.init) }
            let mean = values.reduce(0, +) / Double(values.count)
            return abs(mean - (row["overall"].flatMap(Double.init) ?? mean))
        }
        #expect(gaps.contains { $0 >= 1 }, "\(gaps)")
    }
}
