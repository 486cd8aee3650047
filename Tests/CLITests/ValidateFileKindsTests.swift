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
}
