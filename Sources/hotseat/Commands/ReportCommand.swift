import ArgumentParser
import Foundation
import Reports
import Screening

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Hiring-screen reports: one candidate's profile, or a ranked cohort for a pack.",
        discussion: """
        Every result's signature is checked first (HOTSEAT_ORG_KEY_FILE); a result that fails is \
        left out of the cohort and named. Percentiles compare a candidate with the others who took \
        the same pack. Reports state that scores aid a person's judgement, and list what the \
        engine cannot judge.

          hotseat report --candidate c-017
          hotseat report --screen call-centre-basic
          hotseat report --screen call-centre-basic --format csv > cohort.csv
          hotseat report --candidate c-017 --format html > c-017.html
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, csv, html }

    @Option(help: "One candidate's report.")
    var candidate: String?

    @Option(help: "The cohort report for a screen pack.")
    var screen: String?

    @Option(help: "With --candidate: the pack (default: every pack the candidate took).")
    var pack: String?

    @Option(help: "Output format: text, csv (cohort only) or html (the reports module's renderer).")
    var format: Format = .text

    func validate() throws {
        guard (candidate == nil) != (screen == nil) else { throw ValidationError("give exactly one of --candidate ID or --screen PACK") }
    }

    func run() throws {
        let key = ScreenSupport.orgKey()
        let files = ScreenFiles(environment: ProcessInfo.processInfo.environment)
        if let screen {
            let (cohort, verification, rejected, results) = loadCohort(pack: screen, files: files, key: key)
            guard !cohort.rows.isEmpty || !rejected.isEmpty else { ScreenSupport.fail("no results for pack '\(screen)' in \(files.base.path)") }
            rejected.forEach { ScreenSupport.warn("left out \($0)") }
            switch format {
            case .csv: print(TextScreenReport.cohortCSV(cohort), terminator: "")
            case .text: print(TextScreenReport.cohort(cohort, verification: verification))
            case .html: print(ReportRenderer().render(screenCohort: ScreenReportAdapter.cohort(results, packID: screen), format: .html))
            }
            return
        }
        guard let candidate else { return }
        ScreenSupport.checkCandidate(candidate)
        guard format != .csv else { ScreenSupport.fail("--format csv is for --screen reports") }
        let packs = pack.map { [$0] } ?? files.packs(candidate: candidate)
        guard !packs.isEmpty else { ScreenSupport.fail("no screen results for candidate \(candidate) in \(files.base.path)") }
        var printed = 0
        for packID in packs {
            let url = files.result(candidate: candidate, pack: packID)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                if FileManager.default.fileExists(atPath: files.auditLog(candidate: candidate, pack: packID).path) {
                    ScreenSupport.warn("candidate \(candidate) has not finished '\(packID)': no signed result yet (continue with hotseat screen --candidate \(candidate) --pack \(packID) --resume)")
                } else {
                    ScreenSupport.warn("no result for candidate \(candidate) on '\(packID)'")
                }
                continue
            }
            switch ScreenVerifier.verify(resultData: data, resultPath: url.path, key: key) {
            case .failure(let failure):
                ScreenSupport.fail("the result \(url.path) fails verification: \(failure.reason); no report is shown for a changed result")
            case .success(let (result, _)):
                let (cohort, _, _, _) = loadCohort(pack: packID, files: files, key: key)
                if printed > 0 { print("\n") }
                if format == .html {
                    print(ReportRenderer().render(candidate: ScreenReportAdapter.candidate(result, cohort: cohort), format: .html))
                } else {
                    print(TextScreenReport.candidate(result, verification: "HMAC-SHA256 signature valid; audit log checked", cohort: cohort))
                }
                printed += 1
            }
        }
        if printed == 0 { throw ExitCode(1) }
    }

    /// Verified results only; the others are returned by name with the reason.
    private func loadCohort(pack: String, files: ScreenFiles, key: OrgKey) -> (ScreenCohort, [String: String], [String], [ScreenResult]) {
        var results: [ScreenResult] = []
        var verification: [String: String] = [:]
        var rejected: [String] = []
        for url in files.results(pack: pack) {
            guard let data = FileManager.default.contents(atPath: url.path) else { rejected.append("\(url.lastPathComponent): unreadable"); continue }
            switch ScreenVerifier.verify(resultData: data, resultPath: url.path, key: key) {
            case .failure(let failure): rejected.append("\(url.lastPathComponent): \(failure.reason)")
            case .success(let (result, _)):
                results.append(result)
                verification[result.candidateID] = "signed ✓"
            }
        }
        return (ScreenCohort(packID: pack, results: results), verification, rejected, results)
    }
}
