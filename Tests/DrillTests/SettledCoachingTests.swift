import Foundation
import HotseatCore
import Rubric
import Scenarios
import Testing
@testable import Drill

/// Coaching must not tell a trainee to add what their next reply already gave: the hints teach
/// "empathy first, then the fix", so the fix arriving one reply later is the lesson learnt.
@Suite struct SettledCoachingTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func skiLift() throws -> (Scenario, RubricEngine) {
        let engine = try RubricEngine.load(directory: root.appendingPathComponent("scoring"))
        let catalog = ScenarioCatalog.load(directories: [root.appendingPathComponent("scenarios")])
        return (try #require(catalog.scenario(id: "ski-lift")), engine)
    }

    static let empathyOnly = "I'm so sorry, an hour in the cold with your kids must have been miserable."
    static let remedy = "I'll refund today's pass in full right now, and the kids get a free day pass for tomorrow."

    /// The tips the engine gave the first reply for something it lacked (those carry no quote).
    static func missingTips(_ turn: TurnResult) -> [CoachingTip] {
        let score = turn.score!
        return score.coaching.filter { tip in
            tip.quote == nil && score.evidence.contains { $0.dimension == tip.dimension && ScorecardBuilder.isMissingExpectation($0) }
        }
    }

    @Test func aTipForWhatTheNextReplySuppliedIsDropped() throws {
        let (scenario, engine) = try Self.skiLift()
        var drill = try DrillSession(scenario: scenario, language: .en, mode: .training, seed: 1, engine: engine)
        let first = try drill.submit(reply: Self.empathyOnly, latency: .notMeasured)
        let missing = Self.missingTips(first)
        try #require(!missing.isEmpty, "the engine should ask for a concrete remedy after a major failure")
        _ = try drill.submit(reply: Self.remedy, latency: .notMeasured)
        let messages = drill.scorecard().coaching.map(\.message)
        for tip in missing { #expect(!messages.contains(tip.message)) }
    }

    @Test func aTipForWhatNeverCameStays() throws {
        let (scenario, engine) = try Self.skiLift()
        var drill = try DrillSession(scenario: scenario, language: .en, mode: .training, seed: 1, engine: engine)
        let first = try drill.submit(reply: Self.empathyOnly, latency: .notMeasured)
        let missing = Self.missingTips(first)
        try #require(!missing.isEmpty)
        let messages = drill.scorecard().coaching.map(\.message)
        #expect(missing.contains { messages.contains($0.message) })
    }

    /// One tip per skill: a fast reply with no next step gets one speed tip, not two that say the
    /// same thing about the same reply (the Dutch ski-lift session that showed it).
    @Test func theCoachingGivesOneTipPerSkill() throws {
        let (scenario, engine) = try Self.skiLift()
        var drill = try DrillSession(scenario: scenario, language: .nl, mode: .training, seed: 1, engine: engine)
        _ = try drill.submit(reply: "Wat vreselijk, een uur in de kou met je kinderen. Het spijt me echt.", latency: .net(11))
        _ = try drill.submit(reply: "Ik betaal je pas van vandaag nu meteen volledig terug, en morgen krijgen jullie alle drie een gratis dagpas.",
                             latency: .net(5))
        let dimensions = drill.scorecard().coaching.map(\.dimension)
        #expect(dimensions.count >= 2)
        #expect(Set(dimensions).count == dimensions.count, "\(drill.scorecard().coaching.map { "\($0.dimension): \($0.message)" })")
    }

    /// The drill's own empathy advice reads the reply it quotes: "name what they went through"
    /// is wrong for a reply that did, and right for one that did not.
    @Test func empathyAdviceSaysWhatTheQuotedReplyLacked() throws {
        let (scenario, engine) = try Self.skiLift()
        let context = ScoringContext(language: .en, traits: scenario.traits, topicWords: scenario.topicWords[.en] ?? [])
        let specific = engine.score("I'm so sorry you and your kids were stuck in the cold for an hour.", context: context)
        let bare = engine.score("I'm sorry.", context: context)
        let told = Principles.advice(for: .empathy, weak: true, language: .en, quoting: specific)
        #expect(told.contains("how it felt") && !told.contains("in their own specifics"), "\(told)")
        #expect(Principles.advice(for: .empathy, weak: true, language: .en, quoting: bare).contains("in their own specifics"))
        for language in [Language.nl, .nb] {
            #expect(Principles.advice(for: .empathy, weak: true, language: language, quoting: specific)
                    != Principles.advice(for: .empathy, weak: true, language: language, quoting: bare))
        }
    }

    /// An excellent conversation (found in the Dutch chat drill: 99 overall) is not told to "stay
    /// calm, no sarcasm or capitals" because calm, at 97, was its lowest score.
    @Test func anExcellentConversationIsNotCorrectedOnItsLowestScore() throws {
        let engine = try RubricEngine.load(directory: Self.root.appendingPathComponent("scoring"))
        let catalog = ScenarioCatalog.load(directories: [Self.root.appendingPathComponent("scenarios")])
        let scenario = try #require(catalog.scenario(id: "chat-insults"))
        var drill = try DrillSession(scenario: scenario, language: .nl, mode: .training, seed: 1, engine: engine)
        for reply in ["Ik snap dat je boos bent, twee keer 89 euro vlak voor je huur is echt vervelend. Scheld alsjeblieft niet, dan help ik je meteen. Ik zet de tweede afschrijving nu terug.",
                      "Dank je, Kev. Ik heb de tweede betaling van 89 euro teruggeboekt; die staat morgen voor vrijdag op je rekening. Ik stuur je vandaag om 17 uur een bevestiging per mail.",
                      "Terecht dat je dat vraagt. Je ziet de terugboeking morgenochtend al als 'in behandeling' in je app, en ik bel je morgen om 10 uur zelf even na."] where !drill.isOver {
            _ = try drill.submit(reply: reply, latency: .net(5))
        }
        let card = drill.scorecard()
        try #require(card.dimensions.allSatisfy { $0.band == .excellent }, "\(card.dimensions)")
        let corrections = Dimension.allCases.map { Principles.advice(for: $0, weak: true, language: .nl) }
        #expect(!card.coaching.contains { corrections.contains($0.message) }, "\(card.coaching.map(\.message))")
        #expect(card.coaching.count >= 2)
    }

    /// The README's session: ownership is excellent over the conversation (84), but the quoted
    /// first reply scored 30 on it, and the advice is for that reply.
    @Test func adviceFollowsTheQuotedReplyNotTheConversation() throws {
        let (scenario, engine) = try Self.skiLift()
        var drill = try DrillSession(scenario: scenario, language: .en, mode: .training, seed: 1, engine: engine)
        _ = try drill.submit(reply: "I'm so sorry. An hour at minus twelve with your kids crying, that must have been miserable. That's on us.", latency: .net(20))
        _ = try drill.submit(reply: "I'll refund today's pass in full right now, and the kids get a free day pass for tomorrow.", latency: .net(5))
        let card = drill.scorecard()
        let ownership = try #require(card.coaching.first { $0.dimension == .ownership }, "\(card.coaching)")
        #expect(ownership.message == Principles.advice(for: .ownership, weak: true, language: .en), "\(ownership)")
        #expect(ownership.quote?.hasPrefix("I'm so sorry. An hour") == true)
    }
}
