import HotseatCore

/// The screen needs the same order and the same customer lines from the same seed on every machine
/// and every resume, so it never uses the system RNG for them: only `SplitMix64` and a stable hash.
enum ScreenRandom {
    /// FNV-1a: a stable hash of a string. Swift's `Hasher` is seeded per process, so it cannot be used here.
    static func stableHash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// A Fisher–Yates shuffle driven only by `SplitMix64`, so the order is the same everywhere.
    static func shuffled<T>(_ items: [T], seed: UInt64) -> [T] {
        var result = items
        var random = SplitMix64(seed: seed)
        guard result.count > 1 else { return result }
        for i in stride(from: result.count - 1, to: 0, by: -1) {
            let j = Int(random.next() % UInt64(i + 1))
            result.swapAt(i, j)
        }
        return result
    }
}
