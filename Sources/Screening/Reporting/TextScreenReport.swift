import Foundation
import HotseatCore

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
        let text = WholeScore.text(value)
        return String(repeating: " ", count: max(0, 3 - text.count)) + text
    }

    static func caveatsHeader() -> [String] {
        ["NOTE: \(ReportCaveats.judgementStatement)", ""]
    }

    static func caveatsFooter() -> [String] {
        ["", "What the engine cannot judge (check these in person):"] + ReportCaveats.cannotJudge.map { "  - \($0)" }
    }

    /// `translator` puts the signed English notes into the language the screen was taken in.
    public static func candidate(_ result: ScreenResult, verification: String, cohort: ScreenCohort?, translator: ExplanationTranslator = .english) -> String {
        let language = Language(rawValue: result.language) ?? .en
        var lines = ["Hiring screen: candidate \(result.candidateID)", String(repeating: "=", count: 40)]
        lines += caveatsHeader()
        lines.append("Pack \(result.packID) v\(result.packVersion), scoring key \(result.scoringKeyVersion), language \(result.language), order seed \(result.seed)")
        lines.append("Integrity: \(verification)")
        lines.append(result.complete ? "Run: complete" : "Run: NOT complete (stopped before the end)")
        lines.append("Overall (orders the cohort table only): \(number(result.profile.overall).trimmingCharacters(in: .whitespaces)); the mean of the parts except consistency, which is context")
        lines += contentLines(result)
        lines.append("")
        lines.append("Profile" + (cohort.map { "  (percentile within \($0.rows.count) candidates on this pack)" } ?? ""))
        for part in result.profile.parts {
            var line = "  \(part.dimension.title.padding(toLength: 30, withPad: " ", startingAt: 0)) \(number(part.score))  \(bar(part.score))"
            if let cohort, let p = cohort.percentile(of: result.candidateID, on: part.dimension) { line += "  P\(Int(p))" }
            lines.append(line)
            lines.append("      measured on: \(part.basis)")
            for quote in part.evidence {
                let sign = quote.points > 0 ? "+" : quote.points < 0 ? "−" : "·"
                lines.append("      \(sign) \(quote.whereSaid): \"\(quote.quote)\" — \(translator.explanation(quote.note, in: language))")
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
        // The candidate's own words, which the caveat asks the reader to read before anything else.
        lines.append("Replies (\(result.replies.count)), in the order given:")
        for reply in result.replies {
            let said = reply.timedOut && reply.text.isEmpty ? "(no reply: timed out)" : reply.text.isEmpty ? "(empty reply)" : "\"\(reply.text)\""
            let timing = String(format: "%.1f s", reply.latency) + (reply.timedOut ? ", timed out" : "")
            lines.append("  \(reply.scenarioID) turn \(reply.turn) (\(timing); overall \(number(reply.overall).trimmingCharacters(in: .whitespaces)))")
            lines.append("      customer: \"\(reply.customerLine)\"")
            lines.append("      candidate: \(said)")
        }
        if !result.answers.isEmpty {
            lines.append("Judgement items (\(result.answers.count)): picked best/worst against the key")
            for answer in result.answers {
                let picked = "\(answer.best ?? "–")/\(answer.worst ?? "–")"
                lines.append("  \(answer.itemID): \(picked), key \(answer.keyBest)/\(answer.keyWorst), \(answer.points) point(s)\(answer.timedOut ? ", timed out" : "")")
            }
        }
        lines += caveatsFooter()
        return lines.joined(separator: "\n")
    }

    /// The files the scores were computed against, with their SHA-256 as recorded at the start.
    static func contentLines(_ result: ScreenResult) -> [String] {
        guard let hashes = result.contentHashes, !hashes.isEmpty else {
            return ["Content: not recorded (a run started before content hashes were kept)"]
        }
        return ["Content scored against (SHA-256 at the start, digest \(ContentHashes.digest(hashes))):"]
            + hashes.sorted { $0.key < $1.key }.map { "  \($0.value.prefix(16))…  \($0.key)" }
    }

    public static func cohort(_ cohort: ScreenCohort, verification: [String: String], omissions: CohortOmissions = CohortOmissions()) -> String {
        var lines = ["Hiring screen: \(cohort.packID), \(cohort.rows.count) candidate\(cohort.rows.count == 1 ? "" : "s")", String(repeating: "=", count: 40)]
        lines += caveatsHeader()
        let dims = ProfileDimension.allCases
        let short: [ProfileDimension: String] = [.empathy: "emp", .ownership: "own", .responsiveness: "resp", .composure: "comp",
                                                 .consistency: "cons", .judgement: "sjt"]
        if let note = cohort.contentNote { lines += ["! \(note)", ""] }
        lines.append("rank  candidate         lang  overall  pctl  " + dims.map { short[$0]!.padding(toLength: 5, withPad: " ", startingAt: 0) }.joined() + "flags  integrity")
        for (index, row) in cohort.rows.enumerated() {
            let id = row.candidateID.padding(toLength: 16, withPad: " ", startingAt: 0)
            let cells = dims.map { number(row.scores[$0]) + "  " }.joined()
            lines.append("\(String(index + 1).padding(toLength: 4, withPad: " ", startingAt: 0))  \(id)  \(row.language.padding(toLength: 4, withPad: " ", startingAt: 0))  \(number(row.overall))     \(number(row.percentile))   \(cells)\(String(row.flagCount).padding(toLength: 5, withPad: " ", startingAt: 0))  \(verification[row.candidateID] ?? "")\(row.complete ? "" : " (incomplete)")")
        }
        lines += omissionLines(omissions)
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
        lines.append(ReportCaveats.overallStatement)
        lines += caveatsFooter()
        return lines.joined(separator: "\n")
    }

    /// The candidates the ranking cannot show, named so that nobody is silently missing.
    static func omissionLines(_ omissions: CohortOmissions) -> [String] {
        var lines: [String] = []
        if !omissions.leftOut.isEmpty {
            lines += ["", "Left out (signature does not verify) — not ranked; check these files before anything else:"]
            lines += omissions.leftOut.map { "  \($0.candidateID.padding(toLength: 16, withPad: " ", startingAt: 0))  \($0.file): \($0.reason)" }
        }
        if !omissions.inProgress.isEmpty {
            lines += ["", "In progress (no signed result yet) — not ranked:"]
            lines += omissions.inProgress.map { "  \($0.candidateID.padding(toLength: 16, withPad: " ", startingAt: 0))  \($0.progress); \($0.status)" }
        }
        return lines
    }

    /// One row per candidate, for a spreadsheet, then the judgement items, then the candidates the
    /// ranking leaves out (a result that does not verify, a run in progress), each after a blank line.
    public static func cohortCSV(_ cohort: ScreenCohort, verification: [String: String] = [:], omissions: CohortOmissions = CohortOmissions()) -> String {
        let dims = ProfileDimension.allCases
        var lines = [(["rank", "candidate", "language", "overall", "percentile"] + dims.map(\.rawValue)
            + ["flags", "flag_types", "complete", "signature", "content"]).joined(separator: ",")]
        for (index, row) in cohort.rows.enumerated() {
            let cells = [String(index + 1), csv(row.candidateID), csv(row.language), row.overall.map { String($0) } ?? "", row.percentile.map(percentileText) ?? ""]
                + dims.map { row.scores[$0].map { String($0) } ?? "" }
                + [String(row.flagCount), csv(row.flagCodes.joined(separator: " ")), String(row.complete),
                   csv(verification[row.candidateID] ?? "not checked"), csv(row.contentDigest ?? "not recorded")]
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
        if !omissions.isEmpty {
            lines.append("")
            lines.append("not_ranked,candidate,detail,reason")
            for left in omissions.leftOut {
                lines.append([csv("left out (signature does not verify)"), csv(left.candidateID), csv(left.file), csv(left.reason)].joined(separator: ","))
            }
            for run in omissions.inProgress {
                lines.append([csv("in progress"), csv(run.candidateID), csv(run.progress), csv(run.status)].joined(separator: ","))
            }
        }
        var notes: [(String, String)] = cohort.contentNote.map { [("content", $0)] } ?? []
        notes += [("caveat", ReportCaveats.overallStatement), ("caveat", ReportCaveats.judgementStatement)]
        lines += notesTable(notes + ReportCaveats.cannotJudge.map { ("cannot_judge", $0) })
        return byteOrderMark + lines.joined(separator: "\n") + "\n"
    }

    /// Spreadsheets read æøå in a UTF-8 CSV only after this mark (as in every report CSV).
    static let byteOrderMark = "\u{FEFF}"

    /// The statements every screen report carries, as a last table of real rows: a `#` line is not
    /// CSV, and a spreadsheet splits it at its commas.
    static func notesTable(_ notes: [(kind: String, text: String)]) -> [String] {
        [""] + ["note,text"] + notes.map { "\(csv($0.kind)),\(csv($0.text))" }
    }

    /// One candidate for a spreadsheet: one row per profile part with its quotes, then one row per flag.
    public static func candidateCSV(_ result: ScreenResult, verification: String, cohort: ScreenCohort?, translator: ExplanationTranslator = .english) -> String {
        let language = Language(rawValue: result.language) ?? .en
        var lines = ["section,candidate,pack,language,part,score,percentile,measured_on,quotes,flag,occurrences"]
        let common = [csv(result.candidateID), csv("\(result.packID) v\(result.packVersion)"), csv(result.language)]
        for part in result.profile.parts {
            let quotes = part.evidence.map { "\($0.whereSaid) \($0.points > 0 ? "+" : $0.points < 0 ? "−" : "·") \"\($0.quote)\" — \(translator.explanation($0.note, in: language))" }
            let percentile = cohort?.percentile(of: result.candidateID, on: part.dimension).map(percentileText) ?? ""
            lines.append((["part"] + common + [csv(part.dimension.rawValue), part.score.map { String($0) } ?? "", percentile,
                                                csv(part.basis), csv(quotes.joined(separator: "\n")), "", ""]).joined(separator: ","))
        }
        lines.append((["overall"] + common + ["", result.profile.overall.map { String($0) } ?? "", "", csv("mean of the parts except consistency"), "", "", ""]).joined(separator: ","))
        for flag in result.profile.flags {
            lines.append((["flag"] + common + ["", "", "", "", "", csv("\(flag.code.rawValue): \(flag.message)"), csv(flag.occurrences.joined(separator: "; "))]).joined(separator: ","))
        }
        lines.append((["integrity"] + common + ["", "", "", csv(verification), "", "", ""]).joined(separator: ","))
        for (path, hash) in (result.contentHashes ?? [:]).sorted(by: { $0.key < $1.key }) {
            lines.append((["content"] + common + ["", "", "", csv(path), csv(hash), "", ""]).joined(separator: ","))
        }
        lines += notesTable([("caveat", ReportCaveats.judgementStatement)] + ReportCaveats.cannotJudge.map { ("cannot_judge", $0) })
        return byteOrderMark + lines.joined(separator: "\n") + "\n"
    }

    /// Percentiles are whole numbers (P83), as every other report shows them; not "83.0".
    static func percentileText(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    static func csv(_ text: String) -> String {
        // Quote, and defuse spreadsheet formulas a crafted id could carry.
        var value = text
        if let first = value.first, "=+-@".contains(first) { value = "'" + value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
