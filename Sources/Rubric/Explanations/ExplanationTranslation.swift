import HotseatCore

/// Translates an explanation as the engine wrote it in English: the rubric's own text is looked
/// up in rubric.yaml's `explanations:` table; text the engine composed (`GeneratedExplanation`)
/// is read back by its template, its parts translated, and written in the target language.
struct ExplanationTranslation: Sendable {
    /// English explanation → translation, per language (from `explanations:` in rubric.yaml),
    /// shared with the loaded rubric rather than copied: a translator is made per breakdown shown.
    let tables: [Language: [String: RubricSettings.Translation]]

    init(_ settings: RubricSettings) {
        tables = settings.explanations
    }

    private static let whole = GeneratedExplanation.allCases.filter { !$0.isNote }.map { ($0, $0.template(.en)) }
    private static let notes = GeneratedExplanation.allCases.filter(\.isNote).map { ($0, $0.template(.en)) }

    /// The translation, or nil when any part of the text is not known (an explanation from an
    /// older rubric): a reader then gets the English whole rather than half of each.
    func translate(_ english: String, to language: Language) -> String? {
        language == .en ? english : translate(Substring(english), language)
    }

    private func translate(_ text: Substring, _ language: Language) -> String? {
        if let known = tables[language]?[String(text)]?.text { return known }
        for (kind, template) in Self.whole {
            if let arguments = template.match(text), let filled = fill(kind, arguments, language) { return filled }
        }
        // A note appended to a rule's explanation: try each place it could start, last first.
        for (kind, template) in Self.notes {
            var end = text.endIndex
            while let start = text[..<end].lastRange(of: template.literals[0])?.lowerBound {
                if let arguments = template.match(text[start...]), let head = translate(text[..<start], language),
                   let note = fill(kind, arguments, language) {
                    return head + note
                }
                end = text.index(before: text.index(start, offsetBy: template.literals[0].count))
            }
        }
        return nil
    }

    private func fill(_ kind: GeneratedExplanation, _ arguments: [Int: Substring], _ language: Language) -> String? {
        var filled: [String] = []
        for (i, argument) in kind.arguments.enumerated() {
            guard let text = arguments[i] else { return nil }
            switch argument {
            case .verbatim: filled.append(String(text))
            case .ordinal:
                guard let n = GeneratedExplanation.number(ofEnglishOrdinal: text) else { return nil }
                filled.append(GeneratedExplanation.ordinal(n, in: language))
            case .explanation:
                guard let translated = translate(text, language) else { return nil }
                filled.append(translated)
            }
        }
        return kind.template(language).filled(filled)
    }
}

private extension Substring {
    /// The last range of `target`, searching backwards (stdlib has only `firstRange(of:)`).
    func lastRange(of target: String) -> Range<Index>? {
        guard !target.isEmpty, count >= target.count else { return nil }
        var start = index(endIndex, offsetBy: -target.count)
        while true {
            if self[start...].hasPrefix(target) { return start..<index(start, offsetBy: target.count) }
            if start == startIndex { return nil }
            start = index(before: start)
        }
    }
}
