import Foundation
import HotseatCore
import Rubric
import Scenarios
import Testing
@testable import Screening

/// Fairness checks on the real rubric engine: spelling and non-native grammar must not cost a
/// candidate empathy, ownership or calm, and a reply must score the same wherever it falls in the sequence.
@Suite("Fairness")
struct FairnessTests {
    /// Points a misspelt reply may lose on a dimension before it counts as unfair.
    static let tolerance = 10.0

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var language: Language
        var scenarioID: String
        var beatIsAbusive: Bool
        var correct: String
        var misspelt: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "en angry, misspelt", language: .en, scenarioID: "ski-lift", beatIsAbusive: false,
             correct: "I'm so sorry you were stuck on the lift in the cold for an hour, that must have been miserable. That's our fault. I'll refund the two hours on your pass right now and add a free day.",
             misspelt: "Im so sory you where stuck on the lift in the cold for an houre, that must of been miserble. Thats our fault. Ill refund the two hours on you're pass rite now and add a free day."),
        Case(name: "en angry, non-native grammar", language: .en, scenarioID: "ski-lift", beatIsAbusive: false,
             correct: "I'm so sorry you were stuck on the lift in the cold for an hour, that must have been miserable. That's our fault. I'll refund the two hours on your pass right now and add a free day.",
             misspelt: "I am so sorry that you was stuck on the lift one hour in the cold, this must be miserable for you. Is our fault. I refund you the two hours on your pass right now and I add one free day."),
        Case(name: "nl angry, misspelt", language: .nl, scenarioID: "ski-lift", beatIsAbusive: false,
             correct: "Het spijt me echt dat u een uur in de kou vastzat in de lift, dat moet vreselijk zijn geweest. Dat is onze fout. Ik betaal de twee uur op uw skipas nu meteen terug en geef u een gratis dag erbij.",
             misspelt: "Het spijt me egt dat u een uur in de kou vast zat in de lift, dat moet vreselijk zijn geweesd. Dat is onze vout. Ik betaal de twee uur op uw skipas nu meteen terug en geef u een gratis dag er bij."),
        Case(name: "nb angry, misspelt", language: .nb, scenarioID: "ski-lift", beatIsAbusive: false,
             correct: "Jeg er så lei meg for at du satt fast i heisen i en time i kulda, det må ha vært fælt. Det er vår feil. Jeg refunderer de to timene på heiskortet ditt nå med en gang, og gir deg en gratis dag.",
             misspelt: "Jeg er så lei meg for at du sat fast i heisen i en time i kulda, det må ha værrt fælt. Det er vor feil. Jeg refunderer de to timene på heiskorte ditt nå med engang, og gir deg en gratis dag."),
        Case(name: "en abusive, misspelt", language: .en, scenarioID: "abusive-counter", beatIsAbusive: true,
             correct: "I understand you're furious, and I want to help. I won't accept being called names, but I will sort out your parcel right now. Can I have the tracking number?",
             misspelt: "I understnad your furious, and I want to help. I wont accept being called names, but I will sort out you're parcel rigth now. Can I have the traking number?"),
        Case(name: "nl abusive, misspelt", language: .nl, scenarioID: "abusive-counter", beatIsAbusive: true,
             correct: "Ik begrijp dat u woedend bent, en ik wil u helpen. Uitgescholden worden accepteer ik niet, maar ik regel uw pakket nu meteen. Mag ik het trackingnummer?",
             misspelt: "Ik begrijp dat u woedent bent, en ik wil u helpe. Uitgescholde worden acepteer ik niet, maar ik regel u pakket nu meteen. Mag ik het trakingnummer?"),
        Case(name: "nb abusive, misspelt", language: .nb, scenarioID: "abusive-counter", beatIsAbusive: true,
             correct: "Jeg forstår at du er rasende, og jeg vil hjelpe deg. Jeg godtar ikke å bli kalt ting, men jeg ordner pakken din med en gang. Kan jeg få sporingsnummeret?",
             misspelt: "Jeg forstor at du er rasene, og jeg vil hjelpe deg. Jeg godtar ikke å bli kalt ting, men jeg ordner pakken din med engang. Kan jeg få sporingsnumeret?"),
        Case(name: "en repeat failure, misspelt", language: .en, scenarioID: "third-failure", beatIsAbusive: false,
             correct: "I'm really sorry, three times is not acceptable and it's our fault. The van's cooler has been failing, so I've taken it off your route, and I'll refund this order today and call you after Friday's delivery to check.",
             misspelt: "Im realy sorry, three times is not aceptable and its our fault. The vans cooler has been failling, so I've taken it of your route, and I'll refund this order today and call you after fridays delivery to check."),
    ]

    static func engine() throws -> RubricEngine {
        try RubricEngine.load(directory: repositoryRoot.appendingPathComponent("scoring"))
    }

    func context(for test: Case) throws -> ScoringContext {
        let scenario = try #require(shippedScenarios().first { $0.id == test.scenarioID })
        let beat = try #require(scenario.beats[scenario.start])
        var traits = scenario.traits
        traits.abusive = test.beatIsAbusive && beat.abusive
        return ScoringContext(language: test.language, traits: traits, customerLine: beat.line.variants(in: test.language).first,
                              latency: 20, turn: 0, expectedBehaviours: scenario.scoring.expects,
                              topicWords: scenario.topicWords[test.language] ?? [], weightOverrides: scenario.scoring.weights,
                              scenarioID: scenario.id)
    }

    /// Cases the rubric engine fails, kept as full tests marked as known issues: once the engine is
    /// fixed `withKnownIssue` reports the missing failure, so the case must come off this list.
    /// Empty: the cases once here ("Thats our fault", "onze vout", "vor feil", "miserble",
    /// "værrt fælt", "wont accept") pass since the engine matches misspelt words.
    static let knownEngineGaps: Set<String> = []

    @Test(arguments: cases)
    func misspeltButExcellentRepliesKeepTheirScores(_ test: Case) throws {
        if Self.knownEngineGaps.contains(test.name) {
            withKnownIssue("rubric engine: spelling lowers scores (issue 7 fairness report)") { try compare(test) }
        } else {
            try compare(test)
        }
    }

    func compare(_ test: Case) throws {
        let engine = try Self.engine()
        let context = try context(for: test)
        let correct = engine.score(test.correct, context: context)
        let misspelt = engine.score(test.misspelt, context: context)
        // The correct reply must itself be strong, or the comparison proves nothing.
        #expect((correct.scores[.empathy] ?? 0) >= 40, "FAIRNESS-SANITY \(test.name): correctly spelt empathy \(correct.scores[.empathy] ?? -1)")
        #expect((correct.scores[.ownership] ?? 0) >= 40, "FAIRNESS-SANITY \(test.name): correctly spelt ownership \(correct.scores[.ownership] ?? -1)")
        for dimension: Dimension in [.empathy, .ownership, .calm] {
            let a = correct.scores[dimension] ?? 0, b = misspelt.scores[dimension] ?? 0
            #expect(b >= a - Self.tolerance,
                    "FAIRNESS \(test.name): \(dimension) \(a) correctly spelt vs \(b) misspelt; behaviours \(correct.behaviours.map(\.rawValue)) vs \(misspelt.behaviours.map(\.rawValue))")
        }
    }

    @Test func theSameReplyScoresTheSameInAnyPositionOfTheSequence() throws {
        let engine = try Self.engine()
        let content = try shippedContent()
        let replies: [String: String] = [
            "ski-lift": "I'm so sorry you were stuck on the lift in the cold, that's our fault. I'll refund the two hours on your pass now.",
            "abusive-counter": "I can hear you're furious and I want to help. Please don't call me names. I'll find your parcel right now.",
            "third-failure": "I'm sorry, three times is unacceptable and it's our fault. I'll refund the order today and call you on Friday.",
        ]
        func play(seed: UInt64) -> (order: [ScreenStep], scores: [String: ReplyScore]) {
            var (run, _) = ScreenRun.begin(content: content, candidateID: "same", language: .en, seed: seed, at: 0)
            _ = run.acknowledgeNotice(at: 0)
            var time = 0.0
            while run.prompt != .finished {
                _ = run.present(at: time)
                time += 40   // the same latency everywhere
                switch run.prompt {
                case .customer(let p): _ = run.submit(replies[p.scenarioID]!, at: time, engine: engine)
                default: _ = run.submit("best: A, worst: B", at: time, engine: engine)
                }
            }
            return (run.start.order, Dictionary(uniqueKeysWithValues: run.replies.map { ("\($0.scenarioID)#\($0.turn)", $0.score) }))
        }
        let first = play(seed: 1), second = play(seed: 99)
        #expect(first.order != second.order)
        #expect(first.order.firstIndex(of: .scenario(id: "ski-lift", turnCap: 4)) != second.order.firstIndex(of: .scenario(id: "ski-lift", turnCap: 4))
                || first.order.firstIndex(of: .scenario(id: "abusive-counter", turnCap: 4)) != second.order.firstIndex(of: .scenario(id: "abusive-counter", turnCap: 4)))
        #expect(!first.scores.isEmpty)
        for (key, score) in first.scores {
            #expect(second.scores[key] == score, "POSITION \(key): \(score.scores) vs \(second.scores[key].map { "\($0.scores)" } ?? "missing")")
        }
        #expect(Set(first.scores.keys) == Set(second.scores.keys))
    }
}
