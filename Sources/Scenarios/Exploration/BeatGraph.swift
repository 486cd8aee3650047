import HotseatCore

/// The beat graph as written, ignoring when each rule applies: which beat or ending each `goto`
/// leads to. Enough to find loops with no way out and parts nothing leads to.
///
/// ```swift
/// let graph = BeatGraph(scenario)
/// graph.closedLoops   // [["argue", "insist"]] when neither beat ever leads anywhere else
/// ```
public struct BeatGraph: Sendable {
    public let start: String
    /// Beat ids in the order they were written (by source line), for stable reports.
    public let beats: [String]
    public let endings: [String]
    /// Each beat's distinct targets, in rule order.
    public let successors: [String: [String]]

    public init(_ scenario: Scenario) {
        start = scenario.start
        beats = scenario.beats.values.sorted { ($0.sourceLine, $0.id) < ($1.sourceLine, $1.id) }.map(\.id)
        endings = scenario.endings.keys.sorted()
        var successors: [String: [String]] = [:]
        for (id, beat) in scenario.beats {
            var seen: [String] = []
            for rule in beat.next where !seen.contains(rule.goto) && (scenario.beats[rule.goto] != nil || scenario.endings[rule.goto] != nil) {
                seen.append(rule.goto)
            }
            successors[id] = seen
        }
        self.successors = successors
    }

    /// Beats and endings some chain of `goto`s leads to from the start.
    public var reachableFromStart: Set<String> {
        var seen: Set<String> = [start]
        var queue = [start]
        while let node = queue.popLast() {
            for next in successors[node] ?? [] where seen.insert(next).inserted { queue.append(next) }
        }
        return seen
    }

    /// Beats from which some ending can be reached.
    public var beatsThatCanEnd: Set<String> {
        var canEnd = Set(endings)
        var changed = true
        while changed {
            changed = false
            for beat in beats where !canEnd.contains(beat) && (successors[beat] ?? []).contains(where: canEnd.contains) {
                canEnd.insert(beat)
                changed = true
            }
        }
        return canEnd.intersection(beats)
    }

    /// Groups of beats that lead only to each other: once in, the conversation can never end
    /// (except by the turn limit). Each loop is listed in source order.
    public var closedLoops: [[String]] {
        let order = Dictionary(uniqueKeysWithValues: beats.enumerated().map { ($1, $0) })
        return stronglyConnectedComponents().compactMap { component -> [String]? in
            let members = Set(component)
            let isLoop = component.count > 1 || (successors[component[0]] ?? []).contains(component[0])
            let hasExit = component.contains { (successors[$0] ?? []).contains { !members.contains($0) } }
            guard isLoop && !hasExit else { return nil }
            return component.sorted { order[$0, default: 0] < order[$1, default: 0] }
        }
        .sorted { order[$0[0], default: 0] < order[$1[0], default: 0] }
    }

    /// Tarjan's algorithm over beats only (endings have no successors).
    func stronglyConnectedComponents() -> [[String]] {
        var index = 0
        var indices: [String: Int] = [:]
        var lowLinks: [String: Int] = [:]
        var stack: [String] = []
        var onStack: Set<String> = []
        var components: [[String]] = []
        let beatSet = Set(beats)

        func connect(_ beat: String) {
            indices[beat] = index
            lowLinks[beat] = index
            index += 1
            stack.append(beat)
            onStack.insert(beat)
            for next in successors[beat] ?? [] where beatSet.contains(next) {
                if indices[next] == nil {
                    connect(next)
                    lowLinks[beat] = min(lowLinks[beat]!, lowLinks[next]!)
                } else if onStack.contains(next) {
                    lowLinks[beat] = min(lowLinks[beat]!, indices[next]!)
                }
            }
            if lowLinks[beat] == indices[beat] {
                var component: [String] = []
                while let top = stack.popLast() {
                    onStack.remove(top)
                    component.append(top)
                    if top == beat { break }
                }
                components.append(component)
            }
        }
        for beat in beats where indices[beat] == nil { connect(beat) }
        return components
    }
}
