import Foundation
import HotseatCore
import Testing
@testable import Scenarios

/// How scenario values that YAML could take for booleans, nulls or numbers are read. SafeYAML
/// composes without Yams' tag regexes; these pin that a scenario reads as it always has.
@Suite struct ScalarReadingTests {
    private func opening(_ extra: String) -> ScenarioFileResult {
        Fixtures.load(Fixtures.valid(replacing: "    demands: offered_remedy\n", with: "    demands: offered_remedy\n    \(extra)\n"))
    }

    @Test(arguments: [("yes", true), ("no", false), ("true", true), ("False", false), ("On", true), ("oFF", false), ("yEs", true)])
    func abusiveTakesYAMLBooleans(_ word: String, _ value: Bool) throws {
        let result = opening("abusive: \(word)")
        let scenario = try #require(result.scenario, "\(result.diagnostics)")
        #expect(scenario.beats["opening"]?.abusive == value)
    }

    @Test(arguments: ["\"yes\"", "'true'", "null", "~", "1", "y", "!!str yes"])
    func abusiveRefusesTextNothingAndNumbers(_ word: String) {
        let result = opening("abusive: \(word)")
        #expect(result.errors.map(\.code) == ["expected-flag"], "\(result.diagnostics)")
        #expect(result.errors.first?.location?.line == 22)
    }

    @Test(arguments: ["yes", "No", "12", "1.5", "2024-01-02", "\"yes\""])
    func textThatLooksLikeABooleanOrNumberIsText(_ word: String) throws {
        let result = Fixtures.load(Fixtures.valid(replacing: "  name: Anna", with: "  name: \(word)"))
        let scenario = try #require(result.scenario, "\(result.diagnostics)")
        #expect(scenario.persona.name == (word == "\"yes\"" ? "yes" : word))
    }

    @Test(arguments: ["null", "~", "", "NULL"])
    func nullIsNothing(_ word: String) {
        let result = Fixtures.load(Fixtures.valid(replacing: "  name: Anna", with: "  name: \(word)"))
        #expect(result.errors.map(\.code) == ["expected-text"], "\(result.diagnostics)")
        #expect(result.errors.first?.message == "`persona.name` must be text, found nothing")
    }

    @Test(arguments: [("1", 1), ("0x2", 2), ("0o3", 3), ("+4", 4), ("0b101", 5)])
    func wholeNumbersInYAMLNotations(_ text: String, _ value: Int) throws {
        let result = Fixtures.load(Fixtures.valid(replacing: "difficulty: 1", with: "difficulty: \(text)"))
        let scenario = try #require(result.scenario, "\(result.diagnostics)")
        #expect(scenario.difficulty == value)
    }

    @Test(arguments: ["\"2\"", "2.0", "two", "yes", "null"])
    func notAWholeNumber(_ text: String) {
        let result = Fixtures.load(Fixtures.valid(replacing: "difficulty: 1", with: "difficulty: \(text)"))
        #expect(result.errors.map(\.code) == ["expected-number"], "\(result.diagnostics)")
    }

    @Test(arguments: [("1.5", 1.5), ("1e0", 1.0), (".5", 0.5), ("2", 2.0), ("1_0", 10.0)])
    func weightsInYAMLNotations(_ text: String, _ value: Double) throws {
        let text = Fixtures.valid(replacing: "turn_limit: 5\n", with: "turn_limit: 5\nscoring: {weights: {empathy: \(text)}}\n")
        let result = Fixtures.load(text)
        let scenario = try #require(result.scenario, "\(result.diagnostics)")
        #expect(scenario.scoring.weights[.empathy] == value)
    }

    @Test func everyWeightZeroIsAnError() {
        let weights = "scoring: {weights: {empathy: 0, ownership: 0, speed: 0, calm: 0}}\n"
        let result = Fixtures.load(Fixtures.valid(replacing: "turn_limit: 5\n", with: "turn_limit: 5\n" + weights))
        #expect(result.errors.map(\.code) == ["out-of-range"], "\(result.diagnostics)")
        let some = Fixtures.load(Fixtures.valid(replacing: "turn_limit: 5\n", with: "turn_limit: 5\nscoring: {weights: {speed: 0}}\n"))
        #expect(some.errors.isEmpty, "\(some.diagnostics)")
    }

    @Test func aDuplicateKeyIsReportedWithItsLine() {
        let result = Fixtures.load(Fixtures.valid(replacing: "  name: Anna\n", with: "  name: Anna\n  name: Anne\n"))
        #expect(result.scenario == nil)
        #expect(result.diagnostics.map(\.description) == [
            "scenarios/cold-coffee.yaml:7:3: error: duplicate key 'name' in one mapping (keep one of them)",
        ])
    }

    @Test func aPlainAndAQuotedYesAreTwoBeats() {
        // Yams' default resolver tells the boolean `yes` from the text "yes"; so does loading.
        let beats = "beats:\n  yes: {line: {en: a, nl: a}, next: [{goto: opening}]}\n  \"yes\": {line: {en: b, nl: b}, next: [{goto: opening}]}\n"
        let result = Fixtures.load(Fixtures.valid(replacing: "beats:\n", with: beats))
        #expect(!result.diagnostics.contains { $0.code == "duplicate-key" }, "\(result.diagnostics)")
        #expect(result.diagnostics.contains { $0.code == "unreachable-beat" && $0.message.contains("'yes'") }, "\(result.diagnostics)")
    }

    @Test func anExplicitlyTaggedTwinIsADuplicateKey() {
        let beats = "beats:\n  1: {line: {en: a, nl: a}, next: [{goto: opening}]}\n  !!int 1: {line: {en: b, nl: b}, next: [{goto: opening}]}\n"
        let result = Fixtures.load(Fixtures.valid(replacing: "beats:\n", with: beats))
        #expect(result.diagnostics.map(\.description) == ["scenarios/cold-coffee.yaml:19:3: error: duplicate key '1' in one mapping (keep one of them)"])
    }

    /// `DiagnosticSink.isBlank` replaced `trimmingCharacters(in: .whitespacesAndNewlines).isEmpty`.
    @Test func isBlankAgreesWithTrimmingForEveryScalar() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar))
            if DiagnosticSink.isBlank(text) != text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(20).map { String($0, radix: 16) })")
        for text in ["", " ", "\t\n\r\u{0B}\u{0C}", "\u{85}\u{A0}\u{2028}\u{3000}", " a ", "\u{200B}", "e\u{301}", " \u{301}", "\r\n", "🙂", " \n x"] {
            #expect(DiagnosticSink.isBlank(text) == text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "\(text.debugDescription)")
        }
    }
}
