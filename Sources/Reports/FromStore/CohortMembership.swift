/// Which trainees form a cohort. The store has no cohort column, so a cohort is a name prefix:
/// trainees who play as `spring-2026/ingrid` belong to cohort `spring-2026`.
///
/// A tag in the name needs no schema change, survives export and `hotseat forget`, and a trainer
/// can start a cohort by telling people which name to type.
/// ```swift
/// CohortMembership(cohort: "spring-2026").memberName("spring-2026/ingrid")  // "ingrid"
/// CohortMembership(cohort: "spring-2026").memberName("ingrid")              // nil
/// ```
public struct CohortMembership: Sendable, Equatable {
    public static let separator: Character = "/"
    public var cohort: String

    public init(cohort: String) { self.cohort = cohort }

    /// The name within the cohort, or nil when `trainee` is not in it.
    public func memberName(_ trainee: String) -> String? {
        let prefix = cohort + String(Self.separator)
        guard trainee.hasPrefix(prefix), trainee.count > prefix.count else { return nil }
        return String(trainee.dropFirst(prefix.count))
    }
}
