/// What the rubric engine detects in a reply, and what the drill's customer reacts to.
///
/// Raw values are the spelling used in scenario and rubric YAML files.
public enum Behaviour: String, CaseIterable, Codable, Sendable, Comparable, CustomStringConvertible {
    case apologised
    case acknowledgedFeeling = "acknowledged_feeling"
    case tookOwnership = "took_ownership"
    case offeredRemedy = "offered_remedy"
    case promisedFollowUp = "promised_follow_up"
    case askedQuestion = "asked_question"
    case explainedCause = "explained_cause"
    /// Says what will stop it happening again ("from now on your orders go on a refrigerated van").
    case promisedPrevention = "promised_prevention"
    case setBoundary = "set_boundary"
    case blamed
    case minimised
    case shouted
    case swore
    case sarcastic

    public var description: String { rawValue }

    /// Behaviours that push a customer's mood up and cost calm or ownership.
    public var isNegative: Bool {
        switch self {
        case .blamed, .minimised, .shouted, .swore, .sarcastic: true
        default: false
        }
    }

    public static func < (lhs: Behaviour, rhs: Behaviour) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
