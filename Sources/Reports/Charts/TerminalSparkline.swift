/// A one-line chart for terminals: `▁▂▄▆█`, with `·` where a value is missing.
///
/// ```swift
/// TerminalSparkline.render([0, 50, 100, nil])  // "▁▅█·"
/// ```
public enum TerminalSparkline {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public static func render(_ values: [Double?], domain: ClosedRange<Double> = 0...100) -> String {
        let safe = LinearScale.safeDomain(domain)
        return String(values.map { value -> Character in
            guard let value, value.isFinite else { return "·" }
            let t = (min(max(value, safe.lowerBound), safe.upperBound) - safe.lowerBound) / (safe.upperBound - safe.lowerBound)
            return levels[min(Int((t * Double(levels.count - 1)).rounded()), levels.count - 1)]
        })
    }
}
