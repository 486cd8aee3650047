import HotseatCore
import Testing
@testable import Rubric

/// A stand-in engine: scores empathy by the number of "sorry"s and records the contexts it saw.
private struct CountingEngine: ReplyScoring {
    func score(_ reply: String, context: ScoringContext) -> ReplyScore {
        let sorries = reply.split(separator: " ").filter { $0.lowercased().hasPrefix("sorry") }.count
        var scores: [Dimension: Double] = [.empathy: Double(min(100, sorries * 25)), .calm: context.traits.severity == .major ? 90 : 10]
        if let latency = context.latency { scores[.speed] = max(0, 100 - latency) }
        let evidence = sorries > 0 ? [Evidence(rule: "test.sorry", dimension: .empathy, start: 0, end: 5, text: "sorry", points: 25, explanation: "said sorry")] : []
        return ReplyScore(language: context.language ?? .en, languageDetected: context.language == nil, scores: scores, overall: 0,
                          behaviours: [], evidence: evidence,
                          flags: sorries > 3 ? [ScoreFlag(code: "repetition", message: "said sorry over and over")] : [], coaching: [])
    }
}

@Suite struct CalibrationRunnerTests {
    let rows = [
        RatedReply(id: "a", reply: "ok", language: .en, scenarioID: "ski-lift", latency: 10, ratings: [.empathy: 1, .calm: 5, .speed: 5], line: 2),
        RatedReply(id: "b", reply: "sorry", language: .en, scenarioID: "ski-lift", ratings: [.empathy: 2, .calm: 5, .speed: 3], line: 3),
        RatedReply(id: "c", reply: "sorry sorry", language: .nl, scenarioID: "nowhere", latency: 50, ratings: [.empathy: 3, .calm: 5], line: 4),
        RatedReply(id: "d", reply: "sorry sorry sorry sorry", language: .nb, ratings: [.empathy: 1, .calm: 5], rationale: "stuffing", line: 5),
    ]
    let scenarios = ["ski-lift": CalibrationScenario(id: "ski-lift", traits: RecoveryTraits(severity: .major))]

    @Test func figuresPerDimensionAndMissingScenarios() throws {
        let report = CalibrationRunner.run(rows, engine: CountingEngine(), scenarios: scenarios)
        #expect(report.replies == 4)
        #expect(report.scenariosMissing == ["nowhere"])
        let empathy = try #require(report.dimensions.first { $0.dimension == .empathy })
        #expect(empathy.pairs == 4)
        // Engine 0, 25, 50, 100 against humans 1, 2, 3, 1.
        #expect(abs(try #require(empathy.spearman) - CalibrationStatistics.spearman([1, 2, 3, 1], [0, 25, 50, 100])!) < 1e-12)
        #expect(empathy.confusion.count(row: 1, column: 5) == 1)
        #expect(empathy.exactAgreement == 0.75)
    }

    @Test func worstDisagreementCarriesTheRulesThatDroveIt() throws {
        let report = CalibrationRunner.run(rows, engine: CountingEngine(), scenarios: scenarios)
        let empathy = try #require(report.dimensions.first { $0.dimension == .empathy })
        let worst = try #require(empathy.worst.first)
        #expect(worst.id == "d" && worst.human == 1 && worst.engine == 5 && worst.line == 5)
        #expect(worst.rules.map(\.rule) == ["test.sorry"])
        #expect(worst.rationale == "stuffing")
        #expect(worst.flags == ["repetition"])
        #expect(!empathy.worst.contains { $0.human == $0.engine })
    }

    @Test func scenarioTraitsReachTheEngineOnlyWhenTheScenarioExists() throws {
        let report = CalibrationRunner.run(rows, engine: CountingEngine(), scenarios: scenarios)
        let calm = try #require(report.dimensions.first { $0.dimension == .calm })
        // Calm is 90 only with ski-lift's major severity: rows a and b.
        #expect(calm.confusion.count(row: 5, column: 5) == 2)
        #expect(calm.confusion.count(row: 5, column: 1) == 2)
    }

    @Test func speedIsComparedOnlyWhereTheEngineHadALatency() throws {
        let report = CalibrationRunner.run(rows, engine: CountingEngine(), scenarios: scenarios)
        let speed = try #require(report.dimensions.first { $0.dimension == .speed })
        #expect(speed.pairs == 1)
        #expect(speed.spearman == nil)
        #expect(report.dimensions(below: 0.7).contains(.speed))
        #expect(!report.dimensions.contains { $0.dimension == .ownership })
    }

    @Test func textReportShowsVerdictsAndRules() {
        let text = CalibrationRunner.run(rows, engine: CountingEngine(), scenarios: scenarios).text(minimumSpearman: 0.7)
        #expect(text.contains("scored without recovery traits: nowhere"))
        #expect(text.contains("MISS (< 0.70)"))
        #expect(text.contains("+25.0 test.sorry \"sorry\": said sorry"))
        #expect(text.contains("flags: repetition"))
    }

    @Test func scenarioContextUsesTheReplyLanguage() {
        let s = CalibrationScenario(id: "x", traits: RecoveryTraits(abusive: true), topicWords: [.en: ["lift"], .nl: ["lift", "kou"]],
                                    openingLine: [.nl: "Ik zit vast!"], expects: [.offeredRemedy], weights: [.ownership: 1.5])
        let context = s.context(language: .nl, latency: 3)
        #expect(context.customerLine == "Ik zit vast!" && context.topicWords == ["lift", "kou"] && context.latency == 3)
        #expect(context.traits.abusive && context.expectedBehaviours == [.offeredRemedy] && context.scenarioID == "x")
        #expect(s.context(language: .en, latency: nil).customerLine == nil)
    }
}
