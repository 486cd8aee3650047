import HotseatCore

/// The session scorecard for a terminal: the same content as the HTML page, with bars and sparklines.
enum SessionText {
    static func render(_ report: SessionReport, style: TextStyle) -> String {
        let language = report.interfaceLanguage
        let words = ReportStrings(language), drill = words.drill
        var out = style.bold(words.format(.scorecardHeading, Escape.terminal(report.scenarioTitle))) + "\n\n"
        let overall = TextTable.score(report.overall, language: language) + (report.scoresAreRunning ? " (\(words[.running]))" : "")
        out += TextTable.meta(SessionFacts.rows(report, overall: overall))
        out += style.heading(report.scoresAreRunning ? words[.runningScoresHeading] : drill[.showScores])
        if report.scoresAreRunning { out += Escape.terminal(report.runningNote) + "\n" }
        out += scoreBars(report.scores, style: style, language: language)
        out += style.heading("\(words[.moodHeading]) (\(words[.moodScale]))")
        out += report.moodSeries.isEmpty ? words[.noData] + "\n"
            : "\(TerminalSparkline.render(report.moodSeries.map { $0 }))  " + report.moodSeries.map { Format.number($0) }.joined(separator: " → ") + "\n"
        out += style.heading(words[.conversation])
        if report.turns.isEmpty { out += words[.noTurns] + "\n" }
        let customer = drill[.showCustomer]
        for turn in report.turns {
            var facts = turn.latency == nil ? words[.latencyNotMeasured] : words.format(.repliedAfterReading, Format.seconds(turn.latency))
            if let mood = turn.moodAfter { facts += " · " + words.format(.moodAfter, Format.number(mood)) }
            out += "\n" + style.bold(drill.format(.showTurn, turn.number)) + "  " + style.dim(facts) + "\n"
            out += "  \(customer): \(Escape.terminal(turn.customerLine))\n"
            out += "  \(Escape.terminal(report.trainee)): " + markedReply(turn.reply, evidence: turn.evidence, style: style, language: language) + "\n"
            if !turn.scores.isEmpty {
                let scores = Dimension.allCases.compactMap { d in turn.scores[d].map { "\(words.name(of: d)) \(Format.score($0))" } }
                out += "  " + style.dim(words.format(.thisReply, scores.joined(separator: " · "))) + "\n"
            }
            for flag in turn.flags { out += "  ⚑ \(Escape.terminal(flag.message)) (\(Escape.terminal(flag.code)))\n" }
            out += notes(turn.reply, evidence: turn.evidence, style: style, language: language)
        }
        if let ending = report.endingLine { out += "\n  \(customer): \(Escape.terminal(ending))\n" }
        out += style.heading(words[.coachingHeading])
        out += coaching(report.coaching, style: style, language: language)
        return out
    }

    /// "Empathy    ██████████████░░░░░░  72 good", one line per dimension, bar width 20 = 100.
    static func scoreBars(_ scores: [Dimension: Double], style: TextStyle, language: Language = .en) -> String {
        let words = ReportStrings(language)
        return Dimension.allCases.map { d in
            let name = words.name(of: d).padding(toLength: words.dimensionColumnWidth, withPad: " ", startingAt: 0)
            guard let value = scores[d], value.isFinite else { return "\(name) \(String(repeating: "·", count: 20))  \(words.drill[.notMeasured])" }
            let filled = Int((min(max(value, 0), 100) / 5).rounded())
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 20 - filled)
            return "\(style.dimension(name, d)) \(style.dimension(bar, d))  \(TextTable.score(value, language: language))"
        }.joined(separator: "\n") + "\n"
    }

    /// The reply with each evidence span in brackets followed by its reference: `[so sorry]{E1}`.
    /// Words several notes claim form their own segment naming all of them, so every note's
    /// words stay readable: `[I'll ]{O4}[put]{O4,O5}[ it right]{O5}`.
    static func markedReply(_ reply: String, evidence: [Evidence], style: TextStyle, language: Language = .en) -> String {
        let layout = EvidenceLayout(reply: reply, evidence: evidence)
        // Runs are split at every span edge, so two neighbours never carry the same notes.
        let segments = layout.runs.map { (text: $0.text, covering: $0.covering) }
        var out = ""
        for segment in segments {
            guard !segment.covering.isEmpty else { out += Escape.terminal(segment.text); continue }
            out += "[" + Escape.terminal(segment.text) + "]"
            if segment.covering.count == 1, let note = segment.covering.first {
                out += style.dimension("{\(EvidenceLayout.reference(note))}", note.evidence.dimension)
            } else {
                out += "{" + segment.covering.map { style.dimension(EvidenceLayout.reference($0), $0.evidence.dimension) }.joined(separator: ",") + "}"
            }
        }
        return out.isEmpty ? ReportStrings(language)[.noReply] : out
    }

    static func notes(_ reply: String, evidence: [Evidence], style: TextStyle, language: Language = .en) -> String {
        EvidenceLayout(reply: reply, evidence: evidence).notes.map { note in
            let e = note.evidence
            let quote = note.located ? (e.text.isEmpty ? "" : " “\(Escape.terminal(e.text))”") : " (\(EvidenceLayout.unlocatedLabel(e, language: language)))"
            return "    " + style.dimension(EvidenceLayout.reference(note), e.dimension)
                + " \(e.dimension.label(in: language)) \(Format.signedPoints(e.points))\(quote): \(Escape.terminal(e.explanation)) [\(Escape.terminal(e.rule))]\n"
        }.joined()
    }

    static func coaching(_ tips: [CoachingTip], style: TextStyle, language: Language) -> String {
        guard !tips.isEmpty else { return ReportStrings(language)[.noCoaching] + "\n" }
        return tips.map { tip in
            var line = "• " + style.dimension(tip.dimension.label(in: language), tip.dimension) + ": " + Escape.terminal(tip.message)
            if let quote = tip.quote, !quote.isEmpty { line += " “\(Escape.terminal(quote))”" }
            return line + "\n  " + style.dim(Escape.terminal(tip.principle)) + "\n"
        }.joined()
    }
}
