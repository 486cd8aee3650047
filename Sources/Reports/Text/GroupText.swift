import HotseatCore

/// Progress, cohort, screen and candidate reports for a terminal.
enum ProgressText {
    static func render(_ report: TraineeProgressReport, style: TextStyle) -> String {
        let language = report.interfaceLanguage
        let words = ReportStrings(language), drill = words.drill
        var out = style.bold(words.format(.progressHeading, Escape.terminal(report.trainee))) + "\n\n"
        out += TextTable.meta([(words[.trainee], report.trainee)] + report.countPairs)
        if let next = report.recommendation {
            out += "\n" + style.bold(words.format(.next, Escape.terminal(next.title))) + " — \(Escape.terminal(next.reason)) (\(Escape.terminal(next.command)))\n"
        }
        out += style.heading(words[.trendsHeadingText])
        if report.attempts.isEmpty { out += words[.noData] + "\n" }
        else {
            for d in Dimension.allCases {
                let series = report.series(for: d)
                let last = series.last.flatMap { $0 }
                let name = words.name(of: d).padding(toLength: words.dimensionColumnWidth, withPad: " ", startingAt: 0)
                out += style.dimension(name, d) + " " + TerminalSparkline.render(series) + "  " + words.format(.latest, TextTable.score(last, language: language)) + "\n"
            }
        }
        out += style.heading(words[.attempts])
        if report.attempts.isEmpty { out += words.format(.noAttemptsText, "hotseat play") + "\n" }
        else {
            out += TextTable.render(header: ["#", words[.date], words[.scenario], drill[.outcome]] + Dimension.allCases.map(words.name(of:)) + [drill[.overall]],
                                    rows: report.attempts.enumerated().map { index, a in
                                        [String(index + 1), Format.day(a.date), Escape.terminal(a.scenarioTitle), a.outcome.label(in: language)]
                                            + Dimension.allCases.map { Format.score(a.scores[$0]) } + [Format.score(a.overall)]
                                    }, numeric: [0, 4, 5, 6, 7, 8])
        }
        out += style.heading(words[.scenarios])
        if report.completed.isEmpty { out += words[.noScenarios] + "\n" }
        else {
            out += TextTable.render(header: [words[.scenario], words[.attempts], words[.bestOverall], words[.everResolved]],
                                    rows: report.completed.map { [Escape.terminal($0.title), String($0.attempts), Format.score($0.bestOverall), words[$0.resolved ? .yes : .notYet]] },
                                    numeric: [1, 2])
        }
        return out
    }
}

enum GroupText {
    static func distribution(_ values: [Dimension: [Double]], style: TextStyle) -> String {
        var out = style.heading("Distribution per dimension")
        let rows = Dimension.allCases.map { d -> [String] in
            guard let s = Statistics.summary(values[d] ?? []) else { return [d.label, "0", "–", "–", "–", "–", "–"] }
            return [d.label, String(s.count), Format.number(s.min), Format.number(s.q1), Format.number(s.median), Format.number(s.q3), Format.number(s.max)]
        }
        out += TextTable.render(header: ["Dimension", "n", "Min", "Q1", "Median", "Q3", "Max"], rows: rows, numeric: [1, 2, 3, 4, 5, 6])
        return out
    }

    static func ranking(_ rows: [(name: String, count: Int?, scores: [Dimension: Double], overall: Double?, flags: [ScoreFlag])],
                        countHeader: String?, showFlags: Bool, style: TextStyle) -> String {
        let out = style.heading("Ranking")
        guard !rows.isEmpty else { return out + "No one yet.\n" }
        var header = ["Rank", "Name"]
        if let countHeader { header.append(countHeader) }
        header += Dimension.allCases.map(\.label) + ["Overall"]
        if showFlags { header.append("Flags") }
        let body = rows.enumerated().map { index, row -> [String] in
            // Nobody is ranked without a score to rank by (they are listed last, unranked).
            var cells = [row.overall.map { _ in String(index + 1) } ?? "—", Escape.terminal(row.name)]
            if countHeader != nil { cells.append(String(row.count ?? 0)) }
            cells += Dimension.allCases.map { Format.score(row.scores[$0]) } + [Format.score(row.overall)]
            if showFlags { cells.append(row.flags.isEmpty ? "none" : row.flags.map { "⚑ " + Escape.terminal($0.code) }.joined(separator: " ")) }
            return cells
        }
        let first = countHeader == nil ? 2 : 3
        return out + TextTable.render(header: header, rows: body, numeric: Set([0] + (countHeader == nil ? [] : [2]) + Array(first...(first + 4))))
    }

    static func weakest(_ summaries: [CohortReport.ScenarioSummary], heading: String, noun: String, style: TextStyle) -> String {
        var out = style.heading(heading)
        guard !summaries.isEmpty else { return out + "No \(noun)s played yet.\n" }
        out += TextTable.render(header: [noun.capitalizingFirstLetter(), "Attempts"] + Dimension.allCases.map(\.label) + ["Overall", "Weakest on"],
                                rows: summaries.map { s in
                                    [Escape.terminal(s.title), String(s.attempts)] + Dimension.allCases.map { Format.score(s.scores[$0]) }
                                        + [Format.score(s.overall), s.weakestDimension?.label ?? "–"]
                                }, numeric: [1, 2, 3, 4, 5, 6])
        return out
    }

    static func cohort(_ report: CohortReport, style: TextStyle) -> String {
        var out = style.bold("Cohort: \(Escape.terminal(report.cohort))") + "\n\n"
        out += TextTable.meta([("Cohort", report.cohort), ("Trainees", String(report.members.count)),
                               ("Sessions", String(report.members.map(\.sessions).reduce(0, +))), ("Scenarios played", String(report.scenarios.count))])
        var values: [Dimension: [Double]] = [:]
        for d in Dimension.allCases { values[d] = report.distribution(of: d) }
        out += distribution(values, style: style)
        out += ranking(report.ranking.map { ($0.name, $0.sessions, $0.scores, $0.overall, []) }, countHeader: "Sessions", showFlags: false, style: style)
        out += weakest(report.weakestScenarios(), heading: "Where the cohort is weakest", noun: "scenario", style: style)
        return out
    }

    static func screen(_ report: ScreenCohortReport, style: TextStyle) -> String {
        var out = style.bold("Screen: \(Escape.terminal(report.packTitle))") + "\n\n"
        out += TextTable.meta([("Pack", "\(report.packTitle) (\(report.pack))"), ("Candidates", String(report.candidates.count)),
                               ("Flagged", String(report.candidates.filter { !$0.flags.isEmpty }.count))])
        out += "\n" + style.bold("Scores are an aid, not a decision.") + " " + Escape.terminal(report.judgementStatement) + "\n"
        var values: [Dimension: [Double]] = [:]
        for d in Dimension.allCases { values[d] = report.distribution(of: d) }
        out += distribution(values, style: style)
        out += ranking(report.ranking.map { ($0.displayName, nil, $0.scores, $0.overall, $0.flags) }, countHeader: nil, showFlags: true, style: style)
        out += weakest(report.weakestItems(), heading: "Items the group found hardest", noun: "item", style: style)
        out += limits(report.cannotJudge, style: style)
        return out
    }

    static func limits(_ items: [String], style: TextStyle) -> String {
        style.heading("What the engine cannot judge") + items.map { "• \(Escape.terminal($0))\n" }.joined()
    }

    static func candidate(_ report: CandidateReport, style: TextStyle) -> String {
        var out = style.bold("Candidate \(Escape.terminal(report.displayName))") + "\n\n"
        out += TextTable.meta([("Candidate", report.displayName), ("Pack", "\(report.packTitle) (\(report.pack))"),
                               ("Date", Format.date(report.date)), ("Overall", TextTable.score(report.overall)), ("Compared with", report.normGroup)])
        out += "\n" + style.bold("Scores are an aid, not a decision.") + " " + Escape.terminal(report.judgementStatement) + "\n"
        out += style.heading("Scores and percentiles")
        out += SessionText.scoreBars(report.scores, style: style)
        out += "\n" + TextTable.render(header: ["Dimension", "Score", "Percentile"],
                                       rows: Dimension.allCases.map { [$0.label, TextTable.score(report.scores[$0]), Format.score(report.percentiles[$0])] },
                                       numeric: [2])
        out += "Percentile: the share of \(Escape.terminal(report.normGroup)) who scored at or below this candidate.\n"
        out += style.heading("Flags for a person to check")
        out += report.flags.isEmpty ? "No flags.\n" : report.flags.map { "⚑ \(Escape.terminal($0.message)) (\(Escape.terminal($0.code)))\n" }.joined()
        out += style.heading("The candidate's answers")
        if report.items.isEmpty { out += "No answers recorded.\n" }
        for item in report.items {
            out += "\n" + style.bold(Escape.terminal(item.title)) + "  " + style.dim("answered in \(Format.seconds(item.latency))") + "\n"
            out += "  Prompt: \(Escape.terminal(item.prompt))\n"
            out += "  Answer: " + SessionText.markedReply(item.response, evidence: item.evidence, style: style) + "\n"
            if !item.scores.isEmpty {
                out += "  " + style.dim(Dimension.allCases.compactMap { d in item.scores[d].map { "\(d.label) \(Format.score($0))" } }.joined(separator: " · ")) + "\n"
            }
            out += SessionText.notes(item.response, evidence: item.evidence, style: style)
        }
        out += limits(report.cannotJudge, style: style)
        if let integrity = report.integrity { out += "\n" + Escape.terminal(integrity) + "\n" }
        return out
    }
}
