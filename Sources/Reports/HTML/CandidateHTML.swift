import HotseatCore

/// One candidate's screen result, leading with the caveat that scores support a person's judgement.
enum CandidateHTML {
    static func render(_ report: CandidateReport) -> String {
        var body = "<header><h1>Candidate \(Escape.html(report.displayName))</h1>"
        body += "<p class=\"subtitle\">\(Escape.html(report.packTitle)) · \(Format.date(report.date))</p>"
        body += HTMLParts.meta([
            ("Candidate", report.displayName),
            ("Pack", packLabel(title: report.packTitle, id: report.pack)),
        ] + (report.language.map { [("Language", $0)] } ?? []) + [
            ("Date", Format.date(report.date)),
            ("Overall", report.overall.map { "\(Format.number($0)) (\(Band(score: $0).label))" } ?? "–"),
            ("Compared with", report.normGroup),
        ] + (report.integrity.map { [("Integrity", $0)] } ?? [])) + "</header>"
        body += HTMLParts.judgement(report.judgementStatement)
        if !report.profile.isEmpty { body += profile(report) } else { body += dimensions(report) }

        body += "<section aria-labelledby=\"flags\"><h2 id=\"flags\">Flags for a person to check</h2>"
        body += report.flags.isEmpty ? "<p>No flags.</p>" : HTMLParts.flags(report.flags)
        body += "</section>"

        body += "<section aria-labelledby=\"answers\"><h2 id=\"answers\">The candidate's answers</h2>" + HTMLParts.dimensionLegend()
        if report.items.isEmpty { body += "<p>No answers recorded.</p>" }
        for (index, item) in report.items.enumerated() {
            let prefix = "item-\(index + 1)"
            let marked = TranscriptHTML.reply(item.response, evidence: item.evidence, notePrefix: prefix)
            body += "<article class=\"turn\" id=\"\(prefix)\" aria-labelledby=\"\(prefix)-h\"><div class=\"turn-head\"><h3 id=\"\(prefix)-h\">\(Escape.html(item.title))</h3>"
            body += "<span class=\"facts\">answered in \(Format.seconds(item.latency))</span></div>"
            body += "<p class=\"line customer\"><span class=\"who\">Prompt</span>\(Escape.html(item.prompt))</p>"
            body += "<p class=\"line reply\"><span class=\"who\">Answer</span>\(marked.line.isEmpty ? "<span class=\"muted\">(no answer)</span>" : marked.line)</p>"
            if !item.scores.isEmpty {
                let parts = Dimension.allCases.compactMap { d in item.scores[d].map { "\(d.label) \(Format.score($0))" } }
                body += "<div class=\"scores-inline\">\(Escape.html(parts.joined(separator: " · ")))</div>"
            }
            body += marked.notes + "</article>"
        }
        body += "</section>"
        if !report.contentHashes.isEmpty {
            body += "<section aria-labelledby=\"content\"><h2 id=\"content\">Content the answers were scored against</h2>"
            body += "<p class=\"muted\">SHA-256 of each file, recorded when the screen started. Candidates are only comparable when these match.</p>"
            body += "<table><thead><tr><th scope=\"col\">File</th><th scope=\"col\">SHA-256</th></tr></thead><tbody>"
            body += report.contentHashes.sorted { $0.key < $1.key }.map { "<tr><td>\(Escape.html($0.key))</td><td class=\"rule-id\">\(Escape.html($0.value))</td></tr>" }.joined()
            body += "</tbody></table></section>"
        }
        body += HTMLParts.cannotJudge(report.cannotJudge)
        if let integrity = report.integrity { body += "<p class=\"rule-id\">\(Escape.html(integrity))</p>" }
        return HTMLPage.document(title: "Hotseat candidate report: \(report.displayName)", body: body)
    }

    /// Every part of a screen profile: score, bar, percentile, what it was measured on, and the quotes behind it.
    static func profile(_ report: CandidateReport) -> String {
        var body = "<section aria-labelledby=\"scores\"><h2 id=\"scores\">Profile and percentiles</h2>"
        body += "<table><thead><tr><th scope=\"col\">Part</th><th scope=\"col\" class=\"num\">Score</th><th scope=\"col\">Band</th><th scope=\"col\" class=\"num\">Percentile</th><th scope=\"col\">Measured on</th></tr></thead><tbody>"
        for (index, part) in report.profile.enumerated() {
            let value = part.score.flatMap { $0.isFinite ? $0 : nil }
            body += "<tr><th scope=\"row\">\(Escape.html(part.title))</th><td class=\"num\">\(Format.score(value))"
            body += HTMLParts.miniBar(value, colour: Palette.partColour(index), label: part.title) + "</td>"
            body += "<td>\(value.map { Band(score: $0).label } ?? "not measured")</td><td class=\"num\">\(part.percentile.map { "P" + Format.number($0) } ?? "–")</td>"
            body += "<td>\(Escape.html(part.basis))</td></tr>"
        }
        body += "</tbody></table>"
        body += "<p class=\"muted\">Percentile: the share of \(Escape.html(report.normGroup)) who scored at or below this candidate on that part.\(report.overallNote.map { " " + Escape.html($0) } ?? "")</p>"
        body += "<h3>The candidate's words behind each part</h3>"
        for part in report.profile {
            body += "<div class=\"turn\"><h3>\(Escape.html(part.title)) <span class=\"muted\">\(Format.score(part.score))</span></h3>"
            if part.evidence.isEmpty {
                body += "<p class=\"muted\">No quotes: \(Escape.html(part.basis.isEmpty ? "nothing to quote" : part.basis)).</p>"
            } else {
                body += "<ul class=\"quotes\">" + part.evidence.map { q in
                    let sign = q.points > 0 ? "+" : q.points < 0 ? "−" : "·"
                    return "<li><span class=\"rule-id\">\(sign) \(Escape.html(q.whereSaid))</span> “\(Escape.html(q.quote))” <span class=\"muted\">— \(Escape.html(q.note))</span></li>"
                }.joined() + "</ul>"
            }
            body += "</div>"
        }
        return body + "</section>"
    }

    /// The four rubric dimensions, for reports built without a screen profile.
    static func dimensions(_ report: CandidateReport) -> String {
        var body = ""
        body += "<section aria-labelledby=\"scores\"><h2 id=\"scores\">Scores and percentiles</h2><div class=\"charts\">"
        body += HTMLParts.figure(DimensionBarChart.render(scores: report.scores, id: "cand-bar", title: "Scores by dimension, with bands"), caption: false)
        body += "<table><thead><tr><th scope=\"col\">Dimension</th><th scope=\"col\" class=\"num\">Score</th><th scope=\"col\">Band</th><th scope=\"col\" class=\"num\">Percentile</th></tr></thead><tbody>"
        for d in Dimension.allCases {
            let value = report.scores[d].flatMap { $0.isFinite ? $0 : nil }
            body += "<tr><th scope=\"row\"><span class=\"key key-\(d.rawValue)\" aria-hidden=\"true\">\(DimensionStyle.of(d).letter)</span>\(d.label)</th><td class=\"num\">\(Format.score(value))</td>"
            body += "<td>\(value.map { Band(score: $0).label } ?? "not measured")</td><td class=\"num\">\(Format.score(report.percentiles[d]))</td></tr>"
        }
        body += "</tbody></table></div>"
        body += "<p class=\"muted\">Percentile: the share of \(Escape.html(report.normGroup)) who scored at or below this candidate.</p></section>"
        return body
    }
}
