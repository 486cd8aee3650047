import HotseatCore

/// The session scorecard as a page: scores with bands, the mood line, the marked-up transcript, coaching.
///
/// The page's words are in the report's interface language; what was said (the customer's lines,
/// the replies) is marked with the language the session was played in, which may differ.
enum SessionHTML {
    static func render(_ report: SessionReport) -> String {
        let language = report.interfaceLanguage
        let words = ReportStrings(language), drill = words.drill
        let running = report.scoresAreRunning
        var body = "<header><h1>\(Escape.html(words.format(.scorecardHeading, report.scenarioTitle)))</h1>"
        body += "<p class=\"subtitle\">\(Escape.html(report.trainee)) · \(Format.date(report.date))</p>"
        let overall = report.overall.map { "\(Format.number($0)) (\(words.label(of: Band(score: $0)))\(running ? ", " + words[.running] : ""))" } ?? "–"
        body += HTMLParts.meta(SessionFacts.rows(report, overall: overall)) + "</header>"

        body += "<section aria-labelledby=\"scores\"><h2 id=\"scores\">\(Escape.html(running ? words[.runningScoresHeading] : drill[.showScores]))</h2>"
        if running { body += "<p class=\"callout\" role=\"note\">\(Escape.html(report.runningNote))</p>" }
        body += "<div class=\"charts\">"
        let suffix = running ? " (\(words[.running]))" : ""
        body += HTMLParts.figure(DimensionBarChart.render(scores: report.scores, id: "scores-bar", title: words[.chartScoresByDimension] + suffix,
                                                          width: 500, language: language), caption: false)
        body += HTMLParts.figure(RadarChart.render(scores: report.scores, id: "scores-radar", title: words[.chartBalance] + suffix, size: 300,
                                                   language: language), caption: false)
        body += "</div>" + scoreTable(report, words: words) + "</section>"

        let mood = LineChart.render(series: [LineSeries(name: words[.mood], values: report.moodSeries.map { $0 })],
                                    id: "mood", title: words[.moodChartTitle],
                                    xAxis: words[.moodXAxis], yAxis: "\(words[.mood]): \(words[.moodScale])", xStart: 0,
                                    width: 900, language: language)
        body += "<section aria-labelledby=\"mood-h\"><h2 id=\"mood-h\">\(Escape.html(words[.moodHeading]))</h2>\(HTMLParts.figure(mood))</section>"

        body += "<section aria-labelledby=\"transcript\"><h2 id=\"transcript\">\(Escape.html(words[.conversation]))</h2>"
        body += "<p class=\"muted\">\(Escape.html(words[.markedWordsHelp]))</p>"
        body += HTMLParts.dimensionLegend(language: language)
        if report.turns.isEmpty { body += "<p>\(Escape.html(words[.noTurns]))</p>" }
        for turn in report.turns { body += self.turn(turn, report: report, words: words) }
        if let ending = report.endingLine {
            body += "<p class=\"line customer\" lang=\"\(report.language.rawValue)\"><span class=\"who\">\(Escape.html(drill[.showCustomer]))</span>\(Escape.html(ending))</p>"
        }
        body += "</section>"

        body += "<section aria-labelledby=\"coaching\"><h2 id=\"coaching\">\(Escape.html(words[.coachingHeading]))</h2>"
        body += coaching(report.coaching, words: words) + "</section>"
        return HTMLPage.document(title: words.format(.scorecardPageTitle, report.trainee, report.scenarioTitle), body: body, language: language)
    }

    static func scoreTable(_ report: SessionReport, words: ReportStrings) -> String {
        var html = "<table><caption class=\"sr-only\">\(Escape.html(words[.scoresByDimension]))</caption><thead><tr>"
        html += "<th scope=\"col\">\(Escape.html(words[.dimensionHeader]))</th><th scope=\"col\" class=\"num\">\(Escape.html(words[.scoreHeader]))</th>"
        html += "<th scope=\"col\">\(Escape.html(words[.bandHeader]))</th></tr></thead><tbody>"
        for d in Dimension.allCases {
            let value = report.scores[d].flatMap { $0.isFinite ? $0 : nil }
            html += "<tr><th scope=\"row\"><span class=\"key key-\(d.rawValue)\" aria-hidden=\"true\">\(DimensionStyle.of(d).letter)</span>\(Escape.html(words.name(of: d)))</th>"
            html += "<td class=\"num\">\(Format.score(value))</td><td>\(Escape.html(value.map { words.label(of: Band(score: $0)) } ?? words.drill[.notMeasured]))</td></tr>"
        }
        return html + "</tbody></table>"
    }

    static func turn(_ turn: SessionReport.Turn, report: SessionReport, words: ReportStrings) -> String {
        let prefix = "turn-\(turn.number)"
        let lang = report.language.rawValue
        let marked = TranscriptHTML.reply(turn.reply, evidence: turn.evidence, notePrefix: prefix, language: words.language)
        // The drill stores latency net of the time needed to read the customer's line.
        var facts = [turn.latency == nil ? words[.latencyNotMeasured] : words.format(.repliedAfterReading, Format.seconds(turn.latency))]
        if let mood = turn.moodAfter { facts.append(words.format(.moodAfter, Format.number(mood))) }
        var html = "<article class=\"turn\" id=\"\(prefix)\" aria-labelledby=\"\(prefix)-h\">"
        html += "<div class=\"turn-head\"><h3 id=\"\(prefix)-h\">\(Escape.html(words.drill.format(.showTurn, turn.number)))</h3><span class=\"facts\">\(Escape.html(facts.joined(separator: " · ")))</span></div>"
        html += "<p class=\"line customer\" lang=\"\(lang)\"><span class=\"who\">\(Escape.html(words.drill[.showCustomer]))</span>\(Escape.html(turn.customerLine))</p>"
        html += "<p class=\"line reply\" lang=\"\(lang)\"><span class=\"who\">\(Escape.html(report.trainee))</span>\(marked.line.isEmpty ? "<span class=\"muted\">\(Escape.html(words[.noReply]))</span>" : marked.line)</p>"
        if !turn.scores.isEmpty {
            let parts = Dimension.allCases.compactMap { d in turn.scores[d].map { "\(words.name(of: d)) \(Format.score($0))" } }
            html += "<div class=\"scores-inline\">\(Escape.html(words.format(.thisReply, parts.joined(separator: " · "))))</div>"
        }
        html += HTMLParts.flags(turn.flags) + marked.notes + "</article>"
        return html
    }

    static func coaching(_ tips: [CoachingTip], words: ReportStrings) -> String {
        guard !tips.isEmpty else { return "<p>\(Escape.html(words[.noCoaching]))</p>" }
        var html = "<ul class=\"coaching\">"
        for tip in tips {
            html += "<li><span class=\"key key-\(tip.dimension.rawValue)\">\(DimensionStyle.of(tip.dimension).letter)</span><strong>\(Escape.html(words.name(of: tip.dimension))):</strong> \(Escape.html(tip.message))"
            if let quote = tip.quote, !quote.isEmpty { html += " <q>\(Escape.html(quote))</q>" }
            html += "<span class=\"principle\">\(Escape.html(tip.principle))</span></li>"
        }
        return html + "</ul>"
    }
}
