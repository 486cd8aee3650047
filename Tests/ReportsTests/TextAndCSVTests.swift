import Testing
import HotseatCore
@testable import Reports

@Suite struct TextAndCSVTests {
    @Test func sessionTextHasTheSameContentAsTheHTML() {
        let text = ReportRenderer().render(session: Fixtures.session, format: .text)
        #expect(text.contains("Session scorecard: Stuck on the chairlift"))
        #expect(text.contains("Empathy"))
        #expect(text.contains("82 excellent"))
        #expect(text.contains(TerminalSparkline.render(Fixtures.session.moodSeries.map { $0 })))
        #expect(text.contains("70 → 58 → 36 → 28"))
        #expect(text.contains("I'm [so sorry]{E1} you were [stuck in the cold for an hour]{O2}, [that sounds awful]{E3}."))
        #expect(text.contains("O4 Ownership −6 (missing): No concrete remedy offered yet"))
        #expect(text.contains("replied in 12.4 s after reading"))
        #expect(text.contains("Explain the cause without blaming anyone."))
        #expect(!text.contains("\u{1B}"), "no colour unless asked")
    }

    @Test func colourIsOptional() {
        let text = ReportRenderer(colour: true).render(session: Fixtures.session, format: .text)
        #expect(text.contains("\u{1B}[1m"))
    }

    @Test func progressTextShowsTrendsAndTheNextStep() {
        let text = ReportRenderer().render(progress: Fixtures.progress(attempts: 100), format: .text)
        #expect(text.contains("Next: No bed at midnight"))
        let empathyLine = text.split(separator: "\n").first { $0.hasPrefix("Empathy ") }
        #expect(empathyLine?.contains("▃") == true && empathyLine?.contains("█") == true)
        #expect(text.contains("\n100  "))
    }

    @Test func emptyProgressSaysSo() {
        let text = ReportRenderer().render(progress: TraineeProgressReport(trainee: "New", attempts: [], completed: [], recommendation: nil), format: .text)
        #expect(text.contains("No data yet"))
        #expect(text.contains("No attempts yet"))
    }

    @Test func cohortAndScreenText() {
        let cohort = ReportRenderer().render(cohort: Fixtures.cohort, format: .text)
        #expect(cohort.contains("Ranking"))
        #expect(cohort.contains("Where the cohort is weakest"))
        #expect(cohort.contains("Lost bag <again>"), "text reports show text as typed")
        let screen = ReportRenderer().render(screenCohort: Fixtures.screen, format: .text)
        #expect(screen.contains("Scores are an aid, not a decision."))
        #expect(screen.contains("What the engine cannot judge"))
        #expect(screen.contains("⚑ gamed"))
        #expect(!screen.contains("Repeats stock apology phrases"), "the ranking shows flag codes; messages are in the candidate report")
    }

    @Test(arguments: ["session", "progress", "cohort", "candidate", "screen"])
    func csvIsRectangular(_ kind: String) throws {
        let r = ReportRenderer()
        let csv = switch kind {
        case "session": r.render(session: Fixtures.session, format: .csv)
        case "progress": r.render(progress: Fixtures.progress(attempts: 5), format: .csv)
        case "cohort": r.render(cohort: Fixtures.cohort, format: .csv)
        case "candidate": r.render(candidate: Fixtures.candidate, format: .csv)
        default: r.render(screenCohort: Fixtures.screen, format: .csv)
        }
        let rows = CSVParser.parse(csv)
        let header = try #require(rows.first)
        #expect(header.first == "section")
        #expect(rows.count > 2)
        for row in rows { #expect(row.count == header.count, "\(kind): ragged row \(row)") }
    }

    @Test func sessionCSVCarriesTurnsEvidenceAndCoaching() throws {
        let rows = CSVParser.parse(ReportRenderer().render(session: Fixtures.session, format: .csv))
        let header = rows[0]
        let section = try #require(header.firstIndex(of: "section"))
        #expect(rows.filter { $0[section] == "turn" }.count == 3)
        #expect(rows.filter { $0[section] == "coaching" }.count == 2)
        let evidence = try #require(header.firstIndex(of: "evidence"))
        #expect(rows[1...].contains { $0[evidence].contains("empathy.apology +12 \"so sorry\": Apologises sincerely") })
        let latency = try #require(header.firstIndex(of: "latency_s"))
        #expect(rows.contains { $0[latency] == "12.4" })
    }
}

@Suite struct EvidenceLayoutTests {
    @Test func overlappingSpansSplitIntoRuns() {
        let reply = "abcdef"
        let layout = EvidenceLayout(reply: reply, evidence: [
            Evidence(rule: "r1", dimension: .empathy, start: 0, end: 4, text: "abcd", points: 1, explanation: "x"),
            Evidence(rule: "r2", dimension: .calm, start: 2, end: 6, text: "cdef", points: 1, explanation: "y"),
        ])
        #expect(layout.runs.map(\.text) == ["ab", "cd", "ef"])
        #expect(layout.runs.map { $0.covering.map(\.number) } == [[1], [1, 2], [2]])
        #expect(layout.runs.map { $0.ending.map(\.number) } == [[], [1], [2]])
    }

    @Test func offsetsAreUnicodeScalarsAndOutOfRangeIsClamped() {
        // "👍🏽" is two scalars and one Character: offsets count scalars.
        let reply = "👍🏽 thanks"
        let layout = EvidenceLayout(reply: reply, evidence: [
            Evidence(rule: "r", dimension: .empathy, start: 3, end: 9, text: "thanks", points: 1, explanation: "x"),
            Evidence(rule: "bad", dimension: .calm, start: 7, end: 500, text: "", points: 1, explanation: "y"),
            Evidence(rule: "negative", dimension: .speed, start: -4, end: -1, text: "", points: 1, explanation: "z"),
        ])
        #expect(layout.runs.map(\.text).joined() == reply)
        #expect(layout.runs.contains { $0.text == "than" && $0.covering.count == 1 })
        #expect(layout.runs.contains { $0.text == "ks" && $0.covering.count == 2 })
        #expect(layout.notes.first { $0.evidence.rule == "negative" }?.located == false)
    }
}

@Suite struct UnlocatedEvidenceTests {
    @Test func evidenceWithoutWordsSaysWhetherSomethingWasMissing() {
        let gain = Evidence(rule: "speed.latency", dimension: .speed, start: 0, end: 0, text: "", points: 100, explanation: "answered fast")
        let loss = Evidence(rule: "ownership.none", dimension: .ownership, start: 0, end: 0, text: "", points: -5, explanation: "no remedy")
        let text = SessionText.notes("Hello", evidence: [gain, loss], style: TextStyle(colour: false))
        #expect(text.contains("S1 Speed +100 (whole reply): answered fast"))
        #expect(text.contains("O2 Ownership −5 (missing): no remedy"))
    }
}
