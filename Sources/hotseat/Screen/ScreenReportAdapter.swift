import Foundation
import HotseatCore
import Reports
import Screening

/// Maps screen results onto the reports module's view models, so `hotseat report --format html`
/// uses the shared HTML renderer. A mapping only: every number comes from the signed result.
///
/// The four rubric dimensions carry empathy, ownership, responsiveness (speed) and composure (calm)
/// for the shared charts; every profile part, consistency and situational judgement included, is
/// passed as a `ProfileScore` with its percentile and quotes, and the judgement items as per-item summaries.
enum ScreenReportAdapter {
    static let dimensionMap: [(ProfileDimension, HotseatCore.Dimension)] = [
        (.empathy, .empathy), (.ownership, .ownership), (.responsiveness, .speed), (.composure, .calm),
    ]

    static func scores(_ profile: CandidateProfile) -> [HotseatCore.Dimension: Double] {
        var scores: [HotseatCore.Dimension: Double] = [:]
        for (part, dimension) in dimensionMap { scores[dimension] = profile.score(part) }
        return scores
    }

    static func flags(_ profile: CandidateProfile) -> [ScoreFlag] {
        profile.flags.map { ScoreFlag(code: $0.code.rawValue, message: "\($0.message): \($0.occurrences.joined(separator: "; "))") }
    }

    static let shortTitles: [ProfileDimension: String] = [
        // Soft hyphens: the ranking's columns are narrow so the table fits the page, and a header breaks at a syllable, not mid-letter.
        .empathy: "Empa\u{AD}thy", .ownership: "Owner\u{AD}ship", .responsiveness: "Respon\u{AD}siveness", .composure: "Compo\u{AD}sure",
        .consistency: "Consis\u{AD}tency", .judgement: "Judge\u{AD}ment",
    ]

    /// Every part of the profile, with its percentile in `cohort` when given; `translator` puts the
    /// signed English notes into the language the screen was taken in.
    static func profile(_ result: ScreenResult, cohort: ScreenCohort?, translator: ExplanationTranslator = .english) -> [ProfileScore] {
        let language = Language(rawValue: result.language) ?? .en
        return result.profile.parts.map { part in
            ProfileScore(key: part.dimension.rawValue, title: part.dimension.title, short: shortTitles[part.dimension],
                         score: part.score, percentile: cohort?.percentile(of: result.candidateID, on: part.dimension),
                         basis: part.basis,
                         evidence: part.evidence.map { .init(whereSaid: $0.whereSaid, quote: $0.quote, note: translator.explanation($0.note, in: language), points: $0.points) })
        }
    }

    /// - Parameters:
    ///   - records: the replies as the verified audit log holds them, with the evidence the signed
    ///     result leaves out, so the report can mark the words behind each score (empty: none marked).
    ///   - items: the SJT items, so a judgement card shows what was asked, not only the key.
    ///   - translator: the rubric's translations, for explanations in the screen's language, as its items are.
    static func candidate(_ result: ScreenResult, cohort: ScreenCohort, records: [ReplyRecord] = [], items library: [SJTItem] = [],
                          translator: ExplanationTranslator = .english) -> CandidateReport {
        var percentiles: [HotseatCore.Dimension: Double] = [:]
        for (part, dimension) in dimensionMap {
            percentiles[dimension] = cohort.percentile(of: result.candidateID, on: part)
        }
        // Every profile part, with its quotes, is in `profile`; the items are the replies and the judgement picks.
        let language = Language(rawValue: result.language) ?? .en
        var items = result.replies.map { reply in
            // The same reply in the log: same scenario, turn and text (a mismatch marks nothing rather than the wrong words).
            let record = records.first { $0.scenarioID == reply.scenarioID && $0.turn == reply.turn && $0.text == reply.text }
            return CandidateReport.Item(title: "\(reply.scenarioID), turn \(reply.turn)\(reply.abusiveBeat ? " (abusive customer)" : "")",
                                 prompt: reply.customerLine, response: reply.text, evidence: translator.localized(record?.score.evidence ?? [], in: language),
                                 scores: Dictionary(uniqueKeysWithValues: reply.scores.compactMap { key, value in
                                     HotseatCore.Dimension(rawValue: key).map { ($0, value) } }),
                                 overall: reply.overall, latency: reply.latency)
        }
        items += result.answers.map { answer in
            let asked = library.first { $0.id == answer.itemID }.map { item in
                "\(item.situation.text(in: language)) Customer: “\(item.line.text(in: language))” "
                    + item.responses.map { "\($0.letter)) \($0.text.text(in: language))" }.joined(separator: " ")
                    + " (key: best \(answer.keyBest), worst \(answer.keyWorst))"
            }
            return CandidateReport.Item(title: "Judgement item \(answer.itemID): \(answer.points >= 0 ? "+" : "")\(answer.points) points",
                                 prompt: asked ?? "Key: best \(answer.keyBest), worst \(answer.keyWorst) (the item's text is not in scenarios/screens/items)",
                                 response: "Picked best \(answer.best ?? "–")\(answer.best == answer.keyBest ? " (as the key)" : " (key: \(answer.keyBest))"), worst \(answer.worst ?? "–")\(answer.worst == answer.keyWorst ? " (as the key)" : " (key: \(answer.keyWorst))")\(answer.timedOut ? "; timed out" : "")",
                                 latency: answer.latency)
        }
        var report = CandidateReport(candidateID: result.candidateID, pack: result.packID, packTitle: "\(result.packID) v\(result.packVersion)",
                               date: Date(timeIntervalSince1970: result.endedAt), scores: scores(result.profile), percentiles: percentiles,
                               normGroup: "\(cohort.rows.count) candidate\(cohort.rows.count == 1 ? "" : "s") with a verified result on this pack",
                               flags: flags(result.profile), items: items,
                               integrity: "HMAC-SHA256 signature valid; scoring key \(result.scoringKeyVersion); audit log \(result.audit.lines) lines, last hash \(result.audit.lastHash.prefix(16))…",
                               judgementStatement: ReportCaveats.judgementStatement, cannotJudge: ReportCaveats.cannotJudge)
        report.profile = profile(result, cohort: cohort, translator: translator)
        report.profileOverall = result.profile.overall
        report.overallNote = ReportCaveats.overallStatement
        report.language = languageLabel(result.language)
        report.contentHashes = result.contentHashes ?? [:]
        if !result.complete { report.integrity = (report.integrity ?? "") + "; run NOT complete (stopped before the end)" }
        return report
    }

    /// The cohort page: every candidate with all profile parts and their percentile, and the judgement items hardest first.
    /// "nl (Nederlands)"; the code alone when it is not one of ours.
    static func languageLabel(_ code: String) -> String {
        Language(rawValue: code).map { "\(code) (\($0.displayName))" } ?? code
    }

    static func cohort(_ results: [ScreenResult], packID: String, verification: [String: String] = [:],
                       omissions: CohortOmissions = CohortOmissions()) -> ScreenCohortReport {
        let cohort = ScreenCohort(packID: packID, results: results)
        let rows = Dictionary(cohort.rows.map { ($0.candidateID, $0) }, uniquingKeysWith: { a, _ in a })
        var report = ScreenCohortReport(
            pack: packID, packTitle: packID,
            candidates: results.map { result in
                let status = [verification[result.candidateID], result.complete ? nil : "incomplete"].compactMap { $0 }.joined(separator: ", ")
                var candidate = ScreenCohortReport.Candidate(candidateID: result.candidateID, scores: scores(result.profile), flags: flags(result.profile),
                                                             parts: profile(result, cohort: cohort), percentile: rows[result.candidateID]?.percentile,
                                                             profileOverall: result.profile.overall, status: status.isEmpty ? nil : status)
                candidate.language = result.language
                return candidate
            },
            items: [],
            judgementItems: cohort.items.map {
                JudgementItemSummary(itemID: $0.itemID, keyBest: $0.keyBest, keyWorst: $0.keyWorst, shown: $0.presented,
                                     bestShare: $0.bestShare, worstShare: $0.worstShare, timedOut: $0.timedOut)
            },
            judgementStatement: ReportCaveats.judgementStatement, cannotJudge: ReportCaveats.cannotJudge)
        report.leftOut = omissions.leftOut.map { .init(candidateID: $0.candidateID, detail: "\($0.file): \($0.reason)") }
        report.inProgress = omissions.inProgress.map { .init(candidateID: $0.candidateID, detail: "\($0.progress); \($0.status)") }
        report.notes = cohort.contentNote.map { [$0] } ?? []
        report.overallNote = ReportCaveats.overallStatement
        return report
    }
}
