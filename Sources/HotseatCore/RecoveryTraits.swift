/// The service-recovery attributes of a situation, which decide what the rubric expects.
///
/// See `docs/service-recovery.md` §1: severity, stability (repeat failure) and
/// control change what a good recovery needs.
public struct RecoveryTraits: Codable, Sendable, Equatable, Hashable {
    public enum Severity: String, Codable, Sendable, CaseIterable { case minor, moderate, major }
    public enum Failure: String, Codable, Sendable, CaseIterable { case first, repeated = "repeat" }
    public enum Cause: String, Codable, Sendable, CaseIterable {
        /// The company could have prevented it.
        case withinControl = "internal"
        /// Outside the company's control (a storm, a supplier strike): honesty is expected.
        case outsideControl = "external"
    }

    public var severity: Severity
    public var failure: Failure
    public var cause: Cause
    /// True when the customer is abusive in the turn being answered: a respectful boundary is expected.
    public var abusive: Bool

    public init(severity: Severity = .moderate, failure: Failure = .first, cause: Cause = .withinControl, abusive: Bool = false) {
        self.severity = severity
        self.failure = failure
        self.cause = cause
        self.abusive = abusive
    }
}
