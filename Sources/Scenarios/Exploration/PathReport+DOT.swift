extension PathReport {
    /// Graphviz DOT: beats as boxes, endings as ovals coloured by outcome, problems in red.
    /// Render with `hotseat validate --paths --dot ski-lift | dot -Tsvg > ski-lift.svg`.
    public func dot() -> String {
        func quoted(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        let trouble = Set(unreachableBeats + deadEnds + closedLoops.flatMap { $0 } + traps.map(\.beat))
        var lines = ["digraph \(quoted(scenarioID)) {", "  rankdir=LR;", "  node [fontname=\"Helvetica\"];", "  edge [fontname=\"Helvetica\", fontsize=10];"]
        lines.append("  \"__start\" [shape=point];")
        lines.append("  \"__start\" -> \(quoted(start));")
        for beat in beats {
            var attributes = ["shape=box", "style=rounded"]
            if trouble.contains(beat) { attributes = ["shape=box", "style=\"rounded,dashed\"", "color=red", "fontcolor=red"] }
            lines.append("  \(quoted(beat)) [\(attributes.joined(separator: ", "))];")
        }
        for ending in endings {
            let outcome = endingOutcomes[ending]?.rawValue ?? ""
            let colour = switch outcome {
            case "resolved": "palegreen"
            case "walked_out": "lightpink"
            case "manager": "khaki"
            default: "lightgrey"
            }
            let reached = !unreachedEndings.contains(ending)
            lines.append("  \(quoted(ending)) [shape=doubleoctagon, style=\(reached ? "filled" : "\"filled,dashed\""), fillcolor=\(colour)\(reached ? "" : ", color=red")];")
        }
        let silent = Set(silentRules)
        for beat in beats {
            for edge in edgeLabels[beat] ?? [] {
                let muted = silent.contains(RuleRef(beat: beat, rule: edge.rule)) ? ", style=dashed, color=grey" : ""
                lines.append("  \(quoted(beat)) -> \(quoted(edge.target)) [label=\(quoted("\(edge.rule). \(edge.label)"))\(muted)];")
            }
        }
        lines.append("}")
        return lines.joined(separator: "\n")
    }
}
