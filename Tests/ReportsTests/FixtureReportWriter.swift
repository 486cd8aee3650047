import Foundation
import Testing
import HotseatCore
@testable import Reports

/// Renders every report kind from the view-model fixtures. With `HOTSEAT_REPORTS_OUT=<dir>` it also
/// writes the HTML files there, which `scripts/render-reports.sh --fixtures` opens in Chromium.
@Suite struct FixtureReportWriter {
    @Test func rendersEveryReportKind() throws {
        let r = ReportRenderer()
        let pages = [
            "session": r.render(session: Fixtures.session, format: .html),
            "session-nl": r.render(session: LocalizedSessionReportTests.session(LocalizedSessionReportTests.dutch, language: .nl), format: .html),
            "progress": r.render(progress: Fixtures.progress(attempts: 14), format: .html),
            "progress-100": r.render(progress: Fixtures.progress(attempts: 100), format: .html),
            "progress-nb": r.render(progress: Self.norwegian(Fixtures.progress(attempts: 14)), format: .html),
            "cohort": r.render(cohort: Fixtures.cohort, format: .html),
            "candidate": r.render(candidate: Fixtures.candidateWithProfile),
            "screen": r.render(screenCohort: Fixtures.screenWithProfile),
        ]
        for (name, html) in pages { #expect(html.count > 2_000, "\(name) is suspiciously short") }
        guard let dir = ProcessInfo.processInfo.environment["HOTSEAT_REPORTS_OUT"], !dir.isEmpty else { return }
        let folder = URL(fileURLWithPath: dir)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, html) in pages {
            try html.write(to: folder.appendingPathComponent("\(name).html"), atomically: true, encoding: .utf8)
        }
    }

    /// The progress fixture read in Norwegian (its titles and reason stay as the fixture wrote them).
    static func norwegian(_ report: TraineeProgressReport) -> TraineeProgressReport {
        var report = report
        report.interfaceLanguage = .nb
        return report
    }
}
