import Foundation

/// A monotonic clock in seconds. Injected into ``DrillSession`` so that tests control time.
///
/// Only differences between two readings mean anything; the origin is arbitrary.
///
/// ```swift
/// let clock = SystemDrillClock()
/// let shown = clock.now()
/// // … the trainee types …
/// let elapsed = clock.now() - shown
/// ```
public protocol DrillClock: Sendable {
    func now() -> Double
}

/// The design notes call the injected clock `MonotonicClock`; both names mean the same protocol.
public typealias MonotonicClock = DrillClock

/// The process's monotonic clock (`ContinuousClock`): never jumps with wall-clock changes.
public struct SystemDrillClock: DrillClock {
    private let origin = ContinuousClock.now

    public init() {}

    public func now() -> Double {
        let elapsed = ContinuousClock.now - origin
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
