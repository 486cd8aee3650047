/// A small, fast, seedable random number generator (Steele, Lea & Flood 2014).
///
/// Its whole state is one `UInt64`, so a drill session can store it and a restored session
/// picks exactly the same line variants as the original would have.
///
/// ```swift
/// var rng = SplitMix64(seed: 42)
/// let variant = Int.random(in: 0..<3, using: &rng)
/// ```
public struct SplitMix64: RandomNumberGenerator, Codable, Sendable, Equatable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// An index in `0..<count` without modulo bias worth caring about for a handful of variants.
    public mutating func index(below count: Int) -> Int {
        precondition(count > 0)
        return Int(next() % UInt64(count))
    }
}
