import HotseatCore

/// Where each part of a scenario was written, so that checks made after loading (path
/// exploration, the drill's own sanity checks) can still point at `file:line:col`.
public struct ScenarioSourceMap: Sendable, Equatable {
    public var beats: [String: SourceLocation]
    public var endings: [String: SourceLocation]
    /// Each beat's rules, in order.
    public var rules: [String: [SourceLocation]]
    public var start: SourceLocation?
    public var id: SourceLocation?

    public init(beats: [String: SourceLocation] = [:], endings: [String: SourceLocation] = [:],
                rules: [String: [SourceLocation]] = [:], start: SourceLocation? = nil, id: SourceLocation? = nil) {
        self.beats = beats
        self.endings = endings
        self.rules = rules
        self.start = start
        self.id = id
    }
}
