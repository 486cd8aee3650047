import Testing
import HotseatCore
@testable import Reports

@Suite struct EscapingTests {
    static let hostile = "</svg><script>alert('x')</script> & \"quoted\""

    @Test func htmlEscapesMarkupCharacters() {
        #expect(Escape.html(Self.hostile) == "&lt;/svg&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;")
    }

    @Test func controlCharactersCannotBreakSVG() {
        #expect(Escape.svg("a\u{0}b\u{1B}c\nd") == "a\u{FFFD}b\u{FFFD}c\nd")
    }

    @Test func csvQuotesEveryTextField() {
        #expect(Escape.csvField("plain") == "\"plain\"")
        #expect(Escape.csvField("a \"quote\", a comma\nand a newline") == "\"a \"\"quote\"\", a comma\nand a newline\"")
    }

    @Test func csvKeepsFormulasAsText() {
        #expect(Escape.csvField("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(Escape.csvField("+1") == "\"'+1\"")
        #expect(Escape.csvField("@SUM(A1)") == "\"'@SUM(A1)\"")
        #expect(Escape.csvNumber(-5) == "-5")
        #expect(Escape.csvNumber(.nan) == "")
    }

    @Test func terminalTextCannotSendEscapeCodes() {
        #expect(Escape.terminal("red\u{1B}[31m\nnext") == "red\u{FFFD}[31m next")
    }

    @Test func hostileReplyShowsAsTextInTheSessionPage() {
        let html = ReportRenderer().render(session: Fixtures.session, format: .html)
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("&lt;/svg&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        // Every <svg> is closed by its own </svg>: nothing from a reply closed one early.
        #expect(html.components(separatedBy: "<svg").count == html.components(separatedBy: "</svg>").count)
        #expect(html.contains("Ada &lt;Lovelace&gt;"))
        #expect(!html.contains("<Lovelace>"))
    }

    @Test func hostileNamesAreEscapedInsideSVG() {
        let chart = LineChart.render(series: [LineSeries(name: "</svg><script>x</script>", values: [1, 2])], id: "h", title: "<b>T</b>",
                                     xAxis: "</text>", yAxis: "&")
        #expect(!chart.svg.contains("<script"))
        #expect(!chart.svg.contains("<b>"))
        #expect(chart.svg.contains("&lt;/svg&gt;&lt;script&gt;"))
        #expect(chart.svg.components(separatedBy: "</svg>").count == 2)
    }

    @Test func hostileTextIsEscapedInEveryHTMLReport() {
        let renderer = ReportRenderer()
        var cohort = Fixtures.cohort
        cohort.members[0].name = Self.hostile
        var screen = Fixtures.screen
        screen.candidates[0].candidateName = Self.hostile
        var candidate = Fixtures.candidate
        candidate.items[0].response = Self.hostile
        candidate.items[0].evidence = []
        var progress = Fixtures.progress(attempts: 3)
        progress.recommendation?.reason = Self.hostile
        let pages = [renderer.render(cohort: cohort, format: .html), renderer.render(screenCohort: screen),
                     renderer.render(candidate: candidate), renderer.render(progress: progress, format: .html)]
        for page in pages {
            #expect(!page.lowercased().contains("<script"))
            #expect(page.contains("&lt;/svg&gt;&lt;script&gt;"))
        }
    }

    @Test func hostileReplyRoundTripsThroughCSV() throws {
        let csv = ReportRenderer().render(session: Fixtures.session, format: .csv)
        let rows = CSVParser.parse(csv)
        let header = try #require(rows.first)
        for row in rows { #expect(row.count == header.count, "ragged row: \(row)") }
        let replyColumn = try #require(header.firstIndex(of: "reply"))
        #expect(rows.contains { $0[replyColumn] == Fixtures.session.turns[2].reply })
    }
}

/// A strict RFC 4180 reader, so tests check what a spreadsheet would see.
enum CSVParser {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, afterQuote = false
        var chars = Array(text)[...]
        // Report CSVs start with a byte-order mark, which spreadsheets (and this parser) skip.
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false; afterQuote = true }
                } else { field.append(c) }
                continue
            }
            switch c {
            case "\"" where field.isEmpty && !afterQuote: quoted = true
            case ",": row.append(field); field = ""; afterQuote = false
            case "\r\n", "\n": row.append(field); rows.append(row); row = []; field = ""; afterQuote = false
            default: field.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
