import Drill
import Foundation
import HotseatCore
import Scenarios
import Store

/// Records a drill whose store could not be opened when it started (locked by another program,
/// a full disk, a folder not yet writable): every event is kept in memory, and each later event
/// tries the store again. Once it opens, the kept events are written in order, so the session is
/// saved as if the store had been there all along.
///
/// ```swift
/// let recorder = DeferredStoreRecorder(scenarios: [ski], open: { try Store.open(at: url, busyTimeout: 0.25, openRetry: 0.5) })
/// try? recorder.sessionStarted(state, trainee: "ana")   // throws "not saved yet", keeps it
/// try recorder.recordTurn(turn, state: state)            // opens now, writes both
/// ```
final class DeferredStoreRecorder: SessionRecorder, @unchecked Sendable {
    private enum Event {
        case started(DrillState, trainee: String?)
        case turn(TurnResult, DrillState)
        case paused(DrillState)
        case ended(Scorecard, DrillState)
    }

    private let open: () throws -> Store
    private let scenarios: [Scenario]
    private var inner: StoreRecorder?
    private var pending: [Event] = []

    init(scenarios: [Scenario], open: @escaping () throws -> Store) {
        self.scenarios = scenarios
        self.open = open
    }

    func sessionStarted(_ state: DrillState, trainee: String?) throws { try handle(.started(state, trainee: trainee)) }
    func recordTurn(_ turn: TurnResult, state: DrillState) throws { try handle(.turn(turn, state)) }
    func sessionPaused(_ state: DrillState) throws { try handle(.paused(state)) }
    func sessionEnded(_ scorecard: Scorecard, state: DrillState) throws { try handle(.ended(scorecard, state)) }

    func finishSaving(within seconds: Double) -> Int {
        let deadline = Date().addingTimeInterval(seconds)
        var pause: UInt32 = 50_000
        // The store never opened: keep trying, then write what was kept, in order.
        while inner == nil, !pending.isEmpty {
            if let store = try? open() {
                try? attach(store)
                break
            }
            guard Date() < deadline else { return pending.count }
            usleep(pause)
            pause = min(pause * 2, 1_000_000)
        }
        return inner?.finishSaving(within: max(0, deadline.timeIntervalSinceNow)) ?? 0
    }

    private func handle(_ event: Event) throws {
        if let inner {
            try send(event, to: inner)
            return
        }
        pending.append(event)
        let store: Store
        do {
            store = try open()
        } catch let error as StoreError {
            throw StoreError(error.code, "not saved yet: \(error.message); \(pending.count) event(s) kept in memory and retried with the next turn",
                             context: error.context, fix: error.fix)
        }
        try attach(store)
    }

    /// Records from now on into `store`, writing the kept events first, in order. The store holds
    /// what it accepts; a later failure is the recorder's own, kept and retried there.
    private func attach(_ store: Store) throws {
        let recorder = StoreRecorder(store: store, scenarios: scenarios)
        inner = recorder
        let queued = pending
        pending = []
        var firstError: Error?
        for event in queued {
            do { try send(event, to: recorder) } catch { if firstError == nil { firstError = error } }
        }
        if let firstError { throw firstError }
    }

    private func send(_ event: Event, to recorder: StoreRecorder) throws {
        switch event {
        case let .started(state, trainee): try recorder.sessionStarted(state, trainee: trainee)
        case let .turn(turn, state): try recorder.recordTurn(turn, state: state)
        case let .paused(state): try recorder.sessionPaused(state)
        case let .ended(card, state): try recorder.sessionEnded(card, state: state)
        }
    }
}

/// Stands in for a store that could not be used at all (damaged, from a newer Hotseat, a path
/// that cannot be a store): the drill goes on, and the events it could not keep are counted so
/// the command can exit 1 at the end.
final class NotSavingRecorder: SessionRecorder {
    private(set) var dropped = 0
    var keepsSessions: Bool { false }
    func sessionStarted(_ state: DrillState, trainee: String?) throws { dropped += 1 }
    func recordTurn(_ turn: TurnResult, state: DrillState) throws { dropped += 1 }
    func sessionPaused(_ state: DrillState) throws { dropped += 1 }
    func sessionEnded(_ scorecard: Scorecard, state: DrillState) throws { dropped += 1 }
}

extension SessionRecorder {
    /// Before exit: gives waiting writes up to `seconds` more and says if any were still lost.
    /// Returns whether everything was saved.
    func saveBeforeExit(localizer: Localizer, seconds: Double = 30) -> Bool {
        if let notSaving = self as? NotSavingRecorder {
            // The warning at the start said why; this says what it cost.
            guard notSaving.dropped > 0 else { return true }
            Console.warning(localizer.format(.couldNotSave, localizer.format(.storeNotUsable)))
            return false
        }
        guard finishSaving(within: 0) > 0 else { return true }
        Console.warning(localizer.format(.waitingForStore, seconds == seconds.rounded() ? "\(Int(seconds))" : "\(seconds)"))
        let unsaved = finishSaving(within: seconds)
        if unsaved > 0 { Console.warning(localizer.format(.couldNotSave, localizer.format(.changesStillWaiting, "\(unsaved)"))) }
        return unsaved == 0
    }
}
