import Foundation
import HotseatCore
import Yams

/// What loading one scenario file gave: the scenario if it has no errors, and every diagnostic.
public struct ScenarioFileResult: Sendable, Equatable {
    /// The path as shown in diagnostics.
    public var file: String
    /// Nil when the file has errors: a scenario with errors is never playable.
    public var scenario: Scenario?
    public var diagnostics: [Diagnostic]

    public init(file: String, scenario: Scenario?, diagnostics: [Diagnostic]) {
        self.file = file
        self.scenario = scenario
        self.diagnostics = diagnostics
    }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// Reads one scenario file through `SafeYAML` and checks it completely.
///
/// ```swift
/// let result = ScenarioLoader.load(fileAt: URL(fileURLWithPath: "scenarios/ski-lift.yaml"))
/// for diagnostic in result.diagnostics { print(diagnostic) }   // scenarios/ski-lift.yaml:42:7: error: …
/// let ski = result.scenario                                     // nil if there was any error
/// ```
public enum ScenarioLoader {
    public static func load(fileAt url: URL, displayPath: String? = nil, limits: SafeYAML.Limits = .default) -> ScenarioFileResult {
        let path = displayPath ?? DisplayPath.of(url)
        do {
            let root = try SafeYAML.load(fileAt: url, displayPath: path, limits: limits)
            return build(root, path: path, expectedID: url.deletingPathExtension().lastPathComponent)
        } catch {
            return ScenarioFileResult(file: path, scenario: nil, diagnostics: error.diagnostics)
        }
    }

    /// Parses scenario text; `path` names it in diagnostics and its file name must match the id.
    public static func parse(_ text: String, path: String, limits: SafeYAML.Limits = .default) -> ScenarioFileResult {
        do {
            let root = try SafeYAML.parse(text, path: path, limits: limits)
            let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            return build(root, path: path, expectedID: stem)
        } catch {
            return ScenarioFileResult(file: path, scenario: nil, diagnostics: error.diagnostics)
        }
    }

    static func build(_ root: Yams.Node, path: String, expectedID: String?) -> ScenarioFileResult {
        var parser = ScenarioParser(file: path, expectedID: expectedID)
        let scenario = parser.parse(root)
        return ScenarioFileResult(file: path, scenario: scenario, diagnostics: parser.sink.diagnostics.sortedByPosition())
    }
}

extension Array where Element == Diagnostic {
    /// File order, like a compiler's output.
    func sortedByPosition() -> [Diagnostic] {
        enumerated().sorted { a, b in
            let la = a.element.location, lb = b.element.location
            if (la?.file ?? "") != (lb?.file ?? "") { return (la?.file ?? "") < (lb?.file ?? "") }
            if (la?.line ?? 0, la?.column ?? 0) != (lb?.line ?? 0, lb?.column ?? 0) {
                return (la?.line ?? 0, la?.column ?? 0) < (lb?.line ?? 0, lb?.column ?? 0)
            }
            return a.offset < b.offset
        }.map(\.element)
    }
}

/// How a file is named in diagnostics: relative to the working directory when inside it.
public enum DisplayPath {
    public static func of(_ url: URL, relativeTo base: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) -> String {
        let path = url.standardizedFileURL.path
        let prefix = base.standardizedFileURL.path.hasSuffix("/") ? base.standardizedFileURL.path : base.standardizedFileURL.path + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    }
}
