import Foundation
import HotseatCore
import Testing
@testable import Screening

@Suite("The locked screen run")
struct ScreenRunTests {
    let engine = PhraseScorer()

    /// Answers every prompt in order; returns the run and all events.
    func runThrough(_ run: inout ScreenRun, reply: String = "I'm so sorry, I will refund you today and call you back.",
                    answer: String = "best: B, worst: D", start: Double = 1000, step: Double = 30) -> [ScreenEvent] {
        var events: [ScreenEvent] = run.acknowledgeNotice(at: start)
        var time = start
        while run.prompt != .finished {
            events += run.present(at: time)
            time += step
            let input: String
            if case .judgement = run.prompt { input = answer } else { input = reply }
            let (outcome, produced) = run.submit(input, at: time, engine: engine)
            #expect(outcome != .refused(reason: .unreadableAnswer))
            events += produced
        }
        return events
    }

    @Test func noticeComesFirstAndNothingIsTakenBeforeIt() throws {
        var (run, _) = ScreenRun.begin(content: try shippedContent(), candidateID: "c1", language: .nl, seed: 7, at: 0)
        guard case .notice(let text) = run.prompt else { Issue.record("expected the notice first"); return }
        #expect(text.contains("een mens"))
        let (outcome, events) = run.submit("hello", at: 1, engine: engine)
        #expect(outcome == .refused(reason: .notExpected))
        #expect(events.isEmpty)
    }

    @Test func orderIsShuffledFromTheRecordedSeedAndMixesItemsWithScenarios() throws {
        let content = try shippedContent()
        let (a, started) = ScreenRun.begin(content: content, candidateID: "c1", language: .en, seed: 11, at: 0)
        let (b, _) = ScreenRun.begin(content: content, candidateID: "c2", language: .en, seed: 11, at: 0)
        let (c, _) = ScreenRun.begin(content: content, candidateID: "c3", language: .en, seed: 12, at: 0)
        #expect(started.start?.seed == 11)
        #expect(a.start.order == b.start.order)
        #expect(a.start.order != c.start.order)
        #expect(Set(a.start.order) == Set(content.pack.sequence))
        #expect(a.start.order != content.pack.sequence)
    }

    @Test func fullRunScoresRepliesAndItemsThenFinishes() throws {
        var (run, _) = ScreenRun.begin(content: try shippedContent(), candidateID: "c1", language: .en, seed: 3, at: 0)
        let events = runThrough(&run)
        #expect(run.finished)
        #expect(events.last?.kind == .finished)
        #expect(run.answers.count == 6)
        #expect(Set(run.replies.map(\.scenarioID)) == ["ski-lift", "abusive-counter", "third-failure"])
        #expect(run.replies.allSatisfy { $0.turn <= 4 })
        // Key D/C for double charge: D picked as worst is the key's best, −1; B as best earns nothing.
        #expect(run.answers.first { $0.itemID == "sjt-double-charge" }?.points == -1)
        // Key B/C for the swearing caller: B as best earns 1, D as worst nothing.
        #expect(run.answers.first { $0.itemID == "sjt-swearing-caller" }?.points == 1)
        // Key A/D: D as worst earns 1, B as best earns nothing.
        #expect(run.answers.first { $0.itemID == "sjt-driver-blame" }?.points == 1)
        // Key C/A: neither pick matches.
        #expect(run.answers.first { $0.itemID == "sjt-outside-policy" }?.points == 0)
    }

    @Test func lockedCommandsAreRefusedAndRecordedAndRepeatWorksOnce() throws {
        var (run, _) = ScreenRun.begin(content: try shippedContent(shuffle: ShufflePolicy.none), candidateID: "c1", language: .en, seed: 0, at: 0)
        _ = run.acknowledgeNotice(at: 0)
        _ = run.present(at: 1)
        let before = run.prompt
        for command in [":hint", ":score", ":restart", ":quit", ":rubric ski-lift"] {
            let (outcome, events) = run.submit(command, at: 2, engine: engine)
            #expect(outcome == .refused(reason: .locked))
            #expect(events.map(\.kind) == [.lockedCommand])
        }
        #expect(run.submit(":repeat", at: 3, engine: engine).0 == .repeatPrompt)
        #expect(run.submit(":repeat", at: 4, engine: engine).0 == .refused(reason: .repeatUsed))
        #expect(run.prompt == before)
        #expect(run.replies.isEmpty)
    }

    @Test func ctrlCDoesNotRestartTheTurnOrItsTimer() throws {
        var (run, _) = ScreenRun.begin(content: try shippedContent(shuffle: ShufflePolicy.none), candidateID: "c1", language: .en, seed: 0, at: 0)
        _ = run.acknowledgeNotice(at: 0)
        _ = run.present(at: 10)
        let events = run.interrupt(at: 50)
        #expect(events.map(\.kind) == [.interrupted])
        #expect(run.promptPresentedAt == 10)
        #expect(run.secondsLeft(at: 50) == 80)
        let (_, reply) = run.submit("I'm so sorry about the lift.", at: 60, engine: engine)
        #expect(reply.first?.reply?.latency == 50)
    }

    @Test func lateRepliesAndCountdownExpiryAreTimeouts() throws {
        var (run, _) = ScreenRun.begin(content: try shippedContent(shuffle: ShufflePolicy.none), candidateID: "c1", language: .en, seed: 0, at: 0)
        _ = run.acknowledgeNotice(at: 0)
        _ = run.present(at: 0)
        let (_, late) = run.submit("I'm sorry, I will refund the lift pass today.", at: 121, engine: engine)
        #expect(late.first?.reply?.timedOut == true)
        _ = run.present(at: 200)
        let (_, expired) = run.timeout(partial: "", at: 320, engine: engine)
        #expect(expired.first?.reply?.timedOut == true)
        #expect(expired.first?.reply?.text == "")
        let flags = ProfileBuilder.flags(replies: run.replies, answers: [], events: run.events, language: .en)
        #expect(flags.first { $0.code == .timeouts }?.occurrences == ["ski-lift turn 1", "ski-lift turn 2"])
    }

    /// A resumed prompt gets a fresh timer, so the flag says how long the run was away and how long
    /// the prompt had already been on screen, which the reply's own latency leaves out.
    @Test func aResumeSaysTheGapAndTheTimeThePromptWasAlreadyShown() throws {
        var (run, _) = ScreenRun.begin(content: try shippedContent(shuffle: ShufflePolicy.none), candidateID: "c1", language: .en, seed: 0, at: 0)
        _ = run.acknowledgeNotice(at: 0)
        _ = run.present(at: 10)
        _ = run.suspend(at: 40)
        _ = run.resume(at: 340)
        _ = run.present(at: 341)
        _ = run.submit("I'm so sorry, I'll refund the lift pass today.", at: 350, engine: engine)
        let flag = try #require(ProfileBuilder.flags(replies: run.replies, answers: [], events: run.events, language: .en).first { $0.code == .interrupted })
        #expect(flag.occurrences.contains("resumed at step 1 after 5 min 0 s away; its prompt had already been on screen 30 s, and its timer started again"),
                "\(flag.occurrences)")

        // Killed: nothing after the prompt, so how long it was seen is not known, and that is said.
        var (killed, _) = ScreenRun.begin(content: try shippedContent(shuffle: ShufflePolicy.none), candidateID: "c2", language: .en, seed: 0, at: 0)
        _ = killed.acknowledgeNotice(at: 0)
        _ = killed.present(at: 10)
        _ = killed.resume(at: 70)
        let note = ProfileBuilder.flags(replies: [], answers: [], events: killed.events, language: .en).first { $0.code == .interrupted }?.occurrences.first
        #expect(note?.contains("first shown 1 min 0 s earlier, and the run ended without a trace") == true, "\(note ?? "")")
    }

    @Test func hugePastesAreBoundedAndTheOriginalLengthKept() throws {
        var (run, _) = ScreenRun.begin(content: try shippedContent(shuffle: ShufflePolicy.none), candidateID: "c1", language: .en, seed: 0, at: 0)
        _ = run.acknowledgeNotice(at: 0)
        _ = run.present(at: 0)
        let huge = String(repeating: "I am so sorry about this. ", count: 4_000)
        let (_, events) = run.submit(huge, at: 5, engine: engine)
        let reply = try #require(events.first?.reply)
        #expect(reply.text.count == ScreenRun.maxReplyCharacters)
        #expect(reply.originalCharacters == huge.count)
        #expect(reply.truncated)
        let codes = ProfileBuilder.flags(replies: run.replies, answers: [], events: run.events, language: .en).map(\.code)
        #expect(codes.contains(.likelyPasted) && codes.contains(.truncated))
    }

    @Test func replayOfTheAuditEventsRestoresTheExactState() throws {
        let content = try shippedContent()
        var (run, started) = ScreenRun.begin(content: content, candidateID: "c1", language: .nb, seed: 5, at: 0)
        var events = [started] + run.acknowledgeNotice(at: 0)
        for i in 0..<4 {
            events += run.present(at: Double(i * 100))
            let input = { if case .judgement = run.prompt { "B D" } else { "Beklager, jeg refunderer i dag." } }()
            events += run.submit(input, at: Double(i * 100 + 20), engine: engine).1
        }
        events += run.present(at: 500)   // shown, then the terminal is killed
        let restored = try ScreenRun.replay(content: content, events: events)
        #expect(restored.prompt == run.prompt)
        #expect(restored.replies == run.replies)
        #expect(restored.answers == run.answers)
        #expect(restored.stepIndex == run.stepIndex)
    }
}
