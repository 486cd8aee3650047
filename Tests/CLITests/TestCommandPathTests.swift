import Foundation
import Testing

/// `hotseat test PATH` in CI: a mistyped path must fail the job, not pass with 0 transcripts.
@Suite struct TestCommandPathTests {
    typealias Run = AuthoringCommandsTests

    @Test func testWithAMissingPathFails() throws {
        let output = try Run.hotseat(["test", "nosuch.yaml"])
        #expect(output.status == 1)
        #expect(output.stderr.hasPrefix("hotseat: error: 'nosuch.yaml' does not exist ("), "\(output.stderr)")
        #expect(!output.stdout.contains("0 passed"))
    }

    @Test func testWithAFolderWithoutTranscriptsFails() throws {
        let folder = HotseatProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try Run.hotseat(["test", folder.path])
        #expect(output.status == 1)
        #expect(output.stderr.hasPrefix("hotseat: error: '\(folder.path)' holds no transcript files (*.yaml)"), "\(output.stderr)")
    }

    /// A scenario given where a transcript was meant says where its transcripts are, instead of a
    /// page of "unknown key" errors from reading it as a transcript file.
    @Test func aScenarioFileIsNotReadAsTranscripts() throws {
        let output = try Run.hotseat(["test", "scenarios/ski-lift.yaml"])
        #expect(output.status == 1)
        #expect(output.stderr == "hotseat: error: 'scenarios/ski-lift.yaml' is a scenario, not a transcript file (its transcripts are in scenarios/tests/ski-lift.yaml: hotseat test scenarios/tests/ski-lift.yaml)\n")
    }

    @Test func aScenarioFolderWithoutTestsSaysSo() throws {
        let folder = HotseatProcess.temporaryHome()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Run.root.appendingPathComponent("scenarios/ski-lift.yaml"), to: folder.appendingPathComponent("ski-lift.yaml"))
        let output = try Run.hotseat(["test", folder.path])
        #expect(output.status == 1)
        #expect(output.stderr.hasPrefix("hotseat: error: '\(folder.path)' holds scenarios but no tests/ folder"), "\(output.stderr)")
        #expect(!output.stderr.contains("unknown key"))
    }

    @Test func aMissingHotseatScenariosFolderFails() throws {
        let output = try Run.hotseat(["test"], environment: ["HOTSEAT_SCENARIOS": "/nonexistent-hotseat-folder"])
        #expect(output.status == 1)
        #expect(output.stderr == "hotseat: error: the scenario folder '/nonexistent-hotseat-folder' does not exist (check HOTSEAT_SCENARIOS)\n")
    }
}
