import Foundation
import Testing

/// `play` and `explore` name a broken scenario file as broken, not as missing.
@Suite struct BrokenScenarioCommandsTests {
    typealias Run = AuthoringCommandsTests

    @Test func aBrokenScenarioIsNamedAsBrokenByPlayAndExplore() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hotseat-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var text = try String(contentsOf: Run.root.appendingPathComponent("docs/examples/double-charge.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "id: double-charge", with: "id: s3")
            .replacingOccurrences(of: "  start: 65", with: "  start: 165")
        let file = folder.appendingPathComponent("s3.yaml")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("hotseat-cli-home-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = ["HOTSEAT_SCENARIOS": folder.path, "HOME": home.path, "XDG_DATA_HOME": home.path, "XDG_CONFIG_HOME": home.path]
        for command in [["play", "s3"], ["explore", "s3"]] {
            let output = try Run.hotseat(command, environment: environment)
            #expect(output.status == 1)
            let last = output.stderr.split(separator: "\n").last.map(String.init) ?? ""
            #expect(last.hasPrefix("hotseat: error: scenario 's3' cannot be played: \(file.path) has errors: \(file.path):34:10: error: `mood.start` must be between 0 and 100"),
                    "\(command): \(output.stderr)")
            #expect(last.hasSuffix("(see them all with `hotseat validate \(file.path)`)"), "\(command): \(output.stderr)")
            #expect(!output.stderr.contains("there is no scenario"))
        }
    }

    /// A broken rubric folder: every error with file:line, and the count covers the clean files too.
    @Test func aBrokenRubricFolderCountsEveryFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hotseat-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Run.root.appendingPathComponent("scoring"), to: folder)
        let empathy = folder.appendingPathComponent("empathy.yaml")
        let text = try String(contentsOf: empathy, encoding: .utf8)
        let broken = text.replacingOccurrences(of: "    points: 20\n", with: "    points: twenty\n")
        try #require(broken != text)
        try broken.write(to: empathy, atomically: true, encoding: .utf8)
        let yamlCount = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.count
        let output = try Run.hotseat(["validate", folder.path])
        #expect(output.status == 1)
        #expect(output.stdout.contains("\(empathy.path):") && output.stdout.contains("error: points of empathy.apology must be a number"), "\(output.stdout)")
        #expect(output.stdout.contains("\(yamlCount) files, 1 error, 0 warnings"), "\(output.stdout)")
    }
}
