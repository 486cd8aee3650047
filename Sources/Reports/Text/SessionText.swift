import HotseatCore

/// The session scorecard for a terminal: the same content as the HTML page, with bars and sparklines.
enum SessionText {
    static func render(_ report: SessionReport, style: TextStyle) -> String {
        var out = style.bold("Session scorecard: \(Escape.terminal(report.scenarioTitle))") + "\n\n"
        var meta = [
            ("Trainee", report.trainee),
            ("Scenario", "\(report.scenarioTitle) (\(report.scenarioID))"),
            ("Language", report.language.displayName),
            ("Date", Format.date(report.date)),
            ("Outcome", report.outcome.label),
            ("Final mood", report.finalMood.map { "\(Format.number($0)) of 100" } ?? "–"),
            ("Overall", TextTable.score(report.overall) + (report.scoresAreRunning ? " (running, not finished)" : "")),
        ]
        if let hints = report.hintsSummary { meta.append(("Hints used", hints)) }
        meta.append(("Session", report.sessionID))
        out += TextTable.meta(meta)
        out += style.heading(report.scoresAreRunning ? "Running scores (not finished)" : "Scores")
        if report.scoresAreRunning { out += Escape.terminal(report.runningNote) + "\n" }
        out += scoreBars(report.scores, style: style)
        out += style.heading("Customer mood (0 calm … 100 furious)")
        out += report.moodSeries.isEmpty ? "No data yet\n"
            : "\(TerminalSparkline.render(report.moodSeries.map { $0 }))  " + report.moodSeries.map { Format.number($0) }.joined(separator: " → ") + "\n"
        out += style.heading("Conversation")
        if report.turns.isEmpty { out += "No replies were recorded in this session.\n" }
        for turn in report.turns {
            var facts = turn.latency == nil ? "reply time not measured" : "replied in \(Format.seconds(turn.latency)) after reading"
            if let mood = turn.moodAfter { facts += " · mood after: \(Format.number(mood))" }
            out += "\n" + style.bold("Turn \(turn.number)") + "  " + style.dim(facts) + "\n"
            out += "  Customer: \(Escape.terminal(turn.customerLine))\n"
            out += "  \(Escape.terminal(report.trainee)): " + markedReply(turn.reply, evidence: turn.evidence, style: style) + "\n"
            if !turn.scores.isEmpty {
                out += "  " + style.dim("This reply: " + Dimension.allCases.compactMap { d in turn.scores[d].map { "\(d.label) \(Format.score($0))" } }.joined(separator: " · ")) + "\n"
            }
            for flag in turn.flags { out += "  ⚑ \(Escape.terminal(flag.message)) (\(Escape.terminal(flag.code)))\n" }
            out += notes(turn.reply, evidence: turn.evidence, style: style)
        }
        if let ending = report.endingLine { out += "\n  Customer: \(Escape.terminal(ending))\n" }
        out += style.heading("Coaching points")
        out += coaching(report.coaching, style: style)
        return out
    }

    /// "Empathy    ██████████████░░░░░░  72 good", one line per dimension, bar width 20 = 100.
    static func scoreBars(_ scores: [Dimension: Double], style: TextStyle) -> String {
        Dimension.allCases.map { d in
            let name = d.label.padding(toLength: 10, withPad: " ", startingAt: 0)
            guard let value = scores[d], value.isFinite else { return "\(name) \(String(repeating: "·", count: 20))  not measured" }
            let filled = Int((min(max(value, 0), 100) / 5).rounded())
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 20 - filled)
            return "\(style.dimension(name, d)) \(style.dimension(bar, d))  \(TextTable.score(value))"
        }.joined(separator: "\n") + "\n"
    }

    /// The reply with each evidence span in brackets followed by its reference: `[so sorry]{E1}`.
    /// Words several notes claim form their own segment naming all of them, so every note's
    /// words stay readable: `[I'll ]{O4}[put]{O4,O5}[ it right]{O5}`.
    static func markedReply(_ reply: String, evidence: [Evidence], style: TextStyle) -> String {
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
        return out.isEmpty ? "(no reply)" : out
    }

    static func notes(_ reply: String, evidence: [Evidence], style: TextStyle) -> String {
        EvidenceLayout(reply: reply, evidence: evidence).notes.map { note in
            let e = note.evidence
            let quote = note.located ? (e.text.isEmpty ? "" : " “\(Escape.terminal(e.text))”") : " (\(EvidenceLayout.unlocatedLabel(e)))"
            return "    " + style.dimension(EvidenceLayout.reference(note), e.dimension)
                + " \(e.dimension.label) \(Format.signedPoints(e.points))\(quote): \(Escape.terminal(e.explanation)) [\(Escape.terminal(e.rule))]\n"
        }.joined()
    }

    static func coaching(_ tips: [CoachingTip], style: TextStyle) -> String {
        guard !tips.isEmpty else { return "No coaching points: nothing stood out to work on.\n" }
        return tips.map { tip in
            var line = "• " + style.dimension(tip.dimension.label, tip.dimension) + ": " + Escape.terminal(tip.message)
            if let quote = tip.quote, !quote.isEmpty { line += " “\(Escape.terminal(quote))”" }
            return line + "\n  " + style.dim(Escape.terminal(tip.principle)) + "\n"
        }.joined()
    }
}
