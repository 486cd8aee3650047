import Foundation
import HotseatCore
import Testing

/// A Dutch or Norwegian reader sees explanations, flag messages and labels in their language
/// (`score`, `show`, `report`), while scores and JSONL keep the English machine contract.
@Suite struct LocalizedExplanationsTests {
    @Test func aNorwegianScoreHasNorwegianLabelsAndExplanations() throws {
        let run = try HotseatProcess.run(["score", "--lang", "nb", "Jeg ringer deg tilbake før kl. 15 i dag."])
        #expect(run.status == 0)
        for text in ["Svar: \"Jeg ringer", "  språk      nb", "  eierskap    62.5  god", "  totalt      55.8  under utvikling", "(ingen svartid oppgitt)", "  grunnlag\n",
                     "lover å følge opp, med et tidspunkt", "nevner et konkret tidspunkt (2. uttrykk av samme slag i dette svaret: mindre uttelling)",
                     "  varsler    ingen", "  veiledning\n", "      Hvorfor: ",
                     "  atferd     took_ownership (tok eierskap), promised_follow_up (lovet oppfølging med tidspunkt)"] {
            #expect(run.stdout.contains(text), "missing \(text) in\n\(run.stdout)")
        }
        for english in ["language", "evidence", "flags", "Why:", "none", "diminishing credit", "names a concrete time"] {
            #expect(!run.stdout.contains(english), "English \(english) in\n\(run.stdout)")
        }
    }

    @Test func aDutchScoreTranslatesFlagsCapsAndSpeed() throws {
        let run = try HotseatProcess.run(["score", "--lang", "nl", "--latency", "140", "Het spijt me, maar dat is ons beleid. Het spijt me echt. SORRY SORRY!!!"])
        #expect(run.status == 0)
        for text in ["  taal          nl", "  onderbouwing\n", "een oprecht excuus (teruggenomen door de 'maar' erna)",
                     "hoofdletters lezen als schreeuwen (19% van de letters is een hoofdletter)", "geantwoord na 2 min;",
                     "het antwoord herhaalt zichzelf: begrensd tot 35", "  signalen      repetitive (het antwoord herhaalt zichzelf)",
                     "(niet in het antwoord)", "Je schreef: \"ons beleid\".", "      Waarom: "] {
            #expect(run.stdout.contains(text), "missing \(text) in\n\(run.stdout)")
        }
        #expect(!run.stdout.contains("capped at") && !run.stdout.contains("Why:"))
    }

    @Test func anEnglishScoreReadsAsBefore() throws {
        let run = try HotseatProcess.run(["score", "I'm so sorry. I'll call you back before 3 pm today, today."])
        for text in ["Reply: \"I'm so sorry.", "  language   en (detected)", "  speed          —  (no latency given)", "  behaviours apologised",
                     "  evidence\n", "(2nd time phrase in this reply: diminishing credit)", "  flags      none"] {
            #expect(run.stdout.contains(text), "missing \(text) in\n\(run.stdout)")
        }
    }

    /// Flag messages in JSONL stay English whatever the language: these are the bytes the
    /// scorer wrote before explanations were translated.
    @Test func jsonlFlagMessagesStayEnglishByteForByte() throws {
        let input = [
            #"{"id":"n1","reply":"Beklager, men det er reglene våre. Beklager, men det er reglene våre.","lang":"nb","latency_s":12,"scenario":"ski-lift"}"#,
            #"{"id":"d1","reply":"ok","lang":"nl","latency_s":30}"#,
        ]
        let run = try HotseatProcess.run(["score", "--input", "-", "--format", "jsonl"], lines: input)
        let expected = #"""
        {"behaviours":["blamed"],"evidence":[{"dimension":"empathy","end":8,"points":7.0,"rule":"empathy.apology","start":0,"text":"Beklager"},{"dimension":"ownership","end":28,"points":-22.0,"rule":"ownership.blame-shifting","start":14,"text":"det er reglene"},{"dimension":"empathy","end":43,"points":3.5,"rule":"empathy.apology","start":35,"text":"Beklager"},{"dimension":"ownership","end":63,"points":-11.0,"rule":"ownership.blame-shifting","start":49,"text":"det er reglene"},{"dimension":"ownership","end":0,"points":-12.5,"rule":"context.major-needs-remedy","start":0,"text":""},{"dimension":"speed","end":0,"points":100.0,"rule":"speed.latency","start":0,"text":""},{"dimension":"speed","end":0,"points":-60.0,"rule":"speed.no-next-step","start":0,"text":""},{"dimension":"speed","end":0,"points":-24.0,"rule":"speed.red-flag","start":0,"text":""}],"flags":[{"code":"repetitive","message":"the reply repeats itself"}],"id":"n1","lang":"nb","lang_detected":false,"overall":31.9,"scores":{"calm":85.0,"empathy":30.5,"ownership":0.0,"speed":16.0}}
        {"behaviours":[],"evidence":[{"dimension":"speed","end":0,"points":95.0,"rule":"speed.latency","start":0,"text":""},{"dimension":"speed","end":0,"points":-57.0,"rule":"speed.no-next-step","start":0,"text":""},{"dimension":"speed","end":0,"points":-18.0,"rule":"anti-gaming.too-short","start":0,"text":""}],"flags":[{"code":"too-short","message":"a reply of one or two words cannot recover a failure"}],"id":"d1","lang":"nl","lang_detected":false,"overall":20.0,"scores":{"calm":85.0,"empathy":20.0,"ownership":20.0,"speed":20.0}}

        """#
        #expect(run.status == 0)
        #expect(run.stdout == expected)
    }

    /// A session stored with English explanations (as every session is) is shown in its language.
    static func storedScore(_ language: Language) -> ReplyScore {
        ReplyScore(language: language, languageDetected: false, scores: [.empathy: 20, .ownership: 40.5, .calm: 85], overall: 48.5,
                   behaviours: [.promisedFollowUp],
                   evidence: [
                       Evidence(rule: "ownership.follow-up", dimension: .ownership, start: 4, end: 22, text: "ringer deg tilbake", points: 16,
                                explanation: "promises a follow-up with a time"),
                       Evidence(rule: "ownership.time", dimension: .ownership, start: 34, end: 39, text: "i dag", points: 1.5,
                                explanation: "names a concrete time (2nd time phrase in this reply: diminishing credit)"),
                   ],
                   flags: [ScoreFlag(code: "repetitive", message: "the reply repeats itself")], coaching: [])
    }

    @Test func showAndReportTranslateANorwegianSession() throws {
        let seeded = SeededStore()
        let id = try seeded.finishedSession(language: .nb, reply: "Jeg ringer deg tilbake før kl. 15 i dag.", score: Self.storedScore(.nb))
        let show = try HotseatProcess.run(["show", id], extraEnvironment: seeded.environment)
        #expect(show.status == 0)
        #expect(show.stdout.contains("“i dag”: nevner et konkret tidspunkt (2. uttrykk av samme slag i dette svaret: mindre uttelling)"), "\(show.stdout)")
        #expect(show.stdout.contains("! repetitive: svaret gjentar seg selv"))
        #expect(!show.stdout.contains("diminishing credit") && !show.stdout.contains("repeats itself"))
        // The labels follow the session's language too, aligned to the longest of them.
        for text in ["Økt ", "  deltaker ", " · nb · trening · seed ", "Svar 1", "  Kunde:     ", "  Du:        ", "  Skårer:    empati 20 · eierskap 41 · fart – · ro 85 · totalt 49",
                     "  Gjenkjent: promised_follow_up", "    +16 eierskap ownership.follow-up", "Resultatkort: "] {
            #expect(show.stdout.contains(text), "missing \(text) in\n\(show.stdout)")
        }
        for english in ["Session ", "Turn ", "Customer:", "You:", "Scores:", "Detected:", "Scorecard:"] {
            #expect(!show.stdout.contains(english), "English \(english) in\n\(show.stdout)")
        }
        for format in ["text", "html", "csv"] {
            let report = try HotseatProcess.run(["report", id, "--format", format, "--color", "never"], extraEnvironment: seeded.environment)
            #expect(report.status == 0, "\(format): \(report.stderr)")
            #expect(report.stdout.contains("lover å følge opp, med et tidspunkt"), "\(format):\n\(report.stdout)")
            #expect(report.stdout.contains("svaret gjentar seg selv"), "\(format)")
            #expect(!report.stdout.contains("diminishing credit") && !report.stdout.contains("promises a follow-up"), "\(format)")
        }
    }

    @Test func aDutchReportAndAnEnglishShowKeepTheirOwnLanguage() throws {
        let seeded = SeededStore()
        let dutch = try seeded.finishedSession(language: .nl, reply: "Ik bel u vandaag voor drie uur terug.", score: Self.storedScore(.nl))
        let report = try HotseatProcess.run(["report", dutch, "--format", "text", "--color", "never"], extraEnvironment: seeded.environment)
        #expect(report.stdout.contains("noemt een concreet tijdstip (2e uiting van deze soort in dit antwoord: minder punten)"), "\(report.stdout)")
        #expect(report.stdout.contains("het antwoord herhaalt zichzelf"))
        let english = try seeded.finishedSession(language: .en, reply: "I'll call you back before 3 pm today.", score: Self.storedScore(.en))
        let show = try HotseatProcess.run(["show", english], extraEnvironment: seeded.environment)
        #expect(show.stdout.contains("names a concrete time (2nd time phrase in this reply: diminishing credit)"))
        #expect(show.stdout.contains("! repetitive: the reply repeats itself"))
    }
}
