import ArgumentParser
import Foundation
import HotseatCore
import Rubric
import Scenarios

struct CalibrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Compare the rubric engine's scores with human ratings of the same replies.",
        discussion: """
        RATINGS.csv (RFC 4180, UTF-8) has the columns id and reply, optionally lang, scenario, \
        latency_s and rationale, and a human rating from 1 to 5 per dimension: empathy, ownership, \
        speed, calm. Each reply is scored as an answer to its scenario's opening line, with the \
        scenario's recovery traits; a scenario that cannot be found is scored without traits and \
        named in the report. The engine's 0–100 is mapped to 1–5 in bins of 20.

        Per dimension it prints Spearman's correlation (human 1–5 against engine 0–100), the \
        quadratic weighted kappa and exact/adjacent agreement on 1–5, a confusion matrix, and the \
        replies with the largest disagreement together with the rules behind the engine's score.

          hotseat calibrate scoring/calibration/reference.csv --min-spearman 0.7
          hotseat calibrate ratings.csv --format json > calibration.json

        Exit status: 1 when a dimension's Spearman is below --min-spearman or the file is unusable.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @Argument(help: "The ratings CSV file.")
    var ratings: String

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: "Fail (exit 1) when any dimension's Spearman correlation is below this.")
    var minSpearman: Double?

    @Option(help: "How many of the worst disagreements to show per dimension.")
    var worst: Int = 5

    @Option(help: "Rubric folder (default: the shipped scoring/ folder, or $HOTSEAT_SCORING).")
    var scoring: String?

    func validate() throws {
        if let minSpearman, !(minSpearman.isFinite && (-1...1).contains(minSpearman)) {
            throw ValidationError("--min-spearman must be a number from -1 to 1 (e.g. 0.7), not \(minSpearman)")
        }
        if worst < 0 { throw ValidationError("--worst must be 0 or more") }
    }

    func run() throws {
        guard let data = FileManager.default.contents(atPath: ratings) else { fail("\(ratings): cannot read the file (check the path)") }
        let rows: [RatedReply]
        do { rows = try RatingsTable.parse(Array(data), file: ratings) } catch { fail(error.description) }

        let engine: RubricEngine
        do {
            let directory = try scoring.map { URL(fileURLWithPath: $0) } ?? ResourceLocator().scoringDirectory()
            engine = try RubricEngine.load(directory: directory)
        } catch let error as DiagnosticsError {
            for diagnostic in error.diagnostics { FileHandle.standardError.write(Data("\(diagnostic)\n".utf8)) }
            throw ExitCode(1)
        } catch { fail("\(error)") }

        // A dimension nobody rated is not calibrated: say so, so a gate that passes is not read as covering it.
        let unrated = Dimension.allCases.filter { d in !rows.contains { $0.ratings[d] != nil } }
        if !unrated.isEmpty {
            let names = unrated.map(\.rawValue).joined(separator: ", ")
            FileHandle.standardError.write(Data("hotseat: note: \(ratings) has no \(names) ratings; \(unrated.count == 1 ? "that dimension is" : "those dimensions are") not calibrated\n".utf8))
        }
        let report = CalibrationRunner.run(rows, engine: engine, scenarios: Self.scenarios(), worstCount: max(0, worst))
        switch format {
        case .text:
            print(report.text(minimumSpearman: minSpearman), terminator: "")
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        }
        if let minSpearman, !report.dimensions(below: minSpearman).isEmpty {
            let below = report.dimensions(below: minSpearman).map(\.rawValue).joined(separator: ", ")
            fail("Spearman below \(minSpearman) on: \(below)")
        }
    }

    /// The shipped scenarios (and $HOTSEAT_SCENARIOS); broken files are left out, `hotseat validate` reports them.
    static func scenarios() -> [String: CalibrationScenario] {
        guard let directories = try? ResourceLocator().scenarioDirectories() else { return [:] }
        var result: [String: CalibrationScenario] = [:]
        for s in ScenarioCatalog.load(directories: directories).scenarios {
            result[s.id] = CalibrationScenario(id: s.id, traits: s.traits(answering: s.beats[s.start]), topicWords: s.topicWords,
                                               openingLine: s.openingLines,
                                               expects: s.scoring.expects, weights: s.scoring.weights)
        }
        return result
    }

    private func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("hotseat: \(message)\n".utf8))
        Foundation.exit(1)
    }
}
