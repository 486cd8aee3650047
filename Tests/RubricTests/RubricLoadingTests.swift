import Foundation
import HotseatCore
import Testing
@testable import Rubric

private func refusal(_ rubric: TemporaryRubric) -> [Diagnostic] {
    do {
        _ = try RubricEngine.load(directory: rubric.directory)
        return []
    } catch {
        return error.diagnostics
    }
}

@Test func aFailingMatchExampleRefusesTheRubricWithFileLineAndExample() throws {
    let rubric = try TemporaryRubric()
    defer { rubric.remove() }
    let line = try rubric.replace(in: "empathy.yaml", #"match: ["I'm so sorry you were left waiting.""#,
                                  with: #"match: ["The parcel arrived on time.""#)
    let diagnostics = refusal(rubric)
    #expect(diagnostics.count == 1)
    let d = try #require(diagnostics.first)
    #expect(d.code == "example-failed")
    #expect(d.location?.file.hasSuffix("empathy.yaml") == true)
    #expect(d.location?.line == line)
    #expect(d.message.contains("The parcel arrived on time."))
    #expect(d.message.contains("empathy.apology"))
    #expect(d.description.contains("empathy.yaml:\(line):"))
}

@Test func aNoMatchExampleThatMatchesIsRefused() throws {
    let rubric = try TemporaryRubric()
    defer { rubric.remove() }
    try rubric.replace(in: "calm.yaml", #"no_match: ["I'm listening.""#, with: #"no_match: ["You stupid clown.""#)
    let d = try #require(refusal(rubric).first)
    #expect(d.message.contains("You stupid clown.") && d.message.contains("no_match"))
}

@Test(arguments: [
    (#""frustrat*""#, #""fr*""#, "at least 3 letters"),
    (#""frustrat*""#, #""[frustrating""#, "unbalanced bracket"),
    (#""frustrat*""#, #""... frustrating""#, "starts or ends with"),
    (#""frustrat*""#, #""so||frustrating""#, "empty alternative"),
    (#""frustrat*""#, #""<feeling> frustrating""#, "unknown class"),
    (#""frustrat*""#, #""follow-up""#, "not one word"),
    (#""frustrat*""#, #""frustrating [<num>] days""#, "'<num>' cannot be optional"),
    (#""frustrat*""#, #""frustrating a|<num> days""#, "'<num>' cannot be optional"),
    (#""frustrat*""#, #""[so] [very]""#, "optional"),
])
func badPatternsAreRefusedAtLoad(old: String, bad: String, reason: String) throws {
    let rubric = try TemporaryRubric()
    defer { rubric.remove() }
    let line = try rubric.replace(in: "empathy.yaml", old, with: bad)
    let diagnostics = refusal(rubric)
    let d = try #require(diagnostics.first { $0.code == "bad-pattern" })
    #expect(d.message.contains(reason))
    #expect(d.location?.line == line)
}

@Test func brokenYAMLAndUnknownKeysAreRefusedWithLocations() throws {
    let rubric = try TemporaryRubric()
    defer { rubric.remove() }
    try rubric.write("extra.yaml", "criteria:\n  - id: x.y\n    dimension: empathy\n    pionts: 5\n")
    let diagnostics = refusal(rubric)
    #expect(diagnostics.contains { $0.code == "unknown-key" && $0.location?.line == 4 && $0.location?.file.hasSuffix("extra.yaml") == true })
    #expect(diagnostics.contains { $0.code == "missing-source" })

    try rubric.write("extra.yaml", "criteria: [\n  - id: x\n")
    #expect(refusal(rubric).contains { $0.code == "yaml-syntax" })
}

@Test func aCriterionWithoutExamplesInEveryLanguageIsRefused() throws {
    let rubric = try TemporaryRubric()
    defer { rubric.remove() }
    try rubric.write("extra.yaml", """
    criteria:
      - id: extra.thing
        dimension: empathy
        points: 5
        source: "test"
        explain: "test"
        signals: {en: ["kindly"], nl: ["vriendelijk"], nb: ["vennlig"]}
        examples:
          en: {match: ["kindly wait"], no_match: ["wait"]}
    """)
    let diagnostics = refusal(rubric)
    #expect(diagnostics.filter { $0.code == "missing-examples" }.count == 2)
}

@Test func nothingHalfLoadedIsUsed() throws {
    let rubric = try TemporaryRubric()
    defer { rubric.remove() }
    try rubric.replace(in: "calm.yaml", #""calm down""#, with: #""calm down"]"#)
    // A syntax error in one file refuses the whole folder; there is no partial engine to score with.
    #expect(!refusal(rubric).isEmpty)
    #expect(throws: DiagnosticsError.self) { _ = try RubricEngine.load(directory: rubric.directory) }
}

@Test func aMissingFolderOrSettingsFileIsAClearError() throws {
    let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-rubric-\(UUID().uuidString)")
    #expect(throws: DiagnosticsError.self) { _ = try RubricEngine.load(directory: missing) }
    let rubric = try TemporaryRubric()
    defer { rubric.remove() }
    try FileManager.default.removeItem(at: rubric.directory.appendingPathComponent("rubric.yaml"))
    #expect(refusal(rubric).first?.code == "missing-settings")
}

@Test func everyCriterionCitesItsSourceAndHasTipsInEveryLanguage() {
    for criterion in Shipped.engine.rubric.criteria where !criterion.isIdiom {
        #expect(criterion.source.contains("service-recovery.md"), "\(criterion.id) must cite service-recovery.md")
        #expect(Set(criterion.tips.keys) == Set(Language.allCases), "\(criterion.id) needs a tip in en, nl and nb")
    }
}

/// Numbers that load but would score nonsense (a negative weight, a curve point above 100, a rule
/// worth 2,000 points) are refused with their place and the allowed range.
@Test(arguments: [
    ("rubric.yaml", "    weight: 0.5", "    weight: -1", "weight of speed is -1, outside 0…100"),
    ("rubric.yaml", "    base: 85 ", "    base: 200 ", "base of calm is 200, outside 0…100"),
    ("rubric.yaml", "  without_next_step: 0.4", "  without_next_step: 5", "without_next_step is 5, outside 0…1"),
    ("empathy.yaml", "    points: 20", "    points: 2000", "outside -100…100"),
])
func outOfRangeNumbersAreRefusedWithTheirPlace(file: String, old: String, bad: String, message: String) throws {
    let rubric = try TemporaryRubric()
    defer { rubric.remove() }
    let line = try rubric.replace(in: file, old, with: bad)
    let d = try #require(refusal(rubric).first { $0.code == "out-of-range" })
    #expect(d.message.contains(message), "\(d.message)")
    #expect(d.location?.line == line)
    #expect(d.location?.file.hasSuffix(file) == true)
}

@Test func everyWeightZeroIsRefused() throws {
    let rubric = try TemporaryRubric()
    defer { rubric.remove() }
    try rubric.replace(in: "rubric.yaml", "    weight: 0.5", with: "    weight: 0")
    for _ in 0..<3 { try rubric.replace(in: "rubric.yaml", "    weight: 1.0", with: "    weight: 0") }
    let d = try #require(refusal(rubric).first { $0.code == "out-of-range" })
    #expect(d.message.contains("every dimension has weight 0"))
}

/// A criteria file listed in rubric.yaml but missing from the folder is named, rather than left
/// to show as other rules' examples failing without it.
@Test func aMissingCriteriaFileIsNamed() throws {
    let rubric = try TemporaryRubric()
    defer { rubric.remove() }
    try FileManager.default.removeItem(at: rubric.directory.appendingPathComponent("idioms.yaml"))
    let diagnostics = refusal(rubric)
    #expect(diagnostics.map(\.code) == ["missing-file"], "\(diagnostics)")
    #expect(diagnostics.first?.message == "rubric.yaml lists idioms.yaml under criteria_files, but the folder has no such file")
    #expect(diagnostics.first?.location?.file.hasSuffix("rubric.yaml") == true)
}

@Test func aCriterionRaisingAnUnknownFlagIsRefusedWithItsPlace() throws {
    let rubric = try TemporaryRubric()
    defer { rubric.remove() }
    let line = try rubric.replace(in: "calm.yaml", "    flag: took-it-back       # the reply can score at most 25 (rubric.yaml, anti_gaming.caps)",
                                  with: "    flag: took-it-bak")
    let d = try #require(refusal(rubric).first { $0.code == "unknown-key" })
    #expect(d.message.contains("unknown flag 'took-it-bak'"), "\(d.message)")
    #expect(d.location?.line == line)
    #expect(d.location?.file.hasSuffix("calm.yaml") == true)
}
