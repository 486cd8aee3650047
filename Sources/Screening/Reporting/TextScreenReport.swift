/// Plain-text reports for a hiring manager's terminal. Each report opens with the statement that
/// scores aid a person's judgement and closes with what the engine cannot judge.
///
/// Kept apart from the data (`ScreenResult`, `ScreenCohort`) so an HTML renderer can be added
/// beside it without touching the numbers.
///
/// ```swift
/// print(TextScreenReport.candidate(result, verification: "signature valid", cohort: cohort))
/// print(TextScreenReport.cohort(cohort, verification: [:]))
/// ```
public enum TextScreenReport {
    public static func bar(_ score: Double?, width: Int = 20) -> String {
        guard let score else { return String(repeating: "·", count: width) }
        let filled = Int((max(0, min(100, score)) / 100 * Double(width)).rounded())
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }

    static func number(_ value: Double?) -> String {
        guard let value else { return "  –" }
        let text = String(Int(value.rounded()))
        return String(repeating: " ", count: max(0, 3 - text.count)) + text
    }

    static func caveatsHeader() -> [String] {
        ["NOTE: \(ReportCaveats.judgementStatement)", ""]
    }

    static func caveatsFooter() -> [String] {
        ["", "What the engine cannot judge (check these in person):"] + ReportCaveats.cannotJudge.map { "  - \($0)" }
    }

    public static func candidate(_ result: ScreenResult, verification: String, cohort: ScreenCohort?) -> String {
        var lines = ["Hiring screen: candidate \(result.candidateID)", String(repeating: "=", count: 40)]
        lines += caveatsHeader()
        lines.append("Pack \(result.packID) v\(result.packVersion), scoring key \(result.scoringKeyVersion), language \(result.language), order seed \(result.seed)")
        lines.append("Integrity: \(verification)")
        lines.append(result.complete ? "Run: complete" : "Run: NOT complete (stopped before the end)")
        lines.append("")
        lines.append("Profile" + (cohort.map { "  (percentile within \($0.rows.count) candidates on this pack)" } ?? ""))
        for part in result.profile.parts {
            var line = "  \(part.dimension.title.padding(toLength: 30, withPad: " ", startingAt: 0)) \(number(part.score))  \(bar(part.score))"
            if let cohort, let p = cohort.percentile(of: result.candidateID, on: part.dimension) { line += "  P\(Int(p))" }
            lines.append(line)
            lines.append("      measured on: \(part.basis)")
            for quote in part.evidence {
                let sign = quote.points > 0 ? "+" : quote.points < 0 ? "−" : "·"
                lines.append("      \(sign) \(quote.whereSaid): \"\(quote.quote)\" — \(quote.note)")
            }
        }
        lines.append("")
        if result.profile.flags.isEmpty {
            lines.append("Flags: none")
        } else {
            lines.append("Flags for a person to look at (never a reason to reject on their own):")
            for flag in result.profile.flags {
                lines.append("  ! \(flag.code.rawValue): \(flag.message)")
                lines.append("      \(flag.occurrences.joined(separator: "; "))")
            }
        }
        lines.append("")
        lines.append("Replies (\(result.replies.count)) and judgement items (\(result.answers.count)) are in the signed result for review.")
        lines += caveatsFooter()
        return lines.joined(separator: "\n")
    }

    public static func cohort(_ cohort: ScreenCohort, verification: [String: String]) -> String {
        var lines = ["Hiring screen: \(cohort.packID), \(cohort.rows.count) candidates", String(repeating: "=", count: 40)]
        lines += caveatsHeader()
        let dims = ProfileDimension.allCases
        let short: [ProfileDimension: String] = [.empathy: "emp", .ownership: "own", .responsiveness: "resp", .composure: "comp",
                                                 .consistency: "cons", .judgement: "sjt"]
        lines.append("rank  candidate         overall  pctl  " + dims.map { short[$0]!.padding(toLength: 5, withPad: " ", startingAt: 0) }.joined() + "flags  integrity")
        for (index, row) in cohort.rows.enumerated() {
            let id = row.candidateID.padding(toLength: 16, withPad: " ", startingAt: 0)
            let cells = dims.map { number(row.scores[$0]) + "  " }.joined()
            lines.append("\(String(index + 1).padding(toLength: 4, withPad: " ", startingAt: 0))  \(id)  \(number(row.overall))     \(number(row.percentile))   \(cells)\(String(row.flagCount).padding(toLength: 5, withPad: " ", startingAt: 0))  \(verification[row.candidateID] ?? "")\(row.complete ? "" : " (incomplete)")")
        }
        lines.append("")
        lines.append("Per-dimension bars (each row a candidate, in rank order)")
        for dimension in dims {
            lines.append("  \(dimension.title)")
            for row in cohort.rows {
                lines.append("    \(row.candidateID.padding(toLength: 16, withPad: " ", startingAt: 0)) \(bar(row.scores[dimension])) \(number(row.scores[dimension]))")
            }
        }
        if !cohort.items.isEmpty {
            lines.append("")
            lines.append("Situational-judgement items, hardest first (share of candidates who picked the key's best / worst)")
            for item in cohort.items {
                lines.append("  \(item.itemID.padding(toLength: 28, withPad: " ", startingAt: 0)) best \(item.keyBest): \(number(item.bestShare))%  worst \(item.keyWorst): \(number(item.worstShare))%  (\(item.presented) shown\(item.timedOut > 0 ? ", \(item.timedOut) timed out" : ""))")
            }
        }
        lines.append("")
        lines.append("Overall is the mean of the measured parts and only orders the table; read each candidate's report before deciding.")
        lines += caveatsFooter()
        return lines.joined(separator: "\n")
    }

    /// One row per candidate, for a spreadsheet.
    public static func cohortCSV(_ cohort: ScreenCohort) -> String {
        let dims = ProfileDimension.allCases
        var lines = [(["rank", "candidate", "overall", "percentile"] + dims.map(\.rawValue) + ["flags", "complete"]).joined(separator: ",")]
        for (index, row) in cohort.rows.enumerated() {
            let cells = [String(index + 1), csv(row.candidateID), row.overall.map { String($0) } ?? "", row.percentile.map { String($0) } ?? ""]
                + dims.map { row.scores[$0].map { String($0) } ?? "" } + [String(row.flagCount), String(row.complete)]
            lines.append(cells.joined(separator: ","))
        }
        if !cohort.items.isEmpty {
            // A second table after a blank line: one row per judgement item, hardest first.
            lines.append("")
            lines.append("item,key_best,key_worst,shown,picked_key_best,picked_key_best_pct,picked_key_worst,picked_key_worst_pct,timed_out")
            for item in cohort.items {
                lines.append([csv(item.itemID), csv(item.keyBest), csv(item.keyWorst), String(item.presented), String(item.pickedKeyBest),
                              String(item.bestShare), String(item.pickedKeyWorst), String(item.worstShare), String(item.timedOut)].joined(separator: ","))
            }
        }
        lines.append("# \(ReportCaveats.judgementStatement)")
        return lines.joined(separator: "\n") + "\n"
    }

    static func csv(_ text: String) -> String {
        // Quote, and defuse spreadsheet formulas a crafted id could carry.
        var value = text
        if let first = value.first, "=+-@".contains(first) { value = "'" + value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
