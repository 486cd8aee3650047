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
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hotseat-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try Run.hotseat(["test", folder.path])
        #expect(output.status == 1)
        #expect(output.stderr.hasPrefix("hotseat: error: '\(folder.path)' holds no transcript files (*.yaml)"), "\(output.stderr)")
    }
}
