import ArgumentParser
import Foundation
import HotseatCore
import Authoring
import Rubric

struct RubricCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rubric",
        abstract: "Work with the scoring rubric files.",
        subcommands: [RubricCheckCommand.self]
    )
}

struct RubricCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Load a rubric folder and run every rule's must-match and must-not-match examples.",
        discussion: """
        Checks what the engine checks before it will score anything: every file parses, every \
        pattern compiles, every criterion cites a source and has examples in en, nl and nb, and \
        every example does what it says. Any problem is printed as file:line:col and the exit \
        status is 1; a rubric with a single failing example is never used.

          hotseat rubric check            # the shipped scoring/ folder
          hotseat rubric check my-rubric/
          hotseat rubric check --coverage # also: the patterns no example matches

        With --coverage, each untested pattern is a note at its file:line:col: add a match example \
        that says it the way people do, and if none will match, the pattern is wrong (a|b takes \
        one word each: "nobody|no one else" is nobody-or-no, then one, then else). The exit status \
        stays 0: untested is not broken.
        """
    )

    @Argument(help: "Rubric folder (default: the shipped scoring/ folder, or $HOTSEAT_SCORING).")
    var directory: String?

    @Flag(help: "Also list every pattern that none of its rule's match examples matches.")
    var coverage = false

    func run() throws {
        let url: URL
        if let directory {
            url = URL(fileURLWithPath: directory)
        } else {
            do { url = try ResourceLocator().scoringDirectory() } catch {
                FileHandle.standardError.write(Data("hotseat: \(error)\n".utf8))
                throw ExitCode(1)
            }
        }
        do {
            let engine = try RubricEngine.load(directory: url)
            let s = engine.summary
            print("\(directory ?? "scoring"): ok — \(s.files) files, \(s.criteria) criteria, \(s.patterns) patterns, \(s.contextRules) context rules; \(s.matchExamples) match and \(s.noMatchExamples) no-match examples pass")
            if coverage { printCoverage(engine.patternCoverage()) }
        } catch {
            for diagnostic in RubricCheck.displayed(error.diagnostics) { FileHandle.standardError.write(Data("\(diagnostic)\n".utf8)) }
            FileHandle.standardError.write(Data("hotseat: the rubric was refused (\(error.diagnostics.count) problem\(error.diagnostics.count == 1 ? "" : "s"))\n".utf8))
            throw ExitCode(1)
        }
    }

    private func printCoverage(_ coverage: PatternCoverage) {
        for pattern in coverage.untested {
            print("\(pattern.location): note: '\(pattern.rule)' (\(pattern.language.rawValue)) pattern \"\(pattern.text)\" is matched by none of its examples (add a match example that says it)")
        }
        let share = coverage.total == 0 ? 100 : Int((Double(coverage.exercised) / Double(coverage.total) * 100).rounded(.down))
        print("coverage: \(coverage.exercised) of \(coverage.total) phrase patterns (\(share) %) are matched by one of their rule's own examples; \(coverage.untested.count) are not (idioms are tested as a whole)")
    }
}
