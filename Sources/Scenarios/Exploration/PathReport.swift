import HotseatCore

/// Everything path exploration found in one scenario.
///
/// ```swift
/// let report = PathReport(exploring: ski)
/// report.routes.first { $0.ending == "resolved" }?.steps.count   // 2: the fewest replies that resolve it
/// print(report.text())          // the `hotseat validate --paths` report
/// print(report.dot())           // Graphviz, for `--dot`
/// ```
public struct PathReport: Sendable {
    /// One reply on a route: where it was given, what it showed, and where it led.
    public struct Step: Sendable, Equatable {
        public var beat: String
        public var behaviours: [Behaviour]
        /// True when the step is an empty reply (the customer is left waiting).
        public var emptyReply: Bool
        public var moodBefore: Int
        public var moodAfter: Int
        /// 1-based rule of `beat` that applied; nil when the customer walked out or no rule matched.
        public var rule: Int?
        public var to: String
    }

    /// The shortest way to one ending.
    public struct Route: Sendable, Equatable {
        /// An ending id, or `turn_limit`.
        public var ending: String
        public var outcome: Outcome
        public var steps: [Step]
    }

    /// Beats where, at some reachable mood, no reply can ever lead to an ending.
    public struct Trap: Sendable, Equatable {
        public var beat: String
        public var moods: ClosedRange<Int>
    }

    public struct RuleRef: Sendable, Equatable, Hashable {
        public var beat: String
        /// 1-based, as a trainer counts them.
        public var rule: Int
    }

    public var scenarioID: String
    public var file: String
    public var start: String
    public var turnLimit: Int
    /// Beats in source order and endings by name.
    public var beats: [String]
    public var endings: [String]
    /// Beats no path reaches within the turn limit.
    public var unreachableBeats: [String]
    /// Beats with nowhere to go, or from which no ending can be reached.
    public var deadEnds: [String]
    public var closedLoops: [[String]]
    public var unreachedEndings: [String]
    public var traps: [Trap]
    /// Rules no reply ever makes apply, because earlier rules catch every reply that would.
    public var silentRules: [RuleRef]
    /// Beats where some reply matches no rule (the customer repeats the beat), with an example.
    public var repeatingBeats: [String: [Behaviour]]
    public var routes: [Route]
    public var exploredStates: Int
    /// True when the walk stopped at its state limit, so "unreachable" may be incomplete.
    public var truncated: Bool
    /// The structural graph, for rendering.
    public var graph: BeatGraph
    /// Each ending's outcome, for rendering.
    public var endingOutcomes: [String: Outcome]
    /// The conditions on each beat's edges, for rendering.
    var edgeLabels: [String: [(target: String, label: String, rule: Int)]]

    public init(exploring scenario: Scenario, maxStates: Int = 200_000) {
        let graph = BeatGraph(scenario)
        self.graph = graph
        scenarioID = scenario.id
        file = scenario.file
        start = scenario.start
        turnLimit = scenario.turnLimit
        beats = graph.beats
        endings = graph.endings
        endingOutcomes = scenario.endings.mapValues(\.outcome)
        closedLoops = graph.closedLoops
        let canEnd = graph.beatsThatCanEnd
        let inLoops = Set(closedLoops.flatMap { $0 })
        deadEnds = graph.beats.filter { !canEnd.contains($0) && !inLoops.contains($0) }

        var explorer = PathExplorer(scenario: scenario, maxStates: maxStates)
        explorer.run()
        exploredStates = explorer.states.count
        truncated = explorer.truncated
        let reached = Set(explorer.states.map(\.beat))
        unreachableBeats = graph.beats.filter { !reached.contains($0) }
        unreachedEndings = graph.endings.filter { explorer.endingArrivals[$0] == nil }
        silentRules = graph.beats.flatMap { beat in
            (scenario.beats[beat]?.next.indices ?? 0..<0).compactMap { index in
                reached.contains(beat) && !explorer.firedRules.contains(.init(beat: beat, index: index))
                    ? RuleRef(beat: beat, rule: index + 1) : nil
            }
        }
        repeatingBeats = explorer.unmatched.mapValues { $0.behaviours.sorted() }

        var routes: [Route] = []
        for ending in graph.endings + [PathExplorer.turnLimitKey] {
            guard let arrival = explorer.endingArrivals[ending] else { continue }
            let path = explorer.path(to: arrival)
            let steps = path.enumerated().map { offset, element -> Step in
                let to = offset + 1 < path.count ? path[offset + 1].state.beat : ending
                return Step(beat: element.state.beat, behaviours: element.arrival.reply.behaviours.sorted(),
                            emptyReply: element.arrival.reply.isEmpty, moodBefore: element.state.mood,
                            moodAfter: element.arrival.moodAfter, rule: element.arrival.rule.map { $0 + 1 }, to: to)
            }
            routes.append(Route(ending: ending, outcome: scenario.endings[ending]?.outcome ?? .turnLimit, steps: steps))
        }
        self.routes = routes

        // Traps: ignore the turn limit and ask which reachable states can never end.
        var unlimited = PathExplorer(scenario: scenario, respectTurnLimit: false, maxStates: maxStates)
        unlimited.run()
        let canFinish = unlimited.statesThatCanEnd()
        var trapped: [String: ClosedRange<Int>] = [:]
        for (index, state) in unlimited.states.enumerated() where !canFinish.contains(index) && !inLoops.contains(state.beat) {
            let range = trapped[state.beat].map { min($0.lowerBound, state.mood)...max($0.upperBound, state.mood) } ?? state.mood...state.mood
            trapped[state.beat] = range
        }
        traps = graph.beats.compactMap { beat in trapped[beat].map { Trap(beat: beat, moods: $0) } }
        truncated = truncated || unlimited.truncated

        var labels: [String: [(String, String, Int)]] = [:]
        for (id, beat) in scenario.beats {
            labels[id] = beat.next.enumerated().map { ($1.goto, $1.when.summary, $0 + 1) }
        }
        edgeLabels = labels
        sources = scenario.sources
    }

    var sources: ScenarioSourceMap

    /// The problems as diagnostics, pointing at the beat or rule concerned.
    public var diagnostics: [Diagnostic] {
        func beatAt(_ id: String) -> SourceLocation { sources.beats[id] ?? sources.endings[id] ?? SourceLocation(file: file, line: 1, column: 1) }
        var result: [Diagnostic] = []
        for beat in deadEnds {
            result.append(Diagnostic(.error, code: "dead-end", "beat '\(beat)' is a dead end: no ending can be reached from it", at: beatAt(beat),
                                     fix: "add a rule that leads to an ending or to a beat that does"))
        }
        for loop in closedLoops {
            result.append(Diagnostic(.error, code: "closed-loop",
                                     "loop with no way out: \((loop + [loop[0]]).map { "'\($0)'" }.joined(separator: " → ")) never leads to an ending",
                                     at: beatAt(loop[0]), fix: "add a rule that leads out of the loop"))
        }
        // A search cut off at its state limit has not seen every path: what it did not reach may
        // still be reachable, so no "unreachable", trap or silent-rule verdict is given from it.
        if truncated {
            let undecided = unreachableBeats.count + unreachedEndings.count
            let names = (unreachableBeats + unreachedEndings).prefix(6).map { "'\($0)'" }.joined(separator: ", ")
            result.append(Diagnostic(.warning, code: "exploration-truncated",
                                     "path exploration stopped after \(exploredStates) states, before it had tried every path"
                                         + (undecided > 0 ? "; \(undecided) beat(s) and ending(s) not reached yet may still be reachable (\(names)\(undecided > 6 ? ", …" : ""))" : ""),
                                     at: SourceLocation(file: file, line: 1, column: 1),
                                     fix: "lower turn_limit or split the scenario, and rely on golden transcripts for the long paths"))
            return result
        }
        for beat in unreachableBeats {
            result.append(Diagnostic(.warning, code: "unreachable-beat", "no reply reaches beat '\(beat)' within \(turnLimit) turns", at: beatAt(beat),
                                     fix: "check the conditions of the rules that lead to it"))
        }
        for ending in unreachedEndings {
            result.append(Diagnostic(.warning, code: "unreached-ending", "no path reaches ending '\(ending)' within \(turnLimit) turns", at: beatAt(ending),
                                     fix: "add or loosen a rule that leads to it"))
        }
        for trap in traps {
            result.append(Diagnostic(.warning, code: "trap", "from beat '\(trap.beat)' at mood \(trap.moods.lowerBound)–\(trap.moods.upperBound) no reply ever leads to an ending; only the turn limit ends it",
                                     at: beatAt(trap.beat), fix: "add a rule out of it that does not depend on mood"))
        }
        for rule in silentRules {
            let at = sources.rules[rule.beat].flatMap { $0.indices.contains(rule.rule - 1) ? $0[rule.rule - 1] : nil } ?? beatAt(rule.beat)
            result.append(Diagnostic(.warning, code: "silent-rule", "rule \(rule.rule) of beat '\(rule.beat)' never applies: earlier rules catch every reply that would match it",
                                     at: at, fix: "move it up, or remove it"))
        }
        return result
    }
}

extension Condition {
    /// A short human reading of the condition: `any: swore, shouted; mood < 60`, or `otherwise`.
    public var summary: String {
        var parts: [String] = []
        if !all.isEmpty { parts.append("all: " + all.map(\.rawValue).joined(separator: ", ")) }
        if !any.isEmpty { parts.append("any: " + any.map(\.rawValue).joined(separator: ", ")) }
        if !none.isEmpty { parts.append("none: " + none.map(\.rawValue).joined(separator: ", ")) }
        if let moodBelow { parts.append("mood < \(moodBelow)") }
        if let moodAtLeast { parts.append("mood ≥ \(moodAtLeast)") }
        if let turnAtLeast { parts.append("turn ≥ \(turnAtLeast)") }
        return parts.isEmpty ? "otherwise" : parts.joined(separator: "; ")
    }
}
