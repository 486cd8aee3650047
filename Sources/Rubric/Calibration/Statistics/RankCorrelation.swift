/// Statistics for comparing the engine's ratings with human ratings.
///
/// Every function is pure and returns nil when the figure is undefined (too few pairs, or one
/// side has no variation), so a report can say "n/a" instead of printing NaN.
public enum CalibrationStatistics {
    /// Spearman's rank correlation, with tied values given their average rank (the usual
    /// correction, as in scipy's `spearmanr`).
    ///
    /// ```swift
    /// CalibrationStatistics.spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]) // ≈ 0.8208
    /// ```
    public static func spearman(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count, x.count >= 2 else { return nil }
        return pearson(averageRanks(x), averageRanks(y))
    }

    /// Pearson's correlation; nil when either side is constant.
    public static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count == y.count, x.count >= 2 else { return nil }
        let n = Double(x.count)
        let meanX = x.reduce(0, +) / n
        let meanY = y.reduce(0, +) / n
        var covariance = 0.0, varianceX = 0.0, varianceY = 0.0
        for (a, b) in zip(x, y) {
            covariance += (a - meanX) * (b - meanY)
            varianceX += (a - meanX) * (a - meanX)
            varianceY += (b - meanY) * (b - meanY)
        }
        guard varianceX > 0, varianceY > 0 else { return nil }
        return covariance / (varianceX * varianceY).squareRoot()
    }

    /// 1-based ranks; a group of equal values shares the mean of the ranks it spans.
    ///
    /// ```swift
    /// CalibrationStatistics.averageRanks([10, 20, 20, 30]) // [1, 2.5, 2.5, 4]
    /// ```
    public static func averageRanks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
            // Ranks start..end (0-based) become (start+1 + end+1) / 2.
            let shared = Double(start + end + 2) / 2
            for k in start...end { ranks[order[k]] = shared }
            start = end + 1
        }
        return ranks
    }
}
