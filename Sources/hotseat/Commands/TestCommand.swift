import ArgumentParser
import Authoring
import Foundation
import HotseatCore
import Rubric
import Scenarios

struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Play the golden transcripts through the drill and the rubric; show a diff where scores or endings drift.",
        discussion: """
        With no paths, runs every transcript in the scenario folders' tests/ (shipped, plus $HOTSEAT_SCENARIOS).
        Exits with status 1 when a transcript fails.

          hotseat test
          hotseat test scenarios/tests/ski-lift.yaml --verbose
          hotseat test my-scenarios        (a scenario folder: runs my-scenarios/tests/)
        """
    )

    @Argument(help: "Transcript files or folders, or scenario folders (their tests/ is run) (default: scenarios/tests/ and $HOTSEAT_SCENARIOS/*/tests/).")
    var files: [String] = []

    @Flag(help: "Also show the reply-by-reply trace of passing transcripts.")
    var verbose = false

    func run() throws {
        let locator = ResourceLocator()
        let scenarioDirectories: [URL]
        let engine: RubricEngine
        do {
            scenarioDirectories = try locator.scenarioDirectories()
            engine = try RubricEngine.load(directory: try locator.scoringDirectory())
        } catch let error as DiagnosticsError {
            FileHandle.standardError.write(Data((error.description + "\nhotseat: the rubric has errors; fix them first (hotseat validate)\n").utf8))
            throw ExitCode(1)
        } catch {
            FileHandle.standardError.write(Data("hotseat: \(error)\n".utf8))
            throw ExitCode(2)
        }
        // A mistyped $HOTSEAT_SCENARIOS folder would otherwise pass with its transcripts never run.
        let missing = scenarioDirectories.filter { !FileManager.default.fileExists(atPath: $0.path) }
        if files.isEmpty, !missing.isEmpty {
            for folder in missing {
                FileHandle.standardError.write(Data("hotseat: error: the scenario folder '\(DisplayPath.of(folder))' does not exist (check HOTSEAT_SCENARIOS)\n".utf8))
            }
            throw ExitCode(1)
        }
        let paths = files.isEmpty ? scenarioDirectories.map { $0.appendingPathComponent("tests") }
            : GoldenTests.transcriptPaths(forExplicit: files.map { URL(fileURLWithPath: $0) })
        let pathProblems = files.isEmpty ? [] : GoldenTests.problems(withExplicitPaths: paths)
        if !pathProblems.isEmpty {
            FileHandle.standardError.write(Data(pathProblems.map { "hotseat: \($0)\n" }.joined().utf8))
            throw ExitCode(1)
        }
        var directories = scenarioDirectories
        // A transcript folder given by hand may sit next to scenarios that are not shipped.
        for path in paths where path.deletingLastPathComponent().lastPathComponent == "tests" || path.lastPathComponent == "tests" {
            let owner = path.lastPathComponent == "tests" ? path.deletingLastPathComponent() : path.deletingLastPathComponent().deletingLastPathComponent()
            if !directories.contains(where: { $0.standardizedFileURL == owner.standardizedFileURL }) { directories.append(owner) }
        }
        let catalog = ScenarioCatalog.load(directories: directories)
        // The default folders are optional (not every $HOTSEAT_SCENARIOS folder has tests/); explicit paths were checked above.
        let report = GoldenTests.run(paths: paths.filter { FileManager.default.fileExists(atPath: $0.path) }, catalog: catalog, engine: engine)
        print(report.text(verbose: verbose))
        if !report.succeeded { throw ExitCode(1) }
    }
}
