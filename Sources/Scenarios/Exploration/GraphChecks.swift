import HotseatCore

/// Checks on the shape of the beat graph that every load runs: a loop with no way out is an
/// error (the scenario could never end properly); parts nothing leads to are warnings.
enum GraphChecks {
    static func diagnostics(for scenario: Scenario) -> [Diagnostic] {
        let graph = BeatGraph(scenario)
        var diagnostics: [Diagnostic] = []
        func location(_ id: String) -> SourceLocation? {
            scenario.sources.beats[id] ?? scenario.sources.endings[id]
                ?? SourceLocation(file: scenario.file, line: max(1, scenario.beats[id]?.sourceLine ?? 1), column: 1)
        }
        // A beat with a `goto` to nothing may have meant its way out: calling it a closed loop would
        // blame the wrong thing (the undefined-beat error already names the typo).
        let unresolved = Set(scenario.beats.values.filter { beat in
            beat.next.contains { scenario.beats[$0.goto] == nil && scenario.endings[$0.goto] == nil }
        }.map(\.id))
        for loop in graph.closedLoops where unresolved.isDisjoint(with: loop) {
            let cycle = (loop + [loop[0]]).map { "'\($0)'" }.joined(separator: " → ")
            let message = loop.count == 1
                ? "loop with no way out: beat '\(loop[0])' only leads back to itself"
                : "loop with no way out: \(cycle) never leads to an ending"
            diagnostics.append(Diagnostic(.error, code: "closed-loop", message, at: location(loop[0]),
                                          fix: "add a rule that leads out of the loop, e.g. to an ending"))
        }
        // A typo in `start` or a `goto` probably named the beat that would now look unreachable.
        guard unresolved.isEmpty, scenario.beats[scenario.start] != nil else { return diagnostics }
        let reachable = graph.reachableFromStart
        for beat in graph.beats where !reachable.contains(beat) {
            diagnostics.append(Diagnostic(.warning, code: "unreachable-beat",
                                          "beat '\(beat)' is never reached: no `goto` leads to it from '\(graph.start)'",
                                          at: location(beat), fix: "add a `goto: \(beat)` somewhere, or remove the beat"))
        }
        for ending in graph.endings where !reachable.contains(ending) && !(ending == "walkout" && scenario.mood.walkoutAt != nil) {
            diagnostics.append(Diagnostic(.warning, code: "unreachable-ending", "ending '\(ending)' is never reached: no `goto` leads to it",
                                          at: location(ending), fix: "add a `goto: \(ending)` to a beat, or remove the ending"))
        }
        return diagnostics
    }
}
