import HotseatCore

/// The replies worth trying at one beat, reduced to what can make a difference.
///
/// Only behaviours some rule of the beat mentions can change which rule fires; every other
/// behaviour only moves mood. So replies are grouped by which rules' behaviour clauses they
/// satisfy, and each group keeps the distinct mood changes it can make, each with the smallest
/// set of behaviours that makes it (to show a trainer a readable example).
struct ReplyChoices {
    struct Choice {
        /// Bit i set: the behaviour clauses (`all`, `any`, `none`) of rule i hold.
        var matchingRules: UInt64
        /// Each distinct mood change with the smallest reply that makes it, smallest replies
        /// first, so that the first path found to anything reads like a real reply.
        var options: [(change: Int, reply: Reply)]
    }

    /// A representative reply: its behaviours, or an empty reply.
    struct Reply: Hashable, Sendable {
        var behaviours: Set<Behaviour>
        var isEmpty: Bool
    }

    let choices: [Choice]

    init(beat: Beat, mood: MoodSpec) {
        let rules = beat.next.prefix(64)
        let mentioned = Array(Set(rules.flatMap { $0.when.all + $0.when.any + $0.when.none })).sorted()
        let free = Behaviour.allCases.filter { !mentioned.contains($0) }

        // Every mood change the unmentioned behaviours can add, with the fewest behaviours.
        var freeSums: [Int: Set<Behaviour>] = [0: []]
        for behaviour in free {
            let effect = mood.effect(of: behaviour)
            for (sum, set) in freeSums {
                let candidate = set.union([behaviour])
                if let known = freeSums[sum + effect], known.count <= candidate.count { continue }
                freeSums[sum + effect] = candidate
            }
        }

        var groups: [UInt64: [Int: Reply]] = [:]
        for mask in 0..<(1 << mentioned.count) {
            let behaviours = Set(mentioned.indices.filter { mask & (1 << $0) != 0 }.map { mentioned[$0] })
            var matching: UInt64 = 0
            for (index, rule) in rules.enumerated() where Self.behaviourClausesHold(rule.when, behaviours) {
                matching |= 1 << UInt64(index)
            }
            let base = behaviours.reduce(0) { $0 + mood.effect(of: $1) }
            for (sum, extra) in freeSums {
                let reply = Reply(behaviours: behaviours.union(extra), isEmpty: false)
                let change = base + sum
                if let known = groups[matching]?[change], known.behaviours.count <= reply.behaviours.count { continue }
                groups[matching, default: [:]][change] = reply
            }
        }
        // An empty reply shows no behaviour but still costs mood.
        let emptyMatching = rules.enumerated().reduce(UInt64(0)) { bits, pair in
            Self.behaviourClausesHold(pair.element.when, []) ? bits | (1 << UInt64(pair.offset)) : bits
        }
        if groups[emptyMatching]?[MoodSpec.emptyReplyEffect] == nil {
            groups[emptyMatching, default: [:]][MoodSpec.emptyReplyEffect] = Reply(behaviours: [], isEmpty: true)
        }
        choices = groups.keys.sorted().map { mask in
            let options = groups[mask]!.map { (change: $0.key, reply: $0.value) }
                .sorted { ($0.reply.isEmpty ? 1 : 0, $0.reply.behaviours.count, abs($0.change)) < ($1.reply.isEmpty ? 1 : 0, $1.reply.behaviours.count, abs($1.change)) }
            return Choice(matchingRules: mask, options: options)
        }
    }

    static func behaviourClausesHold(_ condition: Condition, _ behaviours: Set<Behaviour>) -> Bool {
        condition.all.allSatisfy(behaviours.contains)
            && (condition.any.isEmpty || condition.any.contains(where: behaviours.contains))
            && !condition.none.contains(where: behaviours.contains)
    }
}
