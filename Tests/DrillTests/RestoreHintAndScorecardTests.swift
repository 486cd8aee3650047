import Foundation
import HotseatCore
import Scenarios
import Testing
@testable import Drill

@Suite struct RestoreHintAndScorecardTests {
    @Test func aRestoredSessionContinuesIdentically() throws {
        let scenario = testScenario(turnLimit: 8)
        let replies = ["hmm", "[shouted]", "", "[set_boundary]", "[apologised]", "[offered_remedy] [acknowledged_feeling]"]
        var original = try makeSession(scenario, seed: 77)
        for reply in replies.prefix(3) { _ = try original.submit(reply: reply, latency: .notMeasured) }

        let data = try JSONEncoder().encode(original.state)
        let saved = try JSONDecoder().decode(DrillState.self, from: data)
        var restored = try DrillSession(restoring: saved, scenario: scenario, engine: MarkerScorer(), clock: ManualClock(5))
        #expect(restored.currentLine == original.currentLine)
        #expect(restored.mood == original.mood)

        for reply in replies.dropFirst(3) {
            let a = try original.submit(reply: reply, latency: .notMeasured)
            let b = try restored.submit(reply: reply, latency: .notMeasured)
            #expect(a == b)
        }
        #expect(restored.scorecard() == original.scorecard())
        #expect(restored.isOver)
    }

    @Test func restoringIntoTheWrongScenarioIsRefused() throws {
        let drill = try makeSession()
        var other = testScenario()
        other.id = "other"
        #expect(throws: DrillError.stateMismatch(expected: "other", found: "test-lift")) {
            try DrillSession(restoring: drill.state, scenario: other, engine: MarkerScorer())
        }
    }

    @Test func aHintCostsPointsAndNamesItsPrinciple() throws {
        var drill = try makeSession()
        _ = try drill.submit(reply: "[acknowledged_feeling] [took_ownership]", latency: .notMeasured)
        let before = try #require(drill.scorecard().overall)
        let hint = try drill.hint()
        #expect(hint.cost == DrillSession.hintCost)
        #expect(!hint.principle.isEmpty)
        #expect(drill.scorecard().overall == before - Double(DrillSession.hintCost))
        #expect(drill.scorecard().hintsUsed == 1)
    }

    @Test func aWrittenHintCitesItsOwnPrinciple() throws {
        var drill = try makeSession()
        let hint = try drill.hint()
        // The principle is shown once, on its own line: the advice loses the bracketed citation.
        #expect(hint.text == "Name the cold hour first.")
        #expect(hint.principle == "Roschk & Kaiser 2013: empathy weighs most")
    }

    @Test func screensGiveNoHints() throws {
        var drill = try makeSession(mode: .screen)
        #expect(throws: DrillError.hintsOnlyInTraining) { try drill.hint() }
    }

    @Test func restartGoesBackToTheOpeningWithFreshState() throws {
        var drill = try makeSession()
        _ = try drill.submit(reply: "[acknowledged_feeling]", latency: .notMeasured)
        let line = try drill.restart()
        #expect(line.hasPrefix("Opening"))
        #expect(drill.state.turn == 0 && drill.mood == 60 && drill.state.turns.isEmpty)
        #expect(drill.state.restarts == 1)
    }

    @Test func calmOnAbusiveTurnsWeighsMore() throws {
        var drill = try makeSession()
        _ = try drill.submit(reply: "[shouted]", latency: .notMeasured)           // calm 10, ordinary turn
        _ = try drill.submit(reply: "[set_boundary]", latency: .notMeasured)      // calm 90, abusive turn (×3)
        let calm = try #require(drill.scorecard().dimension(.calm)?.score)
        #expect(calm == 70)   // (10 + 3 × 90) / 4
        #expect(drill.scorecard().dimension(.calm)?.band == .good)
    }

    @Test func theFinalScorecardQuotesTheTraineeAndNamesStrongestAndWeakest() throws {
        var drill = try makeSession()
        _ = try drill.submit(reply: "whatever, it was only an hour [minimised]", latency: .notMeasured)
        _ = try drill.submit(reply: "You sat in the cold for an hour, that is awful [acknowledged_feeling]", latency: .notMeasured)
        _ = try drill.submit(reply: "I'll refund both hours now [offered_remedy] [acknowledged_feeling]", latency: .notMeasured)
        let card = drill.scorecard()
        #expect(card.outcome == .resolved)
        #expect(card.finalMood == drill.mood)
        #expect((2...4).contains(card.coaching.count))
        let replies = drill.state.turns.map(\.reply)
        for tip in card.coaching {
            let quote = try #require(tip.quote)
            #expect(replies.contains { $0.hasPrefix(quote.replacingOccurrences(of: "…", with: "")) })
            #expect(!tip.principle.isEmpty)
        }
        #expect(card.strongest?.turn == 3)
        #expect(card.weakest?.turn == 1)
        #expect(card.scoredReplies == 3)
    }

    @Test func aSingleReplyIsNeitherStrongestNorWeakest() throws {
        var drill = try makeSession()
        _ = try drill.submit(reply: "whatever, it was only an hour [minimised]", latency: .notMeasured)
        let card = drill.scorecard()
        #expect(card.scoredReplies == 1 && card.strongest == nil && card.weakest == nil)
        #expect(!card.coaching.isEmpty)
    }

    @Test func aScorecardBeforeAnyReplyHasNoCoaching() throws {
        let card = try makeSession().scorecard()
        #expect(card.coaching.isEmpty && card.strongest == nil && card.outcome == nil && card.overall == nil)
    }
}
