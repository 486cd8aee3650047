import Foundation
import Testing

/// `hotseat replay` on what `hotseat export --format json` wrote, and on the store, for the same sessions.
@Suite struct ReplayExportTests {
    typealias Folder = StoreCommandsTests.Folder

    /// A session whose second reply is the first again: the customer does not hear it, though the
    /// engine still finds an apology in it.
    static func playRepeated(_ folder: Folder, trainee: String) throws {
        let reply = "I'm so sorry you sat an hour in the cold on the lift. That is our failure; I'll refund the lost hours today."
        let played = try StoreCommandsTests.hotseat(["play", "ski-lift", "--seed", "1", "--no-readline", "--trainee", trainee, "--store", folder.store],
                                                    input: "\(reply)\n\(reply)\n:quit\n")
        #expect(played.status == 0, "\(played.stderr)")
    }

    @Test func anExportedSessionReplaysUnchangedLikeTheStoredOne() throws {
        let folder = Folder()
        try Self.playRepeated(folder, trainee: "kim")
        let export = try StoreCommandsTests.hotseat(["export", "--format", "json", "--store", folder.store])
        let file = folder.url.appendingPathComponent("export.json")
        try export.stdout.write(to: file, atomically: true, encoding: .utf8)
        let fromFile = try StoreCommandsTests.hotseat(["replay", file.path])
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        #expect(fromFile.stdout.components(separatedBy: "\n  unchanged").count == 3, "both replies unchanged: \(fromFile.stdout)")
        #expect(!fromFile.stdout.contains("behaviours:"), "\(fromFile.stdout)")
        // The stored session replays from the drill's saved state: its repeated reply, heard as
        // nothing then and now, is unchanged too.
        let sessions = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]])
        let id = try #require(sessions.first?["id"] as? String)
        let fromStore = try StoreCommandsTests.hotseat(["replay", String(id.prefix(8)), "--store", folder.store])
        #expect(fromStore.status == 0, "\(fromStore.stderr)")
        #expect(fromStore.stdout.components(separatedBy: "\n  unchanged").count == 3, "\(fromStore.stdout)")
        #expect(!fromStore.stdout.contains("(changed)"), "\(fromStore.stdout)")
    }

    @Test func anExportOfSeveralSessionsNeedsAnID() throws {
        let folder = Folder()
        try Self.playRepeated(folder, trainee: "kim")
        try Self.playRepeated(folder, trainee: "ana")
        let export = try StoreCommandsTests.hotseat(["export", "--format", "json", "--store", folder.store])
        let file = folder.url.appendingPathComponent("export.json")
        try export.stdout.write(to: file, atomically: true, encoding: .utf8)
        let ambiguous = try StoreCommandsTests.hotseat(["replay", file.path])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("holds 2 sessions; choose one with --id"), "\(ambiguous.stderr)")
        #expect(ambiguous.stderr.contains("(kim, ski-lift)") && ambiguous.stderr.contains("(ana, ski-lift)"), "\(ambiguous.stderr)")
        let sessions = try #require(try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]])
        let id = try #require(sessions.last?["id"] as? String)
        let chosen = try StoreCommandsTests.hotseat(["replay", file.path, "--id", String(id.prefix(6))])
        #expect(chosen.status == 0, "\(chosen.stderr)")
        #expect(chosen.stdout.hasPrefix("Replay of ski-lift"))
        let none = try StoreCommandsTests.hotseat(["replay", file.path, "--id", "zzzz"])
        #expect(none.status == 1)
        #expect(none.stderr.contains("no session in") && none.stderr.contains("has an id starting 'zzzz'"), "\(none.stderr)")
        let notAFile = try StoreCommandsTests.hotseat(["replay", String(id.prefix(6)), "--id", "abc", "--store", folder.store])
        #expect(notAFile.status == 1)
        #expect(notAFile.stderr.contains("--id picks a session in an export file"), "\(notAFile.stderr)")
    }

    @Test func aFileThatIsNeitherSaysWhatWasExpected() throws {
        let folder = Folder()
        let file = folder.url.appendingPathComponent("notes.json")
        try #"{"hello": "world"}"#.write(to: file, atomically: true, encoding: .utf8)
        let run = try StoreCommandsTests.hotseat(["replay", file.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("or of `hotseat export --format json`"), "\(run.stderr)")
    }
}
