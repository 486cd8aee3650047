import HotseatCore
import Scenarios

/// A drill: one trainee against one scenario's customer, as a pure state machine.
///
/// It does no I/O. The REPL shows ``currentLine``, passes each reply to ``submit(reply:latency:)``
/// and prints the ``TurnResult``; meta-commands (`:hint`, `:score`, …) are parsed by the REPL and
/// mapped to ``hint()``, ``scorecard()``, ``repeatLastLine()`` and ``restart()``.
///
/// ```swift
/// var drill = try DrillSession(scenario: ski, language: .en, mode: .training, seed: 7,
///                              engine: engine, clock: SystemDrillClock())
/// print(drill.currentLine)
/// let turn = try drill.submit(reply: "I'm so sorry you were stuck in the cold for an hour.")
/// turn.moodAfter      // lower than turn.moodBefore
/// if let ending = turn.ending { print(ending.line, drill.scorecard()) }
/// ```
public struct DrillSession: Sendable {
    /// Points a hint takes off the overall score of the scorecard.
    public static let hintCost = 5

    public let scenario: Scenario
    public let engine: any ReplyScoring
    public let clock: any DrillClock
    public var sanitizer: ReplySanitizer
    public private(set) var state: DrillState

    public init(scenario: Scenario, language: Language, mode: DrillMode = .training, seed: UInt64,
                engine: any ReplyScoring, clock: any DrillClock = SystemDrillClock(),
                sanitizer: ReplySanitizer = ReplySanitizer()) throws(DrillError) {
        guard scenario.supports(language) else {
            throw .languageNotSupported(scenario: scenario.id, language: language, available: scenario.languages)
        }
        self.scenario = scenario
        self.engine = engine
        self.clock = clock
        self.sanitizer = sanitizer
        state = try Self.freshState(scenario: scenario, language: language, mode: mode, seed: seed, restarts: 0)
        state.shownAt = clock.now()
    }

    /// Carries on a saved session. The line on screen counts as shown now, so time spent while
    /// the program was not running never counts against the trainee.
    public init(restoring saved: DrillState, scenario: Scenario, engine: any ReplyScoring,
                clock: any DrillClock = SystemDrillClock(), sanitizer: ReplySanitizer = ReplySanitizer()) throws(DrillError) {
        guard saved.version == DrillState.currentVersion else { throw .unsupportedStateVersion(saved.version) }
        guard saved.scenarioID == scenario.id else { throw .stateMismatch(expected: scenario.id, found: saved.scenarioID) }
        guard saved.isOver || scenario.beats[saved.beat] != nil else {
            throw .undefinedBeat(scenario: scenario.id, beat: saved.beat)
        }
        self.scenario = scenario
        self.engine = engine
        self.clock = clock
        self.sanitizer = sanitizer
        state = saved
        state.shownAt = clock.now()
    }

    // MARK: - Reading the state

    public var language: Language { state.language }
    public var mode: DrillMode { state.mode }
    public var mood: Int { state.mood }
    public var isOver: Bool { state.isOver }
    /// What the customer is saying now (the beat's line, not "are you still there?").
    public var currentLine: String { state.currentLine }

    /// The customer's last beat line again; the speed clock keeps running.
    public func repeatLastLine() -> String { state.currentLine }

    /// The scorecard so far, or the final one once the drill has ended.
    public func scorecard() -> Scorecard {
        ScorecardBuilder(scenario: scenario, state: state).build()
    }

    // MARK: - Playing

    /// Scores one reply and moves the customer on.
    ///
    /// An empty reply (after cleaning) is not scored: the customer waits, asks whether you are
    /// still there, and mood rises by ``MoodSpec/emptyReplyEffect``.
    public mutating func submit(reply: String, latency source: LatencySource = .clock) throws(DrillError) -> TurnResult {
        guard !state.isOver else { throw .alreadyEnded(scenario: scenario.id) }
        guard let beat = scenario.beats[state.beat] else { throw .undefinedBeat(scenario: scenario.id, beat: state.beat) }
        let cleaned = sanitizer.clean(reply)
        let now = clock.now()
        let answered = state.lastShownLine
        let latency = measure(source, now: now, line: answered)
        let moodBefore = state.mood

        if cleaned.text.isEmpty {
            return customerWaits(beat: beat, answered: answered, latency: latency, now: now, moodBefore: moodBefore)
        }

        let turnNumber = state.turn + 1
        let traits = scenario.traits(answering: beat)
        var expected = scenario.scoring.expects
        if let demand = beat.demands, !expected.contains(demand) { expected.append(demand) }
        let context = ScoringContext(
            language: state.language, traits: traits, customerLine: answered, latency: latency.net,
            turn: state.turn, previousReplies: heardReplies, expectedBehaviours: expected,
            topicWords: scenario.topicWords[state.language] ?? [], weightOverrides: scenario.scoring.weights,
            scenarioID: scenario.id)
        let score = engine.score(cleaned.text, context: context)
        // The customer does not hear spam: stuffed keywords, a reply repeated or pasted over and
        // over, gibberish or their own words echoed back calm nobody down (its red flags still count).
        let gamed = score.flags.contains { Self.unheardFlags.contains($0.code) }
        let behaviours = gamed ? Set(score.behaviours.filter(\.isNegative)) : Set(score.behaviours)
        let moodAfter = scenario.mood.mood(after: behaviours, from: moodBefore)
        let step = scenario.step(from: beat.id, behaviours: behaviours, mood: moodAfter, turn: turnNumber)

        state.turn = turnNumber
        state.mood = moodAfter
        let next = try advance(to: step.destination, now: now)
        let result = TurnResult(
            turn: turnNumber, customerLine: answered, reply: cleaned.text, truncated: cleaned.truncated,
            originalCharacters: cleaned.originalCharacters, latency: latency, score: score, moodBefore: moodBefore,
            moodAfter: moodAfter, behaviours: behaviours.sorted(), beatBefore: beat.id,
            beatAfter: state.isOver ? nil : state.beat, abusive: beat.abusive, next: next)
        state.turns.append(result)
        return result
    }

    /// Flags whose reply the customer reacts to only for its red flags: spam, and an apology or a
    /// refund that comes with an insult or is taken back as a joke (the customer hears the insult).
    static let unheardFlags: Set<String> = ["gibberish", "copied-customer-line", "keyword-stuffing", "repetitive", "repeated-earlier-reply",
                                            "abused-customer", "took-it-back"]

    /// The earlier replies a new one may be "a repeat of". One the customer did not hear (spam,
    /// a wall of pasted text) is left out: saying its content once, properly, is the fix the
    /// drill asks for, and was capped as a repeat of the spam. Repeating a heard reply still is.
    var heardReplies: [String] {
        state.scoredTurns.compactMap { turn in
            turn.score?.flags.contains { Self.unheardFlags.contains($0.code) } == true ? nil : turn.reply
        }
    }

    /// A hint for the current beat, in training mode only. Each hint costs ``hintCost`` points off
    /// the overall score; the hint names the principle it draws on.
    public mutating func hint() throws(DrillError) -> DrillHint {
        guard state.mode == .training else { throw .hintsOnlyInTraining }
        guard !state.isOver else { throw .alreadyEnded(scenario: scenario.id) }
        guard let beat = scenario.beats[state.beat] else { throw .undefinedBeat(scenario: scenario.id, beat: state.beat) }
        let hint = DrillHint.make(for: beat, scenario: scenario, language: state.language, cost: Self.hintCost)
        state.hintsUsed += 1
        return hint
    }

    /// Starts the scenario again from its first beat. The random stream is reseeded with
    /// `seed + number of restarts`, so a restart may open with another variant but stays reproducible.
    public mutating func restart() throws(DrillError) -> String {
        let restarts = state.restarts + 1
        state = try Self.freshState(scenario: scenario, language: state.language, mode: state.mode,
                                    seed: state.seed, restarts: restarts)
        state.shownAt = clock.now()
        return state.currentLine
    }

    // MARK: - Internals

    private static func freshState(scenario: Scenario, language: Language, mode: DrillMode, seed: UInt64,
                                   restarts: Int) throws(DrillError) -> DrillState {
        var rng = SplitMix64(seed: seed &+ UInt64(restarts))
        guard let beat = scenario.beats[scenario.start] else {
            throw .undefinedBeat(scenario: scenario.id, beat: scenario.start)
        }
        let line = try pick(beat.line, language: language, rng: &rng, scenario: scenario.id, place: beat.id)
        return DrillState(
            version: DrillState.currentVersion, scenarioID: scenario.id, language: language, mode: mode, seed: seed,
            restarts: restarts, rng: rng, beat: beat.id, mood: scenario.mood.start, turn: 0, currentLine: line,
            lastShownLine: line, shownAt: nil, turns: [], hintsUsed: 0, ending: nil)
    }

    /// `avoiding` is the line on screen: a beat the conversation comes back to ("more abuse")
    /// says one of its other lines, so the customer never repeats himself word for word.
    private static func pick(_ lines: LocalizedLines, language: Language, rng: inout SplitMix64,
                             scenario: String, place: String, avoiding: String? = nil) throws(DrillError) -> String {
        let variants = lines.variants(in: language)
        guard !variants.isEmpty else { throw .noLine(scenario: scenario, beat: place, language: language) }
        let others = variants.filter { $0 != avoiding }
        let pool = others.isEmpty ? variants : others
        // Draw even for a single variant so that adding a variant later shifts nothing else.
        return pool[rng.index(below: pool.count)]
    }

    private func measure(_ source: LatencySource, now: Double, line: String) -> Latency {
        switch source {
        case .clock:
            guard let shown = state.shownAt else { return .notMeasured }
            let raw = max(0, now - shown)
            return Latency(raw: raw, net: ReadingAllowance.netLatency(raw: raw, line: line),
                           allowance: ReadingAllowance.seconds(for: line))
        case let .elapsed(raw):
            let raw = max(0, raw)
            return Latency(raw: raw, net: ReadingAllowance.netLatency(raw: raw, line: line),
                           allowance: ReadingAllowance.seconds(for: line))
        case let .net(net):
            return Latency(raw: nil, net: max(0, net), allowance: nil)
        case .notMeasured:
            return .notMeasured
        }
    }

    private mutating func advance(to destination: BeatDestination, now: Double) throws(DrillError) -> TurnResult.Next {
        switch destination {
        case let .beat(id):
            guard let beat = scenario.beats[id] else { throw .undefinedBeat(scenario: scenario.id, beat: id) }
            let line = try Self.pick(beat.line, language: state.language, rng: &state.rng, scenario: scenario.id, place: id,
                                     avoiding: state.currentLine)
            state.beat = id
            state.currentLine = line
            state.lastShownLine = line
            state.shownAt = now
            return .line(line)
        case let .ending(id):
            guard let ending = scenario.endings[id] else { throw .undefinedBeat(scenario: scenario.id, beat: id) }
            let line = try Self.pick(ending.line, language: state.language, rng: &state.rng, scenario: scenario.id, place: id)
            return end(DrillEnding(id: id, outcome: ending.outcome, line: line))
        case .turnLimit:
            return end(DrillEnding(id: nil, outcome: .turnLimit, line: Localizer(state.language)[.turnLimitLine]))
        }
    }

    private mutating func end(_ ending: DrillEnding) -> TurnResult.Next {
        state.ending = ending
        state.shownAt = nil
        return .ending(ending)
    }

    private mutating func customerWaits(beat: Beat, answered: String, latency: Latency, now: Double,
                                        moodBefore: Int) -> TurnResult {
        let moodAfter = scenario.mood.mood(after: [], from: moodBefore, emptyReply: true)
        state.mood = moodAfter
        let next: TurnResult.Next
        if let walkoutAt = scenario.mood.walkoutAt, moodAfter >= walkoutAt, let walkout = scenario.endings["walkout"],
           let line = try? Self.pick(walkout.line, language: state.language, rng: &state.rng,
                                     scenario: scenario.id, place: walkout.id) {
            next = end(DrillEnding(id: walkout.id, outcome: walkout.outcome, line: line))
        } else {
            let waiting = Localizer(state.language)[.customerWaits]
            state.lastShownLine = waiting
            state.shownAt = now
            next = .line(waiting)
        }
        let result = TurnResult(
            turn: state.turn + 1, customerLine: answered, reply: "", truncated: false, originalCharacters: 0,
            latency: latency, score: nil, moodBefore: moodBefore, moodAfter: moodAfter, behaviours: [],
            beatBefore: beat.id, beatAfter: state.isOver ? nil : state.beat, abusive: beat.abusive, next: next)
        state.turns.append(result)
        return result
    }
}
