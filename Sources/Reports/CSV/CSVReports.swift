import HotseatCore
import Store

/// CSV for spreadsheets: one header row, then one row per record, with a `section` column so a single
/// file carries the same content as the HTML page and a spreadsheet filter separates the parts.
/// Text is always quoted (and guarded against formula injection); numbers are bare.
enum CSVReports {
    /// One whole report file: each report is one table. It starts with a UTF-8 byte-order mark,
    /// as the store's export does, because that is how spreadsheets recognise UTF-8 (æøå).
    static func table(header: [String], rows: [[String]]) -> String {
        // CRLF line ends, as RFC 4180 and spreadsheet imports expect.
        CSV.byteOrderMark + ([header.joined(separator: ",")] + rows.map { $0.joined(separator: ",") }).joined(separator: "\r\n") + "\r\n"
    }

    static func t(_ text: String?) -> String { text.map(Escape.csvField) ?? "" }
    static func num(_ value: Double?) -> String { Escape.csvNumber(value) }
    static func scores(_ scores: [Dimension: Double]) -> [String] { Dimension.allCases.map { num(scores[$0]) } }
    static let dimensionColumns = Dimension.allCases.map(\.rawValue)

    static func evidence(_ reply: String, _ evidence: [Evidence]) -> String {
        EvidenceLayout(reply: reply, evidence: evidence).notes.map { note in
            let e = note.evidence
            let quote = note.located ? " \"\(e.text)\"" : " (\(EvidenceLayout.unlocatedLabel(e)))"
            return "\(EvidenceLayout.reference(note)) \(e.rule) \(Format.signedPoints(e.points))\(quote): \(e.explanation)"
        }.joined(separator: "\n")
    }

    static func session(_ r: SessionReport) -> String {
        let header = ["section", "session_id", "trainee", "scenario_id", "scenario", "language", "date", "outcome", "final_mood",
                      "turn", "customer_line", "reply", "latency_s", "mood_after"] + dimensionColumns + ["overall", "evidence", "flags", "note"]
            + ["hints", "hint_penalty"]
        let common = [t(r.sessionID), t(r.trainee), t(r.scenarioID), t(r.scenarioTitle), t(r.language.rawValue), t(Format.date(r.date)), t(r.outcome.rawValue), num(r.finalMood)]
        var rows: [[String]] = []
        // The hint columns come last so the columns before them stay where spreadsheets expect them.
        let hints = r.hints.map { [String($0.count), String($0.penalty)] } ?? ["", ""]
        rows.append([t("summary")] + common + ["", "", "", "", t(r.moodSeries.map { Format.number($0) }.joined(separator: " "))] + scores(r.scores)
                    + [num(r.overall), "", "", t(r.endingLine)] + hints)
        for turn in r.turns {
            rows.append([t("turn")] + common + [String(turn.number), t(turn.customerLine), t(turn.reply), num(turn.latency), num(turn.moodAfter)]
                        + scores(turn.scores) + [num(turn.overall), t(evidence(turn.reply, turn.evidence)),
                                                 t(turn.flags.map { "\($0.code): \($0.message)" }.joined(separator: "\n")), "", "", ""])
        }
        for tip in r.coaching {
            var note = tip.message + " (" + tip.principle + ")"
            if let quote = tip.quote, !quote.isEmpty { note += " “\(quote)”" }
            rows.append([t("coaching")] + common + ["", "", "", "", ""] + Dimension.allCases.map { $0 == tip.dimension ? t("x") : "" } + ["", "", "", t(note), "", ""])
        }
        return table(header: header, rows: rows)
    }

    static func progress(_ r: TraineeProgressReport) -> String {
        let header = ["section", "trainee", "attempt", "date", "session_id", "scenario_id", "scenario", "outcome"] + dimensionColumns + ["overall", "note"]
        var rows: [[String]] = []
        for (index, a) in r.attempts.enumerated() {
            rows.append([t("attempt"), t(r.trainee), String(index + 1), t(Format.date(a.date)), t(a.sessionID), t(a.scenarioID), t(a.scenarioTitle), t(a.outcome.rawValue)]
                        + scores(a.scores) + [num(a.overall), ""])
        }
        for s in r.completed {
            rows.append([t("scenario"), t(r.trainee), "", "", "", t(s.scenarioID), t(s.title), t(s.resolved ? "resolved" : "")]
                        + Array(repeating: "", count: 4) + [num(s.bestOverall), t("\(s.attempts) attempt\(s.attempts == 1 ? "" : "s"); best overall")])
        }
        if let next = r.recommendation {
            rows.append([t("recommendation"), t(r.trainee), "", "", "", t(next.scenarioID), t(next.title), ""] + Array(repeating: "", count: 5) + [t(next.reason)])
        }
        return table(header: header, rows: rows)
    }

    static func group(name: String, members: [(String, Int?, [Dimension: Double], Double?, [ScoreFlag], [Dimension: Double]?)],
                      distribution: (Dimension) -> [Double], weakest: [CohortReport.ScenarioSummary], extra: [[String]]) -> String {
        let header = ["section", "group", "rank", "name", "sessions"] + dimensionColumns + ["overall", "note"]
        var rows: [[String]] = []
        for (index, m) in members.enumerated() {
            var note = m.4.map { "\($0.code): \($0.message)" }.joined(separator: "\n")
            if let percentiles = m.5 {
                note = (Dimension.allCases.map { "\($0.rawValue) percentile \(Format.score(percentiles[$0]))" }.joined(separator: "; ") + (note.isEmpty ? "" : "\n" + note))
            }
            rows.append([t("member"), t(name), m.3.map { _ in String(index + 1) } ?? "", t(m.0), m.1.map(String.init) ?? ""] + scores(m.2) + [num(m.3), t(note)])
        }
        for stat in [("min", 0.0), ("q1", 0.25), ("median", 0.5), ("q3", 0.75), ("max", 1.0)] {
            rows.append([t("distribution"), t(name), "", t(stat.0), ""] + Dimension.allCases.map { num(Statistics.quantile(distribution($0), stat.1)) } + ["", ""])
        }
        for (index, s) in weakest.enumerated() {
            rows.append([t("weakest"), t(name), String(index + 1), t(s.title), String(s.attempts)] + scores(s.scores)
                        + [num(s.overall), t(s.weakestDimension.map { "weakest on \($0.rawValue)" })])
        }
        return table(header: header, rows: rows + extra)
    }

    static func cohort(_ r: CohortReport) -> String {
        group(name: r.cohort, members: r.ranking.map { ($0.name, $0.sessions, $0.scores, $0.overall, [], nil) },
              distribution: r.distribution(of:), weakest: r.weakestScenarios(), extra: [])
    }

    static func screen(_ r: ScreenCohortReport) -> String {
        r.partColumns.isEmpty && r.judgementItems.isEmpty ? screenByDimension(r) : screenByPart(r)
    }

    /// A screen with named profile parts: one row per candidate (overall, percentile, every part), then the judgement items.
    static func screenByPart(_ r: ScreenCohortReport) -> String {
        let columns = r.partColumns
        let header = ["section", "pack", "rank", "candidate", "overall", "percentile"] + columns.map(\.key)
            + ["flags", "status", "item", "key_best", "key_worst", "shown", "picked_key_best_pct", "picked_key_worst_pct", "timed_out", "note"]
        let width = header.count
        func pad(_ row: [String]) -> [String] { row + Array(repeating: "", count: max(0, width - row.count)) }
        var rows: [[String]] = []
        for (index, c) in r.ranking.enumerated() {
            rows.append(pad([t("candidate"), t(r.pack), c.overall.map { _ in String(index + 1) } ?? "", t(c.displayName), num(c.overall), num(c.percentile)]
                            + columns.map { column in num(c.parts.first { $0.key == column.key }?.score) }
                            + [t(c.flags.map { "\($0.code): \($0.message)" }.joined(separator: "\n")), t(c.status)]))
        }
        let lead = 6 + columns.count + 2
        for item in r.hardestJudgementItems {
            rows.append(pad([t("judgement_item"), t(r.pack)] + Array(repeating: "", count: lead - 2)
                            + [t(item.itemID), t(item.keyBest), t(item.keyWorst), String(item.shown), num(item.bestShare), num(item.worstShare), String(item.timedOut)]))
        }
        rows.append(pad([t("caveat"), t(r.pack)] + Array(repeating: "", count: width - 3) + [t(r.judgementStatement)]))
        for limit in r.cannotJudge { rows.append(pad([t("cannot_judge"), t(r.pack)] + Array(repeating: "", count: width - 3) + [t(limit)])) }
        return table(header: header, rows: rows)
    }

    static func screenByDimension(_ r: ScreenCohortReport) -> String {
        let caveats = [[t("caveat"), t(r.pack), "", "", ""] + Array(repeating: "", count: 5) + [t(r.judgementStatement)]]
            + r.cannotJudge.map { [t("cannot_judge"), t(r.pack), "", "", ""] + Array(repeating: "", count: 5) + [t($0)] }
        return group(name: r.pack, members: r.ranking.map { c in
            var percentiles: [Dimension: Double] = [:]
            for d in Dimension.allCases { percentiles[d] = r.percentile(of: c, on: d) }
            return (c.displayName, nil, c.scores, c.overall, c.flags, percentiles)
        }, distribution: r.distribution(of:), weakest: r.weakestItems(), extra: caveats)
    }

    static func candidate(_ r: CandidateReport) -> String {
        let header = ["section", "candidate_id", "candidate", "pack", "date", "item", "prompt", "response", "latency_s"] + dimensionColumns + ["overall", "note"]
        let common = [t(r.candidateID), t(r.candidateName), t(r.pack), t(Format.date(r.date))]
        var rows: [[String]] = [[t("scores")] + common + ["", "", "", ""] + scores(r.scores) + [num(r.overall), t("compared with " + r.normGroup)],
                                [t("percentiles")] + common + ["", "", "", ""] + scores(r.percentiles) + ["", t("share of the comparison group at or below this candidate")]]
        for flag in r.flags { rows.append([t("flag")] + common + ["", "", "", ""] + Array(repeating: "", count: 5) + [t("\(flag.code): \(flag.message)")]) }
        for item in r.items {
            rows.append([t("item")] + common + [t(item.title), t(item.prompt), t(item.response), num(item.latency)] + scores(item.scores)
                        + [num(item.overall), t(evidence(item.response, item.evidence))])
        }
        rows.append([t("caveat")] + common + ["", "", "", ""] + Array(repeating: "", count: 5) + [t(r.judgementStatement)])
        for part in r.profile {
            let quotes = part.evidence.map { "\($0.whereSaid) \(Format.signedPoints($0.points)) \"\($0.quote)\": \($0.note)" }.joined(separator: "\n")
            rows.append([t("profile")] + common + [t(part.title), t(part.basis), t(quotes), ""] + Array(repeating: "", count: 4)
                        + [num(part.score), t(part.percentile.map { "percentile \(Format.number($0))" })])
        }
        for limit in r.cannotJudge { rows.append([t("cannot_judge")] + common + ["", "", "", ""] + Array(repeating: "", count: 5) + [t(limit)]) }
        if let integrity = r.integrity { rows.append([t("integrity")] + common + ["", "", "", ""] + Array(repeating: "", count: 5) + [t(integrity)]) }
        return table(header: header, rows: rows)
    }
}
