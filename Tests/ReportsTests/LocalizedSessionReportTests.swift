import Foundation
import HotseatCore
import Testing
@testable import Reports

/// A session scorecard in Dutch or Norwegian: every heading and label in that language, and no
/// English left over around the trainee's own words.
@Suite struct LocalizedSessionReportTests {
    /// What a played session holds, in its language: the customer's lines, the replies, and the
    /// explanations and coaching as the store adapter hands them over (already translated).
    struct Content {
        var title: String, customer: [String], replies: [String], apology: String, ownFault: String
        var explanations: (apology: String, own: String, missing: String, fast: String)
        var coaching: (message: String, principle: String), ending: String, flag: String
    }

    static let dutch = Content(
        title: "Vast in de stoeltjeslift",
        customer: ["Een UUR in de kou!", "En wat gaan jullie daaraan doen?"],
        replies: ["Het spijt me echt, dat is onze fout.", "Ik betaal de pas nu terug."],
        apology: "Het spijt me", ownFault: "dat is onze fout",
        explanations: ("een oprecht excuus", "neemt het probleem op zich", "geen concrete oplossing", "geantwoord na 12 s"),
        coaching: ("Bied de oplossing in je eerste antwoord aan.", "Lewicki e.a. 2016"), ending: "Oké, bedankt.",
        flag: "het antwoord herhaalt zichzelf")

    static let norwegian = Content(
        title: "Fast i stolheisen",
        customer: ["En TIME i kulda!", "Og hva har dere tenkt å gjøre med det?"],
        replies: ["Jeg beklager virkelig, det er vår feil.", "Jeg refunderer kortet nå."],
        apology: "Jeg beklager", ownFault: "det er vår feil",
        explanations: ("en oppriktig unnskyldning", "tar problemet på seg", "ingen konkret løsning", "svarte etter 12 s"),
        coaching: ("Tilby løsningen i det første svaret.", "Lewicki mfl. 2016"), ending: "Greit, takk.",
        flag: "svaret gjentar seg selv")

    static func session(_ c: Content, language: Language, interfaceLanguage: Language? = nil) -> SessionReport {
        let first = c.replies[0]
        // The apology and the ownership overlap by one word, so one segment is shared by two notes.
        let apology = Fixtures.evidence(in: first, c.apology, rule: "empathy.apology", .empathy, points: 12, explanation: c.explanations.apology)
        var own = Fixtures.evidence(in: first, c.ownFault, rule: "ownership.take", .ownership, points: 20, explanation: c.explanations.own)
        own.start = apology.end - 2
        return SessionReport(
            sessionID: "s-0002", trainee: "Ada", scenarioID: "ski-lift", scenarioTitle: c.title, language: language, date: Fixtures.date,
            outcome: .resolved, finalMood: 22, scores: [.empathy: 82, .ownership: 55, .calm: 70], moodSeries: [70, 48, 22],
            turns: [
                .init(number: 1, customerLine: c.customer[0], reply: first,
                      evidence: [apology, own,
                                 Evidence(rule: "ownership.no-remedy", dimension: .ownership, start: 0, end: 0, text: "", points: -6, explanation: c.explanations.missing),
                                 Evidence(rule: "speed.latency", dimension: .speed, start: 0, end: 0, text: "", points: 90, explanation: c.explanations.fast)],
                      latency: 12.4, scores: [.empathy: 88, .ownership: 45, .speed: 70, .calm: 92], moodAfter: 48,
                      flags: [ScoreFlag(code: "repetitive", message: c.flag)]),
                .init(number: 2, customerLine: c.customer[1], reply: c.replies[1], latency: nil,
                      scores: [.empathy: 60, .ownership: 90, .calm: 90], moodAfter: 22),
            ],
            coaching: [CoachingTip(dimension: .ownership, message: c.coaching.message, principle: c.coaching.principle)],
            endingLine: c.ending, hints: HintUsage(count: 1, penalty: 5), interfaceLanguage: interfaceLanguage)
    }

    /// English chrome that must not be left in a Dutch or Norwegian scorecard (case-sensitive, so
    /// the lower-case CSS classes such as `ev-calm` do not count).
    static let englishChrome = [
        "Session scorecard", "Hotseat scorecard", "Trainee", "Language", "Date", "Outcome", "Final mood", "of 100", "Overall",
        "Hints used", "on the overall", "Session", "Customer", "Conversation", "Turn ", "This reply", "replied in", "after reading", "Coaching points",
        "reply time not measured", "mood after", "not measured", "Empathy", "Ownership", "Speed", "Calm",
        "Resolved", "Excellent", "excellent", "Developing", "developing", "Good", "good", "(missing)", "(whole reply)", "Shared by",
        "No data", "Balance across", "by dimension", "with bands", "Dimension", "Band", "Mood", "furious", "Marked words", "Hover",
        "Why this reply", "How evidence is marked", "underline", "lowest", "highest", "Made by Hotseat", "Scores out of",
    ]

    /// The page without its `<head>`: the stylesheet's font names are not the report's words.
    static func body(_ html: String) -> String { String(html[html.range(of: "<body>")!.lowerBound...]) }

    static func expectNoEnglishChrome(_ output: String, _ language: Language, _ format: String) {
        // Dutch writes "Scores" too; Norwegian writes "Skårer".
        let chrome = Self.englishChrome + (language == .nb ? ["Scores"] : [])
        for english in chrome {
            #expect(!output.contains(english), "English \"\(english)\" in the \(language) \(format) scorecard")
        }
    }

    @Test func aDutchScorecardAsText() {
        let text = ReportRenderer().render(session: Self.session(Self.dutch, language: .nl), format: .text)
        for dutch in ["Scorekaart: Vast in de stoeltjeslift", "Cursist:        Ada", "Taal:           Nederlands", "Datum:", "Afloop:         Opgelost",
                      "Eindstemming:   22 van 100", "Totaal:         69 goed", "Hints gebruikt: 1 (−5 van het totaal)", "Sessie:", "\nScores\n",
                      "Empathie       ████████████████░░░░  82 uitstekend", "Snelheid       ····················  niet gemeten",
                      "Stemming van de klant (0 kalm … 100 woedend)", "Gesprek", "Beurt 1  antwoordde 12.4 s na het lezen · stemming daarna: 48",
                      "Beurt 2  reactietijd niet gemeten", "  Klant: Een UUR in de kou!", "Dit antwoord: Empathie 88 · Eigenaarschap 45",
                      "O3 Eigenaarschap −6 (ontbreekt): geen concrete oplossing", "S4 Snelheid +90 (hele antwoord): geantwoord na 12 s",
                      "⚑ het antwoord herhaalt zichzelf (repetitive)", "  Klant: Oké, bedankt.", "Coachingpunten", "• Eigenaarschap: Bied de oplossing"] {
            #expect(text.contains(dutch), "missing \"\(dutch)\" in\n\(text)")
        }
        Self.expectNoEnglishChrome(text, .nl, "text")
    }

    @Test func aDutchScorecardAsHTML() {
        let html = ReportRenderer().render(session: Self.session(Self.dutch, language: .nl), format: .html)
        #expect(html.contains("<html lang=\"nl\">"))
        #expect(html.contains("<title>Hotseat-scorekaart: Ada, Vast in de stoeltjeslift</title>"))
        for dutch in ["<h1>Scorekaart: Vast in de stoeltjeslift</h1>", "<dt>Cursist</dt>", "<dt>Afloop</dt><dd>Opgelost</dd>",
                      "<dt>Totaal</dt><dd>69 (Goed)</dd>", "<dt>Hints gebruikt</dt>", "Scores per vaardigheid, met niveaus",
                      "Balans tussen de vier vaardigheden", "<th scope=\"col\">Vaardigheid</th>", "<th scope=\"col\">Niveau</th>",
                      "<td>Uitstekend</td>", "<td>niet gemeten</td>", "<h2 id=\"mood-h\">Stemming van de klant</h2>",
                      "Beurt (0 = voor je eerste antwoord)", "Stemming: 0 kalm … 100 woedend", "Stemming: 70, 48, 22 (laagste 22, hoogste 70).",
                      "<h2 id=\"transcript\">Gesprek</h2>", "Gemarkeerde woorden", "(doorgetrokken onderstreping)",
                      "aria-label=\"Hoe de onderbouwing is gemarkeerd\"", "<h3 id=\"turn-1-h\">Beurt 1</h3>", "antwoordde 12.4 s na het lezen",
                      "<span class=\"who\">Klant</span>", "Dit antwoord: Empathie 88", "title=\"Gedeeld door E1 en O2:",
                      "aria-label=\"Waarom dit antwoord deze score kreeg\"", "(ontbreekt)", "<h2 id=\"coaching\">Coachingpunten</h2>",
                      "<strong>Eigenaarschap:</strong>", "Gemaakt met Hotseat."] {
            #expect(html.contains(dutch), "missing \"\(dutch)\"")
        }
        #expect(html.contains("<p class=\"line reply\" lang=\"nl\">"), "the transcript keeps the session's language")
        Self.expectNoEnglishChrome(Self.body(html), .nl, "HTML")
    }

    @Test func aNorwegianScorecardAsTextAndHTML() {
        let report = Self.session(Self.norwegian, language: .nb)
        let text = ReportRenderer().render(session: report, format: .text)
        for norwegian in ["Resultatkort: Fast i stolheisen", "Deltaker:", "Språk:           Norsk bokmål", "Utfall:          Løst",
                          "Humør til slutt: 22 av 100", "Hint brukt:      1 (−5 av totalen)", "Økt:", "\nSkårer\n", "Eierskap   ",
                          "Fart       ····················  ikke målt", "Kundens humør (0 rolig … 100 rasende)", "Samtale",
                          "Svar 1  brukte 12.4 s etter å ha lest · humør etterpå: 48", "svartid ikke målt", "  Kunde: En TIME i kulda!",
                          "Dette svaret: Empati 88", "(mangler)", "(hele svaret)", "Veiledning", "• Eierskap: Tilby løsningen"] {
            #expect(text.contains(norwegian), "missing \"\(norwegian)\" in\n\(text)")
        }
        Self.expectNoEnglishChrome(text, .nb, "text")

        let html = ReportRenderer().render(session: report, format: .html)
        #expect(html.contains("<html lang=\"nb\">"))
        for norwegian in ["<h1>Resultatkort: Fast i stolheisen</h1>", "<dt>Humør til slutt</dt><dd>22 av 100</dd>", "Skårer per ferdighet, med nivåer",
                          "Balansen mellom de fire ferdighetene", "<th scope=\"col\">Ferdighet</th>", "<th scope=\"col\" class=\"num\">Skår</th>",
                          "<td>Utmerket</td>", "<td>ikke målt</td>", "Kundens humør gjennom samtalen", "Svar (0 = før ditt første svar)",
                          "title=\"Delt av E1 og O2:", "(heltrukken understreking)", "<h2 id=\"coaching\">Veiledning</h2>", "Laget med Hotseat."] {
            #expect(html.contains(norwegian), "missing \"\(norwegian)\"")
        }
        Self.expectNoEnglishChrome(Self.body(html), .nb, "HTML")
    }

    @Test func theReportIsInTheSessionsLanguageUnlessAnotherIsAsked() {
        #expect(Self.session(Self.dutch, language: .nl).interfaceLanguage == .nl)
        let english = Self.session(Self.dutch, language: .nl, interfaceLanguage: .en)
        let text = ReportRenderer().render(session: english, format: .text)
        #expect(text.hasPrefix("Session scorecard: Vast in de stoeltjeslift"))
        #expect(text.contains("Language:   Nederlands"))
        #expect(text.contains("Turn 1  replied in 12.4 s after reading"))
        #expect(!text.contains("Scorekaart") && !text.contains("Beurt") && !text.contains("Gesprek"))
        let html = ReportRenderer().render(session: english, format: .html)
        #expect(html.contains("<html lang=\"en\">"))
        #expect(html.contains("<p class=\"line customer\" lang=\"nl\">"), "the customer's words are still Dutch")
        #expect(html.contains("<h2 id=\"coaching\">Coaching points</h2>"))
    }

    /// A paused session's running scores: the note counts the replies in the reader's grammar.
    @Test func runningScoresAreMarkedInTheReportsLanguage() {
        var report = Self.session(Self.dutch, language: .nl)
        report.outcome = .unfinished
        report.scoresAreRunning = true
        let html = ReportRenderer().render(session: report, format: .html)
        for dutch in ["Voorlopige scores (niet afgerond)", "het gemiddelde van de 2 gescoorde antwoorden tot nu toe",
                      "Scores per vaardigheid, met niveaus (voorlopig, niet afgerond)", "<dd>69 (Goed, voorlopig, niet afgerond)</dd>",
                      "<dd>Niet afgerond</dd>", "1 (−5 van het eindtotaal)"] {
            #expect(html.contains(dutch), "missing \"\(dutch)\"")
        }
        report.turns.removeLast()
        #expect(report.runningNote.contains("het gemiddelde van 1 gescoord antwoord tot nu toe"))
        report.interfaceLanguage = .en
        #expect(report.runningNote.contains("the mean of the 1 scored reply so far"))
    }
}
