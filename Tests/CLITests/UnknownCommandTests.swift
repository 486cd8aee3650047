import Foundation
import Testing

/// A mistyped command is named as one, with the nearest real command, instead of ArgumentParser's
/// "Unexpected argument" followed by the usage of the default `home` command.
@Suite struct UnknownCommandTests {
    @Test func aTypoSuggestsTheCommandAndListsThemAll() throws {
        let run = try HotseatProcess.run(["lsit"])
        #expect(run.status == 64, "a usage error, as ArgumentParser's own")
        #expect(run.stderr.hasPrefix("hotseat: error: unknown command 'lsit'; did you mean 'list'?\n"), "\(run.stderr)")
        #expect(run.stderr.contains("Commands: version, validate,"))
        #expect(run.stderr.contains("forget. See 'hotseat --help'"))
        #expect(!run.stderr.contains("Unexpected argument") && !run.stderr.contains("hotseat home"))
        #expect(run.stdout.isEmpty, "the home screen is not opened")
    }

    @Test(arguments: [("shwo", "show"), ("Histroy", "history"), ("exprot", "export"), ("reprt", "report")])
    func theNearestCommandIsSuggested(typed: String, meant: String) throws {
        let run = try HotseatProcess.run([typed])
        #expect(run.status == 64)
        #expect(run.stderr.contains("unknown command '\(typed)'; did you mean '\(meant)'?"), "\(run.stderr)")
    }

    @Test func aWordLikeNoCommandIsStillNamedWithTheList() throws {
        let run = try HotseatProcess.run(["xyzzy"])
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("hotseat: error: unknown command 'xyzzy'\nCommands: "), "\(run.stderr)")
    }

    @Test func noArgumentsStillOpensHomeAndHelpStillWorks() throws {
        let home = try HotseatProcess.run([], lines: ["Ana", ":quit"])
        #expect(home.status == 0, "\(home.stderr)")
        #expect(home.stdout.contains("Welcome, Ana."))
        let help = try HotseatProcess.run(["help", "list"])
        #expect(help.status == 0 && help.stdout.contains("USAGE: hotseat list"))
        let option = try HotseatProcess.run(["--no-such-option"])
        #expect(option.status == 64 && option.stderr.contains("Unknown option '--no-such-option'"), "options are still ArgumentParser's")
    }
}
