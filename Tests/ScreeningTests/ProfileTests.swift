import Foundation
import HotseatCore
import Testing
@testable import Screening

@Suite("Profile and paste detection")
struct ProfileTests {
    @Test(arguments: [
        (400, 6.0, true),     // 67 characters a second
        (400, 60.0, false),   // under 7
        (300, 19.0, true),    // just over 15
        (300, 21.0, false),   // just under 15
        (59, 0.5, false),     // short replies are never judged
        (60, 0.0, true),      // submitted the instant the prompt appeared
    ])
    func pasteThreshold(characters: Int, netLatency: Double, pasted: Bool) {
        #expect(PasteDetection.isLikelyPasted(characters: characters, netLatency: netLatency) == pasted)
    }

    func reply(_ scenario: String, turn: Int, abusive: Bool, calm: Double, overall: Double, text: String = "I'm sorry, I will sort it out today.",
               latency: Double = 30) -> ReplyRecord {
        let score = ReplyScore(language: .en, languageDetected: false, scores: [.empathy: 60, .ownership: 60, .calm: calm, .speed: 80],
                               overall: overall, behaviours: [],
                               evidence: [Evidence(rule: "calm.x", dimension: .calm, start: 0, end: 5, text: "calm-\(turn)", points: calm - 50, explanation: "x")],
                               flags: [], coaching: [])
        return ReplyRecord(scenarioID: scenario, beatID: "b", turn: turn, customerLine: "line", abusiveBeat: abusive, text: text,
                           originalCharacters: text.count, truncated: false, presentedAt: 0, submittedAt: latency, latency: latency,
                           netLatency: latency - 2, timedOut: false, score: score, detectedLanguage: nil, destination: "b", moodAfter: 50)
    }

    @Test func composureCountsOnlyAbusiveTurnsAndQuotesTheLapsesFirst() {
        let replies = [
            reply("ski-lift", turn: 1, abusive: false, calm: 10, overall: 60),
            reply("abusive-counter", turn: 1, abusive: true, calm: 90, overall: 60),
            reply("abusive-counter", turn: 2, abusive: true, calm: 50, overall: 60),
        ]
        let profile = ProfileBuilder.profile(replies: replies, answers: [], events: [], language: .en, keyVersion: "k")
        #expect(profile.score(.composure) == 70)
        #expect(profile.parts.first { $0.dimension == .composure }?.evidence.first?.quote == "calm-2")
        #expect(profile.parts.first { $0.dimension == .composure }?.evidence.contains { $0.quote == "calm-1" && $0.whereSaid.hasPrefix("ski-lift") } == false)
    }

    @Test func consistencyFallsWithTheSpreadOfScenarioScores() {
        let even = [reply("a", turn: 1, abusive: false, calm: 80, overall: 70), reply("b", turn: 1, abusive: false, calm: 80, overall: 72),
                    reply("c", turn: 1, abusive: false, calm: 80, overall: 68)]
        let uneven = [reply("a", turn: 1, abusive: false, calm: 80, overall: 90), reply("b", turn: 1, abusive: false, calm: 80, overall: 40),
                      reply("c", turn: 1, abusive: false, calm: 80, overall: 65)]
        let high = ProfileBuilder.profile(replies: even, answers: [], events: [], language: .en, keyVersion: "k").score(.consistency)!
        let low = ProfileBuilder.profile(replies: uneven, answers: [], events: [], language: .en, keyVersion: "k").score(.consistency)!
        #expect(high > 95)
        #expect(low < 60)
        #expect(ProfileBuilder.profile(replies: [even[0]], answers: [], events: [], language: .en, keyVersion: "k").score(.consistency) == nil)
    }

    @Test func flagsNameShortAnswersAndOtherLanguagesButNeverRemoveScores() {
        var foreign = reply("ski-lift", turn: 2, abusive: false, calm: 80, overall: 60, text: "Het spijt me echt, ik betaal het meteen terug.")
        foreign.detectedLanguage = .nl
        let replies = [reply("ski-lift", turn: 1, abusive: false, calm: 80, overall: 60, text: "ok sorry"), foreign]
        let profile = ProfileBuilder.profile(replies: replies, answers: [], events: [], language: .en, keyVersion: "k")
        #expect(profile.flags.first { $0.code == .veryShort }?.occurrences == ["ski-lift turn 1"])
        #expect(profile.flags.first { $0.code == .languageMismatch }?.occurrences == ["ski-lift turn 2 (Nederlands)"])
        #expect(profile.score(.empathy) == 60)
    }

    @Test func cohortPercentilesAndRanking() {
        #expect(ScreenCohort.percentileRank(70, in: [50, 60, 70, 80, 90]) == 60)
        #expect(ScreenCohort.percentileRank(90, in: [50, 60, 70, 80, 90]) == 100)
    }
}

@Suite("Screen cohort: judgement items")
struct ScreenCohortItemTests {
    func result(_ id: String, picks: [(String, String?, String?)]) throws -> ScreenResult {
        let (run, _) = ScreenRun.begin(content: try shippedContent(), candidateID: id, language: .en, seed: 1, at: 0)
        var result = ScreenResult(run: run, auditFile: "\(id).audit.jsonl", auditLines: 0, auditLastHash: AuditLog.genesisHash)
        result.answers = picks.map { item, best, worst in
            SJTAnswerRecord(itemID: item, best: best, worst: worst, points: 0, keyBest: "B", keyWorst: "C",
                            presentedAt: 0, submittedAt: 1, latency: 1, timedOut: best == nil)
        }
        return result
    }

    @Test func itemsShowWhoPickedTheKeyHardestFirstInTextAndCSV() throws {
        let results = [
            try result("c-1", picks: [("sjt-a", "B", "C"), ("sjt-b", "A", "C")]),
            try result("c-2", picks: [("sjt-a", "B", "A"), ("sjt-b", nil, nil)]),
        ]
        let cohort = ScreenCohort(packID: "p", results: results)
        #expect(cohort.items.map(\.itemID) == ["sjt-b", "sjt-a"])
        let b = try #require(cohort.items.first)
        #expect(b.presented == 2 && b.pickedKeyBest == 0 && b.pickedKeyWorst == 1 && b.timedOut == 1)
        #expect(b.bestShare == 0 && b.worstShare == 50)
        #expect(cohort.items[1].bestShare == 100 && cohort.items[1].worstShare == 50)
        let text = TextScreenReport.cohort(cohort, verification: [:])
        #expect(text.contains("Situational-judgement items, hardest first"))
        #expect(text.range(of: "sjt-b")!.lowerBound < text.range(of: "sjt-a")!.lowerBound)
        let csv = TextScreenReport.cohortCSV(cohort)
        #expect(csv.contains("item,key_best,key_worst,shown,picked_key_best,picked_key_best_pct"))
        #expect(csv.contains("\"sjt-b\",\"B\",\"C\",2,0,0.0,1,50.0,1"))
        // Percentiles are whole numbers, as P83 is everywhere else (not "83.0").
        let ranked = csv.split(separator: "\n").filter { $0.first?.isNumber == true }.map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(!ranked.isEmpty && ranked.allSatisfy { $0.count > 4 && !$0[4].contains(".") }, "\(ranked.map { $0.prefix(5) })")
    }
}
