import HotseatCore

/// One thing the customer says, and where the conversation goes from there.
public struct Beat: Sendable, Equatable, Identifiable {
    public var id: String
    public var line: LocalizedLines
    /// The trainee must absorb this line calmly; composure is measured on such turns.
    public var abusive: Bool
    /// The specific remedy this beat waits for, if any.
    public var demands: Behaviour?
    public var hint: LocalizedText?
    /// Checked in order; the first that matches wins.
    public var next: [Transition]
    /// The source line where the beat is defined, for diagnostics.
    public var sourceLine: Int

    public init(id: String, line: LocalizedLines, abusive: Bool = false, demands: Behaviour? = nil,
                hint: LocalizedText? = nil, next: [Transition], sourceLine: Int = 0) {
        self.id = id
        self.line = line
        self.abusive = abusive
        self.demands = demands
        self.hint = hint
        self.next = next
        self.sourceLine = sourceLine
    }
}

public struct Transition: Sendable, Equatable {
    public var when: Condition
    /// A beat id or an ending id.
    public var goto: String
    /// The source line of this rule, for diagnostics.
    public var sourceLine: Int

    public init(when: Condition = Condition(), goto: String, sourceLine: Int = 0) {
        self.when = when
        self.goto = goto
        self.sourceLine = sourceLine
    }
}

/// When a transition applies. Every present clause must hold; an empty condition always holds.
public struct Condition: Sendable, Equatable {
    public var all: [Behaviour]
    public var any: [Behaviour]
    public var none: [Behaviour]
    public var moodBelow: Int?
    public var moodAtLeast: Int?
    public var turnAtLeast: Int?

    public init(all: [Behaviour] = [], any: [Behaviour] = [], none: [Behaviour] = [],
                moodBelow: Int? = nil, moodAtLeast: Int? = nil, turnAtLeast: Int? = nil) {
        self.all = all
        self.any = any
        self.none = none
        self.moodBelow = moodBelow
        self.moodAtLeast = moodAtLeast
        self.turnAtLeast = turnAtLeast
    }

    public var isUnconditional: Bool {
        all.isEmpty && any.isEmpty && none.isEmpty && moodBelow == nil && moodAtLeast == nil && turnAtLeast == nil
    }

    /// - Parameters:
    ///   - behaviours: what the engine detected in the reply.
    ///   - mood: the customer's mood after the reply's effects.
    ///   - turn: 1-based number of the reply just given.
    public func holds(behaviours: Set<Behaviour>, mood: Int, turn: Int) -> Bool {
        if !all.allSatisfy(behaviours.contains) { return false }
        if !any.isEmpty && !any.contains(where: behaviours.contains) { return false }
        if none.contains(where: behaviours.contains) { return false }
        if let moodBelow, !(mood < moodBelow) { return false }
        if let moodAtLeast, !(mood >= moodAtLeast) { return false }
        if let turnAtLeast, !(turn >= turnAtLeast) { return false }
        return true
    }
}

/// How a scenario can end.
public enum Outcome: String, Sendable, Codable, CaseIterable {
    case resolved
    case walkedOut = "walked_out"
    case manager
    case turnLimit = "turn_limit"
    /// The trainee stopped before an ending.
    case abandoned
}

public struct Ending: Sendable, Equatable, Identifiable {
    public var id: String
    public var outcome: Outcome
    public var line: LocalizedLines

    public init(id: String, outcome: Outcome, line: LocalizedLines) {
        self.id = id
        self.outcome = outcome
        self.line = line
    }
}
