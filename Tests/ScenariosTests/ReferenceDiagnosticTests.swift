import HotseatCore
import Testing
@testable import Scenarios

/// References (beats, behaviours), languages and rule order: exact messages and positions.
@Suite struct ReferenceDiagnosticTests {
    @Test func undefinedGotoSuggestsTheNearestBeat() {
        let result = Fixtures.load(Fixtures.valid(replacing: "goto: manager", with: "goto: manger"))
        expectDiagnostic(result, "undefined-beat", at: "24:15", "beat 'manger' is not defined", fix: "did you mean 'manager'?")
        #expect(result.diagnostics.first?.description
            == "scenarios/cold-coffee.yaml:24:15: error: beat 'manger' is not defined (did you mean 'manager'?)")
    }

    @Test func undefinedGotoSuggestsALongerIdItIsThePrefixOf() {
        let result = Fixtures.load(Fixtures.valid(replacing: "      - goto: waiting\n  waiting:", with: "      - goto: wait\n  waiting:"))
        expectDiagnostic(result, "undefined-beat", at: "27:15", "beat 'wait' is not defined", fix: "did you mean 'waiting'?")
    }

    @Test func undefinedStartBeat() {
        let result = Fixtures.load(Fixtures.valid(replacing: "start: opening", with: "start: openin"))
        expectDiagnostic(result, "undefined-beat", at: "17:8", "beat 'openin' is not defined", fix: "did you mean 'opening'?")
    }

    @Test func startMustBeABeat() {
        let result = Fixtures.load(Fixtures.valid(replacing: "start: opening", with: "start: resolved"))
        expectDiagnostic(result, "start-is-ending", at: "17:8", "`start` names ending 'resolved'; the scenario must start with a beat")
    }

    @Test func aNameCannotBeBothBeatAndEnding() {
        let result = Fixtures.load(Fixtures.valid(replacing: "  manager: {outcome", with: "  waiting: {outcome"))
        expectDiagnostic(result, "ambiguous-name", at: "38:3", "'waiting' is both a beat and an ending")
    }

    @Test func behavioursAreSpelledAsInTheEngine() {
        let result = Fixtures.load(Fixtures.valid(replacing: "{any: [swore, shouted]}", with: "{any: [swore, shoutd]}"))
        expectDiagnostic(result, "unknown-behaviour", at: "23:29", "unknown behaviour 'shoutd' in `any` of rule 1 of beat 'opening'",
                         fix: "did you mean 'shouted'?")
    }

    @Test func demandsIsABehaviour() {
        let result = Fixtures.load(Fixtures.valid(replacing: "demands: offered_remedy", with: "demands: refund"))
        expectDiagnostic(result, "unknown-behaviour", at: "21:14", "unknown behaviour 'refund' in `demands` of beat 'opening'")
    }

    @Test func moodEffectKeysAreBehaviours() {
        let result = Fixtures.load(Fixtures.valid(replacing: "effects: {offered_remedy: -20}", with: "effects: {offerd_remedy: -20}"))
        expectDiagnostic(result, "unknown-behaviour", at: "14:13", "unknown behaviour 'offerd_remedy' in `mood.effects`",
                         fix: "did you mean 'offered_remedy'?")
    }

    @Test func everyLineExistsInEveryDeclaredLanguage() {
        let result = Fixtures.load(Fixtures.valid(replacing: "line: {en: \"This coffee is cold!\", nl: \"Deze koffie is koud!\"}",
                                                  with: "line: {en: \"This coffee is cold!\"}"))
        expectDiagnostic(result, "missing-language", at: "20:11", "the line of beat 'opening' has no 'nl' text",
                         fix: "the scenario declares en, nl; add `nl: …`")
    }

    @Test func titlePersonaAndTopicWordsToo() {
        let title = Fixtures.load(Fixtures.valid(replacing: "title: {en: \"Cold coffee\", nl: \"Koude koffie\"}", with: "title: {en: \"Cold coffee\"}"))
        expectDiagnostic(title, "missing-language", at: "2:8", "`title` has no 'nl' text")
        let persona = Fixtures.load(Fixtures.valid(replacing: ", nl: \"Haar koffie is koud\"", with: ""))
        expectDiagnostic(persona, "missing-language", at: "8:14", "`persona.situation` has no 'nl' text")
        let words = Fixtures.load(Fixtures.valid(replacing: ", nl: [koffie, koud]", with: ""))
        expectDiagnostic(words, "missing-language", at: "11:14", "`topic_words` has no 'nl' text")
        let variants = Fixtures.load(Fixtures.valid(replacing: "      nl: \"Nou?\"\n", with: ""))
        expectDiagnostic(variants, "missing-language", at: "30:7", "the line of beat 'waiting' has no 'nl' text")
    }

    @Test func unknownLanguageKeySuggests() {
        let result = Fixtures.load(Fixtures.valid(replacing: "nl: \"Koude koffie\"", with: "nld: \"Koude koffie\""))
        expectDiagnostic(result, "unknown-language", at: "2:28", "unknown language 'nld' in `title`", fix: "did you mean 'nl'?")
        expectDiagnostic(result, "missing-language", at: "2:8", "`title` has no 'nl' text")
    }

    @Test func textInAnUndeclaredLanguageIsAWarning() {
        let result = Fixtures.load(Fixtures.valid(replacing: "nl: \"Koude koffie\"}", with: "nl: \"Koude koffie\", nb: \"Kald kaffe\"}"))
        expectDiagnostic(result, "undeclared-language", at: "2:48", "`title` has a 'nb' text, but `languages` does not list 'nb'",
                         severity: .warning)
        #expect(result.scenario != nil)
    }

    @Test func severalLanguagesNeedAMappingNotPlainText() {
        let result = Fixtures.load(Fixtures.valid(replacing: "title: {en: \"Cold coffee\", nl: \"Koude koffie\"}", with: "title: Cold coffee"))
        expectDiagnostic(result, "expected-languages", at: "2:8", "`title` needs one text per language, found 'Cold coffee'",
                         fix: "write it as {en: \"…\", nl: \"…\"}")
    }

    @Test func missingFallbackRuleIsAWarning() {
        let result = Fixtures.load(Fixtures.valid(replacing: "      - goto: waiting\n  waiting:", with: "      - when: {any: [apologised]}\n        goto: waiting\n  waiting:"))
        expectDiagnostic(result, "no-fallback-rule", at: "27:9",
                         "the last rule of beat 'opening' has a `when`; when no rule matches, the customer repeats this beat",
                         fix: "end `next` with a rule that has no `when`, e.g. `- goto: opening`", severity: .warning)
        #expect(result.scenario != nil)
    }

    @Test func unconditionalRuleBeforeOthersIsAWarning() {
        let result = Fixtures.load(Fixtures.valid(replacing: "      - when: {any: [swore, shouted]}\n        goto: manager",
                                                  with: "      - goto: manager\n      - when: {any: [swore, shouted]}\n        goto: manager"))
        expectDiagnostic(result, "unreachable-rule", at: "23:9", "rule 1 of beat 'opening' has no `when`, so the rules after it never apply",
                         severity: .warning)
    }

    @Test func aWhenOfEmptyListsIsAnEmptyCondition() {
        let result = Fixtures.load(Fixtures.valid(replacing: "      - when: {any: [swore, shouted]}\n        goto: manager",
                                                  with: "      - when: {any: []}\n        goto: manager"))
        #expect(result.diagnostics.contains { $0.code == "empty-condition" && $0.message.contains("has only empty lists") }, "\(result.diagnostics)")
        #expect(result.diagnostics.contains { $0.code == "unreachable-rule" && $0.message.contains("has an empty `when`") }, "\(result.diagnostics)")
    }

    /// A wrong value is one error, without the warnings that would follow from reading it as empty.
    @Test(arguments: [
        ("      - when: {any: [swore, shouted]}\n", "      - when: {turn_at_least: 0}\n"),
        ("      - when: {any: [swore, shouted]}\n", "      - when: {any: [swore, shoutd]}\n"),
    ])
    func aWrongValueGivesNoFollowOnWarnings(old: String, bad: String) {
        let result = Fixtures.load(Fixtures.valid(replacing: old, with: bad))
        #expect(result.errors.count == 1, "\(result.diagnostics)")
        #expect(!result.diagnostics.contains { $0.severity == .warning }, "\(result.diagnostics)")
    }

    @Test func aWrongTurnLimitIsNotComparedWithTurnAtLeast() {
        let text = Fixtures.valid(replacing: "turn_limit: 5\n", with: "turn_limit: -1\n")
            .replacingOccurrences(of: "      - when: {any: [swore, shouted]}\n", with: "      - when: {turn_at_least: 4}\n")
        let result = Fixtures.load(text)
        #expect(result.errors.map(\.code) == ["out-of-range"], "\(result.diagnostics)")
        #expect(!result.diagnostics.contains { $0.code == "impossible-condition" }, "\(result.diagnostics)")
    }

    @Test func impossibleConditionsAreWarnings() {
        let result = Fixtures.load(Fixtures.valid(replacing: "{all: [offered_remedy]}", with: "{all: [offered_remedy], none: [offered_remedy]}"))
        expectDiagnostic(result, "impossible-condition", at: "25:15",
                         "`when` of rule 2 of beat 'opening' both needs and forbids 'offered_remedy', so it can never hold", severity: .warning)
        let late = Fixtures.load(Fixtures.valid(replacing: "{all: [offered_remedy]}", with: "{all: [offered_remedy], turn_at_least: 7}"))
        expectDiagnostic(late, "impossible-condition", at: "25:54",
                         "`turn_at_least: 7` in rule 2 of beat 'opening' is beyond `turn_limit` (5), so it can never hold", severity: .warning)
    }

    @Test func walkoutAtWithoutAWalkoutEndingIsAWarning() {
        let result = Fixtures.load(Fixtures.valid(replacing: "  walkout: {outcome: walked_out, line: {en: \"I'm leaving.\", nl: \"Ik ga.\"}}\n", with: ""))
        expectDiagnostic(result, "walkout-without-ending", at: "15:15",
                         "`walkout_at` is set, but there is no ending named 'walkout', so the customer never walks out", severity: .warning)
    }
}
