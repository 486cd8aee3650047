import HotseatCore

/// Explanation text the engine composes itself (speed, caps, and the notes it appends to a
/// rule's own explanation), in every language. The engine writes the English from these
/// templates and reports translate by reading the English back with the same templates, so
/// the two cannot drift apart. Placeholders are `{0}`, `{1}`, … as in `Localizer`.
enum GeneratedExplanation: CaseIterable, Sendable {
    // Whole explanations
    case answeredIn, noNextStep, noSpeedCredit, earlyNextStep, lateNextStep, speedRedFlag, capped, flagged
    // Notes appended to a rule's explanation
    case nthPhrase, nthPhraseNoCredit, repeatedEarlier, softenedBy, takenBackBy, firstTurnHalfCost, capitalsShare, nextToFeeling, inApology
    case mockedBy

    /// What a placeholder holds, which decides how it is carried into another language.
    enum Argument: Sendable {
        /// Kept as written: a number, "12 s", the reply's own word.
        case verbatim
        /// An English ordinal ("2nd"), written again in the target language ("2e", "2.").
        case ordinal
        /// Another explanation (a flag's message), itself translated.
        case explanation
    }

    var arguments: [Argument] {
        switch self {
        case .answeredIn, .earlyNextStep, .lateNextStep, .softenedBy, .takenBackBy, .capitalsShare, .mockedBy: [.verbatim]
        case .noSpeedCredit: [.explanation]
        case .capped: [.explanation, .verbatim]
        // {1} is the rule group's id, an English file name: the translations leave it out.
        case .nthPhrase, .nthPhraseNoCredit: [.ordinal, .verbatim]
        case .noNextStep, .speedRedFlag, .flagged, .repeatedEarlier, .firstTurnHalfCost, .nextToFeeling, .inApology: []
        }
    }

    /// True for the notes the engine appends after a rule's explanation.
    var isNote: Bool {
        switch self {
        case .nthPhrase, .nthPhraseNoCredit, .repeatedEarlier, .softenedBy, .takenBackBy, .firstTurnHalfCost, .capitalsShare, .nextToFeeling, .inApology,
             .mockedBy: true
        default: false
        }
    }

    static let table: [GeneratedExplanation: [Language: String]] = [
        .answeredIn: [.en: "answered in {0}; satisfaction drops after about 50 s and sharply after 2 min",
                      .nl: "geantwoord na {0}; de tevredenheid daalt na ongeveer 50 s en sterk na 2 min",
                      .nb: "svarte etter {0}; tilfredsheten faller etter omtrent 50 s og kraftig etter 2 min"],
        .noNextStep: [.en: "fast but no concrete next step (remedy, action or follow-up with a time, or a question)",
                      .nl: "snel, maar zonder concrete volgende stap (een oplossing, actie of terugkoppeling met een tijd, of een vraag)",
                      .nb: "raskt, men uten et konkret neste steg (en løsning, handling eller oppfølging med tidspunkt, eller et spørsmål)"],
        .noSpeedCredit: [.en: "no credit for speed: {0}", .nl: "geen punten voor snelheid: {0}", .nb: "ingen uttelling for fart: {0}"],
        .earlyNextStep: [.en: "reached a concrete next step on turn {0}",
                         .nl: "kwam in beurt {0} tot een concrete volgende stap",
                         .nb: "kom fram til et konkret neste steg i svar nr. {0}"],
        .lateNextStep: [.en: "took until turn {0} to reach a concrete next step",
                        .nl: "kwam pas in beurt {0} tot een concrete volgende stap",
                        .nb: "kom først i svar nr. {0} fram til et konkret neste steg"],
        .speedRedFlag: [.en: "a quick reply that blames, shouts, swears or mocks does not help the customer",
                        .nl: "een snel antwoord dat de schuld legt, schreeuwt, vloekt of spot, helpt de klant niet",
                        .nb: "et raskt svar som legger skylda på noen, roper, banner eller håner, hjelper ikke kunden"],
        .capped: [.en: "{0}: capped at {1}", .nl: "{0}: begrensd tot {1}", .nb: "{0}: begrenset til {1}"],
        .flagged: [.en: "flagged", .nl: "gemarkeerd", .nb: "flagget"],
        .nthPhrase: [.en: " ({0} {1} phrase in this reply: diminishing credit)",
                     .nl: " ({0} uiting van deze soort in dit antwoord: minder punten)",
                     .nb: " ({0} uttrykk av samme slag i dette svaret: mindre uttelling)"],
        .nthPhraseNoCredit: [.en: " ({0} {1} phrase in this reply: no more credit)",
                             .nl: " ({0} uiting van deze soort in dit antwoord: geen punten meer)",
                             .nb: " ({0} uttrykk av samme slag i dette svaret: ingen uttelling lenger)"],
        .repeatedEarlier: [.en: " (repeated from an earlier reply: half credit)",
                           .nl: " (herhaald uit een eerder antwoord: halve punten)",
                           .nb: " (gjentatt fra et tidligere svar: halv uttelling)"],
        .softenedBy: [.en: " (softened by a following '{0}')", .nl: " (afgezwakt door de '{0}' erna)", .nb: " (svekket av en påfølgende «{0}»)"],
        .takenBackBy: [.en: " (taken back by a following '{0}')", .nl: " (teruggenomen door de '{0}' erna)", .nb: " (tatt tilbake av en påfølgende «{0}»)"],
        .mockedBy: [.en: " (mocked by '{0}' in the same sentence: no credit)", .nl: " (bespot door '{0}' in dezelfde zin: geen punten)",
                    .nb: " (gjort narr av med «{0}» i samme setning: ingen poeng)"],
        .firstTurnHalfCost: [.en: " (first turn: half cost, there is still time)",
                             .nl: " (eerste beurt: halve aftrek, er is nog tijd)",
                             .nb: " (første svar: halvt trekk, det er fortsatt tid)"],
        .capitalsShare: [.en: " ({0}% of letters in capitals)", .nl: " ({0}% van de letters is een hoofdletter)", .nb: " ({0} % av bokstavene er store)"],
        .nextToFeeling: [.en: ", next to the feeling it names", .nl: ", bij het gevoel dat het benoemt", .nb: ", sammen med følelsen som nevnes"],
        .inApology: [.en: ", in an apology that names their situation word for word",
                     .nl: ", in een excuus dat hun situatie woord voor woord benoemt",
                     .nb: ", i en unnskyldning som nevner situasjonen deres ord for ord"],
    ]

    func template(_ language: Language) -> ExplanationTemplate {
        Self.parsed[self]?[language] ?? ExplanationTemplate("")
    }

    /// The templates cut into literals and slots once: the engine fills one for many replies
    /// (the drill scores every reply with its explanations), and cutting costs more than filling.
    private static let parsed: [GeneratedExplanation: [Language: ExplanationTemplate]] = Dictionary(uniqueKeysWithValues: allCases.map { kind in
        (kind, Dictionary(uniqueKeysWithValues: Language.allCases.map { language in
            (language, ExplanationTemplate(table[kind]?[language] ?? table[kind]?[.en] ?? ""))
        }))
    })

    /// The English the engine writes; `arguments` as the placeholders list them.
    func english(_ arguments: String...) -> String {
        template(.en).filled(arguments)
    }

    /// "2nd", "2e", "2.": the ordinal of `n` as each language writes it in figures.
    static func ordinal(_ n: Int, in language: Language) -> String {
        switch language {
        case .en:
            let suffix = (11...13).contains(n % 100) ? "th" : (n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th")
            return "\(n)\(suffix)"
        case .nl: return "\(n)e"
        case .nb: return "\(n)."
        }
    }

    /// The number in an English ordinal ("22nd" → 22), nil if it is not one.
    static func number(ofEnglishOrdinal text: Substring) -> Int? {
        guard text.count > 2, let n = Int(text.dropLast(2)), ordinal(n, in: .en) == text else { return nil }
        return n
    }
}

/// A text with `{0}`, `{1}`, … placeholders: filled to write it, matched to read one back.
struct ExplanationTemplate: Sendable {
    /// The text between placeholders; one more than `slots`.
    let literals: [String]
    /// The placeholder number at each gap, in order of appearance.
    let slots: [Int]

    init(_ text: String) {
        var literals: [String] = [], slots: [Int] = []
        var current = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let n = Int(rest[afterOpen..<close]) {
                current += rest[..<open]
                literals.append(current)
                slots.append(n)
                current = ""
                rest = rest[rest.index(after: close)...]
            } else {
                current += rest[...open]
                rest = rest[afterOpen...]
            }
        }
        literals.append(current + rest)
        self.literals = literals
        self.slots = slots
    }

    func filled(_ arguments: [String]) -> String {
        var text = literals[0]
        for (i, slot) in slots.enumerated() {
            text += slot < arguments.count ? arguments[slot] : ""
            text += literals[i + 1]
        }
        return text
    }

    /// The arguments, by placeholder number, if `text` is this template filled in; an argument
    /// runs to the first occurrence of the text after it (the last one to the end).
    func match(_ text: Substring) -> [Int: Substring]? {
        let first = literals[0], last = literals[literals.count - 1]
        guard text.hasPrefix(first) else { return nil }
        if slots.isEmpty { return text.count == first.count ? [:] : nil }
        guard text.count >= first.count + last.count, text.hasSuffix(last) else { return nil }
        var rest = text.dropFirst(first.count).dropLast(last.count)
        var arguments: [Int: Substring] = [:]
        for (i, slot) in slots.enumerated() {
            if i == slots.count - 1 {
                arguments[slot] = rest
            } else {
                guard let next = rest.firstRange(of: literals[i + 1]) else { return nil }
                arguments[slot] = rest[..<next.lowerBound]
                rest = rest[next.upperBound...]
            }
        }
        // An empty argument is no argument: "no credit for speed: " is not a flag message.
        return arguments.values.contains(where: \.isEmpty) ? nil : arguments
    }
}
