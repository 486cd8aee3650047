import Foundation
import HotseatCore
import Testing
@testable import Authoring

/// `hotseat test PATH` must not go green on a path that holds nothing to test.
@Suite struct GoldenTestsPathTests {
    @Test func aMissingPathIsAnErrorNamingIt() {
        let missing = URL(fileURLWithPath: "/tmp/hotseat-no-such-\(UUID().uuidString).yaml")
        let problems = GoldenTests.problems(withExplicitPaths: [missing])
        #expect(problems.map(\.code) == ["missing-path"])
        #expect(problems.first?.message == "'\(missing.path)' does not exist")
        #expect(problems.first?.severity == .error)
    }

    @Test func aFolderWithoutTranscriptsIsAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hotseat-empty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "not yaml".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let problems = GoldenTests.problems(withExplicitPaths: [folder])
        #expect(problems.map(\.code) == ["no-transcripts"])
        #expect(problems.first?.message == "'\(folder.path)' holds no transcript files (*.yaml)")
    }

    @Test func theShippedTestsFolderIsFine() {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        #expect(GoldenTests.problems(withExplicitPaths: [root.appendingPathComponent("scenarios/tests")]).isEmpty)
    }

    /// A scenario folder named by hand means its tests/: its scenario files are not transcripts.
    @Test func aScenarioFolderMeansItsTestsFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hotseat-scenarios-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("tests"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = folder.appendingPathComponent("tests/late-bed.yaml")
        #expect(GoldenTests.transcriptPaths(forExplicit: [folder]) == [folder.appendingPathComponent("tests")])
        #expect(GoldenTests.transcriptPaths(forExplicit: [folder.appendingPathComponent("tests")]) == [folder.appendingPathComponent("tests")])
        #expect(GoldenTests.transcriptPaths(forExplicit: [plain]) == [plain])
        let other = FileManager.default.temporaryDirectory.appendingPathComponent("hotseat-plain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: other) }
        #expect(GoldenTests.transcriptPaths(forExplicit: [other]) == [other])
    }
}
