import Foundation
import Testing

/// `hotseat validate` runs the SJT length checks on screen packs, and the shipped screens pass them.
@Suite struct ValidateSJTLengthTests {
    typealias Run = AuthoringCommandsTests

    @Test func everythingShippedValidatesWithoutAWarning() throws {
        let output = try Run.hotseat(["validate"])
        #expect(output.status == 0, "\(output.stdout)")
        #expect(output.stdout.hasSuffix(" 0 errors, 0 warnings\n"), "\(output.stdout)")
    }

    @Test func aKeyedBestMadeFarLongerIsAWarningAtItsLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hotseat-sjt-\(UUID().uuidString)/screens")
        try FileManager.default.createDirectory(at: folder.deletingLastPathComponent(), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        try FileManager.default.copyItem(at: Run.root.appendingPathComponent("scenarios/screens"), to: folder)
        let item = folder.appendingPathComponent("items/sjt-double-charge.yaml")
        let text = try String(contentsOf: item, encoding: .utf8)
        let best = "    en: \"That's our mistake, and I'm sorry it hit your rent."
        #expect(text.components(separatedBy: "\n")[26].hasPrefix(best), "line 27 is no longer the keyed best's English")
        let padded = best + " I've checked every payment on your account this year, and I'll stay on the line while you call your landlord, then refund the fee they charge."
        try text.replacingOccurrences(of: best, with: padded).write(to: item, atomically: true, encoding: .utf8)

        let output = try Run.hotseat(["validate", folder.path])
        #expect(output.status == 0, "a warning does not fail validate")
        #expect(output.stdout.contains("items/sjt-double-charge.yaml:27:9: warning: the keyed best response D of 'sjt-double-charge' is 1.9× the median length of the other responses in en"),
                "\(output.stdout)")
        #expect(output.stdout.hasSuffix("7 files, 0 errors, 1 warning\n"), "\(output.stdout)")
    }
}
