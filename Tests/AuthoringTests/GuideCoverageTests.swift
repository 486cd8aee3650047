import Foundation
import Testing

/// The trainer's guide lists every rubric rule (§4), so it cannot silently fall behind the
/// rubric again: a new criterion without a line in docs/authoring.md fails here.
@Suite struct GuideCoverageTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The lines of each scoring/*.yaml, in file order: read as text so the tests do not depend on
    /// the rubric loader they check.
    static func scoringFiles() throws -> [[Substring]] {
        let scoring = root.appendingPathComponent("scoring")
        return try FileManager.default.contentsOfDirectory(atPath: scoring.path).sorted().filter { $0.hasSuffix(".yaml") }.map { name in
            try String(contentsOf: scoring.appendingPathComponent(name), encoding: .utf8).split(separator: "\n")
        }
    }

    /// Criterion and context-rule ids (`- id: …`) and built-in rules (`  calm.shouting:`).
    static func ruleIDs() throws -> [String] {
        var ids: [String] = []
        for lines in try scoringFiles() {
            for line in lines {
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

    /// `- id: x` followed, before the next id, by `points: N`: the points each criterion's guide row must show.
    static func criterionPoints() throws -> [(id: String, points: Int)] {
        var found: [(id: String, points: Int)] = []
        for lines in try scoringFiles() {
            var current: String?
            for line in lines {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("- id: ") {
                    current = String(trimmed.dropFirst(6))
                } else if let id = current, trimmed.hasPrefix("points: "), let points = Int(trimmed.dropFirst(8)) {
                    found.append((id, points))
                    current = nil
                }
            }
        }
        return found
    }

    @Test func theGuideShowsEachRulesPoints() throws {
        let guide = try String(contentsOf: Self.root.appendingPathComponent("docs/authoring.md"), encoding: .utf8)
        let rows = guide.split(separator: "\n").filter { $0.hasPrefix("| ") }.map { row in
            row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        }
        let criteria = try Self.criterionPoints()
        #expect(criteria.count > 25, "the criteria's points were not read")
        for (id, points) in criteria {
            let shown = points > 0 ? "+\(points)" : points < 0 ? "−\(-points)" : "0"
            // A rule's row (`| `id` | dimension | −25 |`) or a context rule's (`| trigger | `id` | … | −25 ownership |`).
            let cells = rows.first { $0.first == "`\(id)`" } ?? rows.first { $0.count > 1 && $0[1] == "`\(id)`" } ?? []
            #expect(cells.contains { $0 == shown || $0.hasPrefix(shown + " ") },
                    "docs/authoring.md §4 shows \(id) as \(cells.isEmpty ? "no row" : cells.joined(separator: " | ")), the rubric gives \(shown)")
        }
    }
}
