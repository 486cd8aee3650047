/// Draws a series of 0–100 scores as terminal block characters.
///
/// The scale is fixed (0 → ▁, 100 → █) rather than stretched to the series' own range, so that a
/// flat line of 90s looks high and a flat line of 30s looks low.
///
/// ```swift
/// Sparkline.render([10, 40, 55, 90])   // "▁▃▄█"
/// ```
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public static func render(_ scores: [Double]) -> String {
        String(scores.map { score in
            let clamped = min(max(score, 0), 100)
            return blocks[min(blocks.count - 1, Int(clamped / 100 * Double(blocks.count)))]
        })
    }
}
