import Foundation
import HotseatCore
import Rubric
import Scenarios
import Testing

/// A shipped scenario's topic words stand for its situation, not for everyday words: Norwegian
/// "være" (to be) named the topic "vær" (weather) and Dutch "weer" (again) the topic "weer"
/// (weather), each worth 35 empathy points for "reflecting the customer's specifics"; "today"
/// and "now" did the same for any promise with a time.
@Suite struct TopicWordTests {
    static func specifics(_ reply: String, _ language: Language, scenario id: String) throws -> Bool {
        let scenario = try #require(shippedScenarios().first { $0.id == id })
        let engine = try FairnessTests.engine()
        let score = engine.score(reply, context: ScoringContext(language: language, traits: scenario.traits,
                                                                topicWords: scenario.topicWords[language] ?? []))
        return score.evidence.contains { $0.rule == "empathy.reflects-specifics" }
    }

    @Test(arguments: [
        ("Jeg beklager, det må være frustrerende.", Language.nb, "storm-closure"),
        ("Sorry, het spijt me dat het weer zo is.", .nl, "storm-closure"),
        ("I'm sorry, I'll sort it out today.", .en, "abusive-counter"),
        ("Het spijt me, ik regel het vandaag.", .nl, "abusive-counter"),
        ("I'm sorry, I'll fix it now.", .en, "slow-service"),
        ("Beklager, jeg ordner det nå.", .nb, "slow-service"),
    ])
    func everydayWordsAreNoSpecifics(reply: String, language: Language, scenario: String) throws {
        #expect(try !Self.specifics(reply, language, scenario: scenario))
    }

    @Test(arguments: [
        ("Jeg beklager, uværet har stengt heisene.", Language.nb, "storm-closure"),
        ("Sorry, door het noodweer zijn de liften dicht.", .nl, "storm-closure"),
        ("I'm sorry the parcel went back to the depot.", .en, "abusive-counter"),
    ])
    func theSituationsOwnWordsAreSpecifics(reply: String, language: Language, scenario: String) throws {
        #expect(try Self.specifics(reply, language, scenario: scenario))
    }
}
