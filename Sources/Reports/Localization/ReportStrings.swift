import HotseatCore

/// The words of the trainee-facing reports (session scorecard, progress) in English, Dutch and
/// Norwegian Bokmål. Cohort and hiring-screen reports are read by trainers and hiring managers and
/// stay English; they use the `.en` strings.
///
/// Words the drill already says (dimension and band names, "Overall", "not measured", "Turn 3")
/// come from the drill's ``Localizer``, so a trainee reads the same words in the drill and in the
/// report. Placeholders are `{0}`, `{1}`, … as there, so translators can reorder them.
///
/// ```swift
/// let words = ReportStrings(.nl)
/// words[.conversation]                  // "Gesprek"
/// words.format(.repliedAfterReading, "12.4 s")  // "antwoordde 12.4 s na het lezen"
/// ```
struct ReportStrings: TranslatedTexts, Sendable {
    let language: Language

    init(_ language: Language) { self.language = language }

    enum Key: String, CaseIterable, Sendable {
        // Shared by the scorecard and the progress report (and, in English, the trainer reports)
        case trainee, scenario, date, session, finalMood, hintsUsed, outOf100, countOf, pageFooter
        case dimensionHeader, scoreHeader, bandHeader
        case outcomeResolved, outcomeWalkedOut, outcomeManager, outcomeTurnLimit, outcomeUnfinished
        case noReply, evidenceMissing, evidenceWholeReply, sharedBy, and, notesLabel, legendLabel
        case underlineSolid, underlineDashed, underlineDotted, underlineDouble
        // Charts
        case noData, noDataSummary, barSummary, radarSummary, lineNoData, lineOnePoint, lineRange, lineSummary
        // Session scorecard
        case scorecardHeading, scorecardPageTitle, running, runningScoresHeading, runningNoteOne, runningNoteMany
        case chartScoresByDimension, chartBalance, scoresByDimension
        case mood, moodScale, moodHeading, moodChartTitle, moodXAxis
        case conversation, markedWordsHelp, noTurns, latencyNotMeasured, repliedAfterReading, moodAfter, thisReply
        case coachingHeading, noCoaching
        // Progress report
        case progressHeading, progressPageTitle, attempts, attemptsCount, scenariosPlayed, attemptsResolved, period
        case next, reasonAims, reasonWeakest, reasonLastScore, reasonNew, reasonReview, reasonTrains
        case trendsHeading, trendsHeadingText, latest, trendChartTitle, attemptAxis, scoreAxis
        case noAttemptsText, noAttemptsHTML, scenarios, noScenarios, bestOverall, everResolved, yes, notYet
    }

    /// Every key's text, gathered from the tables of each part (see the `ReportStrings+…` files).
    static let table: [Key: [Language: String]] = shared.merging(charts) { first, _ in first }
        .merging(scorecard) { first, _ in first }
        .merging(progress) { first, _ in first }

    /// The text as HTML, escaped, with `{0}`, `{1}`, … replaced by `markup` that is HTML already.
    func html(_ key: Key, _ markup: String...) -> String {
        Placeholders.fill(Escape.html(self[key]), with: markup)
    }

    /// The drill's words in this language.
    var drill: Localizer { Localizer(language) }

    /// "Eigenaarschap", as headings and legends name a dimension.
    func name(of dimension: Dimension) -> String { drill.name(of: dimension) }

    /// "in ontwikkeling", as a band reads inside a line ("72 goed").
    func name(of band: Band) -> String { drill.name(of: band) }

    /// "In ontwikkeling", as a band reads on its own (a table cell, a chart label).
    func label(of band: Band) -> String { name(of: band).capitalizingFirstLetter() }

    func label(of outcome: SessionOutcome) -> String {
        switch outcome {
        case .resolved: self[.outcomeResolved]
        case .walkedOut: self[.outcomeWalkedOut]
        case .manager: self[.outcomeManager]
        case .turnLimit: self[.outcomeTurnLimit]
        case .unfinished: self[.outcomeUnfinished]
        }
    }

    /// "solid underline": how the report marks a dimension's evidence, for the legend.
    func underline(_ style: String) -> String {
        switch style {
        case "dashed": self[.underlineDashed]
        case "dotted": self[.underlineDotted]
        case "double": self[.underlineDouble]
        default: self[.underlineSolid]
        }
    }

    /// Text columns are padded to the longest dimension name, at least 10 wide as they always were:
    /// "Eigenaarschap" is longer than the English names.
    var dimensionColumnWidth: Int { max(10, (Dimension.allCases.map { name(of: $0).count }.max() ?? 0) + 1) }
}

extension String {
    func capitalizingFirstLetter() -> String { prefix(1).uppercased() + dropFirst() }
}
