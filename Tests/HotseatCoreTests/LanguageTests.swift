import Testing
@testable import HotseatCore

@Test(arguments: [("nl_NL.UTF-8", Language.nl), ("nb_NO.UTF-8", .nb), ("no", .nb), ("en_GB", .en)])
func languageFromLocale(value: String, expected: Language) {
    #expect(Language(environment: value) == expected)
}

@Test func unknownLocaleIsNil() {
    #expect(Language(environment: "C") == nil)
    #expect(Language(environment: "de_DE") == nil)
}

@Test func diagnosticPrintsLikeACompiler() {
    let d = Diagnostic(.error, code: "undefined-beat", "beat 'refund' is not defined",
                       at: SourceLocation(file: "scenarios/ski-lift.yaml", line: 42, column: 7),
                       fix: "did you mean 'refund-offer'?")
    #expect(d.description == "scenarios/ski-lift.yaml:42:7: error: beat 'refund' is not defined (did you mean 'refund-offer'?)")
}

/// The interface is translated: a missing text would quietly fall back to English, and a
/// translation without one of the placeholders would drop a figure from the sentence.
@Test(arguments: Localizer.Key.allCases)
func everyInterfaceTextIsInEveryLanguageWithTheSamePlaceholders(key: Localizer.Key) throws {
    try expectTranslated(Localizer.table[key], key)
}

/// Every language has a non-empty text with exactly the English text's placeholders.
private func expectTranslated(_ texts: [Language: String]?, _ key: some RawRepresentable<String>) throws {
    let texts = try #require(texts, "\(key.rawValue) has no texts")
    func placeholders(_ text: String) -> Set<String> {
        Set(text.matches(of: /\{[0-9]+\}/).map { String($0.output) })
    }
    let english = try #require(texts[.en], "\(key.rawValue) has no English text")
    for language in Language.allCases {
        let text = try #require(texts[language], "\(key.rawValue) has no \(language) text")
        #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(key.rawValue) in \(language) is empty")
        #expect(placeholders(text) == placeholders(english), "\(key.rawValue) in \(language): \(text)")
    }
}

/// The same promise for `history` and `progress`: every word in every language, no figure lost.
@Test(arguments: RecordsWording.Key.allCases)
func everyRecordsTextIsInEveryLanguageWithTheSamePlaceholders(key: RecordsWording.Key) throws {
    try expectTranslated(RecordsWording.table[key], key)
}

@Test func placeholdersMayBeReorderedAndRepeated() {
    #expect(Placeholders.fill("{1} van {0}", with: ["Sanne", "Voortgang"]) == "Voortgang van Sanne")
    #expect(Placeholders.fill("{0}, {0}!", with: ["Hallo"]) == "Hallo, Hallo!")
    #expect(Placeholders.fill("no {2} here", with: ["a"]) == "no {2} here")
}

@Test(arguments: [Language.nl, .nb])
func everyBehaviourHasItsOwnNameInDutchAndNorwegian(language: Language) {
    let l = Localizer(language)
    let names = Behaviour.allCases.map { l.name(of: $0) }
    #expect(Set(names).count == Behaviour.allCases.count, "two behaviours share a name: \(names)")
    for behaviour in Behaviour.allCases {
        #expect(l.name(of: behaviour) != behaviour.rawValue, "\(behaviour) is not translated into \(language)")
        #expect(l.name(of: behaviour) != Localizer(.en).name(of: behaviour), "\(behaviour) is English in \(language)")
    }
    #expect(l.list([.apologised, .swore]).hasPrefix("apologised ("), "the id stays first, for scenario authors")
    #expect(Localizer(.en).list([.apologised, .tookOwnership]) == "apologised, took_ownership")
}
