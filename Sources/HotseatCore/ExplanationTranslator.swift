/// Puts the rubric's English evidence explanations and flag messages into a reader's language.
///
/// Scores and stored sessions keep the English (a stable record, and the JSONL contract); text
/// for people is translated when it is shown, so sessions stored before a translation existed
/// are shown translated too. The rubric engine makes one from its loaded translations; modules
/// that cannot see the rubric (reports) are handed one by their caller.
///
/// ```swift
/// let translator = engine.explanationTranslator
/// translator.explanation("names a concrete time", in: .nb) // "nevner et konkret tidspunkt"
/// ```
public struct ExplanationTranslator: Sendable {
    private let translate: @Sendable (String, Language) -> String

    /// `translate` is only asked for Dutch and Norwegian; it returns the English it cannot translate.
    public init(_ translate: @escaping @Sendable (String, Language) -> String) {
        self.translate = translate
    }

    /// Leaves every text as written: for when no rubric could be loaded.
    public static let english = ExplanationTranslator { text, _ in text }

    public func explanation(_ english: String, in language: Language) -> String {
        language == .en || english.isEmpty ? english : translate(english, language)
    }

    public func localized(_ evidence: [Evidence], in language: Language) -> [Evidence] {
        guard language != .en else { return evidence }
        return evidence.map { item in
            var item = item
            item.explanation = explanation(item.explanation, in: language)
            return item
        }
    }

    public func localized(_ flags: [ScoreFlag], in language: Language) -> [ScoreFlag] {
        guard language != .en else { return flags }
        return flags.map { ScoreFlag(code: $0.code, message: explanation($0.message, in: language)) }
    }

    /// The score with its explanations and flag messages in `language`; scores and rules unchanged.
    public func localized(_ score: ReplyScore, in language: Language) -> ReplyScore {
        var score = score
        score.evidence = localized(score.evidence, in: language)
        score.flags = localized(score.flags, in: language)
        return score
    }
}
