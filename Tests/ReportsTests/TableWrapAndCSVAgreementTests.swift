import Foundation
import HotseatCore
import Store
import Testing
@testable import Reports

@Suite struct TableWrapAndCSVAgreementTests {
    @Test func everyCohortAndProgressTableSitsInATableWrapAndPrintLetsHeadersWrap() {
        let r = ReportRenderer()
        for html in [r.render(cohort: Fixtures.cohort, format: .html), r.render(progress: Fixtures.progress(attempts: 12), format: .html),
                     r.render(screenCohort: Fixtures.screen)] {
            let tables = html.components(separatedBy: "<table").count - 1
            #expect(tables > 0)
            #expect(html.components(separatedBy: "<div class=\"table-wrap\"><table").count - 1 == tables)
        }
        let css = HTMLPage.stylesheet
        let print = String(css[css.range(of: "@media print")!.lowerBound...])
        #expect(print.contains("thead th { white-space: normal;"))
        #expect(print.contains("table { width: 100%;"))
        #expect(r.render(cohort: Fixtures.cohort, format: .html).contains("<th scope=\"row\" class=\"wrap\">"))
    }

    @Test(arguments: ["session", "progress", "cohort", "candidate", "screen"])
    func reportCSVsStartWithAByteOrderMark(_ kind: String) {
        let r = ReportRenderer()
        let csv = switch kind {
        case "session": r.render(session: Fixtures.session, format: .csv)
        case "progress": r.render(progress: Fixtures.progress(attempts: 3), format: .csv)
        case "cohort": r.render(cohort: Fixtures.cohort, format: .csv)
        case "candidate": r.render(candidate: Fixtures.candidate, format: .csv)
        default: r.render(screenCohort: Fixtures.screen, format: .csv)
        }
        #expect(Array(csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(csv.utf8.dropFirst(3).starts(with: "section,".utf8))
        #expect(csv.components(separatedBy: "\u{FEFF}").count == 2, "exactly one mark, at the start")
    }

    @Test(arguments: ["=HYPERLINK(\"http://evil.invalid\",\"click\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "\tx", "\rx", "plain", "æøå, \"q\""])
    func exportAndReportsNeutraliseFormulasTheSameWay(_ text: String) throws {
        let exported = try #require(CSV.parse(CSV.document([[text]], byteOrderMark: false))?.first?.first)
        let reported = try #require(CSVParser.parse(Escape.csvField(text)).first?.first)
        #expect(exported == reported)
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            #expect(exported == "'" + text)
        } else {
            #expect(exported == text)
        }
    }

    @Test func theSessionExportNeutralisesAFormulaTraineeName() throws {
        let folder = StoreAdapterTests.Folder()
        let store = try Store.open(at: folder.url.appendingPathComponent("s.sqlite"))
        StoreAdapterTests.record(store, trainee: "=HYPERLINK(\"http://evil.invalid\")", empathy: 50, at: Date())
        let text = try SessionExporter().render(store.transcripts(), as: .csv)
        #expect(text.contains("\"'=HYPERLINK(\"\"http://evil.invalid\"\")\""))
        #expect(!text.contains(",=HYPERLINK") && !text.contains(",\"=HYPERLINK"))
    }
}
