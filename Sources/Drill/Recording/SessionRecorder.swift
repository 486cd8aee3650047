/// Where the REPL reports a drill's progress, so that the store can persist it (and resume it
/// after a crash) without the terminal layer knowing about databases.
///
/// The REPL calls ``sessionStarted(_:trainee:)`` once, ``recordTurn(_:state:)`` after every
/// reply (empty ones too), ``sessionPaused(_:)`` when the trainee quits mid-scenario, and
/// ``sessionEnded(_:state:)`` with the final scorecard. Every method has a no-op default.
///
/// ```swift
/// final class PrintingRecorder: SessionRecorder {
///     func recordTurn(_ turn: TurnResult, state: DrillState) throws { print(turn.turn, turn.moodAfter) }
/// }
/// ```
public protocol SessionRecorder {
    func sessionStarted(_ state: DrillState, trainee: String?) throws
    func recordTurn(_ turn: TurnResult, state: DrillState) throws
    func sessionPaused(_ state: DrillState) throws
    func sessionEnded(_ scorecard: Scorecard, state: DrillState) throws
    /// Called once before the program exits: writes still waiting for the store (it was locked
    /// or full) get up to `seconds` more, so a drill is not lost at the very end. Returns how many
    /// are still unsaved.
    func finishSaving(within seconds: Double) -> Int
    /// Whether a paused session can be resumed later: false for recorders that save nothing, so
    /// the REPL does not promise `hotseat resume`.
    var keepsSessions: Bool { get }
}

extension SessionRecorder {
    public func sessionStarted(_ state: DrillState, trainee: String?) throws {}
    public func recordTurn(_ turn: TurnResult, state: DrillState) throws {}
    public func sessionPaused(_ state: DrillState) throws {}
    public func sessionEnded(_ scorecard: Scorecard, state: DrillState) throws {}
    public func finishSaving(within seconds: Double) -> Int { 0 }
    public var keepsSessions: Bool { true }
}

/// Records nothing: the default until a store is configured.
public struct NoSessionRecorder: SessionRecorder {
    public init() {}
    public var keepsSessions: Bool { false }
}
