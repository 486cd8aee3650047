/// The keys a scenario file may use, per section (see docs/design.md and docs/authoring.md).
/// Unknown keys are errors, because a misspelt optional key would otherwise be silently ignored.
enum ScenarioSchema {
    static let topLevel = ["id", "title", "trains", "difficulty", "languages", "persona", "recovery", "topic_words",
                           "mood", "turn_limit", "scoring", "start", "beats", "endings"]
    static let topLevelRequired = ["id", "title", "trains", "difficulty", "languages", "persona", "recovery",
                                   "mood", "turn_limit", "start", "beats", "endings"]
    static let persona = ["name", "situation", "wants", "channel"]
    static let personaRequired = ["name", "situation", "wants"]
    static let recovery = ["severity", "failure", "cause"]
    static let mood = ["start", "effects", "walkout_at"]
    static let scoring = ["weights", "expects"]
    static let beat = ["line", "abusive", "demands", "hint", "next"]
    static let beatRequired = ["line", "next"]
    static let rule = ["when", "goto"]
    static let condition = ["all", "any", "none", "mood_below", "mood_at_least", "turn_at_least"]
    static let ending = ["outcome", "line"]

    /// Outcomes a trainer may give an ending; `turn_limit` is implicit and `abandoned` is the trainee's doing.
    static let endingOutcomes: [Outcome] = [.resolved, .walkedOut, .manager]

    /// The ending the drill uses when mood reaches `walkout_at`.
    static let walkoutEnding = "walkout"
}
