import HotseatCore

/// Why a drill cannot start, go on or be restored. Each message says what to do.
public enum DrillError: Error, Sendable, Equatable, CustomStringConvertible {
    case languageNotSupported(scenario: String, language: Language, available: [Language])
    case undefinedBeat(scenario: String, beat: String)
    case noLine(scenario: String, beat: String, language: Language)
    case alreadyEnded(scenario: String)
    case hintsOnlyInTraining
    case stateMismatch(expected: String, found: String)
    case unsupportedStateVersion(Int)

    public var description: String {
        switch self {
        case let .languageNotSupported(scenario, language, available):
            "scenario '\(scenario)' is not written in \(language.displayName); choose one of: \(available.map(\.rawValue).joined(separator: ", "))"
        case let .undefinedBeat(scenario, beat):
            "scenario '\(scenario)' has no beat '\(beat)'; run `hotseat validate` to find the broken reference"
        case let .noLine(scenario, beat, language):
            "beat '\(beat)' of scenario '\(scenario)' has no line in \(language.displayName); add one or choose another language"
        case let .alreadyEnded(scenario):
            "scenario '\(scenario)' has already ended; restart it or start another"
        case .hintsOnlyInTraining:
            "hints are only available in training mode"
        case let .stateMismatch(expected, found):
            "the saved session belongs to scenario '\(found)', not '\(expected)'; load the matching scenario to resume"
        case let .unsupportedStateVersion(version):
            "the saved session has format version \(version), which this Hotseat cannot read; update Hotseat or start a new session"
        }
    }
}
