import Dispatch
import Synchronization
import HotseatCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension JSONLScoring {
    /// Streams a whole input: `read` returns the next chunk of bytes (nil at the end), `write`
    /// receives output bytes. Lines are scored on every core and written in input order.
    ///
    /// Each chunk's lines are split into small work items that the cores take in turn; an item's
    /// output is written as soon as the items before it are, and the core that runs out of items
    /// first reads and splits the next chunk while the others finish. So `read` and `write` may
    /// be called on a worker thread and at the same time as each other, but `read` is never
    /// called twice at once (nor after it returned nil), `write` never twice at once, and
    /// neither after `run` returns. `batchLines` is ignored (kept for source compatibility).
    public func run(read: () -> [UInt8]?, write: ([UInt8]) -> Void, batchLines: Int = 4096) -> Summary {
        withoutActuallyEscaping(read) { read in
            withoutActuallyEscaping(write) { write in
                run(RunIO(read: read, write: write))
            }
        }
    }

    private func run(_ io: RunIO) -> Summary {
        var summary = Summary()
        let splitter = SplitterBox(LineSplitter(maxLineBytes: maxLineBytes))
        let workers = WorkerPool()
        let cores = RubricEngine.activeCores
        var batch = splitter.value.feed(io.read())
        while true {
            if batch.lines.isEmpty {
                if splitter.value.finished { break }
                batch = splitter.value.feed(io.read())
                continue
            }
            let current = batch, state = BatchRun(items: batch.itemCount, write: io.write)
            let body: @Sendable (Int) -> Void = { _ in
                score(current, state: state, workers: workers)
                // The first core out of items reads the next chunk while the others finish theirs.
                if !state.claimedRead.exchange(true, ordering: .acquiringAndReleasing), !splitter.value.finished {
                    state.next = splitter.value.feed(io.read())
                }
            }
            let iterations = min(cores, current.itemCount)
            if iterations == 1 { body(0) } else { DispatchQueue.concurrentPerform(iterations: iterations, execute: body) }
            summary.lines += state.lines.load(ordering: .acquiring)
            summary.failed += state.failed.load(ordering: .acquiring)
            batch = state.next ?? LineBatch()
        }
        workers.release(to: engine.pool)
        return summary
    }

    /// One core's share of a batch: items taken in turn until none is left.
    private func score(_ batch: LineBatch, state run: BatchRun, workers: WorkerPool) {
        let worker = workers.take(engine)
        var scratch = worker.scratch
        worker.scratch = Scratch(cache: nil) // so `scratch` is the only reference to its contexts
        var lines = 0, failed = 0
        // An item's output is written into an array of about the last one's size (the first
        // guess: a scored line's object is a few times the size of its input line).
        var expected = 0
        batch.chunk.withUnsafeBufferPointer { chunk in
            batch.joined.withUnsafeBufferPointer { joined in
                while true {
                    let item = run.nextItem.add(1, ordering: .relaxed).oldValue
                    guard item < batch.itemCount else { break }
                    let range = batch.itemStarts[item]..<batch.itemStarts[item + 1]
                    if expected == 0 {
                        expected = 4096 + 8 * batch.lines[range].reduce(0) { $0 + min($1.length, maxLineBytes) }
                    }
                    let output = JSONWriter.collect(capacity: expected) { w in
                        for k in range {
                            let ref = batch.lines[k]
                            // A line over the limit is refused by its length; its bytes may not be kept.
                            let line = ref.length > maxLineBytes ? UnsafeBufferPointer<UInt8>(start: nil, count: 0)
                                : UnsafeBufferPointer(rebasing: (ref.joined ? joined : chunk)[ref.start..<ref.start + ref.length])
                            if score(line, length: ref.length, lineNumber: ref.number, scratch: &scratch, into: &w) { failed += 1 }
                            w.byte(0x0A)
                            lines += 1
                        }
                    }
                    expected = output.count + output.count / 4 + 4096
                    run.deposit(item, output)
                }
            }
        }
        worker.scratch = scratch
        workers.give(worker)
        run.lines.add(lines, ordering: .relaxed)
        run.failed.add(failed, ordering: .relaxed)
    }
}

/// The caller's `read` and `write`, for the cores to call one at a time.
private final class RunIO: @unchecked Sendable {
    let read: () -> [UInt8]?
    let write: ([UInt8]) -> Void
    init(read: @escaping () -> [UInt8]?, write: @escaping ([UInt8]) -> Void) {
        self.read = read
        self.write = write
    }
}

/// The splitter, used by one thread at a time (the caller's between batches, the reading core's during one).
private final class SplitterBox: @unchecked Sendable {
    var value: LineSplitter
    init(_ value: LineSplitter) { self.value = value }
}

/// Per-batch coordination: the next item to take, outputs waiting for the ones before them,
/// totals, and the next batch (read by the first core out of items).
private final class BatchRun: @unchecked Sendable {
    let itemCount: Int
    let nextItem = Atomic<Int>(0)
    let lines = Atomic<Int>(0)
    let failed = Atomic<Int>(0)
    let claimedRead = Atomic<Bool>(false)
    /// Set by the core that won `claimedRead`; read after all cores are done.
    var next: LineBatch?
    private let write: ([UInt8]) -> Void

    private struct Order {
        var done: [[UInt8]?]
        var written = 0
        var writing = false
    }
    private let order: Mutex<Order>

    init(items: Int, write: @escaping ([UInt8]) -> Void) {
        itemCount = items
        self.write = write
        order = Mutex(Order(done: Array(repeating: nil, count: items)))
    }

    /// Hands in an item's output; whoever finds the next unwritten item ready writes it (and
    /// the ready ones after it) outside the lock, so the others go on scoring.
    func deposit(_ item: Int, _ bytes: [UInt8]) {
        var ready: [UInt8]? = order.withLock { o in
            o.done[item] = bytes
            return o.writing ? nil : Self.takeNext(&o)
        }
        while let bytes = ready {
            write(bytes)
            ready = order.withLock { o in
                let next = Self.takeNext(&o)
                if next == nil { o.writing = false }
                return next
            }
        }
    }

    private static func takeNext(_ o: inout Order) -> [UInt8]? {
        guard o.written < o.done.count, let bytes = o.done[o.written] else { return nil }
        o.done[o.written] = nil
        o.written += 1
        o.writing = true
        return bytes
    }
}

/// A core's scratch for a run, kept across batches (so each scenario's context is built once
/// per core and its topic words stay the same array).
private final class Worker: @unchecked Sendable {
    var scratch: JSONLScoring.Scratch
    init(_ scratch: JSONLScoring.Scratch) { self.scratch = scratch }
}

private final class WorkerPool: Sendable {
    private let free = Mutex<[Worker]>([])
    func take(_ engine: RubricEngine) -> Worker {
        if let worker = free.withLock({ $0.popLast() }) { return worker }
        // Each core scores with a rubric copy of its own (pooled by the engine), so the cores do
        // not contend on the reference counts of shared tables.
        return Worker(JSONLScoring.Scratch(cache: engine.pool.take() ?? TopicFoldCache(rubric: engine.rubric.workerCopy())))
    }
    func give(_ worker: Worker) { free.withLock { $0.append(worker) } }
    /// Gives the rubric copies back to the engine for later runs.
    func release(to pool: RubricPool) {
        for worker in free.withLock({ w in let all = w; w.removeAll(); return all }) {
            if let cache = worker.scratch.cache { pool.give(cache) }
        }
    }
}

/// The lines of one read chunk, in order, in small work items.
struct LineBatch: Sendable {
    /// The chunk as read.
    var chunk: [UInt8] = []
    /// The line that began in earlier chunks and ends in this one, joined (if any).
    var joined: [UInt8] = []
    var lines: [LineRef] = []
    /// Item k is `lines[itemStarts[k]..<itemStarts[k + 1]]`.
    var itemStarts: [Int] = [0]
    var itemCount: Int { itemStarts.count - 1 }
}

/// A line to score: `length` bytes from `start` in the chunk (or in the joined line), without
/// its newline. A line over the limit only has its length.
struct LineRef: Sendable {
    var start: Int
    var length: Int
    var number: Int
    var joined: Bool
}

/// Cuts the input into lines chunk by chunk, as the JSONL contract reads it: lines end at `\n`
/// (a `\r` before it is blank space to the parser), blank lines are skipped but counted, a last
/// line without newline is scored, and a line that grows beyond the limit before its newline
/// is answered at once (with the length read so far) and the rest of it skipped.
struct LineSplitter {
    let maxLineBytes: Int
    /// The unterminated end of the chunks so far (at most `maxLineBytes`).
    private var leftover: [UInt8] = []
    private var lineNumber = 1
    private var skippingOversized = false
    private(set) var finished = false
    /// An item is closed after this many lines, or once its lines hold this many bytes: small
    /// enough that the cores finish a batch together, big enough that taking one is cheap.
    static let itemLines = 128
    static let itemBytes = 32 << 10

    init(maxLineBytes: Int) { self.maxLineBytes = maxLineBytes }

    /// The lines completed by `chunk` (nil: the input ended).
    mutating func feed(_ chunk: [UInt8]?) -> LineBatch {
        var batch = LineBatch()
        var itemBytes = 0
        func add(_ line: LineRef) {
            batch.lines.append(line)
            itemBytes += min(line.length, Self.itemBytes)
            if batch.lines.count - batch.itemStarts[batch.itemStarts.count - 1] >= Self.itemLines || itemBytes >= Self.itemBytes {
                batch.itemStarts.append(batch.lines.count)
                itemBytes = 0
            }
        }
        func closeItem() {
            if batch.itemStarts[batch.itemStarts.count - 1] < batch.lines.count { batch.itemStarts.append(batch.lines.count) }
        }
        guard let chunk, !finished else {
            finished = true
            if !skippingOversized, !leftover.isEmpty, !leftover.withUnsafeBufferPointer(JSONLScoring.isBlank) {
                batch.joined = leftover
                add(LineRef(start: 0, length: leftover.count, number: lineNumber, joined: true))
            }
            leftover = []
            closeItem()
            return batch
        }
        batch.chunk = chunk
        batch.lines.reserveCapacity(chunk.count / 64 + 1)
        chunk.withUnsafeBufferPointer { buffer in
            let n = buffer.count
            var position = 0
            if skippingOversized || !leftover.isEmpty {
                // The line the earlier chunks left open.
                guard let newline = Self.newline(in: buffer, from: 0) else {
                    if !skippingOversized {
                        if leftover.count + n > maxLineBytes {
                            add(LineRef(start: 0, length: leftover.count + n, number: lineNumber, joined: true))
                            skippingOversized = true
                            leftover = []
                        } else {
                            leftover.append(contentsOf: buffer)
                        }
                    }
                    return
                }
                if skippingOversized {
                    skippingOversized = false
                } else {
                    let head = UnsafeBufferPointer(rebasing: buffer[0..<newline])
                    let length = leftover.count + newline
                    if !(leftover.withUnsafeBufferPointer(JSONLScoring.isBlank) && JSONLScoring.isBlank(head)) {
                        if length <= maxLineBytes {
                            leftover.append(contentsOf: head)
                            batch.joined = leftover
                        }
                        add(LineRef(start: 0, length: length, number: lineNumber, joined: true))
                    }
                }
                leftover = []
                lineNumber += 1
                position = newline + 1
            }
            while let newline = Self.newline(in: buffer, from: position) {
                if !JSONLScoring.isBlank(UnsafeBufferPointer(rebasing: buffer[position..<newline])) {
                    add(LineRef(start: position, length: newline - position, number: lineNumber, joined: false))
                }
                lineNumber += 1
                position = newline + 1
            }
            if position < n {
                if n - position > maxLineBytes {
                    // An unterminated line beyond the limit is answered now and its rest skipped, so memory stays bounded.
                    add(LineRef(start: position, length: n - position, number: lineNumber, joined: false))
                    skippingOversized = true
                } else {
                    leftover = Array(buffer[position..<n])
                }
            }
        }
        closeItem()
        return batch
    }

    private static func newline(in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < buffer.count, let base = buffer.baseAddress,
              let hit = memchr(base + start, 0x0A, buffer.count - start) else { return nil }
        return UnsafePointer<UInt8>(hit.assumingMemoryBound(to: UInt8.self)) - base
    }
}
