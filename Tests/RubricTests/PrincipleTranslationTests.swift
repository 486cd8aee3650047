import Foundation
import HotseatCore
import Testing
@testable import Rubric

/// Coaching tips say why in the trainee's language: rubric.yaml's `principles:` table translates
/// every rule's English source, and a key that matches no source is refused at load.
@Suite struct PrincipleTranslationTests {
    @Test func everyShippedSourceHasADutchAndNorwegianTranslation() {
        let settings = Shipped.engine.rubric.settings
        let sources = settings.principleSources(criteria: Shipped.engine.rubric.criteria)
        #expect(sources.count > 40)
        for language in [Language.nl, .nb] {
            let missing = sources.filter { settings.principles[language]?[$0] == nil }
            #expect(missing.isEmpty, "\(language): \(missing.sorted())")
        }
    }

    @Test func aDutchTipGivesItsReasonInDutch() throws {
        let score = Shipped.score("Dat is ons beleid, ik kan er niks aan doen.", .nl)
        let tip = try #require(score.coaching.first { $0.dimension == .ownership })
        #expect(tip.principle.contains("verantwoordelijkheid") || tip.principle.contains("schuld"), "\(tip.principle)")
        let english = Shipped.score("That's our policy, there's nothing I can do.", .en)
        #expect(english.coaching.contains { $0.principle.contains("weigh most") || $0.principle.contains("red flags") })
    }

    @Test func aTranslationOfNoSourceIsRefusedWithItsLine() throws {
        let rubric = try TemporaryRubric()
        defer { rubric.remove() }
        let line = try rubric.replace(in: "rubric.yaml", "  nl:\n    \"", with: "  nl:\n    \"An edited source that no rule has\": \"Vertaald\"\n    \"") + 1
        let error = #expect(throws: DiagnosticsError.self) { try RubricEngine.load(directory: rubric.directory) }
        let diagnostic = try #require(error?.diagnostics.first { $0.code == "unknown-principle" })
        #expect(diagnostic.location?.line == line)
        #expect(diagnostic.location?.file.hasSuffix("rubric.yaml") == true)
    }
}
