import HotseatCore

/// Walks every path through a scenario, driving each beat's rules with every reply that can
/// make a difference (see `ReplyChoices`) and tracking the customer's exact mood.
///
/// The walk is bounded: a state is (beat, mood 0…100, turn), so there are at most
/// beats × 101 × turns of them, and `maxStates` caps it further.
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

    struct RuleID: Hashable {
        var beat: String
        var index: Int
    }

    init(scenario: Scenario, respectTurnLimit: Bool = true, maxStates: Int = 200_000) {
        self.scenario = scenario
        self.respectTurnLimit = respectTurnLimit
        self.maxStates = maxStates
    }

    private var turnCap: Int {
        let largest = scenario.beats.values.flatMap { $0.next.compactMap(\.when.turnAtLeast) }.max() ?? 0
        return max(1, largest)
    }

    mutating func run() {
        guard scenario.beats[scenario.start] != nil else { return }
        var choicesByBeat: [String: ReplyChoices] = [:]
        for (id, beat) in scenario.beats { choicesByBeat[id] = ReplyChoices(beat: beat, mood: scenario.mood) }
        var index: [State: Int] = [:]
        let first = State(beat: scenario.start, mood: scenario.mood.start, turn: 0)
        states = [first]
        arrivals = [nil]
        successors = [[]]
        index[first] = 0
        var cursor = 0
        let cap = turnCap
        while cursor < states.count {
            let state = states[cursor]
            let turn = state.turn + 1
            let beat = scenario.beats[state.beat]!
            var seenMoods = [Bool](repeating: false, count: 101)
            var fired: UInt64 = 0
            defer {
                for index in beat.next.indices.prefix(64) where fired & (1 << UInt64(index)) != 0 {
                    firedRules.insert(RuleID(beat: state.beat, index: index))
                }
            }
            for choice in choicesByBeat[state.beat]?.choices ?? [] {
                for index in seenMoods.indices { seenMoods[index] = false }
                for (change, reply) in choice.options {
                    let moodAfter = min(100, max(0, state.mood + change))
                    guard !seenMoods[moodAfter] else { continue }
                    seenMoods[moodAfter] = true
                    let step = resolve(beat, matchingRules: choice.matchingRules, moodAfter: moodAfter, turn: turn, cap: cap)
                    if let rule = step.rule { fired |= 1 << UInt64(rule) }
                    else if step.destination != .ending("walkout"), unmatched[state.beat] == nil { unmatched[state.beat] = reply }
                    let arrival = Arrival(from: cursor, reply: reply, rule: step.rule, moodAfter: moodAfter)
                    switch step.destination {
                    case .ending(let id):
                        endsDirectly.insert(cursor)
                        if endingArrivals[id] == nil { endingArrivals[id] = arrival }
                    case .turnLimit:
                        if endingArrivals[Self.turnLimitKey] == nil { endingArrivals[Self.turnLimitKey] = arrival }
                    case .beat(let next):
                        let nextState = State(beat: next, mood: moodAfter, turn: respectTurnLimit ? turn : min(turn, cap))
                        if let known = index[nextState] {
                            successors[cursor].append(known)
                        } else if states.count < maxStates {
                            index[nextState] = states.count
                            successors[cursor].append(states.count)
                            states.append(nextState)
                            arrivals.append(arrival)
                            successors.append([])
                        } else {
                            truncated = true
                        }
                    }
                }
            }
            cursor += 1
        }
    }

    /// `Scenario.step`, with the behaviour clauses already decided by `matchingRules`: the walk
    /// makes millions of these decisions, so it works on bits. `ExplorationTests` checks that both agree.
    func resolve(_ beat: Beat, matchingRules: UInt64, moodAfter: Int, turn: Int, cap: Int) -> BeatStep {
        if let walkoutAt = scenario.mood.walkoutAt, moodAfter >= walkoutAt, scenario.endings["walkout"] != nil {
            return BeatStep(destination: .ending("walkout"), rule: nil)
        }
        let effectiveTurn = respectTurnLimit ? turn : min(turn, cap)
        var destination = BeatDestination.beat(beat.id)
        var ruleIndex: Int?
        for (index, rule) in beat.next.prefix(64).enumerated() where matchingRules & (1 << UInt64(index)) != 0 {
            let when = rule.when
            if let below = when.moodBelow, !(moodAfter < below) { continue }
            if let atLeast = when.moodAtLeast, !(moodAfter >= atLeast) { continue }
            if let turnAtLeast = when.turnAtLeast, !(effectiveTurn >= turnAtLeast) { continue }
            ruleIndex = index
            destination = scenario.endings[rule.goto] != nil ? .ending(rule.goto) : .beat(rule.goto)
            break
        }
        if respectTurnLimit, case .beat = destination, turn >= scenario.turnLimit { destination = .turnLimit }
        return BeatStep(destination: destination, rule: ruleIndex)
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

    /// The replies that lead from the start to `state`, oldest first.
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
