/// An open-addressing table from 64-bit term hashes to small integers, built once at load time.
///
/// The standard `Dictionary` runs SipHash on every lookup, which showed up as the largest single
/// cost of scoring; term hashes are already well mixed (FNV-1a), so a mask and a linear probe do.
struct HashTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var used: [Bool]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        used = Array(repeating: false, count: size)
        mask = size - 1
    }

    @inline(__always)
    static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key ^ (key >> 29)) &* 0x9E37_79B9_7F4A_7C15 >> 32) & mask
    }

    @inline(__always)
    subscript(key: UInt64) -> Int32? {
        var i = Self.slot(key, mask)
        while used[i] {
            if keys[i] == key { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    mutating func set(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        var i = Self.slot(key, mask)
        while used[i] {
            if keys[i] == key { values[i] = value; return }
            i = (i + 1) & mask
        }
        used[i] = true
        keys[i] = key
        values[i] = value
        count += 1
    }

    func frozen(in store: FlatStore) -> FrozenHashTable {
        var entries: [FrozenHashTable.Entry] = []
        entries.reserveCapacity(keys.count)
        for i in keys.indices { entries.append(FrozenHashTable.Entry(key: keys[i], value: values[i], used: used[i])) }
        return FrozenHashTable(entries: store.store(entries), mask: mask)
    }

    private mutating func grow() {
        var bigger = HashTable(capacity: keys.count)
        for i in keys.indices where used[i] { bigger.set(keys[i], values[i]) }
        self = bigger
    }
}

/// A table from term hashes to lists of small integers (phrase starts, fuzzy candidates).
struct MultiTable<Element: Sendable>: Sendable {
    private var index = HashTable()
    private var lists: [[Element]] = []

    @inline(__always)
    subscript(key: UInt64) -> [Element]? {
        guard let i = index[key] else { return nil }
        return lists[Int(i)]
    }

    /// The lists in order of their first key, as one buffer with offsets.
    func frozen(in store: FlatStore) -> FrozenMultiTable<Element> where Element: BitwiseCopyable {
        var offsets: [Int32] = [0]
        var flat: [Element] = []
        for list in lists {
            flat.append(contentsOf: list)
            offsets.append(Int32(flat.count))
        }
        return FrozenMultiTable(index: index.frozen(in: store), offsets: store.store(offsets), elements: store.store(flat))
    }

    mutating func append(_ element: Element, to key: UInt64) {
        if let i = index[key] {
            lists[Int(i)].append(element)
        } else {
            index.set(key, Int32(lists.count))
            lists.append([element])
        }
    }
}
