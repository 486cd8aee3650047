import Foundation
import Testing
import HotseatCore
@testable import Reports

@Suite struct HTMLStructureTests {
    static var allPages: [(String, String)] {
        let r = ReportRenderer()
        return [
            ("session", r.render(session: Fixtures.session, format: .html)),
            ("progress", r.render(progress: Fixtures.progress(attempts: 12), format: .html)),
            ("progress-empty", r.render(progress: TraineeProgressReport(trainee: "New", attempts: [], completed: [], recommendation: nil), format: .html)),
            ("cohort", r.render(cohort: Fixtures.cohort, format: .html)),
            ("candidate", r.render(candidate: Fixtures.candidate)),
            ("screen", r.render(screenCohort: Fixtures.screen)),
            ("screen-profile", r.render(screenCohort: Fixtures.screenWithProfile)),
            ("candidate-profile", r.render(candidate: Fixtures.candidateWithProfile)),
        ]
    }

    @Test(arguments: allPages.map(\.0))
    func pageIsSelfContainedAndAccessible(_ name: String) throws {
        let html = try #require(Self.allPages.first { $0.0 == name }?.1)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<html lang=\"en\">"))
        #expect(!html.lowercased().contains("<script"), "no JavaScript")
        #expect(!html.contains("http://") && !html.contains("https://"), "no network URLs")
        #expect(!html.contains("<link") && !html.contains("@import") && !html.contains("url(http"), "no external resources")
        #expect(html.contains("@media print"))
        #expect(html.contains("<h1>"))
        if name != "progress-empty" { #expect(html.contains("<th scope=\"col\"")) }
        #expect(html.contains("role=\"img\""))
        #expect(html.contains("aria-label=\""))
        // Same number of opening and closing tags for the structural elements.
        for tag in ["section", "table", "svg", "article", "figure"] {
            #expect(html.components(separatedBy: "<\(tag)").count == html.components(separatedBy: "</\(tag)>").count, "unbalanced <\(tag)>")
        }
    }

    @Test func printStylesheetKeepsTurnsTogetherAndShowsExplanations() {
        let css = HTMLPage.stylesheet
        let print = css.components(separatedBy: "@media print")[1]
        #expect(print.contains(".turn"))
        #expect(print.contains("break-inside: avoid"))
        #expect(print.contains("ol.notes"))
    }

    @Test func transcriptHighlightsEvidenceWithExplanations() {
        let html = ReportRenderer().render(session: Fixtures.session, format: .html)
        #expect(html.contains("<mark class=\"ev ev-empathy\" title=\"Empathy +12: Apologises sincerely (empathy.apology)\">so sorry</mark>"))
        #expect(html.contains("<mark class=\"ev ev-ownership\""))
        #expect(html.contains("<mark class=\"ev ev-speed\" title=\"Speed +10: Acts straight away (speed.immediate)\">right now</mark>"))
        // The explanation is escaped in the title attribute too.
        #expect(html.contains("Blames or deflects &lt;defensive&gt;"))
        // A rule that fired on something missing is a note, with no highlight.
        #expect(html.contains("(missing)"))
        #expect(html.contains("No concrete remedy offered yet"))
        // Latency and mood for each reply, and coaching points.
        #expect(html.contains("replied in 12.4 s after reading"))
        #expect(html.contains("reply time not measured"))
        #expect(html.contains("Coaching points"))
        #expect(html.contains("Explain the cause without blaming anyone."))
        #expect(html.contains("lang=\"en\""))
    }

    @Test func transcriptInTheSessionLanguage() {
        var report = Fixtures.session
        report.language = .nb
        let html = ReportRenderer().render(session: report, format: .html)
        #expect(html.contains("<p class=\"line reply\" lang=\"nb\">"))
    }

    @Test func candidateAndScreenCarryTheCaveats() {
        for html in [ReportRenderer().render(candidate: Fixtures.candidate), ReportRenderer().render(screenCohort: Fixtures.screen)] {
            #expect(html.contains(Escape.html(ScreeningCaveats.judgementStatement)))
            #expect(html.contains("What the engine cannot judge"))
            for limit in ScreeningCaveats.cannotJudge { #expect(html.contains(Escape.html(limit))) }
        }
        let screen = ReportRenderer().render(screenCohort: Fixtures.screen)
        #expect(screen.contains("title=\"Repeats stock apology phrases\">⚑&nbsp;gamed</span>"))
        let candidate = ReportRenderer().render(candidate: Fixtures.candidate)
        #expect(candidate.contains("Percentile"))
        #expect(candidate.contains("Several answers were under five words"))
        #expect(candidate.contains("Jo &lt;b&gt;Bold&lt;/b&gt; (c-17)"))
    }

    @Test func cohortRanksAndFindsTheWeakestScenarios() {
        let cohort = Fixtures.cohort
        let overalls = cohort.ranking.map { $0.overall! }
        #expect(overalls == overalls.sorted(by: >))
        #expect(cohort.ranking.first?.name == "Eli")
        #expect(cohort.weakestScenarios().map(\.scenarioID) == ["hotel-bed", "lost-bag", "ski-lift"])
        #expect(cohort.weakestScenarios(limit: 1).first?.weakestDimension == .ownership)
        let html = ReportRenderer().render(cohort: cohort, format: .html)
        let ranking = html.components(separatedBy: "id=\"ranking\"")[1]
        #expect(ranking.range(of: ">Eli<")!.lowerBound < ranking.range(of: ">Ada<")!.lowerBound)
    }

    @Test func screenPercentilesAreSharesOfTheGroup() throws {
        let screen = Fixtures.screen
        let best = try #require(screen.candidates.max { $0.scores[.empathy]! < $1.scores[.empathy]! })
        #expect(screen.percentile(of: best, on: .empathy) == 100)
    }
}

/// A member with no finished session has nothing to be ranked by: listed last, without a rank,
/// in every format.
@Test func aMemberWithoutAScoreIsListedButNotRanked() {
    var cohort = Fixtures.cohort
    cohort.members.append(CohortReport.Member(name: "Zed", sessions: 0, scores: [:]))
    #expect(cohort.ranking.last?.name == "Zed")
    let renderer = ReportRenderer()
    let text = renderer.render(cohort: cohort, format: .text)
    let zed = text.split(separator: "\n").first { $0.contains("Zed") }.map(String.init) ?? ""
    #expect(zed.trimmingCharacters(in: .whitespaces).hasPrefix("—"), "\(zed)")
    let html = renderer.render(cohort: cohort, format: .html)
    #expect(html.contains("<tr><td class=\"num\">—</td><th scope=\"row\">Zed</th>"))
    #expect(html.contains("<tr><td class=\"num\">8</td><th scope=\"row\">"), "the last scored member keeps rank 8")
    let csv = renderer.render(cohort: cohort, format: .csv)
    #expect(csv.contains("\"member\",\"spring-2026\",,\"Zed\",0,"), "\(csv)")
}
