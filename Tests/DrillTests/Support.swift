import Foundation
import HotseatCore
import Scenarios
@testable import Drill

/// TEST-ONLY scorer for state-machine tests. It does not score language: it reads behaviours
/// from explicit markers such as `[apologised]` in the test input and turns them into
/// deterministic numbers, so that transitions, mood and aggregation can be checked without
/// depending on the rubric files. Production and end-to-end tests use the real `RubricEngine`.
final class MarkerScorer: ReplyScoring, @unchecked Sendable {
    private let lock = NSLock()
    private var _contexts: [ScoringContext] = []
    var contexts: [ScoringContext] { lock.withLock { _contexts } }

    func score(_ reply: String, context: ScoringContext) -> ReplyScore {
        lock.withLock { _contexts.append(context) }
        let behaviours = Behaviour.allCases.filter { reply.contains("[\($0.rawValue)]") }
        let has = { (b: Behaviour) in behaviours.contains(b) }
        let empathy: Double = has(.acknowledgedFeeling) ? 90 : has(.apologised) ? 60 : 20
        let ownership: Double = has(.offeredRemedy) ? 90 : has(.tookOwnership) ? 70 : 20
        let calm: Double = behaviours.contains(where: \.isNegative) ? 10 : 90
        var scores: [HotseatCore.Dimension: Double] = [.empathy: empathy, .ownership: ownership, .calm: calm]
        if let latency = context.latency { scores[.speed] = max(0, 100 - latency * 2) }
        let overall = scores.values.reduce(0, +) / Double(scores.count)
        let coaching = empathy < 50
            ? [CoachingTip(dimension: .empathy, message: "Name the feeling.", principle: "Roschk & Kaiser 2013: empathy first")]
            : []
        return ReplyScore(language: context.language ?? .en, languageDetected: false, scores: scores, overall: overall,
                          behaviours: behaviours, evidence: [], flags: [], coaching: coaching)
    }
}

/// A clock the test moves by hand.
final class ManualClock: DrillClock, @unchecked Sendable {
    private let lock = NSLock()
    private var time: Double
    init(_ start: Double = 1000) { time = start }
    func now() -> Double { lock.withLock { time } }
    func advance(_ seconds: Double) { lock.withLock { time += seconds } }
}

func lines(_ en: [String], nl: [String]? = nil) -> LocalizedLines {
    var variants: [Language: [String]] = [.en: en]
    if let nl { variants[.nl] = nl }
    return LocalizedLines(variants)
}

/// A small scenario built in code: opening → remedy → resolved, with walkout, manager and an abusive beat.
func testScenario(turnLimit: Int = 5, start mood: Int = 60, walkoutAt: Int? = 90,
                  effects: [Behaviour: Int] = [.offeredRemedy: -20]) -> Scenario {
    let beats: [String: Beat] = [
        "opening": Beat(id: "opening", line: lines(["Opening A", "Opening B", "Opening C"], nl: ["Begin A", "Begin B"]),
                        hint: LocalizedText([.en: "Name the cold hour first (Roschk & Kaiser 2013: empathy weighs most)."]),
                        next: [
                            Transition(when: Condition(any: [.swore]), goto: "manager"),
                            Transition(when: Condition(any: [.shouted]), goto: "rant"),
                            Transition(when: Condition(any: [.acknowledgedFeeling]), goto: "remedy"),
                        ]),
        "remedy": Beat(id: "remedy", line: lines(["So what will you do?"], nl: ["En wat ga je doen?"]), demands: .offeredRemedy,
                       next: [
                           Transition(when: Condition(all: [.offeredRemedy], moodBelow: 50), goto: "resolved"),
                           Transition(goto: "remedy"),
                       ]),
        "rant": Beat(id: "rant", line: lines(["You useless idiot!"], nl: ["Jij nutteloze idioot!"]), abusive: true,
                     next: [
                         Transition(when: Condition(any: [.setBoundary]), goto: "remedy"),
                         Transition(goto: "rant"),
                     ]),
    ]
    let endings: [String: Ending] = [
        "resolved": Ending(id: "resolved", outcome: .resolved, line: lines(["Thanks, that's fair."], nl: ["Bedankt."])),
        "walkout": Ending(id: "walkout", outcome: .walkedOut, line: lines(["I'm leaving."], nl: ["Ik ga."])),
        "manager": Ending(id: "manager", outcome: .manager, line: lines(["Get me your manager."], nl: ["Haal je baas."])),
    ]
    return Scenario(
        id: "test-lift", title: LocalizedText([.en: "Test"]), trains: LocalizedText([.en: "Testing"]), difficulty: 1,
        languages: [.en, .nl], persona: Persona(name: "Mark", situation: LocalizedText([.en: "s"]), wants: LocalizedText([.en: "w"])),
        traits: RecoveryTraits(severity: .major), topicWords: [.en: ["lift"]],
        mood: MoodSpec(start: mood, effects: effects, walkoutAt: walkoutAt), turnLimit: turnLimit,
        scoring: ScoringSpec(weights: [.ownership: 1.5], expects: [.acknowledgedFeeling]),
        start: "opening", beats: beats, endings: endings, file: "test-lift.yaml")
}

func makeSession(_ scenario: Scenario = testScenario(), language: Language = .en, mode: DrillMode = .training,
                 seed: UInt64 = 1, scorer: MarkerScorer = MarkerScorer(), clock: ManualClock = ManualClock()) throws -> DrillSession {
    try DrillSession(scenario: scenario, language: language, mode: mode, seed: seed, engine: scorer, clock: clock)
}
