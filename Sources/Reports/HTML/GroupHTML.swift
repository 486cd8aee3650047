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
        html += "<table><thead><tr><th scope=\"col\" class=\"num\">Rank</th><th scope=\"col\">Name</th>"
        if let countHeader { html += "<th scope=\"col\" class=\"num\">\(Escape.html(countHeader))</th>" }
        html += HTMLParts.dimensionHeaders() + "<th scope=\"col\" class=\"num\">Overall</th>"
        if showFlags { html += "<th scope=\"col\">Flags</th>" }
        html += "</tr></thead><tbody>"
        for (index, row) in rows.enumerated() {
            html += "<tr><td class=\"num\">\(index + 1)</td><th scope=\"row\">\(Escape.html(row.name))</th>"
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
        html += "</tbody></table>"
        if showFlags && rows.contains(where: { !$0.flags.isEmpty }) {
            html += "<p class=\"muted\">Each flag is explained, with the replies it refers to, in the candidate's own report. A flag asks a person to look; it never rejects anyone.</p>"
        }
        return html + "</section>"
    }

    static func weakest(_ summaries: [CohortReport.ScenarioSummary], heading: String, noun: String, empty: String) -> String {
        var html = "<section aria-labelledby=\"weakest\"><h2 id=\"weakest\">\(Escape.html(heading))</h2>"
        guard !summaries.isEmpty else { return html + "<p>\(Escape.html(empty))</p></section>" }
        html += "<table><thead><tr><th scope=\"col\">\(noun.prefix(1).uppercased() + noun.dropFirst())</th><th scope=\"col\" class=\"num\">Attempts</th>\(HTMLParts.dimensionHeaders())<th scope=\"col\" class=\"num\">Overall</th><th scope=\"col\">Weakest on</th></tr></thead><tbody>"
        for s in summaries {
            html += "<tr><th scope=\"row\">\(Escape.html(s.title))</th><td class=\"num\">\(s.attempts)</td>"
            html += Dimension.allCases.map { HTMLParts.scoreCell(s.scores[$0]) }.joined() + HTMLParts.scoreCell(s.overall)
            html += "<td>\(s.weakestDimension?.label ?? "–")</td></tr>"
        }
        return html + "</tbody></table></section>"
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
        var values: [Dimension: [Double]] = [:]
        for d in Dimension.allCases { values[d] = report.distribution(of: d) }
        body += GroupHTML.distribution(values, title: "How the candidates' scores are spread")
        body += GroupHTML.ranking(report.ranking.map { .init(name: $0.displayName, sessions: nil, scores: $0.scores, overall: $0.overall, flags: $0.flags) },
                                  countHeader: nil, showFlags: true)
        body += GroupHTML.weakest(report.weakestItems(), heading: "Items the group found hardest", noun: "item",
                                  empty: "This report has no per-item results.")
        body += HTMLParts.cannotJudge(report.cannotJudge)
        return HTMLPage.document(title: "Hotseat screen: \(report.packTitle)", body: body)
    }
}

/// "Front desk screen (front-desk)", or just the id when the title is the id.
func packLabel(title: String, id: String) -> String { title == id ? id : "\(title) (\(id))" }
