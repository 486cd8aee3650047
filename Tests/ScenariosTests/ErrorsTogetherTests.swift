import HotseatCore
import Testing
@testable import Scenarios

/// One `validate` run shows every error: the graph is checked on whatever parsed, so a closed
/// loop is not hidden until the schema errors around it are fixed.
@Suite struct ErrorsTogetherTests {
    static let loop = Fixtures.valid(replacing: "{any: [offered_remedy, took_ownership], mood_below: 50}\n        goto: resolved",
                                     with: "{any: [offered_remedy]}\n        goto: waiting")

    @Test func aClosedLoopIsReportedNextToASchemaError() {
        let text = Self.loop.replacingOccurrences(of: "difficulty: 1", with: "difficulty: 9")
        let result = Fixtures.load(text)
        expectDiagnostic(result, "out-of-range", at: "4:13", "`difficulty` must be between 1 and 5, found 9")
        expectDiagnostic(result, "closed-loop", at: "28:3", "loop with no way out: beat 'waiting' only leads back to itself")
    }

    @Test func aClosedLoopIsReportedNextToAMissingPersona() {
        let text = Self.loop.replacingOccurrences(of: "  wants: {en: \"A hot coffee\", nl: \"Een warme koffie\"}\n", with: "")
        let result = Fixtures.load(text)
        #expect(result.diagnostics.contains { $0.code == "missing-key" })
        expectDiagnostic(result, "closed-loop", at: "27:3", "loop with no way out: beat 'waiting' only leads back to itself")
    }

    @Test func aMisspeltGotoIsNotAlsoCalledALoopOrAnUnreachableBeat() {
        // The typo'd goto probably meant the way out; accusing the beat of a loop would mislead.
        let text = Fixtures.valid(replacing: "{any: [offered_remedy, took_ownership], mood_below: 50}\n        goto: resolved",
                                  with: "{any: [offered_remedy, took_ownership], mood_below: 50}\n        goto: resolvd")
        let result = Fixtures.load(text)
        expectDiagnostic(result, "undefined-beat", at: "34:15", "beat 'resolvd' is not defined", fix: "did you mean 'resolved'?")
        #expect(!result.diagnostics.contains { $0.code == "closed-loop" || $0.code == "unreachable-beat" })
    }
}
