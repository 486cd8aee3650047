import Foundation
import HotseatCore
import Testing

/// `hotseat report --lang`: a scorecard in the language the session was played in unless another
/// is asked for, a progress report in the locale's language, trainer reports in English.
@Suite struct LocalizedReportCommandTests {
    static func report(_ arguments: [String], _ seeded: SeededStore, environment: [String: String] = [:]) throws -> HotseatProcess.Output {
        try HotseatProcess.run(["report"] + arguments + ["--color", "never"], extraEnvironment: seeded.environment.merging(environment) { _, new in new })
    }

    static func dutchSession(_ seeded: SeededStore) throws -> String {
        try seeded.finishedSession(language: .nl, reply: "Ik bel u vandaag voor drie uur terug.", score: LocalizedExplanationsTests.storedScore(.nl))
    }

    @Test func aDutchSessionsScorecardIsDutchByDefault() throws {
        let seeded = SeededStore()
        let id = try Self.dutchSession(seeded)
        let text = try Self.report([id, "--format", "text"], seeded)
        #expect(text.status == 0, "\(text.stderr)")
        for dutch in ["Scorekaart: Stuck on the chairlift", "Cursist:", "Afloop:", "Opgelost", "Gesprek", "Beurt 1", "  Klant: I want my money back!",
                      "Eigenaarschap", "noemt een concreet tijdstip (2e uiting van deze soort in dit antwoord: minder punten)"] {
            #expect(text.stdout.contains(dutch), "missing \"\(dutch)\" in\n\(text.stdout)")
        }
        for english in ["Session scorecard", "Trainee", "Outcome", "Conversation", "Turn ", "Customer", "Ownership", "names a concrete time"] {
            #expect(!text.stdout.contains(english), "English \"\(english)\" in\n\(text.stdout)")
        }
        let html = try Self.report([id, "--format", "html"], seeded)
        #expect(html.stdout.contains("<html lang=\"nl\">"))
        #expect(html.stdout.contains("<h2 id=\"transcript\">Gesprek</h2>"))
    }

    @Test func langChoosesAnotherLanguageForTheReportsWords() throws {
        let seeded = SeededStore()
        let id = try Self.dutchSession(seeded)
        let english = try Self.report([id, "--lang", "en", "--format", "text"], seeded)
        #expect(english.status == 0, "\(english.stderr)")
        for text in ["Session scorecard: Stuck on the chairlift", "Language:   Nederlands", "Conversation", "Turn 1", "Customer:",
                     "names a concrete time (2nd time phrase in this reply: diminishing credit)", "the reply repeats itself"] {
            #expect(english.stdout.contains(text), "missing \"\(text)\" in\n\(english.stdout)")
        }
        #expect(!english.stdout.contains("Scorekaart") && !english.stdout.contains("Gesprek") && !english.stdout.contains("noemt"))
        let html = try Self.report([id, "--lang", "en", "--format", "html"], seeded)
        #expect(html.stdout.contains("<html lang=\"en\">"))
        #expect(html.stdout.contains("<p class=\"line reply\" lang=\"nl\">"), "the reply is still marked Dutch")

        let norwegian = try Self.report([id, "--lang", "nb", "--format", "text"], seeded)
        #expect(norwegian.stdout.contains("Resultatkort: Stuck on the chairlift"))
        #expect(norwegian.stdout.contains("nevner et konkret tidspunkt"), "explanations follow the report's language")
        // CSV keeps the column names other tools read.
        let csv = try Self.report([id, "--lang", "nb", "--format", "csv"], seeded)
        #expect(csv.stdout.hasPrefix("\u{FEFF}section,session_id,trainee,scenario_id"))
    }

    @Test func aProgressReportFollowsTheLocaleUnlessLangSaysOtherwise() throws {
        let seeded = SeededStore()
        _ = try Self.dutchSession(seeded)
        let norwegian = try Self.report(["--trainee", "ingrid", "--format", "text"], seeded, environment: ["LANG": "nb_NO.UTF-8"])
        #expect(norwegian.status == 0, "\(norwegian.stderr)")
        for text in ["Fremgang: ingrid", "Forsøk:", "Spilte scenarioer:", "Løste forsøk:", "Utvikling (eldste → nyeste)", "Utfall", "Løst",
                     "Noen gang løst", "Fast i stolheisen", "Neste: ", "Retter seg mot "] {
            #expect(norwegian.stdout.contains(text), "missing \"\(text)\" in\n\(norwegian.stdout)")
        }
        for english in ["Progress", "Attempts", "Scenarios played", "Trends", "Outcome", "Resolved", "Stuck on the chairlift", "Aims at"] {
            #expect(!norwegian.stdout.contains(english), "English \"\(english)\" in\n\(norwegian.stdout)")
        }
        let html = try Self.report(["--trainee", "ingrid", "--format", "html"], seeded, environment: ["LANG": "nb_NO.UTF-8"])
        #expect(html.stdout.contains("<html lang=\"nb\">") && html.stdout.contains("Skårer per forsøk"))

        let dutch = try Self.report(["--trainee", "ingrid"], seeded, environment: ["LANG": "nb_NO.UTF-8", "LC_ALL": "nl_NL.UTF-8"])
        #expect(dutch.stdout.hasPrefix("Voortgang: ingrid"), "LC_ALL comes before LANG")
        let english = try Self.report(["--trainee", "ingrid", "--lang", "en"], seeded, environment: ["LANG": "nb_NO.UTF-8"])
        #expect(english.stdout.hasPrefix("Progress: ingrid"))
        let unknown = try Self.report(["--trainee", "ingrid"], seeded, environment: ["LANG": "de_DE.UTF-8"])
        #expect(unknown.stdout.hasPrefix("Progress: ingrid"), "a language Hotseat does not speak gives English")
    }

    @Test func langIsRefusedForTrainerAndHiringReports() throws {
        let seeded = SeededStore()
        _ = try Self.dutchSession(seeded)
        for arguments in [["--cohort", "spring", "--lang", "nl"], ["--screen", "call-centre-basic", "--lang", "nb"], ["--candidate", "c-1", "--lang", "nl"]] {
            let result = try Self.report(arguments, seeded)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains("--lang is for a session scorecard or a --trainee progress report"), "\(arguments): \(result.stderr)")
        }
        let help = try HotseatProcess.run(["report", "--help"])
        #expect(help.stdout.contains("--lang <lang>"))
        #expect(help.stdout.contains("CSV keeps its English column names"))
        #expect(help.stdout.contains("Cohort and hiring-screen reports are for"))
    }
}
