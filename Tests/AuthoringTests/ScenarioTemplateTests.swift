import HotseatCore
import Scenarios
import Testing
@testable import Authoring

@Suite struct ScenarioTemplateTests {
    @Test(arguments: [[Language.en], [.en, .nl, .nb], [.nb], [.nl, .en]])
    func templatePassesValidationWithoutWarnings(languages: [Language]) throws {
        let yaml = try ScenarioTemplate.render(id: "wrong-order", languages: languages)
        let result = ScenarioLoader.parse(yaml, path: "scenarios/wrong-order.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let scenario = try #require(result.scenario)
        #expect(scenario.languages == languages)
        let paths = PathReport(exploring: scenario)
        #expect(paths.diagnostics.isEmpty, "\(paths.diagnostics)")
        #expect(Set(paths.routes.map(\.ending)) == ["resolved", "walkout", "manager", "turn_limit"])
    }

    @Test func templateExplainsItsFields() throws {
        let yaml = try ScenarioTemplate.render(id: "wrong-order", languages: [.en])
        for field in ["severity:", "walkout_at:", "turn_limit:", "demands:", "topic_words:"] {
            let line = yaml.split(separator: "\n").first { $0.contains(field) }
            #expect(line?.contains("#") == true, "\(field) has no comment")
        }
    }

    @Test func refusesIdsThatAreNotKebabCase() {
        for bad in ["Wrong_Order", "", "a--b", "-a", "wrong order"] {
            #expect(throws: ScenarioTemplate.BadName.self) { try ScenarioTemplate.render(id: bad, languages: [.en]) }
        }
    }
}
