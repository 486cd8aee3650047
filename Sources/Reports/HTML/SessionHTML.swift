import HotseatCore

/// The session scorecard as a page: scores with bands, the mood line, the marked-up transcript, coaching.
enum SessionHTML {
    static func render(_ report: SessionReport) -> String {
        var body = "<header><h1>Session scorecard: \(Escape.html(report.scenarioTitle))</h1>"
        body += "<p class=\"subtitle\">\(Escape.html(report.trainee)) · \(Format.date(report.date))</p>"
        var meta = [
            ("Trainee", report.trainee),
            ("Scenario", "\(report.scenarioTitle) (\(report.scenarioID))"),
            ("Language", report.language.displayName),
            ("Date", Format.date(report.date)),
            ("Outcome", report.outcome.label),
            ("Final mood", report.finalMood.map { "\(Format.number($0)) of 100" } ?? "–"),
            ("Overall", report.overall.map { "\(Format.number($0)) (\(Band(score: $0).label))\(report.scoresAreRunning ? ", running, not finished" : "")" } ?? "–"),
        ]
        if let hints = report.hintsSummary { meta.append(("Hints used", hints)) }
        meta.append(("Session", report.sessionID))
        body += HTMLParts.meta(meta) + "</header>"

        let running = report.scoresAreRunning
        body += "<section aria-labelledby=\"scores\"><h2 id=\"scores\">\(running ? "Running scores (not finished)" : "Scores")</h2>"
        if running { body += "<p class=\"callout\" role=\"note\">\(Escape.html(report.runningNote))</p>" }
        body += "<div class=\"charts\">"
        let suffix = running ? " (running, not finished)" : ""
        body += HTMLParts.figure(DimensionBarChart.render(scores: report.scores, id: "scores-bar", title: "Scores by dimension, with bands\(suffix)", width: 500), caption: false)
        body += HTMLParts.figure(RadarChart.render(scores: report.scores, id: "scores-radar", title: "Balance across the four dimensions\(suffix)", size: 300), caption: false)
        body += "</div>" + scoreTable(report) + "</section>"

        let mood = LineChart.render(series: [LineSeries(name: "Mood", values: report.moodSeries.map { $0 })],
                                    id: "mood", title: "The customer's mood over the conversation",
                                    xAxis: "Turn (0 = before your first reply)", yAxis: "Mood: 0 calm … 100 furious", xStart: 0,
                                    width: 900)
        body += "<section aria-labelledby=\"mood-h\"><h2 id=\"mood-h\">Customer mood</h2>\(HTMLParts.figure(mood))</section>"

        body += "<section aria-labelledby=\"transcript\"><h2 id=\"transcript\">Conversation</h2>"
        body += "<p class=\"muted\">Marked words earned or cost points. Hover for the rule; the numbered notes under each turn say the same.</p>"
        body += HTMLParts.dimensionLegend()
        if report.turns.isEmpty { body += "<p>No replies were recorded in this session.</p>" }
        for turn in report.turns { body += self.turn(turn, report: report) }
        if let ending = report.endingLine {
            body += "<p class=\"line customer\" lang=\"\(report.language.rawValue)\"><span class=\"who\">Customer</span>\(Escape.html(ending))</p>"
        }
        body += "</section>"

        body += "<section aria-labelledby=\"coaching\"><h2 id=\"coaching\">Coaching points</h2>"
        body += coaching(report.coaching) + "</section>"
        return HTMLPage.document(title: "Hotseat scorecard: \(report.trainee), \(report.scenarioTitle)", body: body)
    }

    static func scoreTable(_ report: SessionReport) -> String {
        var html = "<table><caption class=\"sr-only\">Scores by dimension</caption><thead><tr><th scope=\"col\">Dimension</th><th scope=\"col\" class=\"num\">Score</th><th scope=\"col\">Band</th></tr></thead><tbody>"
        for d in Dimension.allCases {
            let value = report.scores[d].flatMap { $0.isFinite ? $0 : nil }
            html += "<tr><th scope=\"row\"><span class=\"key key-\(d.rawValue)\" aria-hidden=\"true\">\(DimensionStyle.of(d).letter)</span>\(d.label)</th>"
            html += "<td class=\"num\">\(Format.score(value))</td><td>\(value.map { Band(score: $0).label } ?? "not measured")</td></tr>"
        }
        return html + "</tbody></table>"
    }

    static func turn(_ turn: SessionReport.Turn, report: SessionReport) -> String {
        let prefix = "turn-\(turn.number)"
        let lang = report.language.rawValue
        let marked = TranscriptHTML.reply(turn.reply, evidence: turn.evidence, notePrefix: prefix)
        // The drill stores latency net of the time needed to read the customer's line.
        var facts = [turn.latency == nil ? "reply time not measured" : "replied in \(Format.seconds(turn.latency)) after reading"]
        if let mood = turn.moodAfter { facts.append("mood after: \(Format.number(mood))") }
        var html = "<article class=\"turn\" id=\"\(prefix)\" aria-labelledby=\"\(prefix)-h\">"
        html += "<div class=\"turn-head\"><h3 id=\"\(prefix)-h\">Turn \(turn.number)</h3><span class=\"facts\">\(Escape.html(facts.joined(separator: " · ")))</span></div>"
        html += "<p class=\"line customer\" lang=\"\(lang)\"><span class=\"who\">Customer</span>\(Escape.html(turn.customerLine))</p>"
        html += "<p class=\"line reply\" lang=\"\(lang)\"><span class=\"who\">\(Escape.html(report.trainee))</span>\(marked.line.isEmpty ? "<span class=\"muted\">(no reply)</span>" : marked.line)</p>"
        if !turn.scores.isEmpty {
            let parts = Dimension.allCases.compactMap { d in turn.scores[d].map { "\(d.label) \(Format.score($0))" } }
            html += "<div class=\"scores-inline\">This reply: \(Escape.html(parts.joined(separator: " · ")))</div>"
        }
        html += HTMLParts.flags(turn.flags) + marked.notes + "</article>"
        return html
    }

    static func coaching(_ tips: [CoachingTip]) -> String {
        guard !tips.isEmpty else { return "<p>No coaching points: nothing stood out to work on.</p>" }
        var html = "<ul class=\"coaching\">"
        for tip in tips {
            html += "<li><span class=\"key key-\(tip.dimension.rawValue)\">\(DimensionStyle.of(tip.dimension).letter)</span><strong>\(tip.dimension.label):</strong> \(Escape.html(tip.message))"
            if let quote = tip.quote, !quote.isEmpty { html += " <q>\(Escape.html(quote))</q>" }
            html += "<span class=\"principle\">\(Escape.html(tip.principle))</span></li>"
        }
        return html + "</ul>"
    }
}
