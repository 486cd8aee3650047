import Foundation
import Testing

/// A Dutch or Norwegian trainee reads the drill's own problems in their language (`--lang` or LANG).
@Suite struct LocalizedErrorTests {
    @Test func anUnknownScenarioIsExplainedInTheTraineesLanguage() throws {
        let dutch = try HotseatProcess.run(["play", "skilift"], extraEnvironment: ["LANG": "nl_NL.UTF-8"])
        #expect(dutch.status != 0)
        #expect(dutch.stderr.contains("er is geen scenario 'skilift'"), "\(dutch.stderr)")
        let norwegian = try HotseatProcess.run(["play", "skilift", "--lang", "nb"])
        #expect(norwegian.stderr.contains("det finnes ikke noe scenario 'skilift'"), "\(norwegian.stderr)")
        let english = try HotseatProcess.run(["play", "skilift"])
        #expect(english.stderr.contains("there is no scenario 'skilift'"))
    }

    @Test func aStoreThatCannotBeUsedIsReportedInTheTraineesLanguage() throws {
        let home = HotseatProcess.temporaryHome()
        let notADatabase = home.appendingPathComponent("notes.sqlite")
        try Data("my shopping list\n".utf8).write(to: notADatabase)
        let run = try HotseatProcess.run(["play", "ski-lift", "--lang", "nl", "--store", notADatabase.path], lines: [":quit"])
        // The drill still runs; its exit status says that nothing of it was kept.
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("deze sessie wordt niet bewaard"), "\(run.stderr)")
        #expect(run.stderr.contains("de sessie kon niet worden bewaard: de sessieopslag kon niet worden gebruikt"), "\(run.stderr)")
    }
}
