import Foundation
import Testing
import Yams
@testable import HotseatCore

@Suite struct SafeYAMLTests {
    @Test func parsesOrdinaryDocumentsWithPositions() throws {
        let root = try SafeYAML.parse("id: ski-lift\nbeats:\n  opening:\n    line: {en: \"Don't [do] that\"}\n", path: "s.yaml")
        guard case .mapping(let map) = root else { Issue.record("expected a mapping"); return }
        #expect(map["id"]?.string == "ski-lift")
        #expect(map["beats"]?.mark?.line == 3)
    }

    @Test func syntaxErrorNamesFileAndLine() {
        do {
            _ = try SafeYAML.parse("id: a\nbeats:\n  - x\n  y: [\n", path: "scenarios/bad.yaml")
            Issue.record("expected a syntax error")
        } catch {
            let d = error.diagnostics[0]
            #expect(d.code == "yaml-syntax")
            #expect(d.location?.file == "scenarios/bad.yaml")
            #expect((d.location?.line ?? 0) >= 3)
        }
    }

    @Test func duplicateKeysAreRefused() {
        #expect(throws: DiagnosticsError.self) { try SafeYAML.parse("id: a\nid: b\n", path: "d.yaml") }
        do { _ = try SafeYAML.parse("id: a\nid: b\n", path: "d.yaml") } catch {
            #expect(error.diagnostics[0].code == "duplicate-key")
        }
    }

    @Test func billionLaughsIsRefusedQuickly() {
        var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            yaml += "a\(level): &a\(level) [\(refs)]\n"
        }
        do {
            _ = try SafeYAML.parse(yaml, path: "bomb.yaml")
            Issue.record("an alias bomb was accepted")
        } catch {
            #expect(error.diagnostics[0].code == "alias-expansion")
        }
    }

    @Test func modestAliasesAreAllowed() throws {
        let yaml = "base: &base {en: hello}\nother: *base\nthird: *base\n"
        let root = try SafeYAML.parse(yaml, path: "ok.yaml")
        guard case .mapping(let map) = root else { Issue.record("expected a mapping"); return }
        #expect(map["third"]?["en"]?.string == "hello")
    }

    @Test func deepFlowNestingIsRefusedBeforeParsing() {
        let yaml = "x: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
        do {
            _ = try SafeYAML.parse(yaml, path: "deep.yaml")
            Issue.record("deep nesting was accepted")
        } catch {
            #expect(error.diagnostics[0].code == "too-deep")
            #expect(error.diagnostics[0].location?.line == 1)
        }
    }

    @Test func deepBlockNestingIsRefused() {
        var yaml = ""
        for level in 0..<300 { yaml += String(repeating: " ", count: level * 2) + "k\(level):\n" }
        do {
            _ = try SafeYAML.parse(yaml, path: "deep.yaml")
            Issue.record("deep nesting was accepted")
        } catch {
            #expect(error.diagnostics[0].code == "too-deep")
        }
    }

    @Test func hugeFilesAreRefusedBeforeReading() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("huge-\(UUID().uuidString).yaml")
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try handle.truncate(atOffset: 300 << 20) // sparse: 300 MB without writing them
        try handle.close()
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            _ = try SafeYAML.load(fileAt: url, displayPath: "huge.yaml")
            Issue.record("a 300 MB file was accepted")
        } catch {
            #expect(error.diagnostics[0].code == "file-too-large")
        }
    }

    @Test func invalidUTF8IsRefused() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).yaml")
        try Data([0x69, 0x64, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            _ = try SafeYAML.load(fileAt: url, displayPath: "bad.yaml")
            Issue.record("invalid UTF-8 was accepted")
        } catch {
            #expect(error.diagnostics[0].code == "not-utf8")
        }
    }

    @Test func invalidUTF8IsReportedAtItsFirstBadByte() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("latin-\(UUID().uuidString).yaml")
        try (Data("id: ski\nname: bl".utf8) + Data([0xE5]) + Data("\n".utf8)).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            _ = try SafeYAML.load(fileAt: url, displayPath: "latin.yaml")
            Issue.record("Latin-1 text was accepted")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "latin.yaml:2:9: error: the file is not valid UTF-8 text (save it as UTF-8: this is the first byte that is not, often a Latin-1 'å' or 'ë')",
            ])
        }
    }

    @Test func aControlCharacterIsReportedAtItsPlace() {
        do {
            _ = try SafeYAML.parse("id: ski\nname: a\u{0}b\n", path: "nul.yaml")
            Issue.record("a NUL was accepted")
        } catch {
            #expect(error.diagnostics.first?.code == "yaml-reader")
            #expect(error.diagnostics.first?.location == SourceLocation(file: "nul.yaml", line: 2, column: 8))
            #expect(error.diagnostics.first?.message.contains("U+0000") == true)
        }
    }
}
