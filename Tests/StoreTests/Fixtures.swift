import Foundation
import HotseatCore
@testable import Store

/// A fresh folder per test, removed when the test's fixture goes away.
final class TemporaryFolder: @unchecked Sendable {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("hotseat-store-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        // Undo any chmod a test made so the folder can be removed.
        _ = chmod(url.path, 0o700)
        try? FileManager.default.removeItem(at: url)
    }

    var storeURL: URL { url.appendingPathComponent("hotseat.sqlite") }
}

enum Sample {
    static func score(empathy: Double, ownership: Double = 50, speed: Double? = 60, calm: Double = 80,
                      evidenceText: String = "so sorry") -> ReplyScore {
        var scores: [HotseatCore.Dimension: Double] = [.empathy: empathy, .ownership: ownership, .calm: calm]
        scores[.speed] = speed
        return ReplyScore(
            language: .en, languageDetected: false, scores: scores, overall: (empathy + ownership + calm) / 3,
            behaviours: [.apologised, .offeredRemedy],
            evidence: [Evidence(rule: "empathy.apology", dimension: .empathy, start: 4, end: 12, text: evidenceText,
                                points: 12, explanation: "an apology, in your own words")],
            flags: [ScoreFlag(code: "short", message: "a short reply")],
            coaching: [CoachingTip(dimension: .ownership, message: "say what you will do", principle: "ownership")])
    }

    static func session(trainee: String = "ingrid", scenario: String = "ski-lift", startedAt: Date = Date()) -> SessionRecord {
        SessionRecord(trainee: trainee, scenarioID: scenario, scenarioTitle: "Stuck on the chairlift", scenarioDifficulty: 2,
                      language: .en, mode: "training", seed: 42, startedAt: startedAt)
    }

    static func turn(_ session: SessionRecord, index: Int, reply: String = "I'm so sorry, I'll refund your pass.",
                     empathy: Double = 70) -> TurnRecord {
        TurnRecord(sessionID: session.id, index: index, beat: "opening", customerLine: "I want my money back!", reply: reply,
                   latencyRaw: 12.5, latencyNet: 7.5, score: score(empathy: empathy), moodBefore: 70, moodAfter: 58,
                   createdAt: Date(timeIntervalSince1970: 1_790_000_000 + Double(index)))
    }
}
