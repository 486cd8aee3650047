import Drill
import HotseatCore
import Scenarios

/// The result of `hotseat test`: PASS/FAIL per transcript, and on drift a diff a trainer can act
/// on — the expected range, what came out, and the replies, rules and evidence that moved it.
public struct TestReport: Sendable {
    public var runs: [TranscriptRun]
    /// Problems in the transcript files themselves (syntax, unknown scenario…).
    public var diagnostics: [Diagnostic]
    public var fileCount: Int

    public init(runs: [TranscriptRun], diagnostics: [Diagnostic] = [], fileCount: Int = 0) {
        self.runs = runs
        self.diagnostics = diagnostics
        self.fileCount = fileCount
    }

    public var failed: [TranscriptRun] { runs.filter { !$0.passed } }
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var succeeded: Bool { failed.isEmpty && errorCount == 0 }

    public var summary: String {
        let files = "\(fileCount) file\(fileCount == 1 ? "" : "s")"
        var parts = ["\(runs.count) transcript\(runs.count == 1 ? "" : "s")", "\(runs.count - failed.count) passed", "\(failed.count) failed"]
        if errorCount > 0 { parts.append("\(errorCount) file error\(errorCount == 1 ? "" : "s")") }
        return "\(files), " + parts.joined(separator: ", ")
    }

    /// One line per transcript; failures carry the diff. `verbose` shows the trace of passes too.
    public func text(verbose: Bool = false) -> String {
        var lines = diagnostics.map(\.description)
        for run in runs {
            let title = "\(run.scenarioID) › \(run.transcript.name) (\(run.transcript.language), seed \(run.transcript.seed))"
            if run.passed {
                lines.append("PASS \(title)")
                if run.unusedReplies > 0 { lines.append("  note: the drill ended before the last \(run.unusedReplies) repl\(run.unusedReplies == 1 ? "y" : "ies")") }
                if verbose { lines.append(contentsOf: Self.trace(run)) }
                continue
            }
            lines.append("FAIL \(title)  \(run.transcript.location)")
            if let failure = run.failure {
                lines.append("  cannot play: \(failure)")
                continue
            }
            lines.append(contentsOf: Self.diff(run))
        }
        lines.append(summary)
        return lines.joined(separator: "\n")
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }

    static func diff(_ run: TranscriptRun) -> [String] {
        var lines: [String] = []
        var traced = false
        for drift in run.drifts {
            switch drift {
            case let .ending(expected, got):
                let gotText = got?.rawValue ?? "no ending after \(run.turns.count) repl\(run.turns.count == 1 ? "y" : "ies") (still at beat '\(run.turns.last?.beatAfter ?? "?")')"
                lines.append("  ending: expected \(expected.rawValue), got \(gotText)")
                lines.append(contentsOf: trace(run))
                traced = true
            case let .score(dimension, expected, got):
                lines.append("  \(dimension): expected \(format(expected.lowerBound))–\(format(expected.upperBound)), got \(got.map(format) ?? "not measured")")
                for (index, turn) in run.turns.enumerated() {
                    guard let score = turn.score else {
                        lines.append("    reply \(index + 1): empty, not scored")
                        continue
                    }
                    let value = score.scores[dimension].map(format) ?? "not measured"
                    lines.append("    reply \(index + 1): \(dimension) \(value)\(turn.abusive && dimension == .calm ? " (abusive line: counts 3×)" : "")")
                    for evidence in score.evidence where evidence.dimension == dimension {
                        let points = evidence.points >= 0 ? "+\(format(evidence.points))" : format(evidence.points)
                        let quote = evidence.text.isEmpty ? "" : " «\(evidence.text)»"
                        lines.append("      \(points) \(evidence.rule)\(quote)")
                    }
                    for flag in score.flags { lines.append("      flag \(flag.code): \(flag.message)") }
                }
            }
        }
        if run.unusedReplies > 0 {
            lines.append("  note: the drill ended before the last \(run.unusedReplies) repl\(run.unusedReplies == 1 ? "y" : "ies")")
            if !traced { lines.append(contentsOf: trace(run)) }
        }
        return lines
    }

    /// Reply by reply: the beat, what the engine detected, the mood, and where it led.
    static func trace(_ run: TranscriptRun) -> [String] {
        run.turns.enumerated().map { index, turn in
            let detected = turn.waited ? "empty reply" : turn.behaviours.isEmpty ? "no behaviour detected" : turn.behaviours.map(\.rawValue).joined(separator: ", ")
            let to = turn.ending.map { "ending \($0.id ?? $0.outcome.rawValue)" } ?? turn.beatAfter ?? "?"
            let rule = run.rules.indices.contains(index) ? run.rules[index].map { ", rule \($0)" } ?? "" : ""
            return "    reply \(index + 1) at \(turn.beatBefore): \(detected) → \(to)  (mood \(turn.moodBefore)→\(turn.moodAfter)\(rule))"
        }
    }
}
