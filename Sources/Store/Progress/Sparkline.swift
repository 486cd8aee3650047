/// Draws a series of 0–100 scores as terminal block characters; `·` where a value is missing.
///
/// The scale is fixed (0 → ▁, 100 → █) rather than stretched to the series' own range, so that a
/// flat line of 90s looks high and a flat line of 30s looks low. This is the one rule for every
/// sparkline Hotseat prints (`hotseat progress` and the text reports' `TerminalSparkline`): a
/// score goes to the nearest of eight evenly spaced levels, so the same data looks the same.
///
/// ```swift
/// Sparkline.render([10, 40, 55, 90])   // "▂▄▅▇"
/// ```
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// The block for one score on the 0–100 scale (clamped); `·` for NaN or infinity.
    public static func block(_ score: Double) -> Character {
        guard score.isFinite else { return "·" }
        let clamped = min(max(score, 0), 100)
        return blocks[min(blocks.count - 1, Int((clamped / 100 * Double(blocks.count - 1)).rounded()))]
    }

    public static func render(_ scores: [Double]) -> String {
        String(scores.map(block))
    }

    /// With gaps: nil (an attempt that did not measure this) shows as `·`.
    public static func render(_ scores: [Double?]) -> String {
        String(scores.map { $0.map(block) ?? "·" })
    }
}
