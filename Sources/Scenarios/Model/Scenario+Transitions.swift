import HotseatCore

extension MoodSpec {
    /// The default effect of each behaviour on mood (docs/design.md); a scenario's `effects` override them.
    public static let defaultEffects: [Behaviour: Int] = [
        .apologised: -5, .acknowledgedFeeling: -8, .tookOwnership: -8, .offeredRemedy: -12, .promisedFollowUp: -6,
        .askedQuestion: -2, .explainedCause: -4, .promisedPrevention: -6, .setBoundary: -3,
        .blamed: 15, .minimised: 12, .shouted: 15, .swore: 20, .sarcastic: 15,
    ]
    /// What an empty reply does to mood: the customer is left waiting.
    public static let emptyReplyEffect = 5

    /// The effect of one behaviour in this scenario.
    public func effect(of behaviour: Behaviour) -> Int {
        effects[behaviour] ?? Self.defaultEffects[behaviour] ?? 0
    }

    /// The mood after a reply: the effects are summed, then the result is kept within 0…100.
    ///
    /// ```swift
    /// MoodSpec(start: 70).mood(after: [.apologised, .offeredRemedy], from: 70)   // 53
    /// ```
    public func mood(after behaviours: Set<Behaviour>, from mood: Int, emptyReply: Bool = false) -> Int {
        let change = emptyReply ? Self.emptyReplyEffect : behaviours.reduce(0) { $0 + effect(of: $1) }
        return min(100, max(0, mood + change))
    }
}

/// Where a conversation goes after one reply.
public enum BeatDestination: Sendable, Equatable, Hashable {
    case beat(String)
    case ending(String)
    /// The turn limit was reached before an ending.
    case turnLimit
}

/// The result of one reply: where it leads, and which rule of the beat took it there.
public struct BeatStep: Sendable, Equatable {
    public var destination: BeatDestination
    /// Index into the beat's `next`; nil when the customer walked out, or no rule matched (the beat repeats).
    public var rule: Int?

    public init(destination: BeatDestination, rule: Int?) {
        self.destination = destination
        self.rule = rule
    }
}

extension Scenario {
    /// Applies the scenario's rules to one reply. Path exploration uses this; the drill can too,
    /// so that what `hotseat validate --paths` predicts is what a trainee meets.
    ///
    /// Order: mood at or above `walkout_at` ends in `walkout` (if defined); otherwise the first
    /// matching rule wins, and no match keeps the customer in the same beat; a beat reached on the
    /// last allowed turn becomes the turn-limit ending.
    ///
    /// ```swift
    /// let step = ski.step(from: "opening", behaviours: [.apologised], mood: 65, turn: 1)
    /// step.destination   // .beat("remedy-wanted")
    /// ```
    /// - Parameters:
    ///   - mood: the mood after the reply's effects.
    ///   - turn: 1-based number of the reply just given.
    public func step(from beatID: String, behaviours: Set<Behaviour>, mood: Int, turn: Int) -> BeatStep {
        if let walkoutAt = self.mood.walkoutAt, mood >= walkoutAt, endings["walkout"] != nil {
            return BeatStep(destination: .ending("walkout"), rule: nil)
        }
        var destination = BeatDestination.beat(beatID)
        var ruleIndex: Int?
        if let beat = beats[beatID],
           let index = beat.next.firstIndex(where: { $0.when.holds(behaviours: behaviours, mood: mood, turn: turn) }) {
            ruleIndex = index
            let target = beat.next[index].goto
            destination = endings[target] != nil ? .ending(target) : .beat(target)
        }
        if case .beat = destination, turn >= turnLimit { destination = .turnLimit }
        return BeatStep(destination: destination, rule: ruleIndex)
    }
}
