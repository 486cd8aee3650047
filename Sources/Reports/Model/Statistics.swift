/// Small, NaN-proof statistics for reports. Non-finite inputs are ignored rather than poisoning a mean.
public enum Statistics {
    /// nil for no finite values.
    public static func mean(_ values: [Double]) -> Double? {
        let finite = values.filter(\.isFinite)
        guard !finite.isEmpty else { return nil }
        return finite.reduce(0, +) / Double(finite.count)
    }

    /// Linear-interpolated quantile (the "type 7" that spreadsheets use); `q` in 0...1.
    public static func quantile(_ values: [Double], _ q: Double) -> Double? {
        let sorted = values.filter(\.isFinite).sorted()
        guard !sorted.isEmpty else { return nil }
        let position = Swift.min(Swift.max(q, 0), 1) * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = Swift.min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
    }

    /// Five-number summary for a box plot.
    public struct Summary: Sendable, Equatable {
        public var min, q1, median, q3, max: Double
        public var count: Int
    }

    public static func summary(_ values: [Double]) -> Summary? {
        let finite = values.filter(\.isFinite)
        guard let min = finite.min(), let max = finite.max(),
              let q1 = quantile(finite, 0.25), let median = quantile(finite, 0.5), let q3 = quantile(finite, 0.75)
        else { return nil }
        return Summary(min: min, q1: q1, median: median, q3: q3, max: max, count: finite.count)
    }

    /// The share (0–100) of `group` at or below `value`.
    public static func percentileRank(_ value: Double, in group: [Double]) -> Double? {
        let finite = group.filter(\.isFinite)
        guard value.isFinite, !finite.isEmpty else { return nil }
        return 100 * Double(finite.filter { $0 <= value }.count) / Double(finite.count)
    }
}
