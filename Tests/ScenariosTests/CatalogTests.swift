import Foundation
import HotseatCore
import Testing
@testable import Scenarios

@Suite struct CatalogTests {
    private func write(_ text: String, to directory: URL, as name: String) throws {
        try text.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    @Test func aBrokenFileIsListedAsBrokenAndTheRestStillPlay() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try write(Fixtures.valid, to: directory, as: "cold-coffee.yaml")
        try write(Fixtures.valid(replacing: "id: cold-coffee", with: "id: cold-tea"), to: directory, as: "cold-tea.yaml")
        try write(Fixtures.valid(replacing: "id: cold-coffee", with: "id: typo").replacingOccurrences(of: "goto: manager", with: "goto: manger"),
                  to: directory, as: "typo.yaml")
        try write("not: [a scenario", to: directory, as: "garbled.yml")
        try write("ignored", to: directory, as: "notes.txt")

        let catalog = ScenarioCatalog.load(directories: [directory])
        #expect(catalog.scenarios.map(\.id) == ["cold-coffee", "cold-tea"])
        #expect(catalog.broken.map { URL(fileURLWithPath: $0.file).lastPathComponent } == ["garbled.yml", "typo.yaml"])
        #expect(catalog.broken.last?.diagnostics.map(\.code) == ["undefined-beat"])
        #expect(catalog.broken.first?.diagnostics.map(\.code) == ["yaml-syntax"])
        #expect(catalog.scenario(id: "typo") == nil)
        #expect(catalog.files.count == 4)
    }

    @Test func duplicateIdsAcrossFoldersKeepTheFirst() throws {
        let shipped = try Fixtures.temporaryDirectory(), extra = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: shipped); try? FileManager.default.removeItem(at: extra) }
        try write(Fixtures.valid, to: shipped, as: "cold-coffee.yaml")
        try write(Fixtures.valid, to: extra, as: "cold-coffee.yaml")

        let catalog = ScenarioCatalog.load(directories: [shipped, extra])
        #expect(catalog.scenarios.count == 1)
        #expect(catalog.scenarios.first?.file.hasPrefix(shipped.path) == true || catalog.scenarios.first?.file.contains(shipped.lastPathComponent) == true)
        let broken = try #require(catalog.broken.first)
        #expect(broken.diagnostics.map(\.code) == ["duplicate-id"])
        #expect(broken.diagnostics.first?.message.hasPrefix("scenario id 'cold-coffee' is already used by ") == true)
        #expect(broken.diagnostics.first?.location?.line == 1)
        #expect(broken.diagnostics.first?.location?.column == 5)
    }

    @Test func aMissingFolderIsReportedNotThrown() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try write(Fixtures.valid, to: directory, as: "cold-coffee.yaml")
        let catalog = ScenarioCatalog.load(directories: [directory, directory.appendingPathComponent("nope")])
        #expect(catalog.scenarios.map(\.id) == ["cold-coffee"])
        #expect(catalog.broken.map { $0.diagnostics.map(\.code) } == [["missing-folder"]])
    }

    @Test func warningsOfPlayableScenariosAreKept() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try write(Fixtures.valid(replacing: "  manager: {outcome", with: "  extra: {outcome: manager, line: {en: a, nl: b}}\n  manager: {outcome"),
                  to: directory, as: "cold-coffee.yaml")
        let catalog = ScenarioCatalog.load(directories: [directory])
        #expect(catalog.scenarios.count == 1)
        #expect(catalog.diagnostics.map(\.code) == ["unreachable-ending"])
        #expect(catalog.diagnostics.first?.message == "ending 'extra' is never reached: no `goto` leads to it")
    }
}

/// Hostile documents are refused quickly, with a clear diagnostic, and never take the catalog down.
@Suite struct HostileYAMLTests {
    @Test func aliasBombIsRefused() throws {
        var yaml = "id: bomb\na0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            yaml += "a\(level): &a\(level) [\(Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", "))]\n"
        }
        let result = ScenarioLoader.parse(yaml, path: "scenarios/bomb.yaml")
        #expect(result.scenario == nil)
        #expect(result.diagnostics.map(\.code) == ["alias-expansion"])
        #expect(result.diagnostics.first?.description.contains("an alias bomb?") == true)
    }

    @Test func deepNestingIsRefused() {
        let yaml = "id: deep\ntitle: " + String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000) + "\n"
        let result = ScenarioLoader.parse(yaml, path: "scenarios/deep.yaml")
        #expect(result.diagnostics.map(\.code) == ["too-deep"])
        #expect(result.diagnostics.first?.location?.line == 2)
    }

    @Test func deepBlockIndentationIsRefused() {
        var yaml = "id: deep\n"
        for level in 0..<300 { yaml += String(repeating: "  ", count: level) + "k\(level):\n" }
        let result = ScenarioLoader.parse(yaml, path: "scenarios/deep.yaml")
        #expect(result.diagnostics.map(\.code) == ["too-deep"])
    }

    @Test func aHugeFileIsRefusedBeforeParsing() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let big = directory.appendingPathComponent("big.yaml")
        try Data(repeating: UInt8(ascii: "a"), count: 5 << 20).write(to: big)
        try Fixtures.valid.write(to: directory.appendingPathComponent("cold-coffee.yaml"), atomically: true, encoding: .utf8)
        let catalog = ScenarioCatalog.load(directories: [directory])
        #expect(catalog.scenarios.map(\.id) == ["cold-coffee"])
        #expect(catalog.broken.first?.diagnostics.map(\.code) == ["file-too-large"])
        #expect(catalog.broken.first?.diagnostics.first?.message == "the file is 5242880 bytes; the limit is 4194304")
    }

    @Test func invalidUTF8IsRefused() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("bad.yaml")
        try Data([0x69, 0x64, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]).write(to: file)
        let result = ScenarioLoader.load(fileAt: file, displayPath: "scenarios/bad.yaml")
        #expect(result.diagnostics.map(\.code) == ["not-utf8"])
    }

    @Test func wrongShapesEverywhereNeverCrash() {
        // Every key present with a value of the wrong shape: the loader must report, not trap.
        let keys = ScenarioSchema.topLevel
        for value in ["[]", "{}", "~", "x", "[[x]]", "{a: {b: c}}", "-1", "99999999999999999999"] {
            let yaml = keys.map { "\($0): \(value)" }.joined(separator: "\n")
            let result = ScenarioLoader.parse(yaml, path: "scenarios/x.yaml")
            #expect(result.scenario == nil)
            #expect(!result.errors.isEmpty)
        }
    }
}
