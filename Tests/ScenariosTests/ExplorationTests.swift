import HotseatCore
import Testing
@testable import Scenarios

/// Scenarios built in code, each with one deliberate shape.
enum Graphs {
    static func scenario(start: String = "a", beats: [(String, [Transition])], endings: [String: Outcome] = ["won": .resolved, "lost": .walkedOut],
                         turnLimit: Int = 6, mood: MoodSpec = MoodSpec(start: 50)) -> Scenario {
        let lines = LocalizedLines([.en: ["…"]])
        var beatMap: [String: Beat] = [:]
        for (offset, (id, next)) in beats.enumerated() {
            beatMap[id] = Beat(id: id, line: lines, next: next, sourceLine: offset + 1)
        }
        return Scenario(id: "graph", title: LocalizedText([.en: "g"]), trains: LocalizedText([.en: "g"]), difficulty: 1, languages: [.en],
                        persona: Persona(name: "P", situation: LocalizedText([.en: "s"]), wants: LocalizedText([.en: "w"])),
                        traits: RecoveryTraits(), topicWords: [:], mood: mood, turnLimit: turnLimit, scoring: ScoringSpec(), start: start,
                        beats: beatMap, endings: endings.reduce(into: [:]) { $0[$1.key] = Ending(id: $1.key, outcome: $1.value, line: lines) },
                        file: "graph.yaml")
    }

    static func when(_ condition: Condition, _ goto: String) -> Transition { Transition(when: condition, goto: goto) }
    static func otherwise(_ goto: String) -> Transition { Transition(goto: goto) }
}

@Suite struct ExplorationTests {
    typealias G = Graphs

    @Test func findsUnreachableBeats() {
        let scenario = G.scenario(beats: [
            ("a", [G.when(Condition(any: [.apologised]), "won"), G.otherwise("lost")]),
            ("orphan", [G.otherwise("won")]),
        ])
        let report = PathReport(exploring: scenario)
        #expect(report.unreachableBeats == ["orphan"])
        #expect(report.deadEnds.isEmpty && report.closedLoops.isEmpty)
        #expect(GraphChecks.diagnostics(for: scenario).map(\.message) == ["beat 'orphan' is never reached: no `goto` leads to it from 'a'"])
    }

    @Test func findsBeatsOnlyUnreachableBecauseOfConditions() {
        // `b` is linked, but only by a rule that needs a calm this customer never reaches:
        // nothing the trainee says lowers the mood.
        let unmoved = Dictionary(uniqueKeysWithValues: Behaviour.allCases.map { ($0, 0) })
        let scenario = G.scenario(beats: [
            ("a", [G.when(Condition(moodBelow: 5), "b"), G.otherwise("a")]),
            ("b", [G.otherwise("won")]),
        ], turnLimit: 3, mood: MoodSpec(start: 50, effects: unmoved))
        let report = PathReport(exploring: scenario)
        #expect(BeatGraph(scenario).reachableFromStart.contains("b"))
        #expect(report.unreachableBeats == ["b"])
        #expect(report.diagnostics.contains { $0.code == "unreachable-beat" && $0.message == "no reply reaches beat 'b' within 3 turns" })
    }

    @Test func findsDeadEnds() {
        let scenario = G.scenario(beats: [
            ("a", [G.when(Condition(any: [.apologised]), "stuck"), G.otherwise("won")]),
            ("stuck", []),
        ])
        let report = PathReport(exploring: scenario)
        #expect(report.deadEnds == ["stuck"])
        #expect(report.diagnostics.first { $0.code == "dead-end" }?.message == "beat 'stuck' is a dead end: no ending can be reached from it")
    }

    @Test func deadEndInAFileIsRefusedAtLoad() {
        let result = Fixtures.load(Fixtures.valid(replacing: "    next:\n      - when: {any: [offered_remedy, took_ownership], mood_below: 50}\n        goto: resolved\n      - goto: waiting",
                                                  with: "    next: []"))
        expectDiagnostic(result, "dead-end", at: "32:11", "beat 'waiting' has no rules under `next`, so the conversation cannot go on")
    }

    @Test func findsLoopsWithNoWayOut() {
        let scenario = G.scenario(beats: [
            ("a", [G.when(Condition(any: [.blamed]), "b"), G.otherwise("won")]),
            ("b", [G.when(Condition(any: [.apologised]), "c"), G.otherwise("b")]),
            ("c", [G.otherwise("b")]),
            ("lead-in", [G.otherwise("b")]),
        ])
        let graph = BeatGraph(scenario)
        #expect(graph.closedLoops == [["b", "c"]])
        #expect(graph.beatsThatCanEnd == ["a"])
        let report = PathReport(exploring: scenario)
        #expect(report.closedLoops == [["b", "c"]])
        #expect(report.deadEnds == ["lead-in"], "a beat that only leads into the loop cannot end either")
        #expect(GraphChecks.diagnostics(for: scenario).first?.message == "loop with no way out: 'b' → 'c' → 'b' never leads to an ending")
    }

    @Test func loopWithNoWayOutInAFileIsRefusedAtLoad() {
        let result = Fixtures.load(Fixtures.valid(replacing: "{any: [offered_remedy, took_ownership], mood_below: 50}\n        goto: resolved",
                                                  with: "{any: [offered_remedy]}\n        goto: waiting"))
        expectDiagnostic(result, "closed-loop", at: "28:3", "loop with no way out: beat 'waiting' only leads back to itself",
                         fix: "add a rule that leads out of the loop, e.g. to an ending")
    }

    @Test func aLoopWithAnExitIsFine() {
        let scenario = G.scenario(beats: [
            ("a", [G.when(Condition(any: [.offeredRemedy]), "won"), G.otherwise("b")]),
            ("b", [G.when(Condition(any: [.swore]), "lost"), G.otherwise("a")]),
        ])
        #expect(BeatGraph(scenario).closedLoops.isEmpty)
        let report = PathReport(exploring: scenario)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
    }

    @Test func findsEndingsNoPathReaches() {
        let scenario = G.scenario(beats: [
            ("a", [G.when(Condition(turnAtLeast: 9), "lost"), G.when(Condition(any: [.offeredRemedy]), "won"), G.otherwise("a")]),
        ], turnLimit: 4)
        let report = PathReport(exploring: scenario)
        #expect(report.unreachedEndings == ["lost"])
        #expect(report.silentRules == [PathReport.RuleRef(beat: "a", rule: 1)])
        #expect(report.routes.map(\.ending) == ["won", "turn_limit"])
    }

    @Test func findsTrapsWhereOnlyTheTurnLimitEnds() {
        // Every behaviour makes this customer angrier, and the only exit needs a calm one.
        let angry = Dictionary(uniqueKeysWithValues: Behaviour.allCases.map { ($0, 5) })
        let scenario = G.scenario(beats: [
            ("a", [G.when(Condition(any: [.apologised]), "b"), G.otherwise("won")]),
            ("b", [G.when(Condition(moodBelow: 20), "won"), G.otherwise("b")]),
        ], mood: MoodSpec(start: 50, effects: angry))
        let report = PathReport(exploring: scenario)
        #expect(report.closedLoops.isEmpty, "structurally b has an exit")
        #expect(report.traps.map(\.beat) == ["b"])
        #expect(report.traps.first?.moods.lowerBound == 55)
    }

    @Test func shortestPathToEachEndingWithTheBehavioursThatDriveIt() throws {
        let scenario = G.scenario(beats: [
            ("a", [G.when(Condition(any: [.swore]), "lost"), G.when(Condition(any: [.acknowledgedFeeling]), "b"), G.otherwise("a")]),
            ("b", [G.when(Condition(all: [.offeredRemedy], moodBelow: 40), "won"), G.otherwise("b")]),
        ], endings: ["won": .resolved, "lost": .walkedOut, "walkout": .walkedOut], mood: MoodSpec(start: 50, walkoutAt: 90))
        let report = PathReport(exploring: scenario)
        let won = try #require(report.routes.first { $0.ending == "won" })
        #expect(won.outcome == .resolved)
        #expect(won.steps.map(\.behaviours) == [[.acknowledgedFeeling], [.offeredRemedy]])
        #expect(won.steps.map(\.moodAfter) == [42, 30])
        #expect(won.steps.map(\.to) == ["b", "won"])
        let lost = try #require(report.routes.first { $0.ending == "lost" })
        #expect(lost.steps.map(\.behaviours) == [[.swore]])
        let walkout = try #require(report.routes.first { $0.ending == "walkout" })
        #expect(walkout.steps.last?.moodAfter ?? 0 >= 90)
        #expect(walkout.steps.last?.rule == nil)
    }

    @Test func routesReplayThroughTheScenarioRules() throws {
        // The explorer decides on bits for speed; every route it reports must be what
        // `Scenario.step` (the rules the drill uses) does with the same replies.
        let scenario = try #require(Fixtures.load(Fixtures.valid).scenario)
        let report = PathReport(exploring: scenario)
        #expect(Set(report.routes.map(\.ending)) == ["resolved", "manager", "walkout", "turn_limit"])
        for route in report.routes {
            var beat = scenario.start, mood = scenario.mood.start
            for (turn, step) in route.steps.enumerated() {
                #expect(step.beat == beat)
                mood = scenario.mood.mood(after: Set(step.behaviours), from: mood, emptyReply: step.emptyReply)
                #expect(mood == step.moodAfter)
                let next = scenario.step(from: beat, behaviours: Set(step.behaviours), mood: mood, turn: turn + 1)
                switch next.destination {
                case .beat(let id): beat = id
                case .ending(let id): #expect(id == route.ending && turn == route.steps.count - 1)
                case .turnLimit: #expect(route.ending == "turn_limit" && turn == route.steps.count - 1)
                }
            }
        }
    }

    @Test func rendersTextAndDot() throws {
        let scenario = try #require(Fixtures.load(Fixtures.valid).scenario)
        let report = PathReport(exploring: scenario)
        let text = report.text()
        #expect(text.contains("opening (start)"))
        #expect(text.contains("    1. any: swore, shouted → manager"))
        #expect(text.contains("  resolved [resolved] in 1 reply:"))
        #expect(text.contains("1. at opening: offered_remedy → resolved  (mood 40→20, rule 2)"))
        let dot = report.dot()
        #expect(dot.hasPrefix("digraph \"cold-coffee\" {"))
        #expect(dot.contains("\"opening\" -> \"manager\" [label=\"1. any: swore, shouted\"];"))
        #expect(dot.contains("\"__start\" -> \"opening\";"))
        #expect(dot.hasSuffix("}"))
    }

    @Test func explorationIsBounded() {
        let scenario = G.scenario(beats: [
            ("a", [G.when(Condition(any: [.apologised]), "b"), G.otherwise("a")]),
            ("b", [G.when(Condition(any: [.offeredRemedy]), "won"), G.otherwise("a")]),
        ], turnLimit: 100)
        let report = PathReport(exploring: scenario, maxStates: 500)
        #expect(report.truncated)
        #expect(report.exploredStates <= 500)
        #expect(report.diagnostics.contains { $0.code == "exploration-truncated" })
    }

    /// A long chain cut off by the state limit: the beats it did not get to are not called
    /// unreachable (every one of them is reachable with enough remedies).
    @Test func aCutOffSearchGivesNoUnreachableVerdicts() throws {
        var beats: [(String, [Transition])] = []
        for i in 0..<40 {
            beats.append(("b\(i)", [G.when(Condition(any: [.offeredRemedy]), i == 39 ? "won" : "b\(i + 1)"), G.otherwise("b\(i)")]))
        }
        let report = PathReport(exploring: G.scenario(start: "b0", beats: beats, turnLimit: 100), maxStates: 300)
        #expect(report.truncated)
        #expect(!report.unreachableBeats.isEmpty, "the search should stop before the end of the chain")
        let codes = report.diagnostics.map(\.code)
        #expect(!codes.contains("unreachable-beat") && !codes.contains("unreached-ending") && !codes.contains("trap"), "\(codes)")
        let note = try #require(report.diagnostics.first { $0.code == "exploration-truncated" })
        #expect(note.severity == .warning)
        #expect(note.message.contains("may still be reachable"))
        #expect(report.text().contains("not reached in the states explored"))
    }
}
