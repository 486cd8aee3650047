extension CalibrationStatistics {
    /// Cohen's kappa with quadratic weights on ordered categories: 1 is perfect agreement, 0 is
    /// what chance gives, negative is worse than chance. Larger disagreements cost quadratically,
    /// so a 1-vs-5 hurts sixteen times more than a 3-vs-4.
    ///
    /// ```swift
    /// CalibrationStatistics.quadraticWeightedKappa([1, 2, 3], [3, 2, 1], categories: 1...3) // -1
    /// ```
    public static func quadraticWeightedKappa(_ a: [Int], _ b: [Int], categories: ClosedRange<Int>) -> Double? {
        guard a.count == b.count, !a.isEmpty, categories.count >= 2 else { return nil }
        let observed = ConfusionMatrix(rows: a, columns: b, categories: categories)
        let k = categories.count
        let n = Double(a.count)
        let rowTotals = (0..<k).map { i in Double(observed.counts[i].reduce(0, +)) }
        let columnTotals = (0..<k).map { j in Double((0..<k).reduce(0) { $0 + observed.counts[$1][j] }) }
        var weightedObserved = 0.0, weightedExpected = 0.0
        for i in 0..<k {
            for j in 0..<k {
                let weight = Double((i - j) * (i - j)) / Double((k - 1) * (k - 1))
                weightedObserved += weight * Double(observed.counts[i][j])
                weightedExpected += weight * rowTotals[i] * columnTotals[j] / n
            }
        }
        guard weightedExpected > 0 else { return nil }
        return 1 - weightedObserved / weightedExpected
    }

    /// The share of pairs whose ratings differ by at most `tolerance` (0: exact, 1: adjacent).
    ///
    /// ```swift
    /// CalibrationStatistics.agreement([1, 2, 3, 5], [1, 3, 5, 5], within: 1) // 0.75
    /// ```
    public static func agreement(_ a: [Int], _ b: [Int], within tolerance: Int = 0) -> Double? {
        guard a.count == b.count, !a.isEmpty else { return nil }
        let agreeing = zip(a, b).filter { abs($0 - $1) <= tolerance }.count
        return Double(agreeing) / Double(a.count)
    }
}

/// Counts of (row rating, column rating) pairs; by convention rows are the humans', columns the engine's.
///
/// ```swift
/// let m = ConfusionMatrix(rows: [1, 2, 2], columns: [1, 2, 3], categories: 1...3)
/// m.count(row: 2, column: 3) // 1
/// ```
public struct ConfusionMatrix: Codable, Sendable, Equatable {
    public var categories: [Int]
    /// `counts[i][j]`: pairs with row rating `categories[i]` and column rating `categories[j]`.
    public var counts: [[Int]]

    /// Ratings outside `categories` are clamped into it, so a stray 0 or 6 still shows up at an edge.
    public init(rows: [Int], columns: [Int], categories: ClosedRange<Int>) {
        self.categories = Array(categories)
        let k = categories.count
        var counts = [[Int]](repeating: [Int](repeating: 0, count: k), count: k)
        for (r, c) in zip(rows, columns) {
            let i = min(max(r, categories.lowerBound), categories.upperBound) - categories.lowerBound
            let j = min(max(c, categories.lowerBound), categories.upperBound) - categories.lowerBound
            counts[i][j] += 1
        }
        self.counts = counts
    }

    public func count(row: Int, column: Int) -> Int {
        guard let i = categories.firstIndex(of: row), let j = categories.firstIndex(of: column) else { return 0 }
        return counts[i][j]
    }
}
