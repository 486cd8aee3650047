import Foundation
import Testing

/// An attempt left by `:restart` was never scored, so history shows a dash for it, not 0.
@Suite struct HistoryAbandonedTests {
    @Test func anAbandonedAttemptHasNoOverall() throws {
        let home = HotseatProcess.temporaryHome()
        let env = ["HOME": home.path, "HOTSEAT_STORE": home.appendingPathComponent("hotseat.sqlite").path]
        let played = try HotseatProcess.run(["play", "ski-lift", "--seed", "1", "--trainee", "Ana"],
                                            lines: ["Sorry.", ":restart", "I'm so sorry, an hour in the cold must have been miserable.", ":quit"],
                                            extraEnvironment: env)
        #expect(played.status == 0, "\(played.stderr)")
        let history = try HotseatProcess.run(["history", "--trainee", "Ana"], extraEnvironment: env)
        let abandoned = try #require(history.stdout.split(separator: "\n").first { $0.contains("abandoned") })
        #expect(abandoned.hasSuffix("–"), "\(abandoned)")
        #expect(!abandoned.hasSuffix(" 0"))
    }
}
