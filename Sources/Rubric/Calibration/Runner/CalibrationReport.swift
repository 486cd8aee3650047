import HotseatCore

/// The result of comparing the engine with human ratings.
public struct CalibrationReport: Codable, Sendable, Equatable {
    /// Rows in the ratings file.
    public var replies: Int
    /// Scenario ids named in the file that were not available; those replies were scored without traits.
    public var scenariosMissing: [String]
    public var dimensions: [DimensionCalibration]

    public init(replies: Int, scenariosMissing: [String], dimensions: [DimensionCalibration]) {
        self.replies = replies
        self.scenariosMissing = scenariosMissing
        self.dimensions = dimensions
    }

    /// Dimensions whose Spearman correlation is below `minimum` or undefined.
    ///
    /// ```swift
    /// report.dimensions(below: 0.7) // [.speed]
    /// ```
    public func dimensions(below minimum: Double) -> [Dimension] {
        dimensions.filter { ($0.spearman ?? -.infinity) < minimum }.map(\.dimension)
    }
}

/// Agreement figures for one dimension.
public struct DimensionCalibration: Codable, Sendable, Equatable {
    public var dimension: Dimension
    /// Pairs compared: rows with a human rating and an engine score for this dimension.
    public var pairs: Int
    /// Spearman of the human 1–5 against the engine's 0–100 (the raw score keeps its finer ranking).
    public var spearman: Double?
    /// Quadratic weighted kappa of the human 1–5 against the engine's mapped 1–5.
    public var quadraticWeightedKappa: Double?
    public var exactAgreement: Double?
    public var adjacentAgreement: Double?
    /// Rows: human rating 1–5; columns: engine rating 1–5.
    public var confusion: ConfusionMatrix
    /// The replies with the largest gap, largest first.
    public var worst: [Disagreement]
}

/// A reply where the engine and the raters disagree, with the rules that made the engine's score.
public struct Disagreement: Codable, Sendable, Equatable {
    public var id: String
    public var line: Int
    public var language: Language
    public var scenarioID: String?
    public var reply: String
    public var human: Int
    public var engine: Int
    public var engineScore: Double
    public var rationale: String
    /// This dimension's evidence, largest effect first.
    public var rules: [RuleContribution]
    /// Flags on the reply (gibberish, keyword stuffing…), which can cap a score without evidence of their own.
    public var flags: [String]
}

public struct RuleContribution: Codable, Sendable, Equatable {
    public var rule: String
    public var points: Double
    public var text: String
    public var explanation: String
}
