import Foundation
import Testing
@testable import Authoring

/// `validate FILE` picks the loader by what the file is, not only by the folder it sits in.
@Suite struct TrainerFileKindTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test(arguments: [
        ("scenarios/ski-lift.yaml", TrainerFileKind.scenario),
        ("scenarios/tests/ski-lift.yaml", .transcripts),
        ("scenarios/screens/call-centre-basic.yaml", .screenPack),
        ("scenarios/screens/items/sjt-storm-delay.yaml", .sjtItem),
        ("scoring/calm.yaml", .rubric),
        ("scoring/rubric.yaml", .rubric),
        ("docs/examples/tests/double-charge.yaml", .transcripts),
    ])
    func shippedFilesAreRecognised(path: String, kind: TrainerFileKind) {
        #expect(TrainerFileKind.of(fileAt: Self.root.appendingPathComponent(path)) == kind)
    }

    @Test func contentWinsOverTheFolderName() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hotseat-kind-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for (source, name) in [("scenarios/tests/ski-lift.yaml", "a.yaml"), ("scenarios/screens/call-centre-basic.yaml", "b.yaml"),
                               ("scenarios/screens/items/sjt-storm-delay.yaml", "c.yaml")] {
            try FileManager.default.copyItem(at: Self.root.appendingPathComponent(source), to: folder.appendingPathComponent(name))
        }
        #expect(TrainerFileKind.of(fileAt: folder.appendingPathComponent("a.yaml")) == .transcripts)
        #expect(TrainerFileKind.of(fileAt: folder.appendingPathComponent("b.yaml")) == .screenPack)
        #expect(TrainerFileKind.of(fileAt: folder.appendingPathComponent("c.yaml")) == .sjtItem)
        #expect(TrainerFileKind.isScreenFolder(folder))
        #expect(!TrainerFileKind.isScreenFolder(Self.root.appendingPathComponent("scenarios")))
    }

    @Test func aBrokenFileFallsBackToItsFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hotseat-kind-\(UUID().uuidString)/tests")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let file = folder.appendingPathComponent("x.yaml")
        try "scenario: ski-lift\ntranscript: [\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(TrainerFileKind.of(fileAt: file) == .transcripts)
    }
}
