import Foundation
import Testing

/// `validate PATH` checks each trainer file with the loader for its kind, whatever its folder.
@Suite struct ValidateFileKindsTests {
    typealias Run = AuthoringCommandsTests

    @Test(arguments: ["scenarios/tests/ski-lift.yaml", "scenarios/screens/call-centre-basic.yaml",
                      "scenarios/screens/items/sjt-storm-delay.yaml", "scenarios/tests", "scenarios/screens/items", "scoring/calm.yaml"])
    func validateOneShippedFileOfAnyKindIsClean(path: String) throws {
        let output = try Run.hotseat(["validate", path])
        #expect(output.status == 0, "\(output.stdout)")
        #expect(output.stdout.hasSuffix(" 0 errors, 0 warnings\n"), "\(output.stdout)")
    }

    @Test func aScreenFolderUnderAnotherNameIsReadAsScreens() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hotseat-cli-\(UUID().uuidString)/packs")
        try FileManager.default.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try FileManager.default.copyItem(at: Run.root.appendingPathComponent("scenarios/screens"), to: folder)
        let output = try Run.hotseat(["validate", folder.path])
        #expect(output.status == 0, "\(output.stdout)")
        #expect(output.stdout == "7 files, 0 errors, 0 warnings\n")
    }

    @Test func aSoundRubricFileWhoseSiblingIsBrokenIsNotReportedClean() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hotseat-cli-\(UUID().uuidString)/scoring")
        try FileManager.default.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try FileManager.default.copyItem(at: Run.root.appendingPathComponent("scoring"), to: folder)
        let empathy = folder.appendingPathComponent("empathy.yaml")
        try (try String(contentsOf: empathy, encoding: .utf8) + "\nstray: [unclosed\n").write(to: empathy, atomically: true, encoding: .utf8)
        // Relative paths, from the folder above, as a trainer types them.
        let parent = folder.deletingLastPathComponent()
        let sibling = try Run.hotseat(["validate", "scoring/calm.yaml"], in: parent)
        #expect(sibling.status == 1, "\(sibling.stdout)")
        #expect(sibling.stdout.hasPrefix("scoring/calm.yaml:1:1: note: this file has no problem of its own, but the rubric"), "\(sibling.stdout)")
        #expect(sibling.stdout.contains("\nscoring/empathy.yaml:"), "\(sibling.stdout)")
        #expect(sibling.stdout.hasSuffix("2 files, 1 error, 0 warnings\n"), "\(sibling.stdout)")
        let broken = try Run.hotseat(["validate", "scoring/empathy.yaml"], in: parent)
        #expect(broken.status == 1, "\(broken.stdout)")
        #expect(broken.stdout.hasPrefix("scoring/empathy.yaml:"), "\(broken.stdout)")
        #expect(broken.stdout.hasSuffix("1 file, 1 error, 0 warnings\n"), "\(broken.stdout)")
        let whole = try Run.hotseat(["validate", "scoring"], in: parent)
        #expect(whole.stdout.hasSuffix("5 files, 1 error, 0 warnings\n"), "\(whole.stdout)")
    }
}
