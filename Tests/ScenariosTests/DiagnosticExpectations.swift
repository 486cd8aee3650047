import HotseatCore
import Testing
@testable import Scenarios

/// Asserts that `result` holds exactly one diagnostic with `code`, at `position` ("line:col"),
/// with this message (and fix, when given).
func expectDiagnostic(_ result: ScenarioFileResult, _ code: String, at position: String, _ message: String,
                      fix: String? = nil, severity: Diagnostic.Severity = .error,
                      sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let matches = result.diagnostics.filter { $0.code == code }
    guard matches.count == 1, let diagnostic = matches.first else {
        Issue.record("expected one '\(code)' diagnostic, got: \(result.diagnostics.map(\.description))", sourceLocation: sourceLocation)
        return
    }
    #expect(diagnostic.severity == severity, sourceLocation: sourceLocation)
    #expect(diagnostic.location.map { "\($0.line):\($0.column)" } == position, sourceLocation: sourceLocation)
    #expect(diagnostic.location?.file == result.file, sourceLocation: sourceLocation)
    #expect(diagnostic.message == message, sourceLocation: sourceLocation)
    if let fix { #expect(diagnostic.fix == fix, sourceLocation: sourceLocation) }
    if severity == .error { #expect(result.scenario == nil, "a scenario with errors must not be playable", sourceLocation: sourceLocation) }
}
