import Foundation
import Testing

/// End-to-end: the built `hotseat` binary, as a trainer runs it.
@Suite struct AuthoringCommandsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct NotBuilt: Error, CustomStringConvertible {
        var description: String { ".build/debug/hotseat is missing: run `swift build` first (make test does)" }
    }

    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func hotseat(_ arguments: [String], environment extra: [String: String] = [:], in directory: URL? = nil) throws -> Output {
        let binary = root.appendingPathComponent(".build/debug/hotseat")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw NotBuilt()
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? root
        var environment = ProcessInfo.processInfo.environment
        environment["HOTSEAT_SCENARIOS"] = nil
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func brokenCopyOfTheExample() throws -> URL {
        let folder = HotseatProcess.temporaryHome()
        var text = try String(contentsOf: root.appendingPathComponent("docs/examples/double-charge.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "    demands: offered_remedy", with: "    demand: offered_remedy")
        text = text.replacingOccurrences(of: "  start: 65", with: "  start: 165")
        let file = folder.appendingPathComponent("double-charge.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    @Test func validateReportsABrokenFileLikeACompilerAndExitsOne() throws {
        let file = try Self.brokenCopyOfTheExample()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let output = try Self.hotseat(["validate", file.path])
        #expect(output.status == 1)
        let lines = output.stdout.split(separator: "\n").map(String.init)
        #expect(lines == [
            "\(file.path):34:10: error: `mood.start` must be between 0 and 100, found 165",
            "\(file.path):75:5: error: unknown key `demand` in beat 'money-back' (did you mean `demands`?)",
            "1 file, 2 errors, 0 warnings",
        ])
        #expect(output.stderr.isEmpty)
    }

    @Test func validateJSONIsForMachines() throws {
        let file = try Self.brokenCopyOfTheExample()
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let output = try Self.hotseat(["validate", "--format", "json", file.path])
        #expect(output.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
        #expect((object?["summary"] as? [String: Int])?["errors"] == 2)
    }

    @Test func validatePathsOnTheWorkedExamplePasses() throws {
        let output = try Self.hotseat(["validate", "--paths", "docs/examples"])
        #expect(output.status == 0, "\(output.stdout)\(output.stderr)")
        #expect(output.stdout.contains("Shortest path to each ending:"))
        #expect(output.stdout.hasSuffix("2 files, 0 errors, 0 warnings\n"))
    }

    @Test func userErrorsAreOneLineOnStderr() throws {
        let unknown = try Self.hotseat(["explore", "no-such-scenario"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.hasPrefix("hotseat: no scenario 'no-such-scenario'"))
        #expect(unknown.stderr.split(separator: "\n").count == 1)
        let badName = try Self.hotseat(["new", "scenario", "Bad_Name", "--directory", FileManager.default.temporaryDirectory.path])
        // A bad id or language is a usage error, as a bad option value is: exit 64 and this command's usage.
        #expect(badName.status == 64)
        #expect(badName.stderr.hasPrefix("Error: 'Bad_Name' is not a valid scenario id: use lowercase letters, digits and dashes, e.g. 'wrong-order'\nUsage: hotseat new scenario <name>"))
        let badLanguage = try Self.hotseat(["new", "scenario", "fine-name", "--lang", "fr", "--directory", FileManager.default.temporaryDirectory.path])
        #expect(badLanguage.status == 64)
        #expect(badLanguage.stderr.hasPrefix("Error: unknown language 'fr': use en, nl or nb\n"))
    }

    /// Ids are unique across all scenario folders: `new` will not start a second 'ski-lift', and
    /// `validate` on a trainer's folder names the shipped file a copied id clashes with.
    @Test func aShippedIdCannotBeReusedInAnotherFolder() throws {
        let folder = HotseatProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: folder) }
        let new = try Self.hotseat(["new", "scenario", "ski-lift", "--directory", folder.path])
        #expect(new.status == 1)
        #expect(new.stderr.contains("scenario id 'ski-lift' is already used by scenarios/ski-lift.yaml"), "\(new.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("ski-lift.yaml").path))

        try FileManager.default.copyItem(at: Self.root.appendingPathComponent("scenarios/ski-lift.yaml"), to: folder.appendingPathComponent("ski-lift.yaml"))
        let validate = try Self.hotseat(["validate", folder.path])
        #expect(validate.status == 1)
        #expect(validate.stdout.contains("error: scenario id 'ski-lift' is already used by scenarios/ski-lift.yaml"), "\(validate.stdout)")
    }

    /// The shipped folder named again in HOTSEAT_SCENARIOS is one folder, not 12 duplicates.
    @Test func aFolderNamedTwiceIsReadOnce() throws {
        let scenarios = Self.root.appendingPathComponent("scenarios").path
        let validate = try Self.hotseat(["validate"], environment: ["HOTSEAT_SCENARIOS": "\(scenarios):\(scenarios)"])
        #expect(validate.status == 0, "\(validate.stdout)")
        #expect(!validate.stdout.contains("duplicate-id") && !validate.stdout.contains("already used"))
        let test = try Self.hotseat(["test"], environment: ["HOTSEAT_SCENARIOS": scenarios])
        #expect(test.status == 0)
        let once = try Self.hotseat(["test"])
        #expect(test.stdout.split(separator: "\n").last == once.stdout.split(separator: "\n").last, "\(test.stdout)")
    }

    @Test func anEmptyFolderIsAWarning() throws {
        let folder = HotseatProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try Self.hotseat(["validate", folder.path])
        #expect(output.status == 0)
        #expect(output.stdout.contains("warning: this folder holds no scenario files"), "\(output.stdout)")
    }

    @Test func goldenTranscriptsOfTheWorkedExamplePass() throws {
        let output = try Self.hotseat(["test", "docs/examples/tests/double-charge.yaml"])
        #expect(output.status == 0, "\(output.stdout)")
        #expect(output.stdout.hasSuffix("1 file, 5 transcripts, 5 passed, 0 failed\n"))
    }

    @Test(arguments: [["validate"], ["explore"], ["test"], ["new", "scenario"]])
    func everyCommandHasHelp(command: [String]) throws {
        let output = try Self.hotseat(command + ["--help"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("USAGE: hotseat \(command.joined(separator: " "))"))
    }
}
