import Foundation
import GRDB
import HotseatCore
import Testing
@testable import Store

@Suite("Writing sessions and turns")
struct WritingTests {
    @Test("a turn round-trips with its scores, evidence, flags, latency and mood")
    func turnRoundTrip() throws {
        let folder = TemporaryFolder()
        let store = try Store.open(at: folder.storeURL)
        let session = Sample.session()
        #expect(store.startSession(session) == .saved)
        let turns = (0..<3).map { Sample.turn(session, index: $0, reply: "reply \($0), with \"quotes\" and æøå", empathy: 40 + Double($0) * 10) }
        for turn in turns { #expect(store.recordTurn(turn, stateJSON: "{\"turn\":\(turn.index)}") == .saved) }
        let transcript = try store.transcript(String(session.id.prefix(6)))
        #expect(transcript.turns == turns)
        #expect(transcript.session.stateJSON == "{\"turn\":2}")
        #expect(transcript.session.status == .inProgress)
    }

    @Test("finishing stores the outcome and scores; the session is no longer offered for resume")
    func finish() throws {
        let folder = TemporaryFolder()
        let store = try Store.open(at: folder.storeURL)
        let first = Sample.session(startedAt: Date(timeIntervalSince1970: 1_000))
        let second = Sample.session(startedAt: Date(timeIntervalSince1970: 2_000))
        store.startSession(first)
        store.startSession(second)
        store.setStatus(.paused, session: second.id)
        #expect(try store.latestUnfinishedSession(trainee: "ingrid")?.session.id == second.id)
        store.finishSession(second.id, ending: SessionEnding(outcome: .resolved, scores: [.empathy: 81, .calm: 90], overall: 84))
        let open = try store.latestUnfinishedSession(trainee: "ingrid")
        #expect(open?.session.id == first.id)
        let finished = try store.session(second.id)
        #expect(finished.status == .finished && finished.outcome == .resolved && finished.scores[.empathy] == 81 && finished.overall == 84)
        #expect(try store.latestUnfinishedSession(trainee: "someone-else") == nil)
    }

    @Test("a session left before its first reply does not hide the half-played one; a mode can be left out")
    func resumeSkipsEmptySessions() throws {
        let folder = TemporaryFolder()
        let store = try Store.open(at: folder.storeURL)
        let played = Sample.session(startedAt: Date(timeIntervalSince1970: 1_000))
        store.startSession(played)
        #expect(store.recordTurn(Sample.turn(played, index: 0)) == .saved)
        let leftAtOnce = Sample.session(startedAt: Date(timeIntervalSince1970: 2_000))
        store.startSession(leftAtOnce)
        let screen = SessionRecord(trainee: "ingrid", scenarioID: "ski-lift", scenarioTitle: "Stuck on the chairlift", scenarioDifficulty: 2,
                                   language: .en, mode: "screen", seed: 1, startedAt: Date(timeIntervalSince1970: 3_000))
        store.startSession(screen)
        #expect(store.recordTurn(Sample.turn(screen, index: 0)) == .saved)
        #expect(try store.latestUnfinishedSession(trainee: "ingrid", withReplies: true)?.session.id == screen.id)
        let offered = try #require(try store.latestUnfinishedSession(trainee: "ingrid", withReplies: true, excludingMode: "screen"))
        #expect(offered.session.id == played.id && offered.turnCount == 1)
        let anyTraining = try store.latestUnfinishedSession(trainee: "ingrid", excludingMode: "screen")
        #expect(anyTraining?.session.id == leftAtOnce.id && anyTraining?.turnCount == 0)
    }

    @Test("a full database keeps turns in memory as unsaved and writes them, in order, once there is room")
    func fullDiskQueueAndFlush() throws {
        let folder = TemporaryFolder()
        // max_page_count is per connection: the pool's writer gets a cap the test can lift later.
        let store = try Store(url: folder.storeURL, access: .readWrite, busyTimeout: 5, now: { Date() }, prepare: nil)
        let session = Sample.session()
        #expect(store.startSession(session) == .saved)
        #expect(store.recordTurn(Sample.turn(session, index: 0)) == .saved)
        try store.pool.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            _ = try Int.fetchOne(db, sql: "PRAGMA max_page_count = \(pages)")
        }
        // Big replies need new pages, which the cap refuses with a real SQLITE_FULL.
        let big = String(repeating: "I am truly sorry about the lift. ", count: 400)
        var results: [SaveResult] = []
        for index in 1...3 { results.append(store.recordTurn(Sample.turn(session, index: index, reply: big + "\(index)"))) }
        for (offset, result) in results.enumerated() {
            guard case let .unsaved(pending, reason) = result else { Issue.record("turn \(offset + 1) was \(result)"); continue }
            #expect(reason.code == .diskFull)
            #expect(pending == offset + 1)
        }
        #expect(store.pendingCount == 3)
        #expect(try store.turns(session: session.id).count == 1)

        try store.pool.writeWithoutTransaction { db in _ = try Int.fetchOne(db, sql: "PRAGMA max_page_count = 1000000") }
        #expect(store.flushPending() == .saved)
        #expect(store.pendingCount == 0)
        let stored = try store.turns(session: session.id)
        #expect(stored.map(\.index) == [0, 1, 2, 3])
        #expect(stored.last?.reply == big + "3")
    }

    @Test("before exit, waiting writes get more time: saved once the disk has room, counted when it never does")
    func flushWithinWaitsForRoom() throws {
        let folder = TemporaryFolder()
        let store = try Store(url: folder.storeURL, access: .readWrite, busyTimeout: 5, now: { Date() }, prepare: nil)
        let session = Sample.session()
        #expect(store.startSession(session) == .saved)
        try store.pool.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            _ = try Int.fetchOne(db, sql: "PRAGMA max_page_count = \(pages)")
        }
        let big = String(repeating: "I am truly sorry about the lift. ", count: 400)
        for index in 0...1 { _ = store.recordTurn(Sample.turn(session, index: index, reply: big + "\(index)")) }
        #expect(store.pendingCount == 2)
        // Still full: the wait ends and says what is left.
        #expect(store.flushPending(within: 0.2) == 2)
        // Room appears while it waits (another thread frees it after a moment).
        let freer = Thread {
            usleep(300_000)
            try? store.pool.writeWithoutTransaction { db in _ = try Int.fetchOne(db, sql: "PRAGMA max_page_count = 1000000") }
        }
        freer.start()
        #expect(store.flushPending(within: 20) == 0)
        #expect(try store.turns(session: session.id).map(\.index) == [0, 1])
    }

    @Test("a turn for a session that does not exist is rejected, not queued forever")
    func rejectsOrphanTurn() throws {
        let folder = TemporaryFolder()
        let store = try Store.open(at: folder.storeURL)
        let ghost = Sample.session()
        guard case .rejected = store.recordTurn(Sample.turn(ghost, index: 0)) else {
            Issue.record("an orphan turn was accepted"); return
        }
        #expect(store.pendingCount == 0)
    }

    @Test("two stores writing turns into one file at the same time lose nothing")
    func concurrentWriters() async throws {
        let folder = TemporaryFolder()
        let a = try Store.open(at: folder.storeURL)
        let b = try Store.open(at: folder.storeURL)
        let sessionA = Sample.session(trainee: "ana")
        let sessionB = Sample.session(trainee: "bo")
        #expect(a.startSession(sessionA) == .saved)
        #expect(b.startSession(sessionB) == .saved)
        let perWriter = 60
        async let resultsA = Task.detached { (0..<perWriter).map { a.recordTurn(Sample.turn(sessionA, index: $0)) } }.value
        async let resultsB = Task.detached { (0..<perWriter).map { b.recordTurn(Sample.turn(sessionB, index: $0)) } }.value
        let all = await resultsA + resultsB
        #expect(all.allSatisfy { $0.isSaved })
        let check = try Store.open(at: folder.storeURL)
        #expect(try check.turns(session: sessionA.id).map(\.index) == Array(0..<perWriter))
        #expect(try check.turns(session: sessionB.id).map(\.index) == Array(0..<perWriter))
        let integrity = try check.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
        #expect(integrity == "ok")
    }
}
