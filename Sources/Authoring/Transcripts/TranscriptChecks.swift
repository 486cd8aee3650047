import HotseatCore
import Scenarios

/// Cross-file checks of a transcript file against the scenarios, for `hotseat validate` and
/// `hotseat test`: the scenario must exist and speak each transcript's language, and every
/// expectation must be one a run can meet.
public enum TranscriptChecks {
    public static func diagnostics(for file: TranscriptFile, catalog: ScenarioCatalog) -> [Diagnostic] {
        scenarioDiagnostics(for: file, catalog: catalog) + file.transcripts.compactMap(unmeasuredSpeed)
    }

    /// Speed is only measured from replies with a latency; a range for it would otherwise pass
    /// validation and fail every `hotseat test` run with "got not measured".
    static func unmeasuredSpeed(_ transcript: GoldenTranscript) -> Diagnostic? {
        guard transcript.expect.scores[.speed] != nil, transcript.replies.allSatisfy({ $0.latency == nil }) else { return nil }
        return Diagnostic(.error, code: "unmeasured-speed",
                          "transcript '\(transcript.name)' expects a speed range, but no reply has a latency, so speed is not measured",
                          at: transcript.expect.scoreLocations[.speed] ?? transcript.location,
                          fix: "give the replies a latency, or drop the speed range")
    }

    static func scenarioDiagnostics(for file: TranscriptFile, catalog: ScenarioCatalog) -> [Diagnostic] {
        guard let scenario = catalog.scenario(id: file.scenarioID) else {
            // The scenario's own file failed to load: its errors are the ones to fix, so this is a
            // note pointing there, not a second error the trainer cannot act on here.
            if let broken = catalog.brokenFile(named: file.scenarioID) {
                return [Diagnostic(.note, code: "scenario-not-loaded",
                                   "not checked: scenario '\(file.scenarioID)' did not load", at: file.scenarioLocation,
                                   fix: "fix the errors in \(broken.file) first")]
            }
            let known = catalog.scenarios.map(\.id)
            return [Diagnostic(.error, code: "undefined-scenario", "scenario '\(file.scenarioID)' is not defined", at: file.scenarioLocation,
                               fix: Suggestions.nearest(to: file.scenarioID, in: known).map { "did you mean '\($0)'?" }
                                   ?? "check `scenario:` against the ids `hotseat validate` lists")]
        }
        return file.transcripts.compactMap { transcript in
            scenario.supports(transcript.language) ? nil
                : Diagnostic(.error, code: "unsupported-language",
                             "transcript '\(transcript.name)' is in '\(transcript.language)', which scenario '\(scenario.id)' does not offer",
                             at: transcript.location, fix: "use one of: \(scenario.languages.map(\.rawValue).joined(separator: ", "))")
        }
    }
}
