import HotseatCore
import Testing
@testable import Drill

/// A Dutch or Norwegian trainee reads the principle behind a hint or coaching point in their own
/// language; only the authors and years stay as cited.
@Suite struct PrinciplesLanguageTests {
    @Test(arguments: Behaviour.allCases)
    func everyPrincipleIsWrittenInEachLanguage(behaviour: Behaviour) {
        let en = Principles.principle(for: behaviour, language: .en)
        for language in [Language.nl, .nb] {
            let text = Principles.principle(for: behaviour, language: language)
            #expect(!text.isEmpty && text != en, "\(behaviour) in \(language)")
            // The citation before the colon is shared.
            #expect(text.prefix(3) == en.prefix(3))
        }
    }

    @Test func aDutchScorecardCoachesInDutch() throws {
        let (scenario, engine) = try SettledCoachingTests.skiLift()
        var drill = try DrillSession(scenario: scenario, language: .nl, mode: .training, seed: 1, engine: engine)
        _ = try drill.submit(reply: "Ok.", latency: .notMeasured)
        let principles = drill.scorecard().coaching.map(\.principle)
        #expect(!principles.contains { $0.contains("weighs most") || $0.contains("needs a concrete remedy") })
    }
}
