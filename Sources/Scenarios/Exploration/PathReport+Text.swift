import HotseatCore

extension PathReport {
    /// The report trainers read in the terminal: the graph, the problems, and the shortest route
    /// to each ending with the behaviours that drive it.
    public func text() -> String {
        var lines: [String] = []
        lines.append("\(scenarioID) (\(file)): \(beats.count) beats, \(endings.count) endings, turn limit \(turnLimit), \(exploredStates) states explored\(truncated ? " (stopped at the limit)" : "")")
        lines.append("")
        lines.append("Graph (first matching rule wins):")
        for beat in beats {
            let marker = beat == start ? " (start)" : ""
            lines.append("  \(beat)\(marker)")
            for edge in edgeLabels[beat] ?? [] {
                lines.append("    \(edge.rule). \(edge.label) → \(edge.target)")
            }
            if let example = repeatingBeats[beat] {
                let reply = example.isEmpty ? "a reply with none of them" : example.map(\.rawValue).joined(separator: ", ")
                lines.append("    (no rule matches \(reply): the customer repeats this beat)")
            }
        }
        lines.append("")
        let problems = diagnostics
        if problems.isEmpty {
            lines.append("Problems: none — every beat is reached, every ending is reachable, no loop traps the customer.")
        } else {
            lines.append("Problems:")
            lines.append(contentsOf: problems.map { "  \($0)" })
        }
        lines.append("")
        lines.append("Shortest path to each ending:")
        for route in routes {
            let turns = route.steps.count == 1 ? "1 reply" : "\(route.steps.count) replies"
            lines.append("  \(route.ending) [\(route.outcome.rawValue)] in \(turns):")
            for (offset, step) in route.steps.enumerated() {
                let reply = step.emptyReply ? "(empty reply)" : step.behaviours.isEmpty ? "(no behaviour detected)" : step.behaviours.map(\.rawValue).joined(separator: " + ")
                let via = step.rule.map { "rule \($0)" } ?? (step.to == "walkout" ? "walkout_at" : route.ending == "turn_limit" && offset == route.steps.count - 1 ? "turn limit" : "no rule matched")
                lines.append("    \(offset + 1). at \(step.beat): \(reply) → \(step.to)  (mood \(step.moodBefore)→\(step.moodAfter), \(via))")
            }
        }
        for ending in unreachedEndings {
            lines.append(truncated ? "  \(ending): not reached in the states explored (it may still be reachable)" : "  \(ending): not reachable")
        }
        return lines.joined(separator: "\n")
    }
}
