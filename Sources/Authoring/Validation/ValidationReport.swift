import Foundation
import HotseatCore
import Scenarios

/// The result of checking a set of trainer-written files, ready to print like a compiler.
///
/// ```swift
/// let report = Validator.validate(scenarioPaths: [URL(fileURLWithPath: "scenarios")], explorePaths: true)
/// print(report.text())      // scenarios/ski-lift.yaml:42:7: error: … then "3 files, 1 error, 2 warnings"
/// exit(report.errorCount > 0 ? 1 : 0)
/// ```
public struct ValidationReport: Sendable {
    public struct FileCheck: Sendable, Codable, Equatable {
        public var file: String
        /// `scenario`, `rubric`, `transcripts` or `screen`.
        public var kind: String
        /// The scenario id, when the file holds a playable scenario.
        public var id: String?
        public var diagnostics: [Diagnostic]

        public init(file: String, kind: String, id: String? = nil, diagnostics: [Diagnostic]) {
            self.file = file
            self.kind = kind
            self.id = id
            self.diagnostics = diagnostics
        }
    }

    public var files: [FileCheck]
    /// Path reports of playable scenarios, when exploration was asked for.
    public var paths: [PathReport]

    public init(files: [FileCheck], paths: [PathReport] = []) {
        self.files = files
        self.paths = paths
    }

    public var diagnostics: [Diagnostic] { files.flatMap(\.diagnostics) }
    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }

    /// `3 files, 1 error, 2 warnings`
    public var summary: String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return [count(files.count, "file"), count(errorCount, "error"), count(warningCount, "warning")].joined(separator: ", ")
    }

    /// Diagnostics in file order, then the summary line.
    public func text() -> String {
        (diagnostics.map(\.description) + [summary]).joined(separator: "\n")
    }

    /// Machine-readable output for editors and CI.
    public func json() -> String {
        struct Summary: Codable { var files: Int; var errors: Int; var warnings: Int }
        struct Route: Codable { var ending: String; var outcome: String; var replies: [[String]] }
        struct Paths: Codable {
            var scenario: String
            var unreachableBeats: [String]
            var deadEnds: [String]
            var closedLoops: [[String]]
            var unreachedEndings: [String]
            var shortestPaths: [Route]
        }
        struct Output: Codable { var files: [FileCheck]; var summary: Summary; var paths: [Paths]? }
        let output = Output(
            files: files,
            summary: Summary(files: files.count, errors: errorCount, warnings: warningCount),
            paths: paths.isEmpty ? nil : paths.map { report in
                Paths(scenario: report.scenarioID, unreachableBeats: report.unreachableBeats, deadEnds: report.deadEnds,
                      closedLoops: report.closedLoops, unreachedEndings: report.unreachedEndings,
                      shortestPaths: report.routes.map { route in
                          Route(ending: route.ending, outcome: route.outcome.rawValue,
                                replies: route.steps.map { $0.emptyReply ? [] : $0.behaviours.map(\.rawValue) })
                      })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(output)).flatMap { String(data: $0, encoding: .utf8) } ?? "{}"
    }
}
