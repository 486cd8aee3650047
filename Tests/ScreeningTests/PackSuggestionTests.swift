import Foundation
import HotseatCore
import Scenarios
import Testing
@testable import Screening

/// Typos in a screen pack point at their line and suggest what was meant.
@Suite struct PackSuggestionTests {
    static func shippedPack(replacing old: String, with new: String) throws -> String {
        let text = try String(contentsOf: repositoryRoot.appendingPathComponent("scenarios/screens/call-centre-basic.yaml"), encoding: .utf8)
        #expect(text.contains(old), "the shipped pack no longer contains \(old)")
        return text.replacingOccurrences(of: old, with: new)
    }

    @Test func aMisspeltPackKeySuggestsTheNearest() throws {
        let text = try Self.shippedPack(replacing: "reply_time_limit: 120", with: "reply_time_limt: 120")
        let (_, problems) = ScreenPackParser.parse(try SafeYAML.parse(text, path: "p.yaml"), path: "p.yaml")
        let unknown = try #require(problems.first { $0.code == "unknown-key" })
        #expect(unknown.description == "p.yaml:10:1: error: unknown key 'reply_time_limt' in a screen pack (did you mean `reply_time_limit`?)")
    }

    @Test func aMisspeltStepIsReportedAtItsLineWithASuggestion() throws {
        let text = try Self.shippedPack(replacing: "scenario: abusive-counter", with: "scenario: abusive-countr")
            .replacingOccurrences(of: "item: sjt-storm-delay", with: "item: sjt-storm-dealy")
        let (parsed, problems) = ScreenPackParser.parse(try SafeYAML.parse(text, path: "p.yaml"), path: "p.yaml")
        #expect(problems.isEmpty, "\(problems)")
        let pack = try #require(parsed)
        let checks = shippedLibrary().check(pack: pack, scenarios: shippedScenarios()).map(\.description)
        #expect(checks.contains("p.yaml:44:15: error: pack 'call-centre-basic' uses scenario 'abusive-countr', which does not exist or does not load (did you mean 'abusive-counter'?)"),
                "\(checks)")
        #expect(checks.contains("p.yaml:53:11: error: pack 'call-centre-basic' uses SJT item 'sjt-storm-dealy', which does not exist or does not load (did you mean 'sjt-storm-delay'?)"),
                "\(checks)")
    }
}
