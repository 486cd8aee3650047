import Foundation
import Testing

/// The trainer's guide lists every rubric rule (§4), so it cannot silently fall behind the
/// rubric again: a new criterion without a line in docs/authoring.md fails here.
@Suite struct GuideCoverageTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Criterion and context-rule ids (`- id: …`) and built-in rules (`  calm.shouting:`) of every
    /// scoring/*.yaml, read line by line so the test does not depend on the rubric loader it checks.
    static func ruleIDs() throws -> [String] {
        let scoring = root.appendingPathComponent("scoring")
        var ids: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: scoring.path).sorted() where name.hasSuffix(".yaml") {
            let text = try String(contentsOf: scoring.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("- id: ") {
                    ids.append(String(trimmed.dropFirst(6)).trimmingCharacters(in: CharacterSet(charactersIn: "\"' ")))
                } else if line.hasPrefix("  "), !line.hasPrefix("   "), trimmed.hasSuffix(":"), trimmed.contains(".") {
                    ids.append(String(trimmed.dropLast()))
                }
            }
        }
        return ids
    }

    @Test func everyRubricRuleIsInTheGuide() throws {
        let guide = try String(contentsOf: Self.root.appendingPathComponent("docs/authoring.md"), encoding: .utf8)
        let ids = try Self.ruleIDs()
        #expect(ids.count > 30, "the rubric files were not read")
        let missing = ids.filter { !guide.contains("`\($0)`") }
        #expect(missing.isEmpty, "docs/authoring.md §4 does not mention: \(missing.joined(separator: ", "))")
    }
}
