import Drill
import Foundation
import HotseatCore
import Scenarios

/// A locked, timed candidate run as a state machine, with no terminal in it.
///
/// Every change is an event (`ScreenEvent`); the caller appends each returned event to the audit
/// log before showing the next prompt, and `replay` rebuilds the exact state from that log after a
/// killed terminal.
///
/// ```swift
/// var (run, started) = ScreenRun.begin(content: content, candidateID: "c-017", language: .en, seed: 42, at: now)
/// log.append(started)
/// log.append(run.acknowledgeNotice(at: now))
/// log.append(run.present(at: now))                                   // the first prompt's timer starts
/// let (outcome, events) = run.submit("I'm so sorry…", at: now + 30, engine: engine)
/// log.append(events)
/// ```
public struct ScreenRun: Sendable {
    /// Longer replies are cut to this many characters (the original length is recorded): a pasted
    /// novel must not slow the engine or swell the record.
    public static let maxReplyCharacters = 2_000

    public let content: ScreenContent
    public private(set) var start: RunStart
    public private(set) var events: [ScreenEvent] = []
    public private(set) var noticeAcknowledged = false
    /// Index into `start.order` of the current step.
    public private(set) var stepIndex = 0
    public private(set) var finished = false
    public private(set) var replies: [ReplyRecord] = []
    public private(set) var answers: [SJTAnswerRecord] = []

    // Within the current scenario.
    private var beatID: String?
    private var mood = 0
    private var turn = 1
    // Within the current prompt.
    private var presentedAt: Double?
    private var repeatUsed = false

    init(content: ScreenContent, start: RunStart) {
        self.content = content
        self.start = start
    }

    // MARK: starting and replaying

    /// The order a pack's steps are met in for a seed.
    public static func order(of pack: ScreenPack, seed: UInt64) -> [ScreenStep] {
        switch pack.shuffle {
        case .none: pack.sequence
        case .fixed, .perCandidate: ScreenRandom.shuffled(pack.sequence, seed: seed)
        }
    }

    /// Starts a run. `seed` is used when the pack shuffles per candidate; a fixed-seed pack uses its own.
    public static func begin(content: ScreenContent, candidateID: String, language: Language, seed: UInt64,
                             at time: Double, contentHashes: [String: String]? = nil) -> (ScreenRun, ScreenEvent) {
        let pack = content.pack
        let effectiveSeed: UInt64 = switch pack.shuffle {
        case .none: 0
        case .fixed(let fixed): fixed
        case .perCandidate: seed
        }
        var start = RunStart(candidateID: candidateID, packID: pack.id, packVersion: pack.version,
                             scoringKeyVersion: pack.scoringKeyVersion, language: language, seed: effectiveSeed,
                             order: order(of: pack, seed: effectiveSeed), replyTimeLimit: pack.replyTimeLimit)
        start.contentHashes = contentHashes
        var run = ScreenRun(content: content, start: start)
        let event = ScreenEvent(kind: .started, at: time, start: start)
        run.apply(event)
        return (run, event)
    }

    /// Rebuilds a run from its audit log. Scores come from the log, not from the engine, so a
    /// resumed run keeps exactly the verdicts the candidate earned.
    public static func replay(content: ScreenContent, events: [ScreenEvent]) throws(ScreenError) -> ScreenRun {
        guard let first = events.first, first.kind == .started, let start = first.start else {
            throw ScreenError(code: "no-start", "the audit log does not begin with the start of a run")
        }
        guard start.packID == content.pack.id, start.packVersion == content.pack.version else {
            throw ScreenError(code: "pack-changed",
                              "the run was started with pack \(start.packID) version \(start.packVersion); version \(content.pack.version) is installed",
                              context: ["pack": start.packID])
        }
        var run = ScreenRun(content: content, start: start)
        for event in events { run.apply(event) }
        return run
    }

    // MARK: what to show

    public var prompt: ScreenPrompt {
        if finished { return .finished }
        if !noticeAcknowledged { return .notice(text: content.pack.notice.text(in: start.language)) }
        let language = start.language
        switch start.order[stepIndex] {
        case .scenario(let id, _):
            let scenario = content.scenarios[id]!
            let beat = scenario.beats[beatID ?? scenario.start]!
            return .customer(CustomerPrompt(
                step: stepIndex, stepCount: start.order.count, scenarioID: id, title: scenario.title.text(in: language),
                situation: scenario.persona.situation.text(in: language), customerName: scenario.persona.name,
                line: line(of: beat, scenario: scenario), turn: turn, turnCap: turnCap(of: scenario), timeLimit: start.replyTimeLimit))
        case .item(let id):
            let item = content.items[id]!
            return .judgement(JudgementPrompt(
                step: stepIndex, stepCount: start.order.count, itemID: id, title: item.title.text(in: language),
                situation: item.situation.text(in: language), line: item.line.text(in: language),
                responses: item.responses.map { SJTResponseText(letter: $0.letter, text: $0.text.text(in: language)) },
                timeLimit: start.replyTimeLimit))
        }
    }

    /// When the current prompt's timer started, if it is on screen.
    public var promptPresentedAt: Double? { presentedAt }

    /// Seconds left on the current prompt, never below zero.
    public func secondsLeft(at time: Double) -> Double? {
        presentedAt.map { max(0, Double(start.replyTimeLimit) - (time - $0)) }
    }

    // MARK: candidate actions

    public mutating func acknowledgeNotice(at time: Double) -> [ScreenEvent] {
        guard !noticeAcknowledged, !finished else { return [] }
        return record(ScreenEvent(kind: .noticeAcknowledged, at: time))
    }

    /// The current prompt is on screen now: its timer starts. Calling it again (after a resume) restarts the timer
    /// for the re-shown prompt; the audit log keeps both times.
    public mutating func present(at time: Double) -> [ScreenEvent] {
        guard noticeAcknowledged, !finished else { return [] }
        let shown: String? = switch prompt {
        case .customer(let p): p.line
        case .judgement(let p): p.line
        default: nil
        }
        return record(ScreenEvent(kind: .presented, at: time, step: stepIndex, text: shown))
    }

    /// One line typed by the candidate: a reply, an SJT answer, or a (locked) meta-command.
    /// `inputLines` > 1: the terminal saw several lines arrive at once (a paste) and joined them.
    public mutating func submit(_ input: String, at time: Double, engine: any ReplyScoring, inputLines: Int = 1) -> (ScreenOutcome, [ScreenEvent]) {
        guard noticeAcknowledged, !finished else { return (.refused(reason: .notExpected), []) }
        if presentedAt == nil { _ = record(ScreenEvent(kind: .presented, at: time, step: stepIndex)) }
        let trimmed = input.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix(":") { return metaCommand(trimmed, at: time) }
        return answer(input, at: time, timedOut: isLate(at: time), engine: engine, inputLines: inputLines)
    }

    /// The countdown reached zero: whatever was typed so far is taken as the answer and marked as a timeout.
    public mutating func timeout(partial: String, at time: Double, engine: any ReplyScoring) -> (ScreenOutcome, [ScreenEvent]) {
        guard noticeAcknowledged, !finished else { return (.refused(reason: .notExpected), []) }
        let text = partial.trimmingCharacters(in: .whitespacesAndNewlines).hasPrefix(":") ? "" : partial
        return answer(text, at: time, timedOut: true, engine: engine, forced: true)
    }

    /// Ctrl-C: recorded, and nothing else happens; a screen turn cannot be restarted.
    public mutating func interrupt(at time: Double) -> [ScreenEvent] {
        record(ScreenEvent(kind: .interrupted, at: time, step: finished ? nil : stepIndex))
    }

    /// End of input (the terminal closed): the run can be picked up with `--resume`.
    public mutating func suspend(at time: Double) -> [ScreenEvent] {
        guard !finished else { return [] }
        return record(ScreenEvent(kind: .suspended, at: time, step: stepIndex))
    }

    /// `--resume`: recorded, so a person sees the gap; the current prompt is shown again with a fresh timer.
    public mutating func resume(at time: Double) -> [ScreenEvent] {
        guard !finished else { return [] }
        return record(ScreenEvent(kind: .resumed, at: time, step: stepIndex))
    }

    // MARK: internals

    private func isLate(at time: Double) -> Bool {
        guard let presentedAt else { return false }
        return time - presentedAt > Double(start.replyTimeLimit)
    }

    private mutating func metaCommand(_ command: String, at time: Double) -> (ScreenOutcome, [ScreenEvent]) {
        let name = command.dropFirst().split(separator: " ").first.map { String($0).lowercased() } ?? ""
        if name == "repeat" || name == "r" {
            if repeatUsed {
                return (.refused(reason: .repeatUsed), record(ScreenEvent(kind: .lockedCommand, at: time, step: stepIndex, text: command)))
            }
            return (.repeatPrompt, record(ScreenEvent(kind: .repeated, at: time, step: stepIndex, text: command)))
        }
        return (.refused(reason: .locked), record(ScreenEvent(kind: .lockedCommand, at: time, step: stepIndex, text: bounded(command))))
    }

    private mutating func answer(_ input: String, at time: Double, timedOut: Bool, engine: any ReplyScoring,
                                 forced: Bool = false, inputLines: Int = 1) -> (ScreenOutcome, [ScreenEvent]) {
        let shownAt = presentedAt ?? time
        switch start.order[stepIndex] {
        case .item(let id):
            let item = content.items[id]!
            var best: String?, worst: String?
            switch SJTAnswerParser.parse(input) {
            case .success(let pick): (best, worst) = (pick.best, pick.worst)
            case .failure(let problem):
                if !forced {
                    let event = ScreenEvent(kind: .unreadableAnswer, at: time, step: stepIndex, text: bounded(input))
                    return (.refused(reason: problem == .same ? .sameAnswer : .unreadableAnswer), record(event))
                }
            }
            let record = SJTAnswerRecord(itemID: id, best: best, worst: worst,
                                         points: SJTScoring.score(best: best, worst: worst, key: item.key),
                                         keyBest: item.key.best, keyWorst: item.key.worst, presentedAt: shownAt,
                                         submittedAt: time, latency: time - shownAt, timedOut: timedOut)
            return (.accepted(customerAnswer: nil), self.record(ScreenEvent(kind: .sjtAnswer, at: time, step: stepIndex, answer: record)))
        case .scenario(let id, _):
            let scenario = content.scenarios[id]!
            let beat = scenario.beats[beatID ?? scenario.start]!
            let customerLine = line(of: beat, scenario: scenario)
            // The drill's sanitizer and reading allowance, so a screen reply is bounded and timed like a drill reply.
            let cleaned = ReplySanitizer(maxCharacters: Self.maxReplyCharacters).clean(input)
            let kept = cleaned.text
            let latency = max(0, time - shownAt)
            let net = ReadingAllowance.netLatency(raw: latency, line: customerLine)
            let traits = scenario.traits(answering: beat)
            let context = ScoringContext(
                language: start.language, traits: traits, customerLine: customerLine, latency: net, turn: turn - 1,
                previousReplies: replies.filter { $0.scenarioID == id }.map(\.text),
                expectedBehaviours: scenario.scoring.expects + (beat.demands.map { [$0] } ?? []),
                topicWords: scenario.topicWords[start.language] ?? [], weightOverrides: scenario.scoring.weights, scenarioID: id)
            let score = engine.score(kept, context: context)
            // A second, language-blind pass only to detect the language; the verdict above uses the chosen one.
            var detection = context
            detection.language = nil
            let detected = engine.score(kept, context: detection)
            let empty = kept.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            let moodAfter = scenario.mood.mood(after: Set(score.behaviours), from: mood, emptyReply: empty)
            let step = scenario.step(from: beat.id, behaviours: Set(score.behaviours), mood: moodAfter, turn: turn)
            var destination: String
            switch step.destination {
            case .beat(let next): destination = next
            case .ending(let ending): destination = "ending:\(ending)"
            case .turnLimit: destination = "turn_limit"
            }
            if !destination.hasPrefix("ending:"), turn >= turnCap(of: scenario) { destination = "turn_limit" }
            var reply = ReplyRecord(scenarioID: id, beatID: beat.id, turn: turn, customerLine: customerLine, abusiveBeat: beat.abusive,
                                    text: kept, originalCharacters: cleaned.originalCharacters, truncated: cleaned.truncated,
                                    presentedAt: shownAt, submittedAt: time, latency: latency, netLatency: net, timedOut: timedOut,
                                    score: score, detectedLanguage: detected.languageDetected ? detected.language : nil, destination: destination, moodAfter: moodAfter)
            if inputLines > 1 { reply.inputLines = inputLines }
            var closing: String?
            if destination.hasPrefix("ending:"), let ending = scenario.endings[String(destination.dropFirst("ending:".count))] {
                let variants = ending.line.variants(in: start.language)
                closing = variants.first
            }
            return (.accepted(customerAnswer: closing), record(ScreenEvent(kind: .reply, at: time, step: stepIndex, reply: reply)))
        }
    }

    /// Applies an event and returns every event it produced (the last answer also produces `finished`).
    private mutating func record(_ event: ScreenEvent) -> [ScreenEvent] {
        let before = events.count
        apply(event)
        return Array(events[before...])
    }

    /// The only place state changes: live actions and replay both come through here.
    mutating func apply(_ event: ScreenEvent) {
        // `finished` follows from the last answer; a logged copy of it must not count twice on replay.
        if event.kind == .finished, finished { return }
        events.append(event)
        switch event.kind {
        case .started:
            enterStep(0)
        case .noticeAcknowledged:
            noticeAcknowledged = true
        case .presented:
            presentedAt = event.at
        case .repeated:
            repeatUsed = true
        case .resumed:
            presentedAt = nil
        case .reply:
            guard let reply = event.reply else { return }
            replies.append(reply)
            mood = reply.moodAfter
            presentedAt = nil
            repeatUsed = false
            if reply.destination.hasPrefix("ending:") || reply.destination == "turn_limit" {
                enterStep(stepIndex + 1)
            } else {
                beatID = reply.destination
                turn += 1
            }
        case .sjtAnswer:
            guard let answer = event.answer else { return }
            answers.append(answer)
            presentedAt = nil
            repeatUsed = false
            enterStep(stepIndex + 1)
        case .finished:
            finished = true
        case .unreadableAnswer, .lockedCommand, .interrupted, .suspended:
            break
        }
    }

    private mutating func enterStep(_ index: Int) {
        stepIndex = index
        presentedAt = nil
        repeatUsed = false
        guard index < start.order.count else {
            // The last answer ends the run; `finished` is its own event so the log says so explicitly.
            if !finished, events.last?.kind != .finished {
                let end = ScreenEvent(kind: .finished, at: events.last?.at ?? 0)
                events.append(end)
                finished = true
            }
            return
        }
        if case .scenario(let id, _) = start.order[index], let scenario = content.scenarios[id] {
            beatID = scenario.start
            mood = scenario.mood.start
            turn = 1
        }
    }

    private func turnCap(of scenario: Scenario) -> Int {
        let cap: Int? = if case .scenario(_, let cap) = start.order[stepIndex] { cap } else { nil }
        return min(cap ?? scenario.turnLimit, scenario.turnLimit)
    }

    /// The customer line variant for this turn. A screen is standardised: every candidate meets the
    /// same words (only the order of steps is shuffled), so the variant follows the turn, not the seed.
    private func line(of beat: Beat, scenario: Scenario) -> String {
        let variants = beat.line.variants(in: start.language)
        guard !variants.isEmpty else { return "" }
        return variants[(turn - 1) % variants.count]
    }

    private func bounded(_ text: String) -> String { String(text.prefix(200)) }
}
