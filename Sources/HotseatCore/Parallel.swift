import Foundation

/// Independent pieces of work run on all cores, with their results in order, so that whoever
/// reads them (diagnostics, duplicate-id checks) sees exactly what a sequential loop would give.
///
/// ```swift
/// let results = Parallel.map(count: urls.count) { i in ScenarioLoader.load(fileAt: urls[i]) }
/// ```
public enum Parallel {
    /// `body(0) … body(count - 1)`, run concurrently; element `i` of the result is `body(i)`.
    public static func map<T>(count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { i in slots.set(i, body(i)) }
        return slots.values
    }
}

/// One slot per index, each written by exactly one worker before `values` is read.
private final class Slots<T>: @unchecked Sendable {
    private var results: [T?]
    private let lock = NSLock()

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: T) {
        lock.lock()
        results[i] = value
        lock.unlock()
    }

    var values: [T] {
        lock.lock()
        defer { lock.unlock() }
        return results.map { $0! }
    }
}
