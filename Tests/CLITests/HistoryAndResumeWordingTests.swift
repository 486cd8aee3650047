import Foundation
import Testing

/// Small wording fixes in `hotseat history` and `hotseat resume`.
@Suite struct HistoryAndResumeWordingTests {
    @Test func historyShowsLongTraineeNamesWhole() throws {
        let home = HotseatProcess.temporaryHome()
        let env = ["HOME": home.path, "HOTSEAT_STORE": home.appendingPathComponent("s.sqlite").path]
        let long = "spring-2026/Anne-Marie Johansen"
        let played = try HotseatProcess.run(["play", "ski-lift", "--seed", "1", "--trainee", long], lines: [":quit"], extraEnvironment: env)
        #expect(played.status == 0, "\(played.stderr)")
        let history = try HotseatProcess.run(["history", "--all"], extraEnvironment: env)
        #expect(history.status == 0, "\(history.stderr)")
        #expect(history.stdout.contains(long + " ski-lift"))
    }

    @Test func resumeForSomeoneWithoutSessionsSaysThereAreNone() throws {
        let home = HotseatProcess.temporaryHome()
        let env = ["HOME": home.path, "HOTSEAT_STORE": home.appendingPathComponent("s.sqlite").path]
        let run = try HotseatProcess.run(["resume", "--trainee", "Nobody"], extraEnvironment: env)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("there are no sessions of 'Nobody'") && run.stdout.contains("hotseat resume --trainee NAME"))
        #expect(!run.stdout.contains("is finished"))
    }
}
