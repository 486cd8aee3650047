import Foundation
import HotseatCore
import Store
import Testing
@testable import Reports

/// A reply's overall in a report is the one the drill weighed (scenario weights, caps), the value
/// the scorecard quotes for the strongest and weakest reply, not the plain mean of its dimensions.
@Suite struct ReplyOverallTests {
    static func csvRows(_ csv: String, section: String) throws -> [[String: String]] {
        let rows = try #require(CSV.parse(csv))
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(rows[0], $0)) }.filter { $0["section"] == section }
    }

    @Test func theStoreAdapterKeepsEachReplysStoredOverall() throws {
        let folder = StoreAdapterTests.Folder()
        let store = try Store.open(at: folder.url.appendingPathComponent("s.sqlite"))
        // Dimensions 50, 60 and 80 (mean 63.3); the stored, weighed overall is 70.
        let id = StoreAdapterTests.record(store, trainee: "ada", empathy: 50, at: Date(timeIntervalSince1970: 1_795_000_000))
        let report = try StoreReports.session(id, in: store)
        #expect(report.turns.map(\.overall) == [70, 70])
        let turns = try Self.csvRows(ReportRenderer().render(session: report, format: .csv), section: "turn")
        #expect(turns.map { $0["overall"] } == ["70", "70"])
    }

    @Test func theSessionCSVPrintsTheWeighedOverallAndNoMeanWhenItIsUnknown() throws {
        var report = Fixtures.session
        // The first reply's dimensions average 73.75; with ownership weighed 1.5 it is 71.
        report.turns[0].overall = 71
        report.turns[1].overall = nil
        let turns = try Self.csvRows(ReportRenderer().render(session: report, format: .csv), section: "turn")
        #expect(turns.map { $0["overall"] } == ["71", "", ""])
    }

    @Test func theCandidateCSVPrintsEachReplysOwnOverall() throws {
        var report = Fixtures.candidate
        // Dimensions 80, 72, 60, 90 average 75.5; the signed result holds 73.4.
        report.items[0].overall = 73.4
        let items = try Self.csvRows(ReportRenderer().render(candidate: report, format: .csv), section: "item")
        #expect(items.map { $0["overall"] } == ["73.4"])
    }
}
