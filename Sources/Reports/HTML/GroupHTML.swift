import HotseatCore

/// The dashboard shared by training cohorts and hiring-screen groups: distribution, ranking, weakest scenarios.
enum GroupHTML {
    struct Row {
        var name: String
        var sessions: Int?
        var scores: [Dimension: Double]
        var overall: Double?
        var flags: [ScoreFlag] = []
    }

    static func distribution(_ values: [Dimension: [Double]], title: String) -> String {
        let chart = DistributionChart.render(values: values, id: "distribution", title: title, width: 900)
        return "<section aria-labelledby=\"dist\"><h2 id=\"dist\">Distribution per dimension</h2>\(HTMLParts.figure(chart))"
            + "<p class=\"muted\">Each mark is one person; the box spans the middle half and the thick line is the median.</p></section>"
    }

    static func ranking(_ rows: [Row], countHeader: String?, showFlags: Bool) -> String {
        var html = "<section aria-labelledby=\"ranking\"><h2 id=\"ranking\">Ranking</h2>"
        guard !rows.isEmpty else { return html + "<p>No one yet.</p></section>" }
        html += "<div class=\"table-wrap\"><table><thead><tr><th scope=\"col\" class=\"num\">Rank</th><th scope=\"col\">Name</th>"
        if let countHeader { html += "<th scope=\"col\" class=\"num\">\(Escape.html(countHeader))</th>" }
        html += HTMLParts.dimensionHeaders() + "<th scope=\"col\" class=\"num\">Overall</th>"
        if showFlags { html += "<th scope=\"col\">Flags</th>" }
        html += "</tr></thead><tbody>"
        for (index, row) in rows.enumerated() {
            // Nobody is ranked without a score to rank by (they are listed last, unranked).
            html += "<tr><td class=\"num\">\(row.overall.map { _ in String(index + 1) } ?? "—")</td><th scope=\"row\">\(Escape.html(row.name))</th>"
            if countHeader != nil { html += "<td class=\"num\">\(row.sessions ?? 0)</td>" }
            html += Dimension.allCases.map { HTMLParts.scoreCell(row.scores[$0]) }.joined() + HTMLParts.scoreCell(row.overall)
            if showFlags {
                // Codes only: flag messages list every turn and would swamp the ranking; the full
                // message is on hover here and spelled out in the candidate's own report.
                html += "<td>" + (row.flags.isEmpty ? "<span class=\"muted\">none</span>"
                    : row.flags.map { "<span class=\"flag\" title=\"\(Escape.html($0.message))\">⚑&nbsp;\(Escape.html($0.code))</span>" }.joined(separator: "<br>")) + "</td>"
            }
            html += "</tr>"
        }
        html += "</tbody></table></div>"
        if showFlags && rows.contains(where: { !$0.flags.isEmpty }) {
            html += "<p class=\"muted\">Each flag is explained, with the replies it refers to, in the candidate's own report. A flag asks a person to look; it never rejects anyone.</p>"
        }
        return html + "</section>"
    }

    static func weakest(_ summaries: [CohortReport.ScenarioSummary], heading: String, noun: String, empty: String) -> String {
        var html = "<section aria-labelledby=\"weakest\"><h2 id=\"weakest\">\(Escape.html(heading))</h2>"
        guard !summaries.isEmpty else { return html + "<p>\(Escape.html(empty))</p></section>" }
        html += "<div class=\"table-wrap\"><table><thead><tr><th scope=\"col\">\(noun.capitalizingFirstLetter())</th><th scope=\"col\" class=\"num\">Attempts</th>\(HTMLParts.dimensionHeaders())<th scope=\"col\" class=\"num\">Overall</th><th scope=\"col\">Weakest on</th></tr></thead><tbody>"
        for s in summaries {
            // Scenario titles are long: they may wrap, unlike names, so the table fits the page.
            html += "<tr><th scope=\"row\" class=\"wrap\">\(Escape.html(s.title))</th><td class=\"num\">\(s.attempts)</td>"
            html += Dimension.allCases.map { HTMLParts.scoreCell(s.scores[$0]) }.joined() + HTMLParts.scoreCell(s.overall)
            html += "<td>\(s.weakestDimension?.label ?? "–")</td></tr>"
        }
        return html + "</tbody></table></div></section>"
    }
}

enum CohortHTML {
    static func render(_ report: CohortReport) -> String {
        var body = "<header><h1>Cohort: \(Escape.html(report.cohort))</h1>"
        body += HTMLParts.meta([
            ("Cohort", report.cohort),
            ("Trainees", String(report.members.count)),
            ("Sessions", String(report.members.map(\.sessions).reduce(0, +))),
            ("Scenarios played", String(report.scenarios.count)),
        ]) + "</header>"
        var values: [Dimension: [Double]] = [:]
        for d in Dimension.allCases { values[d] = report.distribution(of: d) }
        body += GroupHTML.distribution(values, title: "How the cohort's scores are spread")
        body += GroupHTML.ranking(report.ranking.map { .init(name: $0.name, sessions: $0.sessions, scores: $0.scores, overall: $0.overall) },
                                  countHeader: "Sessions", showFlags: false)
        body += GroupHTML.weakest(report.weakestScenarios(), heading: "Where the cohort is weakest", noun: "scenario",
                                  empty: "No scenarios played yet.")
        return HTMLPage.document(title: "Hotseat cohort: \(report.cohort)", body: body)
    }
}

enum ScreenCohortHTML {
    static func render(_ report: ScreenCohortReport) -> String {
        var body = "<header><h1>Screen: \(Escape.html(report.packTitle))</h1>"
        body += HTMLParts.meta([
            ("Pack", packLabel(title: report.packTitle, id: report.pack)),
            ("Candidates", String(report.candidates.count)),
            ("Flagged", String(report.candidates.filter { !$0.flags.isEmpty }.count)),
        ]) + "</header>"
        body += HTMLParts.judgement(report.judgementStatement)
        for note in report.notes { body += "<p class=\"callout warning\" role=\"note\"><strong>Check:</strong> \(Escape.html(note))</p>" }
        if report.partColumns.isEmpty {
            var values: [Dimension: [Double]] = [:]
            for d in Dimension.allCases { values[d] = report.distribution(of: d) }
            body += GroupHTML.distribution(values, title: "How the candidates' scores are spread")
        } else {
            body += profileDistribution(report)
        }
        if report.partColumns.isEmpty {
            body += GroupHTML.ranking(report.ranking.map { .init(name: $0.displayName, sessions: nil, scores: $0.scores, overall: $0.overall, flags: $0.flags) },
                                      countHeader: nil, showFlags: true)
        } else {
            body += profileRanking(report)
        }
        if !report.judgementItems.isEmpty {
            body += judgementItems(report.hardestJudgementItems)
        } else {
            body += GroupHTML.weakest(report.weakestItems(), heading: "Items the group found hardest", noun: "item",
                                      empty: "This report has no per-item results.")
        }
        body += omissions(report)
        body += HTMLParts.cannotJudge(report.cannotJudge)
        return HTMLPage.document(title: "Hotseat screen: \(report.packTitle)", body: body)
    }

    /// The spread of every profile part, labelled as the profile names them (responsiveness, composure, …).
    static func profileDistribution(_ report: ScreenCohortReport) -> String {
        let markers: [DimensionStyle.Marker] = [.circle, .square, .triangle, .diamond]
        let rows = report.partColumns.enumerated().map { index, column in
            DistributionChart.Row(label: column.title, values: report.candidates.compactMap { c in c.parts.first { $0.key == column.key }?.score },
                                  colour: Palette.partColour(index), marker: markers[index % markers.count])
        }
        let chart = DistributionChart.render(rows: rows, id: "distribution", title: "How the candidates' scores are spread, per part of the profile",
                                             width: 900, labelWidth: 260)
        return "<section aria-labelledby=\"dist\"><h2 id=\"dist\">Distribution per part of the profile</h2>\(HTMLParts.figure(chart))"
            + "<p class=\"muted\">Each mark is one candidate; the box spans the middle half and the thick line is the median.</p></section>"
    }

    /// Candidates the ranking does not show, so nobody is missing without a word.
    static func omissions(_ report: ScreenCohortReport) -> String {
        var html = ""
        if !report.leftOut.isEmpty {
            html += "<section aria-labelledby=\"left-out\"><h2 id=\"left-out\">Left out (signature does not verify)</h2>"
            html += "<p>These results were changed after signing, or signed with another organisation key. They are not ranked; check the files before anything else.</p><ul>"
            html += report.leftOut.map { "<li><strong>\(Escape.html($0.candidateID))</strong>: \(Escape.html($0.detail))</li>" }.joined() + "</ul></section>"
        }
        if !report.inProgress.isEmpty {
            html += "<section aria-labelledby=\"in-progress\"><h2 id=\"in-progress\">In progress</h2>"
            html += "<p>These candidates started the screen but have no signed result yet. They are not ranked.</p><ul>"
            html += report.inProgress.map { "<li><strong>\(Escape.html($0.candidateID))</strong>: \(Escape.html($0.detail))</li>" }.joined() + "</ul></section>"
        }
        return html
    }

    /// Rank, overall, percentile in the group, every profile part as a number with a small bar, flags.
    static func profileRanking(_ report: ScreenCohortReport) -> String {
        let columns = report.partColumns
        var html = "<section aria-labelledby=\"ranking\"><h2 id=\"ranking\">Ranking, with each part of the profile</h2>"
        html += "<div class=\"table-wrap\"><table class=\"ranking\"><thead><tr><th scope=\"col\" class=\"num\">Rank</th><th scope=\"col\">Candi\u{AD}date</th>"
        html += "<th scope=\"col\">Lang\u{AD}uage</th>"
        html += "<th scope=\"col\" class=\"num\">Overall</th><th scope=\"col\" class=\"num\"><abbr title=\"Share of this group whose overall is at or below this candidate's\">Percentile</abbr></th>"
        html += columns.map { "<th scope=\"col\" class=\"num part\"><abbr title=\"\(Escape.html($0.title))\">\(Escape.html($0.short))</abbr></th>" }.joined()
        html += "<th scope=\"col\">Flags</th><th scope=\"col\">Result</th></tr></thead><tbody>"
        for (index, c) in report.ranking.enumerated() {
            html += "<tr><td class=\"num\">\(index + 1)</td><th scope=\"row\">\(Escape.html(c.displayName))</th>"
            html += "<td>\(Escape.html(c.language ?? "–"))</td>"
            html += HTMLParts.scoreCell(c.overall)
            html += "<td class=\"num\">\(c.percentile.map { "P" + Format.number($0) } ?? "<span class=\"muted\">–</span>")</td>"
            for (columnIndex, column) in columns.enumerated() {
                let score = c.parts.first { $0.key == column.key }?.score.flatMap { $0.isFinite ? $0 : nil }
                html += "<td class=\"num part\">" + (score.map { Format.number($0) } ?? "<span class=\"muted\">–</span>")
                html += HTMLParts.miniBar(score, colour: Palette.partColour(columnIndex), label: "\(c.displayName), \(column.title)") + "</td>"
            }
            html += "<td class=\"flags\">" + (c.flags.isEmpty ? "<span class=\"muted\">none</span>"
                : c.flags.map { "<span class=\"flag\" title=\"\(Escape.html($0.message))\">⚑&nbsp;\(Escape.html($0.code))</span>" }.joined(separator: "<br>")) + "</td>"
            html += "<td>\(Escape.html(c.status ?? "–"))</td></tr>"
        }
        html += "</tbody></table></div>"
        html += "<p class=\"muted\">\(Escape.html(report.overallNote ?? "Overall is the mean of the measured parts and only orders the table.")) Percentile: the share of the \(report.candidates.count == 1 ? "1 candidate" : "\(report.candidates.count) candidates") in this group whose overall is at or below this candidate's\(report.candidates.count == 1 ? " (with one candidate it says nothing)" : ""). Each bar runs from 0 to 100; a dash means the part could not be measured.</p>"
        if report.candidates.contains(where: { !$0.flags.isEmpty }) {
            html += "<p class=\"muted\">Each flag is explained, with the replies it refers to, in the candidate's own report. A flag asks a person to look; it never rejects anyone.</p>"
        }
        return html + "</section>"
    }

    /// Per situational-judgement item: who picked the key's best and worst response, hardest first.
    static func judgementItems(_ items: [JudgementItemSummary]) -> String {
        var html = "<section aria-labelledby=\"weakest\"><h2 id=\"weakest\">Judgement items the group found hardest</h2>"
        html += "<div class=\"table-wrap\"><table><thead><tr><th scope=\"col\">Item</th><th scope=\"col\" class=\"num\">Shown to</th>"
        html += "<th scope=\"col\" class=\"num\">Picked the key's best</th><th scope=\"col\" class=\"num\">Picked the key's worst</th><th scope=\"col\" class=\"num\">Timed out</th></tr></thead><tbody>"
        for item in items {
            html += "<tr><th scope=\"row\">\(Escape.html(item.itemID))</th><td class=\"num\">\(item.shown)</td>"
            html += "<td class=\"num\">\(Format.number(item.bestShare))% <span class=\"muted\">(\(Escape.html(item.keyBest)))</span>"
            html += HTMLParts.miniBar(item.bestShare, colour: Palette.blue, label: "\(item.itemID), picked the key's best") + "</td>"
            html += "<td class=\"num\">\(Format.number(item.worstShare))% <span class=\"muted\">(\(Escape.html(item.keyWorst)))</span>"
            html += HTMLParts.miniBar(item.worstShare, colour: Palette.orange, label: "\(item.itemID), picked the key's worst") + "</td>"
            html += "<td class=\"num\">\(item.timedOut)</td></tr>"
        }
        html += "</tbody></table></div><p class=\"muted\">Share of the candidates shown each item who chose the same best (and worst) response as the scoring key. A low share may mean a hard item or an unclear one: read the item before reading the candidates.</p>"
        return html + "</section>"
    }
}

/// "Front desk screen (front-desk)", or just the id when the title is the id.
func packLabel(title: String, id: String) -> String { title == id ? id : "\(title) (\(id))" }
