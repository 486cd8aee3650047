import Scenarios

/// Training gives hints; a screen (hiring) does not.
public enum DrillMode: String, Codable, Sendable, CaseIterable {
    case training, screen
}

/// How a drill ended, with the customer's last words.
public struct DrillEnding: Codable, Sendable, Equatable {
    /// The scenario's ending id; nil for the implicit turn-limit ending.
    public var id: String?
    public var outcome: Outcome
    public var line: String

    public init(id: String?, outcome: Outcome, line: String) {
        self.id = id
        self.outcome = outcome
        self.line = line
    }
}
