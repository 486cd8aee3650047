import HotseatCore
import Testing
@testable import Scenarios

/// Types, required and unknown keys, ranges: each kind with its exact message and position.
@Suite struct SchemaDiagnosticTests {
    @Test func unknownKeySuggestsTheNearestKnownOne() {
        let result = Fixtures.load(Fixtures.valid(replacing: "    demands: offered_remedy", with: "    demand: offered_remedy"))
        expectDiagnostic(result, "unknown-key", at: "21:5", "unknown key `demand` in beat 'opening'", fix: "did you mean `demands`?")
    }

    @Test func unknownKeyFarFromAnyKnownListsThem() {
        let result = Fixtures.load(Fixtures.valid(replacing: "turn_limit: 5", with: "turn_limit: 5\ncolour: blue"))
        expectDiagnostic(result, "unknown-key", at: "17:1", "unknown key `colour` in the scenario")
        #expect(result.diagnostics.first?.fix?.hasPrefix("use one of: id, title") == true)
    }

    @Test func missingRequiredKey() {
        let result = Fixtures.load(Fixtures.valid(replacing: "turn_limit: 5\n", with: ""))
        expectDiagnostic(result, "missing-key", at: "1:1", "the scenario is missing the required key `turn_limit`")
    }

    @Test func missingKeyInsideABeatPointsAtTheBeat() {
        let result = Fixtures.load(Fixtures.valid(replacing: "    line: {en: \"This coffee is cold!\", nl: \"Deze koffie is koud!\"}\n", with: ""))
        expectDiagnostic(result, "missing-key", at: "20:5", "beat 'opening' is missing the required key `line`")
    }

    @Test func wrongTypeForANumber() {
        let result = Fixtures.load(Fixtures.valid(replacing: "difficulty: 1", with: "difficulty: hard"))
        expectDiagnostic(result, "expected-number", at: "4:13", "`difficulty` must be a whole number, found 'hard'")
    }

    @Test func wrongTypeForAFlag() {
        let result = Fixtures.load(Fixtures.valid(replacing: "    demands: offered_remedy", with: "    abusive: maybe"))
        expectDiagnostic(result, "expected-flag", at: "21:14", "`abusive` of beat 'opening' must be true or false, found 'maybe'")
    }

    @Test func mappingExpected() {
        let result = Fixtures.load(Fixtures.valid(replacing: "recovery: {severity: minor, failure: first, cause: internal}", with: "recovery: minor"))
        expectDiagnostic(result, "expected-mapping", at: "10:11", "`recovery` must be a mapping of keys, found 'minor'")
    }

    @Test func unknownEnumValueSuggests() {
        let result = Fixtures.load(Fixtures.valid(replacing: "severity: minor", with: "severity: minr"))
        expectDiagnostic(result, "unknown-value", at: "10:22", "`recovery.severity` cannot be 'minr'", fix: "did you mean 'minor'?")
    }

    @Test func difficultyOutOfRange() {
        let result = Fixtures.load(Fixtures.valid(replacing: "difficulty: 1", with: "difficulty: 9"))
        expectDiagnostic(result, "out-of-range", at: "4:13", "`difficulty` must be between 1 and 5, found 9")
    }

    @Test func moodOutOfRange() {
        let result = Fixtures.load(Fixtures.valid(replacing: "  start: 40", with: "  start: 140"))
        expectDiagnostic(result, "out-of-range", at: "13:10", "`mood.start` must be between 0 and 100, found 140")
    }

    @Test func moodConditionOutOfRange() {
        let result = Fixtures.load(Fixtures.valid(replacing: "mood_below: 50", with: "mood_below: -5"))
        expectDiagnostic(result, "out-of-range", at: "33:67", "`mood_below` of rule 1 of beat 'waiting' must be between 0 and 100, found -5")
    }

    @Test func walkoutAtOrBelowStartIsAnError() {
        let result = Fixtures.load(Fixtures.valid(replacing: "walkout_at: 90", with: "walkout_at: 30"))
        expectDiagnostic(result, "walkout-at-start", at: "15:15",
                         "`mood.walkout_at` (30) is not above `mood.start` (40), so the customer walks out at once")
    }

    @Test func turnLimitMustBePositive() {
        let result = Fixtures.load(Fixtures.valid(replacing: "turn_limit: 5", with: "turn_limit: 0"))
        expectDiagnostic(result, "out-of-range", at: "16:13", "`turn_limit` must be between 1 and 100, found 0")
    }

    @Test func idMustBeKebabCase() {
        let result = Fixtures.load(Fixtures.valid(replacing: "id: cold-coffee", with: "id: Cold Coffee"))
        expectDiagnostic(result, "bad-id", at: "1:5", "scenario id 'Cold Coffee' is not kebab-case",
                         fix: "use lowercase letters, digits and dashes, e.g. 'cold-coffee'")
    }

    @Test func idMustMatchTheFileName() {
        let result = Fixtures.load(Fixtures.valid, name: "coffee")
        expectDiagnostic(result, "id-file-mismatch", at: "1:5", "scenario id 'cold-coffee' does not match the file name 'coffee'",
                         fix: "rename the file to cold-coffee.yaml, or set `id: coffee`")
    }

    @Test func emptyTextIsRefused() {
        let result = Fixtures.load(Fixtures.valid(replacing: "name: Anna", with: "name: \"\""))
        expectDiagnostic(result, "empty-text", at: "7:9", "`persona.name` is empty")
    }

    @Test func endingsCannotClaimTheImplicitOutcomes() {
        let result = Fixtures.load(Fixtures.valid(replacing: "resolved: {outcome: resolved", with: "resolved: {outcome: turn_limit"))
        expectDiagnostic(result, "implicit-outcome", at: "37:23",
                         "ending 'resolved' cannot have outcome 'turn_limit': the drill ends that way by itself")
    }

    @Test func unknownOutcomeListsTheChoices() {
        let result = Fixtures.load(Fixtures.valid(replacing: "resolved: {outcome: resolved", with: "resolved: {outcome: happy"))
        expectDiagnostic(result, "unknown-value", at: "37:23", "the outcome of ending 'resolved' cannot be 'happy'",
                         fix: "use one of: resolved, walked_out, manager")
    }

    @Test func emptyFileAndNonMappingRoot() {
        expectDiagnostic(Fixtures.load(""), "empty-file", at: "1:1", "the scenario file is empty")
        expectDiagnostic(Fixtures.load("- a\n- b\n"), "expected-mapping", at: "1:1", "the scenario must be a mapping of keys, found a list")
    }

    @Test func yamlSyntaxErrorsNameTheLine() {
        let result = Fixtures.load(Fixtures.valid(replacing: "nl: \"Koude koffie\"}", with: "nl: \"Koude koffie\""))
        #expect(result.scenario == nil)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.code == "yaml-syntax")
        #expect(result.diagnostics.first?.location?.file == "scenarios/cold-coffee.yaml")
        #expect(result.diagnostics.first?.location?.line == 3)
    }

    @Test func duplicateKeysAreRefused() {
        let result = Fixtures.load(Fixtures.valid(replacing: "difficulty: 1", with: "difficulty: 1\ndifficulty: 2"))
        #expect(result.scenario == nil)
        #expect(result.diagnostics.map(\.code) == ["duplicate-key"])
        #expect(result.diagnostics.first?.message == "duplicate key 'difficulty' in one mapping")
    }

    @Test func missingTopicWordsIsAWarning() throws {
        let result = Fixtures.load(Fixtures.valid(replacing: "topic_words: {en: [coffee, cold], nl: [koffie, koud]}\n", with: ""))
        expectDiagnostic(result, "missing-topic-words", at: "1:1",
                         "the scenario has no `topic_words`, so the rubric cannot tell a reply about this situation from a generic one",
                         severity: .warning)
        #expect(result.scenario != nil, "warnings never stop a scenario from playing")
    }
}
