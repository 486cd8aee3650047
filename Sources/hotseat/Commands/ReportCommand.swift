import ArgumentParser
import Foundation
import HotseatCore
import Reports
import Screening
import Store

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Reports as HTML, text or CSV: a session scorecard, a trainee's progress, a cohort dashboard, or hiring-screen reports.",
        discussion: """
        Training reports read the session store (--store):
          hotseat report 3f9a1c2e --format html -o scorecard.html    one session (id or a 4+ character prefix)
          hotseat report --trainee ingrid --format html -o ingrid.html
          hotseat report --cohort spring-2026 --format csv -o spring.csv
        A cohort is every trainee whose name starts with the cohort name and a slash: people who \
        play as "spring-2026/ingrid" belong to cohort spring-2026. HTML reports are single files \
        with no scripts and no network access: open, print or e-mail them as they are.

        Language (--lang en, nl or nb) is for the trainee's own reports: a session scorecard is in \
        the language the session was played in, a progress report follows LC_ALL, LC_MESSAGES or \
        LANG (else English); --lang chooses another. What was said (the customer's lines, the \
        replies, the coaching) stays as it was played. Cohort and hiring-screen reports are for \
        trainers and hiring managers and are in English. CSV keeps its English column names, \
        whatever the language, because other tools read them.
          hotseat report 3f9a1c2e --lang en -o card.html    a Dutch session, in English

        Hiring-screen reports:
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

    @Argument(help: "A stored session's id (or a unique prefix of 4+ characters): its scorecard.")
    var sessionID: String?

    @Option(help: "A trainee's progress report.")
    var trainee: String?

    @Option(help: "The dashboard for a cohort: trainees named COHORT/NAME.")
    var cohort: String?

    @Option(help: "One candidate's report.")
    var candidate: String?

    @Option(help: "The cohort report for a screen pack.")
    var screen: String?

    @Option(help: "With --candidate: the pack (default: every pack the candidate took).")
    var pack: String?

    @Option(help: "Output format: text, csv or html (default: from the -o file's extension, else text). For --candidate, csv has one row per profile part and per flag.")
    var format: Format?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(name: .long, help: "Colour in text reports: auto (only on a terminal, honours NO_COLOR), always or never.")
    var color: ColorMode = .auto

    @Option(name: .long, help: "Language of a session scorecard or --trainee progress report: en, nl or nb (default: the session's own language; for --trainee, from LC_ALL, LC_MESSAGES or LANG). Not for cohort or hiring-screen reports, which are in English; CSV column names stay English.")
    var lang: Language?

    @OptionGroup var storage: StoreOptions

    func validate() throws {
        let chosen = [sessionID, trainee, cohort, candidate, screen].compactMap { $0 }
        guard chosen.count == 1 else {
            throw ValidationError("give exactly one of SESSION-ID, --trainee NAME, --cohort NAME, --screen PACK or --candidate ID")
        }
        if lang != nil && sessionID == nil && trainee == nil {
            throw ValidationError("--lang is for a session scorecard or a --trainee progress report; cohort and hiring-screen reports are in English")
        }
    }

    /// The format asked for, else the one the output file's extension names, else text.
    var chosenFormat: Format {
        if let format { return format }
        switch output.map({ URL(fileURLWithPath: $0).pathExtension.lowercased() }) {
        case "html", "htm": return .html
        case "csv": return .csv
        default: return .text
        }
    }

    func run() throws {
        let sink = OutputSink(path: output)
        defer { sink.finish() }
        if sessionID != nil || trainee != nil || cohort != nil {
            try runTrainingReport(sink)
            return
        }
        let format = chosenFormat
        let key = ScreenSupport.orgKey(for: .report)
        let files = ScreenFiles(environment: ProcessInfo.processInfo.environment)
        if let screen {
            let (cohort, verification, omissions, results) = loadCohort(pack: screen, files: files, key: key)
            guard !cohort.rows.isEmpty || !omissions.isEmpty else { ScreenSupport.fail("no results for pack '\(screen)' in \(files.base.path)") }
            // Also on stderr, so a CSV piped into a spreadsheet still tells the person at the terminal.
            omissions.leftOut.forEach { ScreenSupport.warn("left out \($0.file): \($0.reason)") }
            switch format {
            case .csv: sink.emit(TextScreenReport.cohortCSV(cohort, verification: verification, omissions: omissions), terminator: "")
            case .text: sink.emit(TextScreenReport.cohort(cohort, verification: verification, omissions: omissions))
            case .html: sink.emit(ReportRenderer().render(screenCohort: ScreenReportAdapter.cohort(results, packID: screen, verification: verification, omissions: omissions), format: .html))
            }
            return
        }
        guard let candidate else { return }
        ScreenSupport.checkCandidate(candidate)
        let packs = pack.map { [$0] } ?? files.packs(candidate: candidate)
        guard !packs.isEmpty else { ScreenSupport.fail("no screen results for candidate \(candidate) in \(files.base.path)") }
        var printed = 0
        // What the judgement cards asked, read once for every pack's HTML page.
        lazy var items = ScreenLibrary.load(directory: ScreenSupport.screensDirectory).items
        for packID in packs {
            let url = files.result(candidate: candidate, pack: packID)
            guard let data = FileManager.default.contents(atPath: url.path) else {
                let log = files.auditLog(candidate: candidate, pack: packID)
                if FileManager.default.fileExists(atPath: log.path) {
                    // Where the run stands, as the cohort report lists it, so the manager knows what is missing.
                    let run = CohortOmissions.inProgress(candidateID: candidate, log: log, key: key)
                    let state = run.problem.map { "audit log does not verify: \($0)" } ?? (run.lastEvent == "suspended" ? "paused" : "started, not finished (running now, or stopped without a trace)")
                    ScreenSupport.warn("candidate \(candidate) has not finished '\(packID)': no signed result yet; \(run.progress), \(state) "
                                       + "(continue with hotseat screen --candidate \(candidate) --pack \(packID) --resume)")
                } else {
                    ScreenSupport.warn("no result for candidate \(candidate) on '\(packID)'")
                }
                continue
            }
            switch ScreenVerifier.verify(resultData: data, resultPath: url.path, key: key) {
            case .failure(let failure):
                ScreenSupport.fail("the result \(url.path) fails verification: \(failure.reason); no report is shown for a changed result")
            case .success(let (result, auditNote)):
                let (cohort, _, _, _) = loadCohort(pack: packID, files: files, key: key)
                if printed > 0 { sink.emit("\n") }
                // Says what was checked: a result copied without its log is signed, but its log was not read.
                let verification = "HMAC-SHA256 signature valid; audit log: \(auditNote)"
                // The explanations in the screen's language, as its judgement items are shown.
                let translator = StoredExplanations.translator(for: Language(rawValue: result.language) ?? .en)
                switch format {
                case .html:
                    let records = ScreenVerifier.replyRecords(of: result, resultPath: url.path, key: key)
                    sink.emit(ReportRenderer().render(candidate: ScreenReportAdapter.candidate(result, cohort: cohort, records: records, items: items, translator: translator),
                                                      format: .html))
                case .csv: sink.emit(TextScreenReport.candidateCSV(result, verification: verification, cohort: cohort, translator: translator), terminator: "")
                case .text: sink.emit(TextScreenReport.candidate(result, verification: verification, cohort: cohort, translator: translator))
                }
                printed += 1
            }
        }
        if printed == 0 { throw ExitCode(1) }
    }

    /// Verified results only; the others, and runs without a result yet, are returned as omissions
    /// so every report can name them.
    private func loadCohort(pack: String, files: ScreenFiles, key: OrgKey) -> (ScreenCohort, [String: String], CohortOmissions, [ScreenResult]) {
        var results: [ScreenResult] = []
        var verification: [String: String] = [:]
        var omissions = CohortOmissions()
        for url in files.results(pack: pack) {
            let candidate = String(url.lastPathComponent.dropLast(".result.json".count))
            guard let data = FileManager.default.contents(atPath: url.path) else {
                omissions.leftOut.append(.init(candidateID: candidate, file: url.lastPathComponent, reason: "the file cannot be read"))
                continue
            }
            switch ScreenVerifier.verify(resultData: data, resultPath: url.path, key: key) {
            case .failure(let failure):
                omissions.leftOut.append(.init(candidateID: candidate, file: url.lastPathComponent, reason: failure.reason))
            case .success(let (result, auditNote)):
                results.append(result)
                // Signed, but with its audit log missing the log was not checked: the ranking says so.
                verification[result.candidateID] = auditNote == ScreenVerifier.logNotFound ? "signed ✓, log missing" : "signed ✓"
            }
        }
        omissions.inProgress = files.unfinished(pack: pack).map { CohortOmissions.inProgress(candidateID: $0.candidateID, log: $0.log, key: key) }
        return (ScreenCohort(packID: pack, results: results), verification, omissions, results)
    }

    /// Session, trainee and cohort reports, read from the store.
    private func runTrainingReport(_ sink: OutputSink) throws {
        let store = try storage.open(.readOnly)
        let renderer = ReportRenderer(colour: chosenFormat == .text && output == nil && color.enabled())
        let format = ReportFormat(rawValue: chosenFormat.rawValue) ?? .text
        do {
            if let sessionID {
                let transcript = try store.transcript(sessionID)
                let language = lang ?? transcript.session.language
                let translator = StoredExplanations.translator(for: language)
                sink.emit(renderer.render(session: StoreReports.session(transcript, translator: translator, language: language), format: format),
                          terminator: "")
            } else if let trainee {
                let language = lang ?? .fromLocaleEnvironment()
                let report = try StoreReports.progress(trainee: trainee, in: store, scenarios: ProgressCommand.profiles(in: language),
                                                       language: language)
                guard !report.attempts.isEmpty else {
                    Console.error("no sessions for trainee '\(trainee)' in \(store.path) (names are exact; see hotseat history)")
                    throw ExitCode(1)
                }
                sink.emit(renderer.render(progress: report, format: format), terminator: "")
            } else if let cohort {
                let report = try StoreReports.cohort(cohort, in: store)
                guard !report.members.isEmpty else {
                    Console.error("no trainees in cohort '\(cohort)' in \(store.path): cohort members play as \"\(cohort)/NAME\" (hotseat play SCENARIO --trainee \(cohort)/ingrid)")
                    throw ExitCode(1)
                }
                sink.emit(renderer.render(cohort: report, format: format), terminator: "")
            }
        } catch let error as StoreError {
            Console.error(error.description)
            throw ExitCode(1)
        }
    }
}
