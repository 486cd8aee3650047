import Foundation
import HotseatCore
import Testing
@testable import Screening

/// Audit findings on the profile: silence scored as composure, thin quotes, consistency in the overall, typed-ahead replies.
@Suite("Profile: silence, quotes, overall, typed-ahead")
struct ProfileFairnessFixTests {
    func reply(_ scenario: String = "swearing-caller", turn: Int = 1, abusive: Bool = true, text: String, calm: Double = 85,
               empathy: Double = 0, overall: Double = 40, latency: Double = 30, timedOut: Bool = false,
               evidence: [Evidence] = []) -> ReplyRecord {
        let score = ReplyScore(language: .en, languageDetected: false, scores: [.empathy: empathy, .ownership: 0, .calm: calm, .speed: 40],
                               overall: overall, behaviours: [], evidence: evidence, flags: [], coaching: [])
        return ReplyRecord(scenarioID: scenario, beatID: "b", turn: turn, customerLine: "line", abusiveBeat: abusive, text: text,
                           originalCharacters: text.count, truncated: false, presentedAt: 0, submittedAt: latency, latency: latency,
                           netLatency: max(0, latency - 2), timedOut: timedOut, score: score, detectedLanguage: nil, destination: "b", moodAfter: 50)
    }

    func part(_ profile: CandidateProfile, _ dimension: ProfileDimension) -> ProfilePart { profile.parts.first { $0.dimension == dimension }! }

    @Test func aTimeoutOnAnAbusiveLineDoesNotRaiseComposure() {
        let lapse = reply(turn: 1, text: "Don't talk to me like that, idiot.", calm: 20)
        let timeout = reply(turn: 2, text: "", calm: 85, latency: 120, timedOut: true)
        let empty = reply(turn: 3, text: "  ", calm: 85, latency: 10)
        let profile = ProfileBuilder.profile(replies: [lapse, timeout, empty], answers: [], events: [], language: .en, keyVersion: "k")
        #expect(profile.score(.composure) == 20)
        #expect(part(profile, .composure).basis.contains("2 empty or timed out, left out"))
        // Empathy keeps them, as 0, and says so.
        #expect(part(profile, .empathy).basis.contains("2 empty or timed out, counted as 0"))
        #expect(part(profile, .ownership).basis.contains("counted as 0"))
        // Only silence on abusive lines: composure is not measured at all.
        let silent = ProfileBuilder.profile(replies: [timeout], answers: [], events: [], language: .en, keyVersion: "k")
        #expect(silent.score(.composure) == nil)
    }

    @Test func quotesAreTheSentenceAroundTheMatchWithoutDuplicates() {
        let texts = ["Hello. I understand you waited an hour in the cold, and that is awful. Let me help.",
                     "I understand. I'll refund it.", "I understand."]
        let replies = texts.enumerated().map { index, text in
            let start = text.range(of: "I understand")!.lowerBound.utf16Offset(in: text)
            return reply("ski-lift", turn: index + 1, abusive: false, text: text, empathy: 60,
                         evidence: [Evidence(rule: "empathy.x", dimension: .empathy, start: start, end: start + 12, text: "I understand",
                                             points: 10, explanation: "acknowledged")])
        }
        let quotes = part(ProfileBuilder.profile(replies: replies, answers: [], events: [], language: .en, keyVersion: "k"), .empathy).evidence.map(\.quote)
        #expect(quotes == ["I understand you waited an hour in the cold, and that is awful.", "I understand."])

        let long = String(repeating: "word ", count: 60) + "I will refund the pass today " + String(repeating: "more ", count: 60)
        let start = long.range(of: "refund")!.lowerBound.utf16Offset(in: long)
        let quote = QuoteContext.sentence(around: Evidence(rule: "r", dimension: .ownership, start: start, end: start + 6, text: "refund",
                                                           points: 1, explanation: ""), in: long)
        #expect(quote.count <= QuoteContext.maximumCharacters + 2 && quote.hasPrefix("…") && quote.hasSuffix("…") && quote.contains("refund the pass"))
    }

    @Test func aTimeoutIsQuotedAsNoReply() {
        let replies = [reply("ski-lift", abusive: false, text: "I'm sorry, I'll fix it.", latency: 10),
                       reply("ski-lift", turn: 2, abusive: false, text: "", latency: 120, timedOut: true)]
        let evidence = part(ProfileBuilder.profile(replies: replies, answers: [], events: [], language: .en, keyVersion: "k"), .responsiveness).evidence
        #expect(evidence.contains { $0.quote == "no reply (timed out)" && !$0.note.contains("answered") })
        #expect(!evidence.contains { $0.quote.isEmpty })
    }

    @Test func theFastestAndSlowestRepliesAreFactsWithTheirSpeedNotPraise() {
        // "best: a" typed into a conversation in 2 s is the fastest reply; it must not read as a strength.
        let replies = [reply("ski-lift", abusive: false, text: "best: a, worst: c", latency: 2),
                       reply("ski-lift", turn: 2, abusive: false, text: "I'll refund the pass today.", latency: 40)]
        let profile = ProfileBuilder.profile(replies: replies, answers: [], events: [], language: .en, keyVersion: "k")
        let evidence = part(profile, .responsiveness).evidence
        #expect(evidence.map(\.quote) == ["best: a, worst: c", "I'll refund the pass today."])
        #expect(evidence.allSatisfy { $0.points == 0 && $0.note.hasSuffix("; speed 40") })
        #expect(part(profile, .consistency).evidence.allSatisfy { $0.points == 0 })
    }

    @Test func consistencyIsLeftOutOfTheOverall() {
        // Consistently weak everywhere: consistency is high, and must not lift the overall.
        let replies = [reply("a", abusive: false, text: "ok", calm: 40, empathy: 20, overall: 30),
                       reply("b", abusive: false, text: "ok", calm: 40, empathy: 20, overall: 30)]
        let profile = ProfileBuilder.profile(replies: replies, answers: [], events: [], language: .en, keyVersion: "k")
        #expect(profile.score(.consistency) == 100)
        let others = profile.parts.filter { $0.dimension != .consistency }.compactMap(\.score)
        #expect(profile.overall == (others.reduce(0, +) / Double(others.count)).rounded(toPlaces: 1))
        #expect(TextScreenReport.cohort(ScreenCohort(packID: "p", results: []), verification: [:]).contains("except consistency"))
    }

    @Test func aReplyFasterThanReadingIsFlaggedAsTypedAhead() {
        var pasted = reply("ski-lift", turn: 2, abusive: false, text: "I will refund you.", latency: 0.006)
        pasted.inputLines = nil
        var joined = reply("ski-lift", turn: 3, abusive: false, text: "one two three", latency: 20)
        joined.inputLines = 3
        let normal = reply("ski-lift", turn: 1, abusive: false, text: "I'm sorry.", latency: 12)
        let flag = ProfileBuilder.profile(replies: [normal, pasted, joined], answers: [], events: [], language: .en, keyVersion: "k")
            .flags.first { $0.code == .typedAhead }
        #expect(flag?.occurrences.count == 2)
        #expect(flag?.occurrences.first?.contains("0.006 s") == true)
        #expect(flag?.occurrences.last?.contains("3 lines pasted at once") == true)
    }
}
