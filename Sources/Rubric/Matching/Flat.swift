/// A read-only table allocated once when a rubric is compiled and freed with the rubric.
///
/// A plain pointer and a count: copying it or reading through it costs no reference counting,
/// which kept the matcher's hot loops busy retaining and releasing array buffers.
struct Flat<T: BitwiseCopyable>: @unchecked Sendable {
    let base: UnsafePointer<T>
    let count: Int

    @inline(__always)
    subscript(i: Int) -> T { base[i] }

    @inline(__always)
    subscript(i: Int32) -> T { base[Int(i)] }
}

/// Owns the memory behind a rubric's `Flat` tables. Written only while the rubric is built,
/// read-only afterwards, so sharing it across threads is safe.
final class FlatStore: @unchecked Sendable {
    private var blocks: [UnsafeMutableRawPointer] = []

    init() {}

    func store<T: BitwiseCopyable>(_ array: [T]) -> Flat<T> {
        let p = UnsafeMutablePointer<T>.allocate(capacity: max(1, array.count))
        array.withUnsafeBufferPointer { b in
            if let a = b.baseAddress { p.initialize(from: a, count: b.count) }
        }
        blocks.append(UnsafeMutableRawPointer(p))
        return Flat(base: UnsafePointer(p), count: array.count)
    }

    deinit {
        for b in blocks { b.deallocate() }
    }
}

/// `HashTable` frozen into flat storage: the same probe, without reference counting, and with
/// each slot's key, value and use in one 16-byte entry (one cache line read per probe, not three).
struct FrozenHashTable: Sendable {
    struct Entry: Sendable {
        var key: UInt64
        var value: Int32
        var used: Bool
    }

    let entries: Flat<Entry>
    let mask: Int

    @inline(__always)
    subscript(key: UInt64) -> Int32? {
        var i = HashTable.slot(key, mask)
        while true {
            let e = entries[i]
            guard e.used else { return nil }
            if e.key == key { return e.value }
            i = (i + 1) & mask
        }
    }
}

/// `MultiTable` frozen: each key's list is a range of one flat buffer.
struct FrozenMultiTable<Element: BitwiseCopyable>: Sendable {
    let index: FrozenHashTable
    /// List `i` is `elements[offsets[i]..<offsets[i + 1]]`.
    let offsets: Flat<Int32>
    let elements: Flat<Element>

    /// The range of `key`'s list in `elements` (empty when absent).
    @inline(__always)
    func range(_ key: UInt64) -> (start: Int, end: Int) {
        guard let i = index[key] else { return (0, 0) }
        return (Int(offsets[i]), Int(offsets[Int(i) + 1]))
    }
}
