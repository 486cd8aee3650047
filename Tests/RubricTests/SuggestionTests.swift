import Foundation
import HotseatCore
import Testing
@testable import Rubric

/// A misspelt rubric key gets the same "did you mean" as a misspelt scenario key.
@Suite struct RubricSuggestionTests {
    @Test func aMisspeltCriterionKeySuggestsTheNearest() throws {
        let rubric = try TemporaryRubric()
        defer { rubric.remove() }
        let line = try rubric.replace(in: "empathy.yaml", "    points: 20", with: "    point: 20")
        do {
            _ = try RubricEngine.load(directory: rubric.directory)
            Issue.record("a rubric with an unknown key loaded")
        } catch {
            let diagnostic = try #require(error.diagnostics.first { $0.code == "unknown-key" })
            #expect(diagnostic.message == "unknown key 'point' in a criterion")
            #expect(diagnostic.fix == "did you mean `points`?")
            #expect(diagnostic.location?.line == line)
        }
    }

    @Test func aKeyNothingLikeAKnownOneListsThemAll() throws {
        let rubric = try TemporaryRubric()
        defer { rubric.remove() }
        try rubric.replace(in: "empathy.yaml", "    points: 20", with: "    colour: 20")
        do {
            _ = try RubricEngine.load(directory: rubric.directory)
            Issue.record("a rubric with an unknown key loaded")
        } catch {
            let diagnostic = try #require(error.diagnostics.first { $0.code == "unknown-key" })
            #expect(diagnostic.fix?.hasPrefix("expected one of: ") == true)
        }
    }
}
