import Foundation
import Testing

/// The home screen's "Continue it? [Y/n]" must only resume on a yes: `:quit` leaves, and an
/// answer it does not understand is asked again. (A script sees no prompts, so these check what
/// the answer did, not what was asked.)
@Suite struct ResumeOfferTests {
    static func pausedSession() throws -> [String: String] {
        let home = HotseatProcess.temporaryHome()
        let env = ["HOME": home.path, "HOTSEAT_STORE": home.appendingPathComponent("hotseat.sqlite").path]
        let played = try HotseatProcess.run(["play", "ski-lift", "--seed", "1", "--trainee", "Ana"],
                                            lines: ["I'm so sorry, an hour in the cold with your kids is awful.", ":quit"],
                                            extraEnvironment: env)
        #expect(played.status == 0, "\(played.stderr)")
        return env
    }

    @Test func quitAtTheOfferLeavesWithoutResuming() throws {
        let env = try Self.pausedSession()
        let home = try HotseatProcess.run([], lines: ["Ana", ":quit"], extraEnvironment: env)
        #expect(home.status == 0, "\(home.stderr)")
        #expect(!home.stdout.contains("Resuming"))
        #expect(!home.stdout.contains("Mark:"), "no scenario may start")
    }

    @Test func anUnclearAnswerIsAskedAgainAndNoDeclines() throws {
        let env = try Self.pausedSession()
        let home = try HotseatProcess.run([], lines: ["Ana", "maybe", "n", ":quit"], extraEnvironment: env)
        #expect(home.status == 0, "\(home.stderr)")
        #expect(!home.stdout.contains("Resuming"))
        #expect(home.stdout.contains("ski-lift"), "after the no, the home screen lists the scenarios")
    }

    @Test func yesResumesAtTheSavedTurn() throws {
        let env = try Self.pausedSession()
        let home = try HotseatProcess.run([], lines: ["Ana", "y", ":quit", ":quit"], extraEnvironment: env)
        #expect(home.status == 0, "\(home.stderr)")
        #expect(home.stdout.contains("Resuming"))
        #expect(home.stdout.contains("1 turn(s) saved"))
    }
}
