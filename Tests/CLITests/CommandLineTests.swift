import Foundation
import Testing

@Suite struct CommandLineTests {
    @Test func anUnknownScenarioIsOneClearLineAndNonZero() throws {
        let run = try HotseatProcess.run(["play", "no-such-thing"])
        #expect(run.status != 0)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(run.stderr.contains("no scenario 'no-such-thing'"))
        #expect(run.stderr.contains("ski-lift"))
    }

    @Test func listAsJSONHasEveryShippedScenarioWithDifficulty() throws {
        let run = try HotseatProcess.run(["list", "--format", "json"])
        #expect(run.status == 0)
        struct Entry: Decodable { let id: String; let difficulty: Int; let trains: String; let languages: [String] }
        let entries = try JSONDecoder().decode([Entry].self, from: Data(run.stdout.utf8))
        let ski = try #require(entries.first { $0.id == "ski-lift" })
        #expect((1...5).contains(ski.difficulty))
        #expect(!ski.trains.isEmpty)
        #expect(entries.count >= 5)
    }

    @Test func listInNorwegianOnlyShowsNorwegianScenarios() throws {
        let run = try HotseatProcess.run(["list", "--lang", "nb"])
        #expect(run.stdout.contains("Fast i stolheisen"))
    }

    @Test(arguments: [["play", "--help"], ["list", "--help"], ["home", "--help"], ["--help"]])
    func everyCommandHasHelp(arguments: [String]) throws {
        let run = try HotseatProcess.run(arguments)
        #expect(run.status == 0)
        #expect(run.stdout.contains("USAGE"))
    }

    /// `:lang nl` on the home screen is remembered for the next home screen; `--lang` still wins.
    @Test func theHomeScreenRemembersTheLanguageChosenWithLang() throws {
        let env = ["HOME": HotseatProcess.temporaryHome().path]
        let first = try HotseatProcess.run(["home", "--trainee", "Ana"], lines: [":lang nl", ":quit"], extraEnvironment: env)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Taal: Nederlands"))
        let second = try HotseatProcess.run(["home", "--trainee", "Ana"], lines: [":quit"], extraEnvironment: env)
        #expect(second.stdout.contains("Taal: Nederlands"), "\(second.stdout)")
        let explicit = try HotseatProcess.run(["home", "--trainee", "Ana", "--lang", "en"], lines: [":quit"], extraEnvironment: env)
        #expect(explicit.stdout.contains("Language: English"), "\(explicit.stdout)")
        let fresh = try HotseatProcess.run(["home", "--trainee", "Ana"], lines: [":quit"])
        #expect(fresh.stdout.contains("Language: English"), "\(fresh.stdout)")
    }

    @Test func playHelpDocumentsTimestamps() throws {
        #expect(try HotseatProcess.run(["play", "--help"]).stdout.contains("[+12.5s]"))
    }

    @Test func colourFollowsTheFlag() throws {
        let always = try HotseatProcess.run(["list", "--color", "always"])
        #expect(always.stdout.contains("\u{1B}["))
        let never = try HotseatProcess.run(["list", "--color", "never"])
        #expect(!never.stdout.contains("\u{1B}["))
    }

    @Test func theHomeScreenAsksTheNameAndPlaysAScenarioFromAScript() throws {
        let run = try HotseatProcess.run([], lines: ["Ana", "ski-lift", "", ":quit", ":quit"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Welcome, Ana."))
        #expect(run.stdout.contains("Stuck on the chairlift"))
        #expect(run.stdout.contains("Hello? Are you still there?"))
    }
}
