import HotseatCore

/// A trainee's progress page: trend lines per dimension, attempts, scenarios completed, what next.
enum ProgressHTML {
    static func render(_ report: TraineeProgressReport) -> String {
        var body = "<header><h1>Progress: \(Escape.html(report.trainee))</h1>"
        let first = report.attempts.first.map { Format.day($0.date) }, last = report.attempts.last.map { Format.day($0.date) }
        // Each date stays in one piece; the page may break only between them.
        let period = first.map { "<span class=\"nowrap\">\($0)</span> – <span class=\"nowrap\">\(last ?? $0)</span>" } ?? "–"
        body += HTMLParts.meta(html: ([("Trainee", report.trainee)] + report.countPairs).map { ($0.0, Escape.html($0.1)) }
                               + [("Period", period)]) + "</header>"

        if let next = report.recommendation {
            body += "<div class=\"callout\" role=\"note\"><strong>Next: \(Escape.html(next.title))</strong>\(Escape.html(next.reason)) <span class=\"rule-id\">\(Escape.html(next.command))</span></div>"
        }

        let series = Dimension.allCases.map { LineSeries(dimension: $0, values: report.series(for: $0)) }
        let trend = LineChart.render(series: series, id: "trend", title: "Scores over attempts",
                                     xAxis: "Attempt", yAxis: "Score (0–100)", xStart: 1, bands: true, width: 900, height: 340)
        body += "<section aria-labelledby=\"trend-h\"><h2 id=\"trend-h\">Trends</h2>\(HTMLParts.figure(trend))</section>"

        body += "<section aria-labelledby=\"attempts\"><h2 id=\"attempts\">Attempts</h2>"
        if report.attempts.isEmpty {
            body += "<p>No attempts yet. Start with <span class=\"rule-id\">hotseat play</span>.</p>"
        } else {
            body += "<div class=\"table-wrap\"><table><thead><tr><th scope=\"col\" class=\"num\">#</th><th scope=\"col\">Date</th><th scope=\"col\">Scenario</th><th scope=\"col\">Outcome</th>\(HTMLParts.dimensionHeaders())<th scope=\"col\" class=\"num\">Overall</th></tr></thead><tbody>"
            for (index, attempt) in report.attempts.enumerated() {
                body += "<tr><th scope=\"row\" class=\"num\">\(index + 1)</th><td class=\"date\">\(Format.day(attempt.date))</td><td>\(Escape.html(attempt.scenarioTitle))</td><td>\(Escape.html(attempt.outcome.label))</td>"
                body += Dimension.allCases.map { HTMLParts.scoreCell(attempt.scores[$0]) }.joined() + HTMLParts.scoreCell(attempt.overall) + "</tr>"
            }
            body += "</tbody></table></div>"
        }
        body += "</section>"

        body += "<section aria-labelledby=\"completed\"><h2 id=\"completed\">Scenarios</h2>"
        if report.completed.isEmpty {
            body += "<p>No scenarios played yet.</p>"
        } else {
            body += "<div class=\"table-wrap\"><table><thead><tr><th scope=\"col\">Scenario</th><th scope=\"col\" class=\"num\">Attempts</th><th scope=\"col\" class=\"num\">Best overall</th><th scope=\"col\">Ever resolved</th></tr></thead><tbody>"
            for s in report.completed {
                body += "<tr><th scope=\"row\">\(Escape.html(s.title))</th><td class=\"num\">\(s.attempts)</td>\(HTMLParts.scoreCell(s.bestOverall))<td>\(s.resolved ? "yes" : "not yet")</td></tr>"
            }
            body += "</tbody></table></div>"
        }
        body += "</section>"
        return HTMLPage.document(title: "Hotseat progress: \(report.trainee)", body: body)
    }
}
