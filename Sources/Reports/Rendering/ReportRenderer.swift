/// The output formats every report comes in.
public enum ReportFormat: String, CaseIterable, Sendable {
    /// One self-contained page: inline CSS and SVG, no scripts, no network.
    case html
    /// Terminal tables and sparklines.
    case text
    /// One CSV table with a `section` column, for spreadsheets.
    case csv

    /// The usual file extension, for naming output files.
    public var fileExtension: String { rawValue == "text" ? "txt" : rawValue }
}

/// Turns report view models into HTML, text or CSV. Pure: no files, no terminal, no store.
///
/// ```swift
/// let renderer = ReportRenderer()
/// let html = renderer.render(session: report, format: .html)
/// try html.write(to: URL(fileURLWithPath: "scorecard.html"), atomically: true, encoding: .utf8)
/// ```
public struct ReportRenderer: Sendable {
    /// ANSI colour in text output; the caller decides (a TTY without NO_COLOR).
    public var colour: Bool

    public init(colour: Bool = false) { self.colour = colour }

    var style: TextStyle { TextStyle(colour: colour) }

    public func render(session report: SessionReport, format: ReportFormat) -> String {
        switch format {
        case .html: SessionHTML.render(report)
        case .text: SessionText.render(report, style: style)
        case .csv: CSVReports.session(report)
        }
    }

    public func render(progress report: TraineeProgressReport, format: ReportFormat) -> String {
        switch format {
        case .html: ProgressHTML.render(report)
        case .text: ProgressText.render(report, style: style)
        case .csv: CSVReports.progress(report)
        }
    }

    public func render(cohort report: CohortReport, format: ReportFormat) -> String {
        switch format {
        case .html: CohortHTML.render(report)
        case .text: GroupText.cohort(report, style: style)
        case .csv: CSVReports.cohort(report)
        }
    }

    /// For the hiring screens: one candidate. HTML unless another format is asked for.
    public func render(candidate report: CandidateReport, format: ReportFormat = .html) -> String {
        switch format {
        case .html: CandidateHTML.render(report)
        case .text: GroupText.candidate(report, style: style)
        case .csv: CSVReports.candidate(report)
        }
    }

    /// For the hiring screens: everyone who took one pack. HTML unless another format is asked for.
    public func render(screenCohort report: ScreenCohortReport, format: ReportFormat = .html) -> String {
        switch format {
        case .html: ScreenCohortHTML.render(report)
        case .text: GroupText.screen(report, style: style)
        case .csv: CSVReports.screen(report)
        }
    }
}
