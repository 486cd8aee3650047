import Foundation
import Testing

/// `history` and `progress` speak the trainee's language: from `--lang`, else from the locale.
@Suite struct RecordsLanguageTests {
    static func seeded() throws -> (env: [String: String], id: String) {
        let seeded = SeededStore()
        let id = try seeded.finishedSession(trainee: "Ana", turnScores: [.empathy: 60, .ownership: 70, .calm: 80], turnOverall: 70,
                                            scores: [.empathy: 72, .ownership: 40, .calm: 84], overall: 65)
        return (seeded.environment, id)
    }

    @Test func historyInDutchHasDutchHeadingsAndResults() throws {
        let (env, id) = try Self.seeded()
        let run = try HotseatProcess.run(["history", "--trainee", "Ana", "--lang", "nl"], extraEnvironment: env)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.first == "id        gestart           scenario              taal  afloop       beurten  totaal", "\(run.stdout)")
        let row = try #require(lines.first { $0.hasPrefix(String(id.prefix(8))) })
        #expect(row.contains("opgelost"), "\(row)")
        #expect(row.hasSuffix(" 65"), "\(row)")
        // The overall sits under the end of its heading, however long the heading is in this language.
        let heading = try #require(lines.first)
        #expect(row.count == heading.count, "\(heading)\n\(row)")
    }

    @Test func historyFollowsTheLocaleWithoutLang() throws {
        let (env, _) = try Self.seeded()
        let run = try HotseatProcess.run(["history", "--trainee", "Ana"], extraEnvironment: env.merging(["LANG": "nb_NO.UTF-8"]) { $1 })
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("id        startet           scenario              språk  utfall        svar  totalt"), "\(run.stdout)")
        #expect(run.stdout.contains("løst"))
        let none = try HotseatProcess.run(["history", "--trainee", "Nobody", "--lang", "nb"], extraEnvironment: env)
        #expect(none.stdout.hasPrefix("Ingen økter for Nobody i "), "\(none.stdout)")
    }

    @Test func historyInEnglishKeepsTheStoredOutcomeCodes() throws {
        let (env, id) = try Self.seeded()
        let run = try HotseatProcess.run(["history", "--trainee", "Ana", "--lang", "en"], extraEnvironment: env.merging(["LANG": "nl_NL.UTF-8"]) { $1 })
        let row = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix(String(id.prefix(8))) })
        #expect(run.stdout.hasPrefix("id        started           scenario              lang  result       turns  overall"), "\(run.stdout)")
        #expect(row.contains("resolved"), "\(row)")
    }

    @Test func progressInNorwegianNamesDimensionsAndTheNextScenarioInNorwegian() throws {
        let (env, _) = try Self.seeded()
        let run = try HotseatProcess.run(["progress", "--trainee", "Ana", "--lang", "nb"], extraEnvironment: env)
        #expect(run.status == 0, "\(run.stderr)")
        let out = run.stdout
        #expect(out.hasPrefix("Fremgangen til Ana\n  forsøk 1 · fullført 1 · mestret 0\n"), "\(out)")
        #expect(out.contains("  dimensjon  utvikling (eldste → nyeste)   beste  siste\n"), "\(out)")
        #expect(out.contains("  eierskap   ▄"), "\(out)")
        #expect(out.contains("← svakest"), "\(out)")
        #expect(out.contains("  beste   65 totalt · ski-lift · "), "\(out)")
        #expect(out.contains("  siste   65 totalt · ski-lift · "), "\(out)")
        #expect(out.contains("\nNeste: "), "\(out)")
        #expect(out.contains("  retter seg mot eierskap, det svakeste punktet ditt (snitt 40 over de siste 5); "), "\(out)")
        // The play command carries the language asked for, so the drill starts in it too.
        let command = try #require(out.split(separator: "\n").last)
        #expect(command.hasPrefix("  hotseat play ") && command.hasSuffix(" --lang nb"), "\(command)")
        for english in ["Progress of", "attempts", "dimension", "weakest", "overall", "Next:", "aims at", "trains:"] {
            #expect(!out.contains(english), "English left in the Norwegian progress: \(english)")
        }
    }

    @Test func progressInDutchGivesTheScenarioTitleInDutch() throws {
        let (env, _) = try Self.seeded()
        let run = try HotseatProcess.run(["progress", "--trainee", "Ana"], extraEnvironment: env.merging(["LC_ALL": "nl_NL.UTF-8"]) { $1 })
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("Voortgang van Ana\n"), "\(run.stdout)")
        let next = try #require(run.stdout.split(separator: "\n").first { $0.hasPrefix("Volgende: ") })
        #expect(next.contains("(moeilijkheid "), "\(next)")
        // Without --lang the play command adds none: the drill follows the same locale.
        #expect(!run.stdout.contains("--lang"), "\(run.stdout)")
        let empty = try HotseatProcess.run(["progress", "--trainee", "Nobody", "--lang", "nl"], extraEnvironment: env)
        #expect(empty.stdout.hasPrefix("Nog geen sessies van Nobody in "), "\(empty.stdout)")
    }
}
