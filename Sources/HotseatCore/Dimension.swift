/// The four things every reply is scored on.
public enum Dimension: String, CaseIterable, Codable, Sendable, Comparable, CustomStringConvertible {
    case empathy, ownership, speed, calm

    public var description: String { rawValue }

    public static func < (lhs: Dimension, rhs: Dimension) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A band turns a 0–100 score into words a trainee understands.
public enum Band: String, CaseIterable, Codable, Sendable, Comparable {
    case poor, developing, good, excellent

    public static func < (lhs: Band, rhs: Band) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
