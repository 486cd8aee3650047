import Foundation
import Testing

/// `hotseat forget` erases a person's traces outside the store too, and says what it erased.
@Suite struct ForgetTracesTests {
    /// A private HOME with XDG folders, a store holding one paused session of `trainee`, the
    /// line-editing history and a remembered name.
    struct Home {
        let url = HotseatProcess.temporaryHome()
        var store: String { url.appendingPathComponent("data/hotseat.sqlite").path }
        var history: URL { url.appendingPathComponent("state/hotseat/history") }
        var rememberedName: URL { url.appendingPathComponent("config/hotseat/trainee") }
        var environment: [String: String] {
            ["HOME": url.path, "XDG_STATE_HOME": url.appendingPathComponent("state").path,
             "XDG_CONFIG_HOME": url.appendingPathComponent("config").path, "HOTSEAT_STORE": store]
        }

        init(remembered: String, player: String) throws {
            let played = try HotseatProcess.run(["play", "ski-lift", "--seed", "1", "--trainee", player],
                                                lines: ["I'm so sorry about the lift.", ":quit"], extraEnvironment: environment)
            #expect(played.status == 0, "\(played.stderr)")
            let fm = FileManager.default
            try fm.createDirectory(at: history.deletingLastPathComponent(), withIntermediateDirectories: true)
            try fm.createDirectory(at: rememberedName.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("I'm so sorry about the lift.\nmy secret reply\n".utf8).write(to: history)
            try Data("\(remembered)\n".utf8).write(to: rememberedName)
        }
    }

    @Test func forgettingTheRememberedTraineeClearsHistoryAndName() throws {
        let home = try Home(remembered: "Sanne de Vries", player: "Sanne de Vries")
        let run = try HotseatProcess.run(["forget", "--trainee", "Sanne de Vries", "--yes"], extraEnvironment: home.environment)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Erased Sanne de Vries: 1 session removed"))
        #expect(run.stdout.contains("Cleared the line-editing history (\(home.history.path))"))
        #expect(run.stdout.contains("Removed the remembered trainee name (\(home.rememberedName.path))"))
        #expect(try Data(contentsOf: home.history).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: home.rememberedName.path))
    }

    @Test func forgettingSomeoneElseLeavesTheSharedHistoryAndSaysHowToClearIt() throws {
        let home = try Home(remembered: "kim", player: "Sanne")
        let run = try HotseatProcess.run(["forget", "--trainee", "Sanne", "--yes"], extraEnvironment: home.environment)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Erased Sanne: 1 session removed"))
        #expect(run.stdout.contains("The shared line-editing history (\(home.history.path)) was not touched"))
        #expect(run.stdout.contains("To clear it: rm \(home.history.path)"))
        #expect(String(decoding: try Data(contentsOf: home.history), as: UTF8.self).contains("my secret reply"))
        #expect(FileManager.default.fileExists(atPath: home.rememberedName.path))
    }
}

/// A candidate's hiring-screen files hold their replies too; forget names them and says how to
/// remove them, and never deletes a signed screen record itself.
@Suite struct ForgetScreenFilesTests {
    @Test func forgettingACandidateListsTheirScreenFilesWithTheCommandToRemoveThem() throws {
        let seeded = SeededStore()
        try seeded.finishedSession(trainee: "c-017", turnScores: [.empathy: 60], turnOverall: 60, scores: [.empathy: 60], overall: 60)
        let screens = seeded.home.appendingPathComponent("screens")
        let pack = screens.appendingPathComponent("call-centre-basic")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        let files = ["c-017.audit.jsonl", "c-017.result.json", "c-018.result.json"].map { pack.appendingPathComponent($0) }
        for file in files { try Data("{}\n".utf8).write(to: file) }
        let env = seeded.environment.merging(["HOTSEAT_SCREEN_DIR": screens.path]) { _, new in new }

        let run = try HotseatProcess.run(["forget", "--trainee", "c-017", "--yes"], extraEnvironment: env)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Erased c-017: 1 session removed"))
        #expect(run.stdout.contains("Hiring-screen files still hold c-017's replies"), "\(run.stdout)")
        #expect(run.stdout.contains("  \(files[0].path)\n  \(files[1].path)\n"))
        #expect(run.stdout.contains("To remove them too: rm \(files[0].path) \(files[1].path)\n"))
        #expect(!run.stdout.contains("c-018"), "another candidate's files are not named")
        #expect(files.allSatisfy { FileManager.default.fileExists(atPath: $0.path) }, "signed records are never deleted by forget")

        // Nothing left in the store: the screen files are still named.
        let again = try HotseatProcess.run(["forget", "--trainee", "c-017", "--yes"], extraEnvironment: env)
        #expect(again.stdout.contains("Nothing stored about c-017"))
        #expect(again.stdout.contains("To remove them too: rm \(files[0].path) \(files[1].path)"))
    }

    @Test func aNameThatCannotBeACandidateIDNamesNoScreenFiles() throws {
        let seeded = SeededStore()
        try seeded.finishedSession(trainee: "../call-centre-basic/c-017", turnScores: [.empathy: 60], turnOverall: 60, scores: [.empathy: 60], overall: 60)
        let screens = seeded.home.appendingPathComponent("screens")
        let pack = screens.appendingPathComponent("call-centre-basic")
        try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
        try Data("{}\n".utf8).write(to: pack.appendingPathComponent("c-017.result.json"))
        let env = seeded.environment.merging(["HOTSEAT_SCREEN_DIR": screens.path]) { _, new in new }
        let run = try HotseatProcess.run(["forget", "--trainee", "../call-centre-basic/c-017", "--yes"], extraEnvironment: env)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!run.stdout.contains("Hiring-screen files"), "\(run.stdout)")
    }
}
