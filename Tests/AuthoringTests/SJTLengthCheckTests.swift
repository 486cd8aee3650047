import Foundation
import HotseatCore
import Testing
@testable import Authoring

/// The length checks catch an SJT whose key a test-wise candidate finds by picking the longest
/// response, and stay quiet when the responses are written to be alike.
@Suite struct SJTLengthCheckTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// An item with its responses in en and nl; `best` is the keyed best letter.
    static func item(id: String = "sjt-fixture", best: String = "B", en: [String], nl: [String]? = nil) -> String {
        var text = """
        id: \(id)
        kind: sjt
        languages: [\(nl == nil ? "en" : "en, nl")]
        title: {en: "Fixture"\(nl == nil ? "" : ", nl: \"Fixture\"")}
        situation: {en: "A customer calls."\(nl == nil ? "" : ", nl: \"Een klant belt.\"")}
        line: {en: "Sort it out!"\(nl == nil ? "" : ", nl: \"Los het op!\"")}
        responses:

        """
        for (index, letter) in ["A", "B", "C", "D"].enumerated() {
            text += "  \(letter):\n    en: \"\(en[index])\"\n"
            if let nl { text += "    nl: \"\(nl[index])\"\n" }
        }
        return text + "key: {best: \(best), worst: D, rationale: \"why\", source: \"where\"}\n"
    }

    static func lengths(_ text: String, path: String = "items/sjt-fixture.yaml") throws -> SJTResponseLengths {
        try #require(SJTResponseLengths.read(try SafeYAML.parse(text, path: path), path: path))
    }

    /// The shipped double charge as it was: the keyed best, B, is about twice as long as the rest.
    static let longBest = item(en: [
        "Payments are handled by another department. I can give you their email address.",
        "I'm so sorry, that's our mistake and it's caused you real trouble. I'm refunding the second payment now, and I'll send you a letter for your landlord today.",
        "Could you give me your account number so I can look into it?",
        "Your bank should have stopped a double payment. You'll have to take that up with them.",
    ], nl: [
        "Betalingen worden door een andere afdeling afgehandeld. Ik kan u hun e-mailadres geven.",
        "Dit is onze fout, het spijt me. Ik stort het nu terug.",
        "Mag ik uw klantnummer, dan zoek ik het voor u uit?",
        "Uw bank had een dubbele betaling moeten tegenhouden. Dat moet u met hen opnemen.",
    ])

    @Test func aBestResponseFarLongerThanTheOthersIsReportedAtItsText() throws {
        let problems = SJTLengthCheck.diagnostics(for: try Self.lengths(Self.longBest))
        // Only the English is unfair: the Dutch best is no longer than the rest.
        #expect(problems.count == 1, "\(problems)")
        let warning = try #require(problems.first)
        #expect(warning.severity == .warning && warning.code == "sjt-best-longest")
        #expect(warning.location == SourceLocation(file: "items/sjt-fixture.yaml", line: 12, column: 9))
        #expect(warning.description.hasPrefix("items/sjt-fixture.yaml:12:9: warning: the keyed best response B of 'sjt-fixture' is 2.0× the median length of the other responses in en (156 characters against 79): length gives the answer away; make the other responses as long and as plausible ("),
                "\(warning.description)")
    }

    @Test func aBestUpToTheMarginLongerPassesAndJustOverItDoesNot() throws {
        let others = String(repeating: "x", count: 100)
        let atMargin = Self.item(en: [others, String(repeating: "y", count: 130), others, others])
        #expect(SJTLengthCheck.diagnostics(for: try Self.lengths(atMargin)).isEmpty)
        let overMargin = Self.item(en: [others, String(repeating: "y", count: 131), others, others])
        #expect(SJTLengthCheck.diagnostics(for: try Self.lengths(overMargin)).map(\.code) == ["sjt-best-longest"])
    }

    @Test func theMedianIgnoresOneLongDistractor() throws {
        // The best is shorter than one distractor but far longer than the two others: still a giveaway.
        let text = Self.item(best: "A", en: [String(repeating: "b", count: 140), String(repeating: "l", count: 200),
                                             String(repeating: "s", count: 60), String(repeating: "s", count: 60)])
        #expect(SJTLengthCheck.diagnostics(for: try Self.lengths(text)).map(\.code) == ["sjt-best-longest"])
    }

    /// A pack using `count` items; the first `longest` of them have their keyed best as the longest response by a little.
    static func pack(items count: Int, bestLongestIn longest: Int) throws -> (pack: String, items: [String: SJTResponseLengths]) {
        var items: [String: SJTResponseLengths] = [:]
        var sequence = ""
        for index in 0..<count {
            let id = "sjt-\(index)"
            let best = String(repeating: "b", count: index < longest ? 110 : 95)
            let other = String(repeating: "o", count: 100)
            items[id] = try lengths(item(id: id, best: "C", en: [other, other, best, other]), path: "items/\(id).yaml")
            sequence += "  - item: \(id)\n"
        }
        return ("id: fixture-pack\nlanguages: [en]\nsequence:\n" + sequence, items)
    }

    @Test func aPackWhoseBestIsMostlyTheLongestIsReportedAtItsSequence() throws {
        let (pack, items) = try Self.pack(items: 4, bestLongestIn: 3)
        #expect(items.values.allSatisfy { SJTLengthCheck.diagnostics(for: $0).isEmpty }, "each item alone is within the margin")
        let problems = SJTLengthCheck.packDiagnostics(try SafeYAML.parse(pack, path: "fixture-pack.yaml"), path: "fixture-pack.yaml", items: items)
        let warning = try #require(problems.first)
        #expect(problems.count == 1)
        #expect(warning.description == "fixture-pack.yaml:3:1: warning: in 3 of the 4 SJT items of pack 'fixture-pack' the keyed best response is the longest in en, so always picking the longest scores without judgement: length gives the answer away; make the other responses as long and as plausible (let the best be the longest in at most half of the items; now it is in sjt-0, sjt-1, sjt-2)")
    }

    @Test func aPackWhoseBestIsTheLongestInHalfItsItemsPasses() throws {
        let (pack, items) = try Self.pack(items: 4, bestLongestIn: 2)
        #expect(SJTLengthCheck.packDiagnostics(try SafeYAML.parse(pack, path: "fixture-pack.yaml"), path: "fixture-pack.yaml", items: items).isEmpty)
    }

    @Test func theShippedScreensPassBothChecks() throws {
        let screens = Self.root.appendingPathComponent("scenarios/screens")
        let itemFiles = TrainerFileKind.yamlFiles(in: screens.appendingPathComponent("items"))
        // Guard against a vacuous pass: every shipped item is read, in all three languages.
        let read = try itemFiles.map { try #require(SJTResponseLengths.read(try SafeYAML.load(fileAt: $0, displayPath: $0.path), path: $0.path)) }
        #expect(read.count == 6 && read.allSatisfy { $0.languages.map(\.code) == ["en", "nl", "nb"] })
        let problems = SJTLengthCheck.diagnostics(packFiles: TrainerFileKind.yamlFiles(in: screens), itemFiles: itemFiles)
        #expect(problems.isEmpty, "\(problems.map(\.description).joined(separator: "\n"))")
    }
}
