/// The one rule for showing a 0–100 score as a whole number, shared by every view (the drill's
/// scorecard, `show`, `history`, `progress`, every report): halves round away from zero, so a
/// stored 78.5 reads 79 everywhere. `String(format: "%.0f")` must not be used for scores: it
/// rounds halves to even and printed 78 in some views while the scorecard said 79.
///
/// ```swift
/// WholeScore.of(78.5)          // 79
/// WholeScore.text(nil)         // "–"
/// ```
public enum WholeScore {
    /// nil for a value that is not a finite number, so a broken value never crashes a view.
    public static func of(_ value: Double) -> Int? {
        Int(exactly: value.rounded(.toNearestOrAwayFromZero))
    }

    /// The whole number as text, or `missing` when there is no score.
    public static func text(_ value: Double?, missing: String = "–") -> String {
        value.flatMap(of).map(String.init) ?? missing
    }
}
