import Foundation
import HotseatCore
import Testing
@testable import Screening

@Suite("Screen packs and SJT items")
struct PackLoadingTests {
    @Test func shippedPackLoadsWithItsScenariosInEveryLanguage() throws {
        let library = shippedLibrary()
        #expect(library.diagnostics.isEmpty, "\(library.diagnostics)")
        let pack = try #require(library.pack(id: "call-centre-basic"))
        #expect(pack.languages == [.en, .nl, .nb])
        #expect(pack.sequence.filter { if case .item = $0 { true } else { false } }.count == 6)
        #expect(pack.sequence.contains(.scenario(id: "abusive-counter", turnCap: 4)))
        #expect(pack.sequence.contains(.scenario(id: "third-failure", turnCap: 4)))
        #expect(library.check(pack: pack, scenarios: shippedScenarios()).filter { $0.severity == .error }.isEmpty)
        for item in library.items {
            #expect(item.responses.map(\.letter) == ["A", "B", "C", "D"])
            #expect(item.key.best != item.key.worst)
            for language in Language.allCases { #expect(item.responses.allSatisfy { $0.text.values[language] != nil }) }
        }
    }

    @Test func mistakesAreReportedWithFileAndLine() throws {
        let yaml = """
        id: broken
        version: 1
        title: {en: "Broken"}
        scoring_key: k1
        languages: [en, nl]
        notice: {en: "hi"}
        reply_time_limit: 5
        sequence:
          - scenario: ski-lift
            turns: 3
          - item: sjt-a
            colour: red
        """
        let root = try SafeYAML.parse(yaml, path: "screens/broken.yaml")
        let (pack, problems) = ScreenPackParser.parse(root, path: "screens/broken.yaml")
        #expect(pack == nil)
        let described = problems.map(\.description)
        #expect(described.contains { $0.hasPrefix("screens/broken.yaml:3:") && $0.contains("no 'nl' text") })
        #expect(described.contains { $0.hasPrefix("screens/broken.yaml:7:") && $0.contains("reply_time_limit") })
        #expect(described.contains { $0.hasPrefix("screens/broken.yaml:12:") && $0.contains("unknown key 'colour'") })
    }

    /// A pack refused for its own errors still has its steps checked, so a missing item is
    /// reported in the same run, not only once the other errors are fixed.
    @Test func aRefusedPacksMissingItemsAreReportedInTheSameRun() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hotseat-pack-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
        id: broken
        version: 1
        title: {en: "Broken"}
        scoring_key: k1
        languages: [en]
        notice: {en: "hi"}
        reply_time_limit: 5
        sequence:
          - scenario: ski-lift
            turns: 3
          - item: sjt-nope
        """.write(to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        let library = ScreenLibrary.load(directory: folder)
        #expect(library.packs.isEmpty)
        #expect(library.diagnostics.contains { $0.description.contains("reply_time_limit") })
        let steps = try #require(library.refusedPackSteps.first)
        let problems = library.check(steps: steps, scenarios: shippedScenarios()).map(\.description)
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.contains("broken.yaml:11:") == true && problems.first?.contains("uses SJT item 'sjt-nope'") == true, "\(problems)")
    }

    @Test func itemKeyMustNameTwoDifferentLetters() throws {
        let yaml = """
        id: sjt-x
        kind: sjt
        languages: [en]
        title: {en: t}
        situation: {en: s}
        line: {en: l}
        responses: {A: {en: a}, B: {en: b}, C: {en: c}, D: {en: d}}
        key: {best: B, worst: B, rationale: r, source: s}
        """
        let (item, problems) = SJTItemParser.parse(try SafeYAML.parse(yaml, path: "i.yaml"), path: "i.yaml")
        #expect(item == nil)
        #expect(problems.contains { $0.message.contains("must differ") })
    }
}
