import Foundation
import Testing

/// End-to-end: the built `hotseat` binary against a temporary store.
@Suite struct StoreCommandsTests {
    static let root = AuthoringCommandsTests.root

    final class Folder: @unchecked Sendable {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hotseat-store-cli-\(UUID().uuidString)")
        init() { try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        deinit { try? FileManager.default.removeItem(at: url) }
        var store: String { url.appendingPathComponent("hotseat.sqlite").path }
    }

    static func hotseat(_ arguments: [String], input: String = "") throws -> AuthoringCommandsTests.Output {
        let inputFile = FileManager.default.temporaryDirectory.appendingPathComponent("hotseat-input-\(UUID().uuidString)")
        try input.write(to: inputFile, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: inputFile) }
        let process = Process()
        process.executableURL = root.appendingPathComponent(".build/debug/hotseat")
        process.arguments = arguments
        process.currentDirectoryURL = root
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return .init(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                     stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// The stored sessions, through the JSON export.
    static func exported(_ store: String, trainee: String) throws -> [[String: Any]] {
        let output = try hotseat(["export", "--format", "json", "--trainee", trainee, "--store", store])
        guard output.status == 0 else { return [] }
        return (try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]]) ?? []
    }

    static func replies(_ session: [String: Any]) -> [String] {
        ((session["turns"] as? [[String: Any]]) ?? []).compactMap { $0["reply"] as? String }
    }

    @Test func killNineMidScenarioThenResumeKeepsEveryCommittedTurn() throws {
        let folder = Folder()
        let binary = Self.root.appendingPathComponent(".build/debug/hotseat")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { throw AuthoringCommandsTests.NotBuilt() }
        let child = Process()
        child.executableURL = binary
        child.arguments = ["play", "ski-lift", "--seed", "1", "--no-readline", "--trainee", "kim", "--store", folder.store]
        child.currentDirectoryURL = Self.root
        let input = Pipe()
        child.standardInput = input
        child.standardOutput = FileHandle.nullDevice
        child.standardError = FileHandle.nullDevice
        try child.run()
        let sent = ["I see.", "Okay, let me look.", "I understand, æøå, \"really\"."]
        for reply in sent { input.fileHandleForWriting.write(Data((reply + "\n").utf8)) }
        // Wait (generously) until the child has committed all three turns; the stdin pipe stays
        // open, so it then sits mid-scenario waiting for the fourth reply.
        var committed: [String] = []
        for _ in 0..<600 where committed.count < sent.count {
            committed = (try Self.exported(folder.store, trainee: "kim").first).map(Self.replies) ?? []
            if committed.count < sent.count { Thread.sleep(forTimeInterval: 0.05) }
        }
        #expect(committed == sent)
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        #expect(child.terminationReason == .uncaughtSignal)

        let afterKill = try Self.exported(folder.store, trainee: "kim")
        #expect(afterKill.count == 1)
        #expect(afterKill.first?["status"] as? String == "in_progress")

        let resumed = try Self.hotseat(["resume", "--trainee", "kim", "--store", folder.store, "--no-readline"],
                                       input: "I'll refund the two hours on your pass right now, and add a free day.\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("3 turn(s) saved"))
        let final = try Self.exported(folder.store, trainee: "kim")
        #expect(final.count == 1, "resume must continue the same session, not start another")
        let replies = final.first.map(Self.replies) ?? []
        #expect(Array(replies.prefix(3)) == sent)
        #expect(replies.count == 4)
        let indexes = ((final.first?["turns"] as? [[String: Any]]) ?? []).compactMap { $0["index"] as? Int }
        #expect(indexes == [0, 1, 2, 3])
    }

    @Test func twoProcessesWritingOneStoreLoseNoTurns() throws {
        let folder = Folder()
        let inputFile = folder.url.appendingPathComponent("replies.txt")
        try String(repeating: "I'm sorry.\n", count: 3).write(to: inputFile, atomically: true, encoding: .utf8)
        // Both children run at once, each committing its turns into the same file. Their warnings
        // are kept, so that a failure says whether a child could not save or the export could not read.
        let trainees = ["ana", "bo"]
        let errors = trainees.map { folder.url.appendingPathComponent("\($0).err") }
        let children = try zip(trainees, errors).map { trainee, errorFile -> Process in
            let child = Process()
            child.executableURL = Self.root.appendingPathComponent(".build/debug/hotseat")
            child.arguments = ["play", "ski-lift", "--seed", "2", "--no-readline", "--trainee", trainee, "--store", folder.store]
            child.currentDirectoryURL = Self.root
            child.standardInput = try FileHandle(forReadingFrom: inputFile)
            child.standardOutput = FileHandle.nullDevice
            _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
            child.standardError = try FileHandle(forWritingTo: errorFile)
            try child.run()
            return child
        }
        for child in children { child.waitUntilExit() }
        let warnings = errors.map { (try? String(contentsOf: $0, encoding: .utf8)) ?? "" }
        #expect(children.map(\.terminationStatus) == [0, 0], "\(warnings)")
        for (trainee, warning) in zip(trainees, warnings) {
            let export = try Self.hotseat(["export", "--format", "json", "--trainee", trainee, "--store", folder.store])
            #expect(export.status == 0, "export for \(trainee): \(export.stderr)")
            let sessions = (try? JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]]) ?? []
            #expect(sessions.count == 1, "\(trainee): the child said \(warning.debugDescription)")
            #expect(sessions.first.map(Self.replies)?.filter { $0 == "I'm sorry." }.count == 3, "\(trainee)")
        }
    }

    @Test func forgetAsksAndCounts() throws {
        let folder = Folder()
        _ = try Self.hotseat(["play", "ski-lift", "--seed", "1", "--no-readline", "--trainee", "Åse", "--store", folder.store], input: "Sorry.\n")
        _ = try Self.hotseat(["play", "ski-lift", "--seed", "1", "--no-readline", "--trainee", "Åse", "--store", folder.store], input: "Sorry.\n")
        let declined = try Self.hotseat(["forget", "--trainee", "Åse", "--store", folder.store], input: "n\n")
        #expect(declined.stdout.contains("Nothing erased"))
        #expect(try Self.exported(folder.store, trainee: "Åse").count == 2)
        let erased = try Self.hotseat(["forget", "--trainee", "Åse", "--store", folder.store, "--yes"])
        #expect(erased.status == 0)
        #expect(erased.stdout.contains("2 sessions removed"))
        #expect(try Self.exported(folder.store, trainee: "Åse").isEmpty)
    }

    /// A store that cannot be used at all does not stop the drill, but the command exits 1 at the
    /// end and says so again, so a script can tell the session was not kept.
    @Test func aDrillOnAnUnusableStoreIsPlayedButExitsOne() throws {
        let folder = Folder()
        try "not a database".write(toFile: folder.store, atomically: true, encoding: .utf8)
        let played = try Self.hotseat(["play", "ski-lift", "--seed", "1", "--no-readline", "--trainee", "Ana", "--store", folder.store],
                                      input: "I'm so sorry about the hour in the cold.\n:quit\n")
        #expect(played.status == 1, "\(played.stderr)")
        #expect(played.stdout.contains("Scorecard"), "the drill itself still ran to its scorecard")
        #expect(played.stderr.contains("this session will not be saved"), "\(played.stderr)")
        #expect(played.stderr.contains("could not save the session: the session store could not be used"), "\(played.stderr)")
        #expect(try String(contentsOfFile: folder.store, encoding: .utf8) == "not a database")
    }

    @Test func badStoresGetOneClearLine() throws {
        let folder = Folder()
        try "not a database".write(toFile: folder.store, atomically: true, encoding: .utf8)
        let foreign = try Self.hotseat(["history", "--store", folder.store])
        #expect(foreign.status == 1)
        #expect(foreign.stderr.hasPrefix("hotseat: error: the file at") && foreign.stderr.split(separator: "\n").count == 1, "\(foreign.stderr)")
        #expect(try String(contentsOfFile: folder.store, encoding: .utf8) == "not a database")
        let unknown = try Self.hotseat(["show", "zzzz", "--store", folder.url.appendingPathComponent("none.sqlite").path])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("there is no store at"))
        let badDate = try Self.hotseat(["export", "--format", "csv", "--since", "last tuesday", "--store", folder.store])
        #expect(badDate.status != 0)
        #expect(!badDate.stderr.contains("Fatal"))
    }
}
