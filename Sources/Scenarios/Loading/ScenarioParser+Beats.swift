import HotseatCore
import Yams

extension ScenarioParser {
    /// - Parameter turnLimit: nil when the file's own `turn_limit` is missing or wrong (no check against it then).
    mutating func readBeats(_ node: Node, languages: [Language], turnLimit: Int?) -> [String: Beat] {
        guard let entries = sink.idMapping(node, "`beats`") else { return [:] }
        if entries.isEmpty { sink.error("empty-list", "`beats` is empty", at: node, fix: "define at least the opening beat") }
        var beats: [String: Beat] = [:]
        for entry in entries {
            let id = entry.key
            sources.beats[id] = sink.location(of: entry.keyNode)
            guard let map = sink.mapping(entry.value, "beat '\(id)'", known: ScenarioSchema.beat, required: ScenarioSchema.beatRequired) else { continue }
            let line = map["line"].flatMap { sink.localizedLines($0, "the line of beat '\(id)'", languages: languages) }
            let abusive = map["abusive"].flatMap { sink.flag($0, "`abusive` of beat '\(id)'") } ?? false
            let demands = map["demands"].flatMap { sink.behaviour($0, "`demands` of beat '\(id)'") }
            if let demands, demands.isNegative, let node = map["demands"] {
                sink.warning("negative-demand", "beat '\(id)' demands '\(demands)', a behaviour that hurts the score", at: node,
                             fix: "demand the remedy the customer is waiting for, e.g. offered_remedy")
            }
            let hint = map["hint"].flatMap { sink.localizedText($0, "the hint of beat '\(id)'", languages: languages) }
            let rules = map["next"].map { readRules($0, beat: id, turnLimit: turnLimit) } ?? []
            beats[id] = Beat(id: id, line: line ?? LocalizedLines([:]), abusive: abusive, demands: demands, hint: hint,
                             next: rules, sourceLine: entry.keyNode.mark?.line ?? 0)
        }
        return beats
    }

    private mutating func readRules(_ node: Node, beat: String, turnLimit: Int?) -> [Transition] {
        guard let items = sink.list(node, "`next` of beat '\(beat)'") else { return [] }
        if items.isEmpty {
            sink.error("dead-end", "beat '\(beat)' has no rules under `next`, so the conversation cannot go on", at: node,
                       fix: "add at least `- goto: <beat or ending>`")
            return []
        }
        var rules: [Transition] = []
        var locations: [SourceLocation] = []
        for (index, item) in items.enumerated() {
            let what = "rule \(index + 1) of beat '\(beat)'"
            guard let map = sink.mapping(item, what, known: ScenarioSchema.rule, required: ["goto"]) else { continue }
            let errorsBefore = sink.errorCount
            let condition = map["when"].map { readCondition($0, what: what, turnLimit: turnLimit) } ?? Condition()
            // A `when` with a wrong value reads as empty; warning that it "always applies" would only
            // add noise to the real error.
            let conditionIsBroken = sink.errorCount > errorsBefore
            let target = map["goto"].flatMap { sink.text($0, "`goto` of \(what)") } ?? ""
            if let gotoNode = map["goto"], !target.isEmpty { references.append((beat, target, gotoNode)) }
            if index < items.count - 1, condition.isUnconditional, !conditionIsBroken {
                sink.warning("unreachable-rule", "\(what) \(map["when"] == nil ? "has no `when`" : "has an empty `when`"), so the rules after it never apply", at: item,
                             fix: "move it to the end of `next`")
            }
            if index == items.count - 1, !condition.isUnconditional, !conditionIsBroken {
                sink.warning("no-fallback-rule", "the last rule of beat '\(beat)' has a `when`; when no rule matches, the customer repeats this beat",
                             at: item, fix: "end `next` with a rule that has no `when`, e.g. `- goto: \(beat)`")
            }
            rules.append(Transition(when: condition, goto: target, sourceLine: item.mark?.line ?? 0))
            locations.append(sink.location(of: item))
        }
        sources.rules[beat] = locations
        return rules
    }

    private mutating func readCondition(_ node: Node, what: String, turnLimit: Int?) -> Condition {
        let errorsAtStart = sink.errorCount
        guard let map = sink.mapping(node, "`when` of \(what)", known: ScenarioSchema.condition) else { return Condition() }
        var condition = Condition()
        if let all = map["all"] { condition.all = sink.behaviours(all, "`all` of \(what)") }
        if let any = map["any"] { condition.any = sink.behaviours(any, "`any` of \(what)") }
        if let none = map["none"] { condition.none = sink.behaviours(none, "`none` of \(what)") }
        condition.moodBelow = map["mood_below"].flatMap { sink.integer($0, "`mood_below` of \(what)", in: 0...100) }
        condition.moodAtLeast = map["mood_at_least"].flatMap { sink.integer($0, "`mood_at_least` of \(what)", in: 0...100) }
        condition.turnAtLeast = map["turn_at_least"].flatMap { sink.integer($0, "`turn_at_least` of \(what)", in: 1...100) }
        let errorsSoFar = sink.errorCount
        if map.entries.isEmpty {
            sink.warning("empty-condition", "`when` of \(what) is empty, so the rule always applies", at: node, fix: "remove `when:` or fill it in")
        } else if condition.isUnconditional, errorsSoFar == errorsAtStart {
            // `when: {any: []}`: every list is empty, so nothing is asked of the reply.
            sink.warning("empty-condition", "`when` of \(what) has only empty lists, so the rule always applies", at: node,
                         fix: "name the behaviours it needs, or remove `when:`")
        }
        let clash = Set(condition.none).intersection(condition.all + condition.any)
        if let behaviour = clash.sorted().first {
            sink.warning("impossible-condition", "`when` of \(what) both needs and forbids '\(behaviour)', so it can never hold", at: node)
        }
        if let below = condition.moodBelow, let atLeast = condition.moodAtLeast, below <= atLeast {
            sink.warning("impossible-condition", "`when` of \(what) needs mood below \(below) and at least \(atLeast), so it can never hold", at: node)
        }
        if let turn = condition.turnAtLeast, let turnLimit, turn > turnLimit, let turnNode = map["turn_at_least"] {
            sink.warning("impossible-condition", "`turn_at_least: \(turn)` in \(what) is beyond `turn_limit` (\(turnLimit)), so it can never hold",
                         at: turnNode)
        }
        return condition
    }

    mutating func readEndings(_ node: Node, languages: [Language]) -> [String: Ending] {
        guard let entries = sink.idMapping(node, "`endings`") else { return [:] }
        if entries.isEmpty { sink.error("empty-list", "`endings` is empty", at: node, fix: "define at least one ending, e.g. `resolved`") }
        var endings: [String: Ending] = [:]
        for entry in entries {
            let id = entry.key
            sources.endings[id] = sink.location(of: entry.keyNode)
            guard let map = sink.mapping(entry.value, "ending '\(id)'", known: ScenarioSchema.ending, required: ScenarioSchema.ending) else { continue }
            var outcome: Outcome?
            if let outcomeNode = map["outcome"], let word = outcomeNode.string, word == Outcome.turnLimit.rawValue || word == Outcome.abandoned.rawValue {
                sink.error("implicit-outcome", "ending '\(id)' cannot have outcome '\(word)': the drill ends that way by itself", at: outcomeNode,
                           fix: "use resolved, walked_out or manager")
            } else {
                outcome = map["outcome"].flatMap { sink.choice($0, "the outcome of ending '\(id)'", of: Outcome.self, allowed: ScenarioSchema.endingOutcomes) }
            }
            let line = map["line"].flatMap { sink.localizedLines($0, "the line of ending '\(id)'", languages: languages) }
            endings[id] = Ending(id: id, outcome: outcome ?? .resolved, line: line ?? LocalizedLines([:]))
        }
        return endings
    }

    /// Every `goto` and `start` must name something that exists; a near miss gets a suggestion.
    mutating func checkReferences(start: String, startNode: Node?, beats: [String: Beat], endings: [String: Ending]) {
        for id in beats.keys.sorted() where endings[id] != nil {
            sink.append(contentsOf: [Diagnostic(.error, code: "ambiguous-name", "'\(id)' is both a beat and an ending",
                                                at: sources.endings[id], fix: "rename one of them")])
        }
        if !start.isEmpty, beats[start] == nil {
            if endings[start] != nil {
                sink.error("start-is-ending", "`start` names ending '\(start)'; the scenario must start with a beat", at: startNode)
            } else {
                sink.error("undefined-beat", "beat '\(start)' is not defined", at: startNode,
                           fix: Suggestions.nearest(to: start, in: beats.keys.sorted()).map { "did you mean '\($0)'?" } ?? "define it under `beats`")
            }
        }
        for reference in references where beats[reference.target] == nil && endings[reference.target] == nil {
            let candidates = beats.keys.sorted() + endings.keys.sorted()
            sink.error("undefined-beat", "beat '\(reference.target)' is not defined", at: reference.node,
                       fix: Suggestions.nearest(to: reference.target, in: candidates).map { "did you mean '\($0)'?" }
                           ?? "define it under `beats` or `endings`")
        }
    }
}
