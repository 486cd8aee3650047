import HotseatCore

/// What the terminal should show next.
public enum ScreenPrompt: Sendable, Equatable {
    /// The notice, before anything is measured.
    case notice(text: String)
    case customer(CustomerPrompt)
    case judgement(JudgementPrompt)
    case finished
}

public struct CustomerPrompt: Sendable, Equatable {
    /// 0-based position in the run, and how many steps there are.
    public var step: Int
    public var stepCount: Int
    public var scenarioID: String
    public var title: String
    /// Who the customer is and what happened, shown on the first turn.
    public var situation: String
    public var customerName: String
    public var line: String
    /// 1-based turn within the scenario, and the most turns it will take.
    public var turn: Int
    public var turnCap: Int
    public var timeLimit: Int
}

public struct JudgementPrompt: Sendable, Equatable {
    public var step: Int
    public var stepCount: Int
    public var itemID: String
    public var title: String
    public var situation: String
    public var line: String
    /// (letter, text) for A to D.
    public var responses: [SJTResponseText]
    public var timeLimit: Int
}

public struct SJTResponseText: Sendable, Equatable {
    public var letter: String
    public var text: String
}

/// What happened to one line the candidate entered.
public enum ScreenOutcome: Sendable, Equatable {
    /// Taken; `customerAnswer` is what the customer says back when a scenario ends, if anything.
    case accepted(customerAnswer: String?)
    /// `:repeat`: show the current prompt again.
    case repeatPrompt
    /// Not taken, with the reason to show; the turn and its timer carry on.
    case refused(reason: Refusal)
}

public enum Refusal: String, Sendable, Equatable {
    /// `:hint`, `:score`, `:restart`, … are not available in a screen.
    case locked
    /// `:repeat` may be used once per prompt.
    case repeatUsed = "repeat-used"
    /// An SJT answer that is not two letters A–D.
    case unreadableAnswer = "unreadable-answer"
    /// The same letter for best and worst.
    case sameAnswer = "same-answer"
    /// The notice has not been acknowledged, or the run is over.
    case notExpected = "not-expected"
}
