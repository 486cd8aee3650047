import Store

/// A one-line chart for terminals: `▁▂▄▆█`, with `·` where a value is missing.
///
/// It maps `domain` onto 0–100 and draws with the store's ``Sparkline``, so a report and
/// `hotseat progress` draw the same scores with the same blocks.
///
/// ```swift
/// TerminalSparkline.render([0, 50, 100, nil])  // "▁▅█·"
/// ```
public enum TerminalSparkline {
    public static func render(_ values: [Double?], domain: ClosedRange<Double> = 0...100) -> String {
        let safe = LinearScale.safeDomain(domain)
        return Sparkline.render(values.map { value -> Double? in
            guard let value, value.isFinite else { return nil }
            return (value - safe.lowerBound) / (safe.upperBound - safe.lowerBound) * 100
        })
    }
}
