import HotseatCore

extension CompiledRubric {
    /// Every explanation must be translatable for a Dutch or Norwegian reader, and every
    /// translation must still match an explanation: an edited `explain:` leaves its old key
    /// behind, which would silently fall back to English.
    static func explanationProblems(_ settings: RubricSettings, criteria: [Criterion]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let sources = settings.explanationSources(criteria: criteria)
        for language in [Language.nl, .nb] {
            let table = settings.explanations[language] ?? [:]
            for (english, translation) in table.sorted(by: { $0.key < $1.key }) where sources[english] == nil {
                problems.append(Diagnostic(.error, code: "unknown-explanation",
                                           "explanations.\(language.rawValue) translates \"\(Self.shortened(english))\", which is no rule's explanation or flag message",
                                           at: translation.location,
                                           fix: "copy the rule's `explain:` (or the flag's message) exactly; it may have been edited"))
            }
            for (english, location) in sources.sorted(by: { $0.key < $1.key }) where table[english] == nil {
                problems.append(Diagnostic(.error, code: "untranslated-explanation",
                                           "\"\(Self.shortened(english))\" has no \(language.rawValue) translation under explanations.\(language.rawValue)",
                                           at: location ?? settings.explanationSections[language],
                                           fix: "add \"\(english)\": \"…\" under explanations.\(language.rawValue) in rubric.yaml"))
            }
        }
        return problems
    }

    /// An explanation as a message names it: whole, or its first 60 characters and an ellipsis.
    static func shortened(_ text: String) -> String { text.count > 60 ? text.prefix(60) + "…" : text }
}
