/// The hints a trainee took in a drill and the points they cost the overall score, as records
/// and reports show them next to the overall (the stored overall already has them taken off).
///
/// ```swift
/// HintUsage(count: 1, penalty: 5).summary(final: true)    // "1 (−5 on the overall)"
/// ```
public struct HintUsage: Codable, Sendable, Equatable {
    public var count: Int
    /// Points off the overall: taken off the stored overall once the session is finished.
    public var penalty: Int

    public init(count: Int, penalty: Int) {
        self.count = count
        self.penalty = penalty
    }

    /// The count and its cost in words; `final` is false while the session is not finished, when
    /// the cost is still to come off the final overall.
    public func summary(final: Bool, in language: Language = .en) -> String {
        Localizer(language).format(final ? .hintSummaryFinal : .hintSummaryRunning, count, penalty)
    }
}
