import Foundation
import HotseatCore
import Scenarios
import Testing
@testable import Screening

typealias Dimension = HotseatCore.Dimension

/// The repository root, found from this file's path, so tests read the shipped packs and scenarios.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func shippedLibrary() -> ScreenLibrary {
    ScreenLibrary.load(directory: repositoryRoot.appendingPathComponent("scenarios/screens"))
}

func shippedScenarios() -> [Scenario] {
    ScenarioCatalog.load(directories: [repositoryRoot.appendingPathComponent("scenarios")]).scenarios
}

func shippedContent(shuffle: ShufflePolicy? = nil) throws -> ScreenContent {
    let library = shippedLibrary()
    var pack = try #require(library.pack(id: "call-centre-basic"))
    if let shuffle { pack.shuffle = shuffle }
    return try ScreenContent(pack: pack, scenarios: shippedScenarios(), items: library.items)
}

/// A small, transparent scorer for state-machine tests: it recognises a few phrases so that the
/// run's bookkeeping (turns, endings, timings, flags) can be checked without the rubric files.
/// Fairness tests use the real `RubricEngine` instead.
struct PhraseScorer: ReplyScoring {
    func score(_ reply: String, context: ScoringContext) -> ReplyScore {
        let lower = reply.lowercased()
        var behaviours: [Behaviour] = []
        var evidence: [Evidence] = []
        func find(_ phrase: String, _ behaviour: Behaviour, _ dimension: Dimension, _ points: Double) {
            guard let range = lower.range(of: phrase) else { return }
            behaviours.append(behaviour)
            let start = lower.unicodeScalars.distance(from: lower.unicodeScalars.startIndex, to: range.lowerBound)
            evidence.append(Evidence(rule: "test.\(behaviour.rawValue)", dimension: dimension, start: start, end: start + phrase.unicodeScalars.count,
                                     text: String(reply.unicodeScalars.dropFirst(start).prefix(phrase.unicodeScalars.count)), points: points,
                                     explanation: "test phrase '\(phrase)'"))
        }
        find("sorry", .apologised, .empathy, 20)
        find("refund", .offeredRemedy, .ownership, 25)
        find("idiot", .swore, .calm, -40)
        let empathy = behaviours.contains(.apologised) ? 80.0 : 30
        let ownership = behaviours.contains(.offeredRemedy) ? 85.0 : 35
        let calm = behaviours.contains(.swore) ? 10.0 : 90
        var scores: [Dimension: Double] = [.empathy: empathy, .ownership: ownership, .calm: calm]
        if let latency = context.latency { scores[.speed] = max(0, 100 - latency) }
        let language: Language = context.language ?? (lower.contains("het spijt") ? .nl : lower.contains("beklager") ? .nb : .en)
        return ReplyScore(language: language, languageDetected: context.language == nil, scores: scores,
                          overall: scores.values.reduce(0, +) / Double(scores.count), behaviours: behaviours,
                          evidence: evidence, flags: [], coaching: [])
    }
}
