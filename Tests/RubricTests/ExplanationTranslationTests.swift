import Foundation
import HotseatCore
import Testing
@testable import Rubric

/// Evidence explanations and flag messages read in the reply's language: rubric.yaml's
/// `explanations:` table translates the rubric's own text, `GeneratedExplanation` the text the
/// engine composes, and the loader refuses a table that no longer fits the rubric.
@Suite struct ExplanationTranslationTests {
    /// Replies that between them make every kind of composed text: repeats, "but", capitals,
    /// first-turn costs, caps, speed on and off a next step, early and late, red flags.
    static let replies: [(String, Language, ScoringContext)] = [
        ("Jeg ringer deg tilbake før kl. 15 i dag.", .nb, ScoringContext(language: .nb, latency: 12)),
        ("Het spijt me, maar dat is ons beleid. Het spijt me echt. SORRY SORRY!!!", .nl, ScoringContext(language: .nl, latency: 140)),
        ("Beklager, men jeg refunderer billetten nå. Beklager. Beklager. Beklager. Beklager.", .nb,
         ScoringContext(language: .nb, traits: RecoveryTraits(severity: .major), latency: 400, turn: 5)),
        ("ok", .nl, ScoringContext(language: .nl, latency: 30)),
        ("Jeg refunderer billetten din nå.", .nb, ScoringContext(language: .nb, latency: 30, turn: 4)),
        ("Ik begrijp hoe frustrerend dat uur in de kou was, ik betaal de liftpas terug.", .nl,
         ScoringContext(language: .nl, latency: 20, turn: 1, previousReplies: ["Het spijt me heel erg."], topicWords: ["kou", "liftpas"])),
        ("Det er ikke min feil, ro deg ned!!", .nb,
         ScoringContext(language: .nb, traits: RecoveryTraits(abusive: true), latency: 10, expectedBehaviours: [.apologised, .askedQuestion])),
    ]

    @Test func everyExplanationOfVariedRepliesIsTranslatedWhole() throws {
        let translation = ExplanationTranslation(Shipped.engine.rubric.settings)
        var kinds = Set<String>()
        for (reply, language, context) in Self.replies {
            let score = Shipped.engine.score(reply, context: context)
            for text in score.evidence.map(\.explanation) + score.flags.map(\.message) {
                let translated = try #require(translation.translate(text, to: language), "\(language): \"\(text)\" is not translated")
                #expect(translated != text)
                kinds.formUnion(GeneratedExplanation.allCases.filter { kind in
                    kind.template(.en).literals.allSatisfy { $0.isEmpty || text.contains($0) }
                }.map { "\($0)" })
            }
        }
        // The replies above must keep exercising the composed text, or this test proves little.
        #expect(kinds.isSuperset(of: ["nthPhrase", "softenedBy", "takenBackBy", "capitalsShare", "firstTurnHalfCost", "answeredIn",
                                      "noSpeedCredit", "lateNextStep", "earlyNextStep", "speedRedFlag", "capped"]), "\(kinds.sorted())")
    }

    @Test func aNorwegianAndADutchExplanationReadNaturallyWithTheirOrdinals() {
        let translator = Shipped.engine.explanationTranslator
        let english = "names a concrete time (2nd time phrase in this reply: diminishing credit)"
        #expect(translator.explanation(english, in: .nb) == "nevner et konkret tidspunkt (2. uttrykk av samme slag i dette svaret: mindre uttelling)")
        #expect(translator.explanation(english, in: .nl) == "noemt een concreet tijdstip (2e uiting van deze soort in dit antwoord: minder punten)")
        #expect(translator.explanation(english, in: .en) == english)
        let capped = "the reply repeats itself: capped at 35"
        #expect(translator.explanation(capped, in: .nl) == "het antwoord herhaalt zichzelf: begrensd tot 35")
        let noted = "a sincere apology (4th apology phrase in this reply: no more credit) (repeated from an earlier reply: half credit) (softened by a following 'men')"
        #expect(translator.explanation(noted, in: .nb)
            == "en oppriktig unnskyldning (4. uttrykk av samme slag i dette svaret: ingen uttelling lenger) (gjentatt fra et tidligere svar: halv uttelling) (svekket av en påfølgende «men»)")
    }

    @Test func textTheRubricDoesNotKnowStaysEnglishWhole() {
        let translator = Shipped.engine.explanationTranslator
        // An explanation from an older rubric: half a translation would read worse than none.
        for text in ["an explanation no rubric has", "an explanation no rubric has (2nd time phrase in this reply: diminishing credit)",
                     "no credit for speed: an old flag message", "names a concrete time (22th time phrase in this reply: diminishing credit)"] {
            #expect(translator.explanation(text, in: .nb) == text)
        }
    }

    @Test(arguments: GeneratedExplanation.allCases)
    func everyComposedTextIsInEveryLanguageWithItsPlaceholders(kind: GeneratedExplanation) throws {
        let english = kind.template(.en)
        #expect(Set(english.slots) == Set(kind.arguments.indices), "\(kind): the English placeholders and the argument kinds differ")
        for language in [Language.nl, .nb] {
            let text = try #require(GeneratedExplanation.table[kind]?[language], "\(kind) has no \(language) text")
            var expected = Set(english.slots)
            // The group id is an English file name; the translations say "of the same kind" instead.
            if kind == .nthPhrase || kind == .nthPhraseNoCredit { expected.remove(1) }
            #expect(Set(ExplanationTemplate(text).slots) == expected, "\(kind) in \(language)")
            #expect(text != GeneratedExplanation.table[kind]?[.en])
        }
    }

    @Test func everyShippedExplanationHasADutchAndNorwegianTranslation() {
        let settings = Shipped.engine.rubric.settings
        let sources = settings.explanationSources(criteria: Shipped.engine.rubric.criteria)
        #expect(sources.count > 50)
        for language in [Language.nl, .nb] {
            let table = settings.explanations[language] ?? [:]
            let missing = sources.keys.filter { table[$0] == nil }.sorted()
            #expect(missing.isEmpty, "\(language): \(missing)")
        }
    }

    @Test func aTranslationOfNoExplanationIsRefusedWithItsLine() throws {
        let rubric = try TemporaryRubric()
        defer { rubric.remove() }
        let line = try rubric.replace(in: "rubric.yaml", "  nb:\n    # empathy.yaml\n",
                                      with: "  nb:\n    \"an edited explanation no rule has\": \"oversatt\"\n    # empathy.yaml\n") + 1
        let error = #expect(throws: DiagnosticsError.self) { try RubricEngine.load(directory: rubric.directory) }
        let diagnostic = try #require(error?.diagnostics.first { $0.code == "unknown-explanation" })
        #expect(diagnostic.location?.line == line)
        #expect(diagnostic.location?.file.hasSuffix("rubric.yaml") == true)
        #expect(diagnostic.message.contains("explanations.nb"))
    }

    @Test func anExplanationWithoutATranslationIsReportedWhereItIsWritten() throws {
        let rubric = try TemporaryRubric()
        defer { rubric.remove() }
        // The Dutch line goes; the Norwegian one stays.
        try rubric.replace(in: "rubric.yaml", "    \"names a concrete time\": \"noemt een concreet tijdstip\"\n", with: "")
        // A changed flag message has neither translation any more (and leaves two keys behind).
        try rubric.replace(in: "rubric.yaml", #"repetitive: "the reply repeats itself""#, with: #"repetitive: "the reply says the same thing twice""#)
        let error = #expect(throws: DiagnosticsError.self) { try RubricEngine.load(directory: rubric.directory) }
        let missing = error?.diagnostics.filter { $0.code == "untranslated-explanation" } ?? []
        let time = try #require(missing.first { $0.message.contains("\"names a concrete time\"") })
        #expect(time.message.contains("no nl translation"))
        #expect(time.location?.file.hasSuffix("ownership.yaml") == true)
        #expect(!missing.contains { $0.message.contains("\"names a concrete time\"") && $0.message.contains("nb") })
        let flag = missing.filter { $0.message.contains("the reply says the same thing twice") }
        #expect(flag.count == 2)
        #expect(flag.allSatisfy { $0.location?.file.hasSuffix("rubric.yaml") == true })
        #expect(error?.diagnostics.filter { $0.code == "unknown-explanation" }.count == 2)
    }
}
