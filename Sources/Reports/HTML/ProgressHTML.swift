import HotseatCore

/// A trainee's progress page: trend lines per dimension, attempts, scenarios completed, what next.
enum ProgressHTML {
    static func render(_ report: TraineeProgressReport) -> String {
        let language = report.interfaceLanguage
        let words = ReportStrings(language), drill = words.drill
        var body = "<header><h1>\(Escape.html(words.format(.progressHeading, report.trainee)))</h1>"
        let first = report.attempts.first.map { Format.day($0.date) }, last = report.attempts.last.map { Format.day($0.date) }
        // Each date stays in one piece; the page may break only between them.
        let period = first.map { "<span class=\"nowrap\">\($0)</span> – <span class=\"nowrap\">\(last ?? $0)</span>" } ?? "–"
        body += HTMLParts.meta(html: ([(words[.trainee], report.trainee)] + report.countPairs).map { ($0.0, Escape.html($0.1)) }
                               + [(words[.period], period)]) + "</header>"

        if let next = report.recommendation {
            body += "<div class=\"callout\" role=\"note\"><strong>\(Escape.html(words.format(.next, next.title)))</strong>\(Escape.html(next.reason)) <span class=\"rule-id\">\(Escape.html(next.command))</span></div>"
        }

        let series = Dimension.allCases.map { LineSeries(dimension: $0, values: report.series(for: $0), language: language) }
        let trend = LineChart.render(series: series, id: "trend", title: words[.trendChartTitle],
                                     xAxis: words[.attemptAxis], yAxis: words[.scoreAxis], xStart: 1, bands: true, width: 900, height: 340,
                                     language: language)
        body += "<section aria-labelledby=\"trend-h\"><h2 id=\"trend-h\">\(Escape.html(words[.trendsHeading]))</h2>\(HTMLParts.figure(trend))</section>"

        body += "<section aria-labelledby=\"attempts\"><h2 id=\"attempts\">\(Escape.html(words[.attempts]))</h2>"
        if report.attempts.isEmpty {
            body += "<p>\(words.html(.noAttemptsHTML, "<span class=\"rule-id\">hotseat play</span>"))</p>"
        } else {
            body += "<div class=\"table-wrap\"><table><thead><tr><th scope=\"col\" class=\"num\">#</th>\(header(words[.date]))\(header(words[.scenario]))\(header(drill[.outcome]))"
            body += "\(HTMLParts.dimensionHeaders(language: language))\(header(drill[.overall], numeric: true))</tr></thead><tbody>"
            for (index, attempt) in report.attempts.enumerated() {
                body += "<tr><th scope=\"row\" class=\"num\">\(index + 1)</th><td class=\"date\">\(Format.day(attempt.date))</td><td>\(Escape.html(attempt.scenarioTitle))</td><td>\(Escape.html(attempt.outcome.label(in: language)))</td>"
                body += Dimension.allCases.map { HTMLParts.scoreCell(attempt.scores[$0], language: language) }.joined()
                    + HTMLParts.scoreCell(attempt.overall, language: language) + "</tr>"
            }
            body += "</tbody></table></div>"
        }
        body += "</section>"

        body += "<section aria-labelledby=\"completed\"><h2 id=\"completed\">\(Escape.html(words[.scenarios]))</h2>"
        if report.completed.isEmpty {
            body += "<p>\(Escape.html(words[.noScenarios]))</p>"
        } else {
            body += "<div class=\"table-wrap\"><table><thead><tr>\(header(words[.scenario]))\(header(words[.attempts], numeric: true))"
            body += "\(header(words[.bestOverall], numeric: true))\(header(words[.everResolved]))</tr></thead><tbody>"
            for s in report.completed {
                body += "<tr><th scope=\"row\">\(Escape.html(s.title))</th><td class=\"num\">\(s.attempts)</td>\(HTMLParts.scoreCell(s.bestOverall, language: language))<td>\(Escape.html(words[s.resolved ? .yes : .notYet]))</td></tr>"
            }
            body += "</tbody></table></div>"
        }
        body += "</section>"
        return HTMLPage.document(title: words.format(.progressPageTitle, report.trainee), body: body, language: language)
    }

    static func header(_ text: String, numeric: Bool = false) -> String {
        "<th scope=\"col\"\(numeric ? " class=\"num\"" : "")>\(Escape.html(text))</th>"
    }
}
