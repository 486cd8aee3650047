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
