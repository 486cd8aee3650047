import Drill
import HotseatCore
import Scenarios
import Testing
@testable import Authoring

/// A small, fully predictable scorer so these tests check the runner and its diff, not the rubric.
/// (The shipped transcripts run against the real rubric engine in `hotseat test`.)
struct KeywordScorer: ReplyScoring {
    func score(_ reply: String, context: ScoringContext) -> ReplyScore {
        let text = reply.lowercased()
        var behaviours: [Behaviour] = []
        var evidence: [Evidence] = []
        func find(_ word: String, _ behaviour: Behaviour, _ dimension: HotseatCore.Dimension, _ points: Double) {
            guard let range = text.range(of: word) else { return }
            behaviours.append(behaviour)
            let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
            evidence.append(Evidence(rule: "test.\(behaviour)", dimension: dimension, start: start, end: start + word.unicodeScalars.count,
                                     text: word, points: points, explanation: "test"))
        }
        find("sorry", .apologised, .empathy, 40)
        find("fresh one", .offeredRemedy, .ownership, 50)
        find("idiot", .swore, .calm, -80)
        let empathy = 30 + evidence.filter { $0.dimension == .empathy }.reduce(0) { $0 + $1.points }
        let ownership = 30 + evidence.filter { $0.dimension == .ownership }.reduce(0) { $0 + $1.points }
        let calm = 90 + evidence.filter { $0.dimension == .calm }.reduce(0) { $0 + $1.points }
        return ReplyScore(language: context.language ?? .en, languageDetected: false,
                          scores: [.empathy: empathy, .ownership: ownership, .calm: calm], overall: (empathy + ownership + calm) / 3,
                          behaviours: behaviours, evidence: evidence, flags: [], coaching: [])
    }
}

@Suite struct TranscriptRunnerTests {
    static let scenario = """
    id: cold-coffee
    title: Cold coffee
    trains: Own a small mistake
    difficulty: 1
    languages: [en]
    persona: {name: Anna, situation: Her coffee is cold, wants: A hot coffee}
    recovery: {severity: minor, failure: first, cause: internal}
    topic_words: {en: [coffee]}
    mood: {start: 40, walkout_at: 90}
    turn_limit: 3
    start: opening
    beats:
      opening:
        line: This coffee is cold!
        next:
          - when: {any: [swore]}
            goto: walkout
          - when: {any: [offered_remedy]}
            goto: resolved
          - goto: waiting
      waiting:
        line: Well?
        next:
          - when: {any: [offered_remedy]}
            goto: resolved
          - goto: waiting
    endings:
      resolved: {outcome: resolved, line: Thanks.}
      walkout: {outcome: walked_out, line: I'm leaving.}
    """

    func runner() throws -> TranscriptRunner {
        let result = ScenarioLoader.parse(Self.scenario, path: "scenarios/cold-coffee.yaml")
        _ = try #require(result.scenario, "\(result.diagnostics)")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        return TranscriptRunner(catalog: ScenarioCatalog(files: [result]), engine: KeywordScorer())
    }

    func transcript(_ replies: [String], ending: Outcome, scores: [HotseatCore.Dimension: ClosedRange<Double>]) -> GoldenTranscript {
        GoldenTranscript(name: "t", language: .en, seed: 1, replies: replies.map { .init(text: $0) },
                         expect: .init(outcome: ending, scores: scores), location: SourceLocation(file: "t.yaml", line: 3, column: 5))
    }

    @Test func aMatchingTranscriptPasses() throws {
        let run = try runner().run(transcript(["I'm so sorry.", "Here is a fresh one."], ending: .resolved,
                                              scores: [.empathy: 65...75, .ownership: 75...85, .calm: 90...90]),
                                   scenarioID: "cold-coffee", file: "t.yaml")
        #expect(run.failure == nil)
        #expect(run.drifts.isEmpty, "\(run.drifts)")
        #expect(run.turns.map(\.beatBefore) == ["opening", "waiting"])
        #expect(run.scorecard?.outcome == .resolved)
        #expect(run.rules == [3, 1])
    }

    @Test func driftInEndingAndScoresIsReportedWithTheEvidence() throws {
        let run = try runner().run(transcript(["I'm so sorry.", "Still sorry."], ending: .resolved, scores: [.ownership: 60...100]),
                                   scenarioID: "cold-coffee", file: "t.yaml")
        #expect(run.drifts == [.ending(expected: .resolved, got: nil), .score(.ownership, expected: 60...100, got: 30)])
        let text = TestReport(runs: [run], fileCount: 1).text()
        #expect(text.contains("FAIL cold-coffee › t (en, seed 1)  t.yaml:3:5"))
        #expect(text.contains("  ending: expected resolved, got no ending after 2 replies (still at beat 'waiting')"))
        #expect(text.contains("    reply 1 at opening: apologised → waiting  (mood 40→35, rule 3)"))
        #expect(text.contains("  ownership: expected 60–100, got 30"))
        #expect(text.hasSuffix("1 file, 1 transcript, 0 passed, 1 failed"))
    }

    @Test func evidenceIsQuotedUnderTheDimensionThatDrifted() throws {
        let run = try runner().run(transcript(["You idiot, sorry."], ending: .walkedOut, scores: [.calm: 80...100]),
                                   scenarioID: "cold-coffee", file: "t.yaml")
        #expect(run.drifts == [.score(.calm, expected: 80...100, got: 10)])
        let text = TestReport(runs: [run]).text()
        #expect(text.contains("    reply 1: calm 10"))
        #expect(text.contains("      -80 test.swore «idiot»"))
    }

    @Test func repliesLeftAfterTheEndingAreNoted() throws {
        let run = try runner().run(transcript(["A fresh one for you.", "And a cake."], ending: .resolved, scores: [:]),
                                   scenarioID: "cold-coffee", file: "t.yaml")
        #expect(run.passed)
        #expect(run.unusedReplies == 1)
        #expect(TestReport(runs: [run]).text().contains("note: the drill ended before the last 1 reply"))
    }

    @Test func unknownScenarioOrLanguageCannotBePlayed() throws {
        let missing = try runner().run(transcript(["x"], ending: .resolved, scores: [:]), scenarioID: "cold-tea", file: "t.yaml")
        #expect(missing.failure == "scenario 'cold-tea' is not defined")
        var dutch = transcript(["x"], ending: .resolved, scores: [:])
        dutch.language = .nl
        let unsupported = try runner().run(dutch, scenarioID: "cold-coffee", file: "t.yaml")
        #expect(unsupported.failure != nil)
        #expect(!unsupported.passed)
    }

    @Test func transcriptChecksFindUnknownScenariosAndLanguages() throws {
        let catalog = try runner().catalog
        let file = TranscriptFile(file: "t.yaml", scenarioID: "cold-cofee", scenarioLocation: SourceLocation(file: "t.yaml", line: 1, column: 11),
                                  transcripts: [])
        #expect(TranscriptChecks.diagnostics(for: file, catalog: catalog).map(\.description)
            == ["t.yaml:1:11: error: scenario 'cold-cofee' is not defined (did you mean 'cold-coffee'?)"])
    }

    /// A transcript of a scenario that failed to load gets a note pointing at that file, not an
    /// "is not defined" error the trainer cannot fix in the transcript.
    @Test func aTranscriptOfABrokenScenarioPointsAtItsErrors() {
        let broken = ScenarioLoader.parse(Self.scenario.replacingOccurrences(of: "goto: waiting", with: "goto: wating"), path: "scenarios/cold-coffee.yaml")
        #expect(broken.scenario == nil)
        let file = TranscriptFile(file: "tests/cold-coffee.yaml", scenarioID: "cold-coffee",
                                  scenarioLocation: SourceLocation(file: "tests/cold-coffee.yaml", line: 1, column: 11), transcripts: [])
        let diagnostics = TranscriptChecks.diagnostics(for: file, catalog: ScenarioCatalog(files: [broken]))
        #expect(diagnostics.map(\.description)
            == ["tests/cold-coffee.yaml:1:11: note: not checked: scenario 'cold-coffee' did not load (fix the errors in scenarios/cold-coffee.yaml first)"])
    }
}
