import Foundation
import HotseatCore
import Rubric
import Scenarios
import Testing
@testable import Authoring

/// The guide's worked example (docs/examples) must stay valid and its transcripts must pass
/// against the shipped rubric, or the guide would teach something that no longer works.
@Suite struct WorkedExampleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let examples = root.appendingPathComponent("docs/examples")

    @Test func workedExampleValidatesWithoutWarnings() throws {
        let report = Validator.validate(scenarioPaths: [Self.examples], explorePaths: true)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.description))")
        #expect(report.files.map(\.kind) == ["scenario", "transcripts"])
        let paths = try #require(report.paths.first)
        #expect(Set(paths.routes.map(\.ending)) == ["resolved", "walkout", "manager", "turn_limit"])
    }

    @Test func workedExampleTranscriptsPassWithTheShippedRubric() throws {
        let engine = try RubricEngine.load(directory: Self.root.appendingPathComponent("scoring"))
        let catalog = ScenarioCatalog.load(directories: [Self.examples])
        let report = GoldenTests.run(paths: [Self.examples.appendingPathComponent("tests")], catalog: catalog, engine: engine)
        #expect(report.runs.count == 5)
        #expect(report.succeeded, "\(report.text())")
    }

    @Test func validationJSONIsMachineReadable() throws {
        let report = Validator.validate(scenarioPaths: [Self.examples], explorePaths: true)
        let json = try #require(report.json().data(using: .utf8))
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Int])
        #expect(summary == ["files": 2, "errors": 0, "warnings": 0])
        let paths = try #require(object["paths"] as? [[String: Any]])
        #expect(paths.first?["scenario"] as? String == "double-charge")
    }
}
