import HotseatCore

/// The facts at the top of a session scorecard, in the report's language: one list for the HTML
/// page and the text report, which differ only in how the overall score reads.
enum SessionFacts {
    static func rows(_ report: SessionReport, overall: String) -> [(String, String)] {
        let language = report.interfaceLanguage
        let words = ReportStrings(language), drill = words.drill
        var rows = [
            (words[.trainee], report.trainee),
            (words[.scenario], "\(report.scenarioTitle) (\(report.scenarioID))"),
            (drill[.chooseLanguage], report.language.displayName),
            (words[.date], Format.date(report.date)),
            (drill[.outcome], report.outcome.label(in: language)),
            (words[.finalMood], report.finalMood.map { words.format(.outOf100, Format.number($0)) } ?? "–"),
            (drill[.overall], overall),
        ]
        if let hints = report.hintsSummary { rows.append((words[.hintsUsed], hints)) }
        rows.append((words[.session], report.sessionID))
        return rows
    }
}
