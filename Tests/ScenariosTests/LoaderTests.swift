import Foundation
import HotseatCore
import Testing
@testable import Scenarios

@Suite struct LoaderTests {
    @Test func validFixtureLoadsWithEverything() throws {
        let result = Fixtures.load(Fixtures.valid)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let scenario = try #require(result.scenario)
        #expect(scenario.id == "cold-coffee")
        #expect(scenario.languages == [.en, .nl])
        #expect(scenario.title.text(in: .nl) == "Koude koffie")
        #expect(scenario.traits == RecoveryTraits(severity: .minor, failure: .first, cause: .withinControl))
        #expect(scenario.mood == MoodSpec(start: 40, effects: [.offeredRemedy: -20], walkoutAt: 90))
        #expect(scenario.turnLimit == 5)
        #expect(scenario.topicWords[.nl] == ["koffie", "koud"])
        let opening = try #require(scenario.beats["opening"])
        #expect(opening.demands == .offeredRemedy)
        #expect(opening.sourceLine == 19)
        #expect(opening.next.map(\.goto) == ["manager", "resolved", "waiting"])
        #expect(opening.next[0].when == Condition(any: [.swore, .shouted]))
        #expect(opening.next[2].when.isUnconditional)
        #expect(scenario.beats["waiting"]?.line.variants(in: .en) == ["Well?", "I'm still waiting."])
        #expect(scenario.beats["waiting"]?.next[0].when == Condition(any: [.offeredRemedy, .tookOwnership], moodBelow: 50))
        #expect(scenario.endings["walkout"]?.outcome == .walkedOut)
        #expect(scenario.sources.beats["waiting"] == SourceLocation(file: "scenarios/cold-coffee.yaml", line: 28, column: 3))
    }

    @Test func singleLanguageScenarioMayUsePlainText() throws {
        var text = Fixtures.valid(replacing: "languages: [en, nl]", with: "languages: [en]")
        text = text.replacingOccurrences(of: "title: {en: \"Cold coffee\", nl: \"Koude koffie\"}", with: "title: Cold coffee")
        let result = Fixtures.load(text)
        let scenario = try #require(result.scenario, "\(result.diagnostics)")
        #expect(scenario.title.text(in: .en) == "Cold coffee")
        // The Dutch texts are still there, so each is flagged, not refused.
        #expect(result.diagnostics.allSatisfy { $0.severity == .warning && $0.code == "undeclared-language" })
    }

    @Test func everyProblemInAFileIsReportedAtOnce() {
        var text = Fixtures.valid(replacing: "difficulty: 1", with: "difficulty: 9")
        text = text.replacingOccurrences(of: "goto: manager", with: "goto: manger")
        text = text.replacingOccurrences(of: "    demands: offered_remedy", with: "    demand: offered_remedy")
        let result = Fixtures.load(text)
        #expect(result.scenario == nil)
        #expect(result.errors.map(\.code) == ["out-of-range", "unknown-key", "undefined-beat"])
    }
}
