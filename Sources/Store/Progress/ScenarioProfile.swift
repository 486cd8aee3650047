import HotseatCore

/// What the planner needs to know about a scenario: from the scenario files when they can be
/// read, else from what the store remembers of sessions played.
///
/// ```swift
/// let profile = ScenarioProfile(id: "ski-lift", title: "Stuck on the chairlift", difficulty: 2,
///                               focus: [.ownership: 1.5, .calm: 1.0])
/// ```
public struct ScenarioProfile: Sendable, Equatable {
    public var id: String
    public var title: String
    public var difficulty: Int
    public var trains: String?
    /// How much the scenario exercises each dimension (its scoring weights; missing = 1).
    public var focus: [HotseatCore.Dimension: Double]

    public init(id: String, title: String, difficulty: Int, trains: String? = nil, focus: [HotseatCore.Dimension: Double] = [:]) {
        self.id = id
        self.title = title
        self.difficulty = difficulty
        self.trains = trains
        self.focus = focus
    }

    public func focus(on dimension: HotseatCore.Dimension) -> Double { focus[dimension] ?? 1 }
}
