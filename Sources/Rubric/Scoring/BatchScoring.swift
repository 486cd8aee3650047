import Dispatch
import Synchronization
import HotseatCore

/// One reply to score in a batch.
public struct BatchItem: Sendable {
    public var reply: String
    public var context: ScoringContext

    public init(reply: String, context: ScoringContext = ScoringContext()) {
        self.reply = reply
        self.context = context
    }
}

extension RubricEngine {
    /// Scores many replies on every core, in chunks, and returns the scores in input order.
    ///
    /// ```swift
    /// let scores = engine.scoreBatch(replies.map { BatchItem(reply: $0) })
    /// ```
    public func scoreBatch(_ items: [BatchItem]) -> [ReplyScore] {
        map(items.count) { i, cache in score(items[i].reply, context: items[i].context, cache: cache) }
    }

    /// The cores batch work is spread over.
    static var activeCores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Runs `body` for indices `0..<count` on all cores in chunks and collects results in order.
    /// Used by batch and JSONL scoring so both share one parallel strategy.
    func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int, TopicFoldCache) -> T) -> [T] {
        guard count > 0 else { return [] }
        let cores = Self.activeCores
        if count < 64 || cores == 1 {
            let cache = TopicFoldCache(rubric: rubric)
            return (0..<count).map { body($0, cache) }
        }
        // Small chunks taken in turn, so the cores finish together (a fixed share per core
        // leaves one idle when the other's share scores slower).
        let chunkSize = max(1, min(256, count / (cores * 8)))
        let chunks = (count + chunkSize - 1) / chunkSize
        // Each result is built in its place in the array: no optional per result, no copy at the end.
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let box = ResultBox(buffer)
            DispatchQueue.concurrentPerform(iterations: min(cores, chunks)) { _ in
                // Each core scores with a rubric copy of its own (built once per worker and pooled),
                // so the cores do not contend on the reference counts of shared tables. The worker's
                // scratch (its folded topic words) is pooled with the copy, so later batches reuse it.
                let cache = pool.take() ?? TopicFoldCache(rubric: rubric.workerCopy())
                while true {
                    let chunk = box.next.add(1, ordering: .relaxed).oldValue
                    guard chunk < chunks else { break }
                    let start = chunk * chunkSize
                    for i in start..<min(count, start + chunkSize) { (box.buffer.baseAddress! + i).initialize(to: body(i, cache)) }
                }
                pool.give(cache)
            }
            initialized = count
        }
    }
}

/// Each chunk writes a disjoint range of the buffer, so sharing it across threads is safe.
private final class ResultBox<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T>
    /// The next chunk to take.
    let next = Atomic<Int>(0)
    init(_ buffer: UnsafeMutableBufferPointer<T>) { self.buffer = buffer }
}

import Foundation

/// Rubric copies (with their worker's scratch) for batch workers, built on first use and reused
/// by later chunks and batches.
final class RubricPool: Sendable {
    private let free = Mutex<[TopicFoldCache]>([])
    init() {}
    func take() -> TopicFoldCache? { free.withLock { $0.popLast() } }
    func give(_ cache: TopicFoldCache) { free.withLock { $0.append(cache) } }
}
