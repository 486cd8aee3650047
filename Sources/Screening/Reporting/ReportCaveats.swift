/// What every screen report must say, so that no one reads a score as a verdict.
public enum ReportCaveats {
    public static let judgementStatement =
        "These scores are an aid to a person's judgement, not a decision. Read the candidate's own words before drawing conclusions; no candidate is rejected by the engine."

    /// How the ranking's overall is made, said wherever an overall is shown.
    public static let overallStatement =
        "Overall is the mean of the measured parts except consistency, and only orders the table; consistency is shown beside it as context (a candidate can be consistently weak). Read each candidate's report before deciding."

    /// What the rubric engine cannot judge; a reviewer checks these in person.
    public static let cannotJudge: [String] = [
        "Tone of voice, warmth and body language: the engine reads typed words only.",
        "Whether a promised remedy is allowed, realistic or kept in your company.",
        "Product knowledge, and whether an explanation is true.",
        "Dialect, unusual phrasing or languages other than English, Dutch and Norwegian bokmål.",
        "Typing speed, dyslexia or reading difficulties: slow or misspelt replies say little about service on the phone or at a counter.",
        "Cultural norms of politeness that differ from the rubric's.",
        "Why a flag fired: a fast reply may be a fast typist; a short one may be a good one.",
    ]
}
