import Foundation
import HotseatCore
@testable import Reports

/// View-model fixtures: the renderers never see the store, so tests build reports directly.
enum Fixtures {
    static let date = Date(timeIntervalSince1970: 1_795_000_000)

    static func evidence(in reply: String, _ phrase: String, rule: String, _ dimension: HotseatCore.Dimension,
                         points: Double, explanation: String) -> Evidence {
        let scalars = Array(reply.unicodeScalars)
        let needle = Array(phrase.unicodeScalars)
        var start = 0
        while start + needle.count <= scalars.count, Array(scalars[start..<(start + needle.count)]) != needle { start += 1 }
        return Evidence(rule: rule, dimension: dimension, start: start, end: start + needle.count, text: phrase, points: points, explanation: explanation)
    }

    static var session: SessionReport {
        let first = "I'm so sorry you were stuck in the cold for an hour, that sounds awful."
        let second = "I'll refund the two hours on your pass right now, and add a free day."
        let third = "Nobody could predict that wind — it's not our fault. </svg><script>alert('x')</script> & \"quotes\""
        return SessionReport(
            sessionID: "s-0001", trainee: "Ada <Lovelace>", scenarioID: "ski-lift", scenarioTitle: "Stuck on the chairlift",
            language: .en, date: date, outcome: .resolved, finalMood: 28,
            scores: [.empathy: 82, .ownership: 64, .speed: 71.5, .calm: 38],
            moodSeries: [70, 58, 36, 28],
            turns: [
                .init(number: 1, customerLine: "I've been stuck on your lift for an hour in the cold. I want my money back!", reply: first,
                      evidence: [
                        evidence(in: first, "so sorry", rule: "empathy.apology", .empathy, points: 12, explanation: "Apologises sincerely"),
                        evidence(in: first, "that sounds awful", rule: "empathy.name-feeling", .empathy, points: 15, explanation: "Names the customer's feeling"),
                        evidence(in: first, "stuck in the cold for an hour", rule: "ownership.restate", .ownership, points: 5, explanation: "Restates the problem in the customer's terms"),
                        Evidence(rule: "ownership.no-remedy", dimension: .ownership, start: 0, end: 0, text: "", points: -6, explanation: "No concrete remedy offered yet"),
                      ],
                      latency: 12.4, scores: [.empathy: 88, .ownership: 45, .speed: 70, .calm: 92], moodAfter: 58),
                .init(number: 2, customerLine: "Sorry doesn't give me my afternoon back.", reply: second,
                      evidence: [
                        evidence(in: second, "I'll refund the two hours", rule: "ownership.concrete-remedy", .ownership, points: 20, explanation: "Offers a concrete remedy"),
                        evidence(in: second, "right now", rule: "speed.immediate", .speed, points: 10, explanation: "Acts straight away"),
                      ],
                      latency: 21, scores: [.empathy: 60, .ownership: 90, .speed: 80, .calm: 90], moodAfter: 36),
                .init(number: 3, customerLine: "And what about the wind? You should have known!", reply: third,
                      evidence: [
                        evidence(in: third, "it's not our fault", rule: "calm.blame", .calm, points: -25, explanation: "Blames or deflects <defensive>"),
                      ],
                      latency: nil, scores: [.empathy: 20, .ownership: 30, .calm: 20], moodAfter: 28,
                      flags: [ScoreFlag(code: "markup", message: "Reply contains <markup>")]),
            ],
            coaching: [
                CoachingTip(dimension: .calm, message: "Explain the cause without blaming anyone.", principle: "Honest explanation for outside causes", quote: "it's not our fault"),
                CoachingTip(dimension: .ownership, message: "Offer the remedy in your first reply.", principle: "Lewicki et al. 2016: acknowledge responsibility"),
            ],
            endingLine: "Fine. Thanks for sorting it out.")
    }

    static func progress(attempts count: Int) -> TraineeProgressReport {
        let attempts = (0..<count).map { i -> TraineeProgressReport.Attempt in
            let t = Double(i)
            let scores: [HotseatCore.Dimension: Double] = [
                .empathy: min(30 + t * 4, 95), .ownership: min(25 + t * 3, 90),
                .speed: i % 4 == 0 ? .nan : 50 + t.truncatingRemainder(dividingBy: 5) * 5, .calm: 60 + (i % 2 == 0 ? 10 : -5),
            ]
            return .init(sessionID: "s-\(i)", scenarioID: i % 2 == 0 ? "ski-lift" : "hotel-bed", scenarioTitle: i % 2 == 0 ? "Stuck on the chairlift" : "No bed at midnight",
                         date: date.addingTimeInterval(86_400 * t), outcome: i % 3 == 0 ? .walkedOut : .resolved,
                         scores: scores)
        }
        return TraineeProgressReport(trainee: "Bo", attempts: attempts,
                              completed: [.init(scenarioID: "ski-lift", title: "Stuck on the chairlift", attempts: (count + 1) / 2, bestOverall: 71, resolved: true),
                                          .init(scenarioID: "hotel-bed", title: "No bed at midnight", attempts: count / 2, bestOverall: 48, resolved: false)],
                              recommendation: .init(scenarioID: "hotel-bed", title: "No bed at midnight", reason: "Ownership is your weakest dimension; this scenario needs a concrete remedy early."))
    }

    static var cohort: CohortReport {
        let names = ["Ada", "Bo", "Cem", "Dita", "Eli", "Fay", "Gus", "Hana"]
        let members = names.enumerated().map { i, name -> CohortReport.Member in
            let scores: [HotseatCore.Dimension: Double] = [
                .empathy: Double(40 + i * 7), .ownership: Double(30 + (i * 13) % 60),
                .speed: Double(55 + (i * 5) % 30), .calm: Double(90 - i * 6),
            ]
            return CohortReport.Member(name: name, sessions: 2 + i % 3, scores: scores)
        }
        return CohortReport(cohort: "spring-2026", members: members, scenarios: [
            .init(scenarioID: "ski-lift", title: "Stuck on the chairlift", attempts: 12, scores: [.empathy: 70, .ownership: 55, .speed: 66, .calm: 80]),
            .init(scenarioID: "hotel-bed", title: "No bed at midnight", attempts: 9, scores: [.empathy: 52, .ownership: 38, .speed: 61, .calm: 70]),
            .init(scenarioID: "lost-bag", title: "Lost bag <again>", attempts: 4, scores: [.empathy: 61, .ownership: 58, .speed: 40, .calm: 75]),
        ])
    }

    static var candidate: CandidateReport {
        let answer = "I understand how frustrating this is. Let me fix it today."
        return CandidateReport(candidateID: "c-17", candidateName: "Jo <b>Bold</b>", pack: "front-desk", packTitle: "Front desk screen", date: date,
                               scores: [.empathy: 74, .ownership: 58, .speed: 66, .calm: 88],
                               percentiles: [.empathy: 62, .ownership: 40, .speed: 55, .calm: 81],
                               normGroup: "31 candidates who took this pack",
                               flags: [ScoreFlag(code: "short-replies", message: "Several answers were under five words")],
                               items: [.init(title: "Item 1: the double booking", prompt: "A guest finds someone else in their room.", response: answer,
                                             evidence: [evidence(in: answer, "how frustrating this is", rule: "empathy.name-feeling", .empathy, points: 15, explanation: "Names the customer's feeling"),
                                                        evidence(in: answer, "Let me fix it today", rule: "ownership.commit", .ownership, points: 18, explanation: "Commits to a fix with a time")],
                                             scores: [.empathy: 80, .ownership: 72, .speed: 60, .calm: 90], latency: 18)],
                               integrity: "HMAC-SHA256 3f9a…")
    }

    static var screen: ScreenCohortReport {
        var candidates: [ScreenCohortReport.Candidate] = []
        for i in 0..<12 {
            let scores: [HotseatCore.Dimension: Double] = [
                .empathy: Double(35 + (i * 11) % 60), .ownership: Double(40 + (i * 7) % 50),
                .speed: Double(50 + (i * 3) % 40), .calm: Double(60 + (i * 9) % 40),
            ]
            let flags = i == 3 ? [ScoreFlag(code: "gamed", message: "Repeats stock apology phrases")] : []
            candidates.append(.init(candidateID: "c-\(i + 1)", scores: scores, flags: flags))
        }
        let items: [ScreenCohortReport.ItemSummary] = [
            .init(scenarioID: "item-1", title: "The double booking", attempts: 12, scores: [.empathy: 64, .ownership: 51, .speed: 70, .calm: 77]),
            .init(scenarioID: "item-2", title: "The rude regular", attempts: 12, scores: [.empathy: 58, .ownership: 60, .speed: 62, .calm: 49]),
        ]
        return ScreenCohortReport(pack: "front-desk", packTitle: "Front desk screen", candidates: candidates, items: items)
    }

    static let profileParts: [(key: String, title: String, short: String)] = [
        ("empathy", "Empathy", "Empathy"), ("ownership", "Ownership", "Ownership"), ("responsiveness", "Responsiveness", "Responsiveness"),
        ("composure", "Composure under abuse", "Composure"), ("consistency", "Consistency across scenarios", "Consistency"),
        ("judgement", "Situational judgement", "Judgement"),
    ]

    /// A screen cohort as the hiring-screen adapter builds it: six profile parts, a percentile each, judgement items.
    static var screenWithProfile: ScreenCohortReport {
        var candidates: [ScreenCohortReport.Candidate] = []
        for i in 0..<5 {
            let parts = profileParts.enumerated().map { index, part in
                ProfileScore(key: part.key, title: part.title, short: part.short,
                             score: part.key == "composure" && i == 4 ? nil : Double(30 + (i * 13 + index * 7) % 65),
                             basis: "measured on \(index + 1) things")
            }
            let overall = Statistics.mean(parts.compactMap(\.score))
            candidates.append(.init(candidateID: "c-\(i + 1)<x>", scores: [.empathy: parts[0].score!, .ownership: parts[1].score!],
                                    flags: i == 2 ? [ScoreFlag(code: "very-short", message: "very short answers: ski-lift turn 1")] : [],
                                    parts: parts, percentile: Double(20 * (i + 1)), profileOverall: overall, status: i == 1 ? "signed ✓, incomplete" : "signed ✓"))
        }
        return ScreenCohortReport(pack: "call-centre-basic", packTitle: "call-centre-basic", candidates: candidates, items: [],
                                  judgementItems: [
                                      .init(itemID: "sjt-easy", keyBest: "B", keyWorst: "C", shown: 5, bestShare: 100, worstShare: 80),
                                      .init(itemID: "sjt-hard <tricky>", keyBest: "A", keyWorst: "D", shown: 5, bestShare: 20, worstShare: 40, timedOut: 1),
                                  ])
    }

    /// A candidate with the full screen profile and quotes.
    static var candidateWithProfile: CandidateReport {
        var report = candidate
        report.profile = profileParts.enumerated().map { index, part in
            ProfileScore(key: part.key, title: part.title, short: part.short, score: Double(50 + index * 5), percentile: Double(40 + index * 10),
                         basis: "\(index + 2) replies",
                         evidence: [.init(whereSaid: "ski-lift turn \(index + 1)", quote: "quote for \(part.key) <i>", note: "why \(part.key)", points: index % 2 == 0 ? 10 : -5)])
        }
        report.profileOverall = 62.5
        return report
    }
}
