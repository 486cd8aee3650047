import HotseatCore

/// Walks every path through a scenario, driving each beat's rules with every reply that can
/// make a difference (see `ReplyChoices`) and tracking the customer's exact mood.
///
/// The walk is bounded: a state is (beat, mood 0…100, turn), so there are at most
/// beats × 101 × turns of them, and `maxStates` caps it further. States live in flat arrays
/// indexed by number, because the walk makes millions of steps and must stay quick even in
/// debug builds.
struct PathExplorer {
    struct State: Hashable {
        var beat: String
        var mood: Int
        var turn: Int
    }

    /// How a state or an ending was first reached.
    struct Arrival {
        var from: Int
        var reply: ReplyChoices.Reply
        var rule: Int?
        var moodAfter: Int
    }

    struct RuleID: Hashable {
        var beat: String
        var index: Int
    }

    let scenario: Scenario
    /// With the turn limit off, turns above the largest `turn_at_least` are folded together:
    /// that finds loops nobody can leave however long the conversation runs.
    let respectTurnLimit: Bool
    let maxStates: Int

    private(set) var states: [State] = []
    private(set) var arrivals: [Arrival?] = []
    private(set) var successors: [[Int]] = []
    /// States from which one reply reaches an explicit ending.
    private(set) var endsDirectly: Set<Int> = []
    /// Ending id (or `turnLimitKey`) → how it was first reached.
    private(set) var endingArrivals: [String: Arrival] = [:]
    private(set) var firedRules: Set<RuleID> = []
    /// Beats where some reply matches no rule, with one such reply.
    private(set) var unmatched: [String: ReplyChoices.Reply] = [:]
    private(set) var truncated = false

    static let turnLimitKey = "turn_limit"

    init(scenario: Scenario, respectTurnLimit: Bool = true, maxStates: Int = 200_000) {
        self.scenario = scenario
        self.respectTurnLimit = respectTurnLimit
        self.maxStates = maxStates
    }

    /// A rule with its conditions on mood and turn, and its target by number.
    private struct CompiledRule {
        var moodBelow: Int
        var moodAtLeast: Int
        var turnAtLeast: Int
        /// A beat number, or -1 - ending number.
        var target: Int
    }

    private struct CompiledChoice {
        var matchingRules: UInt64
        var changes: [Int]
        var replies: [ReplyChoices.Reply]
    }

    mutating func run() {
        let beatIDs = scenario.beats.keys.sorted()
        let endingIDs = scenario.endings.keys.sorted()
        guard let startBeat = beatIDs.firstIndex(of: scenario.start) else { return }
        let beatNumber = Dictionary(uniqueKeysWithValues: beatIDs.enumerated().map { ($1, $0) })
        let endingNumber = Dictionary(uniqueKeysWithValues: endingIDs.enumerated().map { ($1, $0) })
        let rules: [[CompiledRule]] = beatIDs.map { id in
            scenario.beats[id]!.next.prefix(64).map { rule in
                CompiledRule(moodBelow: rule.when.moodBelow ?? Int.max, moodAtLeast: rule.when.moodAtLeast ?? Int.min,
                             turnAtLeast: rule.when.turnAtLeast ?? Int.min,
                             target: beatNumber[rule.goto] ?? (endingNumber[rule.goto].map { -1 - $0 } ?? beatNumber[id]!))
            }
        }
        let choices: [[CompiledChoice]] = beatIDs.map { id in
            ReplyChoices(beat: scenario.beats[id]!, mood: scenario.mood).choices.map {
                CompiledChoice(matchingRules: $0.matchingRules, changes: $0.options.map(\.change), replies: $0.options.map(\.reply))
            }
        }
        let walkoutAt = endingNumber["walkout"] != nil ? (scenario.mood.walkoutAt ?? Int.max) : Int.max
        let walkoutEnding = endingNumber["walkout"].map { -1 - $0 } ?? 0
        let cap = max(1, scenario.beats.values.flatMap { $0.next.compactMap(\.when.turnAtLeast) }.max() ?? 0)
        let turns = (respectTurnLimit ? scenario.turnLimit : cap) + 1
        var indexOf = [Int32](repeating: -1, count: beatIDs.count * 101 * turns)
        func key(_ beat: Int, _ mood: Int, _ turn: Int) -> Int { (beat * 101 + mood) * turns + turn }

        var numbered: [(beat: Int, mood: Int, turn: Int)] = [(startBeat, scenario.mood.start, 0)]
        indexOf[key(startBeat, scenario.mood.start, 0)] = 0
        arrivals = [nil]
        successors = [[]]
        var firedMasks = [UInt64](repeating: 0, count: beatIDs.count)
        var unmatchedReplies: [Int: ReplyChoices.Reply] = [:]
        var endingFirst: [Int: Arrival] = [:]
        var turnLimitFirst: Arrival?
        var seenMoods = [Bool](repeating: false, count: 101)

        var cursor = 0
        while cursor < numbered.count {
            let (beat, mood, turnsSoFar) = numbered[cursor]
            let turn = turnsSoFar + 1
            let effectiveTurn = respectTurnLimit ? turn : min(turn, cap)
            let beatRules = rules[beat]
            var nexts: Set<Int32> = []
            for choice in choices[beat] {
                for index in 0..<101 { seenMoods[index] = false }
                for option in choice.changes.indices {
                    let moodAfter = min(100, max(0, mood + choice.changes[option]))
                    if seenMoods[moodAfter] { continue }
                    seenMoods[moodAfter] = true
                    // The same decision as `Scenario.step`; `ExplorationTests` checks that they agree.
                    var target = beat
                    var ruleIndex: Int?
                    if moodAfter >= walkoutAt {
                        target = walkoutEnding
                    } else {
                        for index in beatRules.indices where choice.matchingRules & (1 << UInt64(index)) != 0 {
                            let rule = beatRules[index]
                            if moodAfter < rule.moodBelow && moodAfter >= rule.moodAtLeast && effectiveTurn >= rule.turnAtLeast {
                                ruleIndex = index
                                target = rule.target
                                break
                            }
                        }
                        if let ruleIndex { firedMasks[beat] |= 1 << UInt64(ruleIndex) }
                        else if unmatchedReplies[beat] == nil { unmatchedReplies[beat] = choice.replies[option] }
                    }
                    if target < 0 {
                        endsDirectly.insert(cursor)
                        if endingFirst[-1 - target] == nil {
                            endingFirst[-1 - target] = Arrival(from: cursor, reply: choice.replies[option], rule: ruleIndex, moodAfter: moodAfter)
                        }
                    } else if respectTurnLimit && turn >= scenario.turnLimit {
                        if turnLimitFirst == nil {
                            turnLimitFirst = Arrival(from: cursor, reply: choice.replies[option], rule: ruleIndex, moodAfter: moodAfter)
                        }
                    } else {
                        let slot = key(target, moodAfter, effectiveTurn)
                        if indexOf[slot] >= 0 {
                            nexts.insert(indexOf[slot])
                        } else if numbered.count < maxStates {
                            indexOf[slot] = Int32(numbered.count)
                            nexts.insert(Int32(numbered.count))
                            numbered.append((target, moodAfter, effectiveTurn))
                            arrivals.append(Arrival(from: cursor, reply: choice.replies[option], rule: ruleIndex, moodAfter: moodAfter))
                            successors.append([])
                        } else {
                            truncated = true
                        }
                    }
                }
            }
            successors[cursor] = nexts.map(Int.init)
            cursor += 1
        }

        states = numbered.map { State(beat: beatIDs[$0.beat], mood: $0.mood, turn: $0.turn) }
        for (beat, mask) in firedMasks.enumerated() {
            for index in 0..<64 where mask & (1 << UInt64(index)) != 0 { firedRules.insert(RuleID(beat: beatIDs[beat], index: index)) }
        }
        for (beat, reply) in unmatchedReplies { unmatched[beatIDs[beat]] = reply }
        for (ending, arrival) in endingFirst { endingArrivals[endingIDs[ending]] = arrival }
        if let turnLimitFirst { endingArrivals[Self.turnLimitKey] = turnLimitFirst }
    }

    /// States from which some explicit ending can still be reached.
    func statesThatCanEnd() -> Set<Int> {
        var predecessors = Array(repeating: [Int](), count: states.count)
        for (from, nexts) in successors.enumerated() { for next in nexts { predecessors[next].append(from) } }
        var canEnd = endsDirectly
        var queue = Array(endsDirectly)
        while let state = queue.popLast() {
            for previous in predecessors[state] where canEnd.insert(previous).inserted { queue.append(previous) }
        }
        return canEnd
    }

    /// The replies that lead from the start to an arrival, oldest first.
    func path(to arrival: Arrival) -> [(state: State, arrival: Arrival)] {
        var steps: [(State, Arrival)] = []
        var current: Arrival? = arrival
        while let step = current {
            steps.append((states[step.from], step))
            current = arrivals[step.from]
        }
        return steps.reversed()
    }
}
