import Foundation
import Testing
import HotseatCore
@testable import Reports

/// The hiring-screen pages carry what the terminal report carries: every profile part, each candidate's
/// percentile in the group, bars per part, and how the group answered each judgement item.
@Suite struct ScreenProfileReportTests {
    let screen = ReportRenderer().render(screenCohort: Fixtures.screenWithProfile)

    @Test func rankingHasPercentileAndEveryProfilePartAsAColumn() throws {
        let ranking = try #require(screen.components(separatedBy: "id=\"ranking\"").dropFirst().first)
        for header in ["Percentile", "Composure", "Consistency", "Judgement", "Responsiveness", "Overall"] {
            #expect(ranking.contains(">\(header)</"), "missing column \(header)")
        }
        #expect(ranking.contains("title=\"Composure under abuse\""))
        for candidate in Fixtures.screenWithProfile.candidates {
            #expect(ranking.contains(">\(Escape.html(candidate.candidateID))</th>"))
            #expect(ranking.contains("P\(Int(candidate.percentile!))"))
        }
        #expect(!screen.contains("c-1<x>"), "candidate ids are escaped")
    }

    @Test func eachPartHasAnAccessibleInlineBar() throws {
        let ranking = try #require(screen.components(separatedBy: "id=\"ranking\"").dropFirst().first?.components(separatedBy: "</table>").first)
        let bars = ranking.components(separatedBy: "<svg class=\"minibar\"").count - 1
        #expect(bars == 5 * 6)
        #expect(ranking.contains("role=\"img\" aria-label=\"c-5&lt;x&gt;, Composure under abuse: not measured\""))
        #expect(ranking.contains("aria-label=\"c-1&lt;x&gt;, Empathy: 30 of 100\""))
    }

    @Test func rankingIsBestOverallFirstAndShowsStatus() throws {
        let report = Fixtures.screenWithProfile
        let overalls = report.ranking.compactMap(\.overall)
        #expect(overalls == overalls.sorted(by: >))
        #expect(screen.contains("signed ✓, incomplete"))
    }

    @Test func judgementItemsAreListedHardestFirst() throws {
        #expect(!screen.contains("This report has no per-item results"))
        let items = try #require(screen.components(separatedBy: "Judgement items the group found hardest").dropFirst().first)
        let hard = try #require(items.range(of: "sjt-hard &lt;tricky&gt;"))
        let easy = try #require(items.range(of: "sjt-easy"))
        #expect(hard.lowerBound < easy.lowerBound)
        #expect(items.contains("20% <span class=\"muted\">(A)</span>"))
        #expect(items.contains("100% <span class=\"muted\">(B)</span>"))
    }

    @Test func screenCSVCarriesPercentilePartsAndItems() throws {
        let rows = CSVParser.parse(ReportRenderer().render(screenCohort: Fixtures.screenWithProfile, format: .csv))
        let header = try #require(rows.first)
        for column in ["percentile", "composure", "consistency", "judgement", "picked_key_best_pct"] { #expect(header.contains(column)) }
        for row in rows { #expect(row.count == header.count) }
        let p = try #require(header.firstIndex(of: "percentile"))
        let candidates = rows.filter { $0.first == "candidate" }
        #expect(candidates.count == 5)
        #expect(Set(candidates.map { $0[p] }) == ["20", "40", "60", "80", "100"])
        let items = rows.filter { $0.first == "judgement_item" }
        let item = try #require(header.firstIndex(of: "item"))
        #expect(items.map { $0[item] } == ["sjt-hard <tricky>", "sjt-easy"])
    }

    @Test func candidatePageShowsEveryPartWithQuotesAndIntegrity() {
        let html = ReportRenderer().render(candidate: Fixtures.candidateWithProfile)
        for part in Fixtures.profileParts {
            #expect(html.contains(">\(part.title)</th>"), "missing \(part.title)")
            #expect(html.contains("quote for \(part.key) &lt;i&gt;"))
            #expect(html.contains("why \(part.key)"))
        }
        #expect(html.contains("P90"))
        #expect(html.contains("HMAC-SHA256 3f9a…"))
        #expect(html.contains(Escape.html(ScreeningCaveats.judgementStatement)))
        #expect(html.contains("Several answers were under five words"))
        let csv = CSVParser.parse(ReportRenderer().render(candidate: Fixtures.candidateWithProfile, format: .csv))
        #expect(csv.filter { $0.first == "profile" }.count == 6)
    }
}
