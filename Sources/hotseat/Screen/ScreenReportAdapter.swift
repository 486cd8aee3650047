import Foundation
import HotseatCore
import Reports
import Screening

/// Maps screen results onto the reports module's view models, so `hotseat report --format html`
/// uses the shared HTML renderer. A mapping only: every number comes from the signed result.
///
/// The reports module has the four rubric dimensions; responsiveness maps to speed and composure
/// under abuse to calm. Consistency and situational judgement are shown as items.
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

    static func candidate(_ result: ScreenResult, cohort: ScreenCohort) -> CandidateReport {
        var percentiles: [HotseatCore.Dimension: Double] = [:]
        for (part, dimension) in dimensionMap {
            percentiles[dimension] = cohort.percentile(of: result.candidateID, on: part)
        }
        var items = result.profile.parts.filter { $0.dimension == .consistency || $0.dimension == .judgement }.map { part in
            CandidateReport.Item(title: "\(part.dimension.title): \(part.score.map { String(Int($0.rounded())) } ?? "not measured")",
                                 prompt: part.basis,
                                 response: part.evidence.map { "\($0.whereSaid): \($0.quote) (\($0.note))" }.joined(separator: "\n"))
        }
        items += result.replies.map { reply in
            CandidateReport.Item(title: "\(reply.scenarioID), turn \(reply.turn)\(reply.abusiveBeat ? " (abusive customer)" : "")",
                                 prompt: reply.customerLine, response: reply.text,
                                 scores: Dictionary(uniqueKeysWithValues: reply.scores.compactMap { key, value in
                                     HotseatCore.Dimension(rawValue: key).map { ($0, value) } }),
                                 latency: reply.latency)
        }
        items += result.answers.map { answer in
            CandidateReport.Item(title: "Judgement item \(answer.itemID): \(answer.points >= 0 ? "+" : "")\(answer.points)",
                                 prompt: "key: best \(answer.keyBest), worst \(answer.keyWorst)",
                                 response: "best: \(answer.best ?? "–"), worst: \(answer.worst ?? "–")\(answer.timedOut ? " (timed out)" : "")",
                                 latency: answer.latency)
        }
        return CandidateReport(candidateID: result.candidateID, pack: result.packID, packTitle: "\(result.packID) v\(result.packVersion)",
                               date: Date(timeIntervalSince1970: result.endedAt), scores: scores(result.profile), percentiles: percentiles,
                               normGroup: "\(cohort.rows.count) candidates with a verified result on this pack",
                               flags: flags(result.profile), items: items,
                               integrity: "HMAC-SHA256 signature valid; scoring key \(result.scoringKeyVersion); audit log \(result.audit.lines) lines, last hash \(result.audit.lastHash.prefix(16))…",
                               judgementStatement: ReportCaveats.judgementStatement, cannotJudge: ReportCaveats.cannotJudge)
    }

    static func cohort(_ results: [ScreenResult], packID: String) -> ScreenCohortReport {
        ScreenCohortReport(pack: packID, packTitle: packID,
                           candidates: results.map { .init(candidateID: $0.candidateID, scores: scores($0.profile), flags: flags($0.profile)) },
                           items: [], judgementStatement: ReportCaveats.judgementStatement, cannotJudge: ReportCaveats.cannotJudge)
    }
}
