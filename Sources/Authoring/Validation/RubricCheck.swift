import Foundation
import HotseatCore
import Rubric
import Scenarios

/// The rubric folder as `hotseat validate` sees it: loading runs the rubric's own checks and
/// self-tests, and any problem comes back as `file:line:col` diagnostics.
public enum RubricCheck {
    public static func check(directory: URL) -> [ValidationReport.FileCheck] {
        do {
            let engine = try RubricEngine.load(directory: directory)
            return engine.files.map { .init(file: displayName($0, in: directory), kind: "rubric", id: nil, diagnostics: []) }
        } catch {
            // The files without a problem count too: "5 files, 2 errors", not "2 files, 2 errors".
            let withProblems = grouped(error.diagnostics, kind: "rubric")
            let named = Set(withProblems.map(\.file))
            let ruleFiles = (RubricEngine.fileNames(in: directory) ?? []).map { displayName($0, in: directory) }
            return withProblems + ruleFiles.filter { !named.contains($0) }.map { .init(file: $0, kind: "rubric", id: nil, diagnostics: []) }
        }
    }

    /// One file of a rubric folder. The rubric only loads as a whole, so the folder is loaded and
    /// this file's share of the diagnostics kept; a problem with the folder itself is shown as is.
    public static func check(file: URL) -> [ValidationReport.FileCheck] {
        let folder = file.deletingLastPathComponent()
        let shown = DisplayPath.of(file)
        let checks = check(directory: folder)
        let own = checks.filter { $0.file == shown }
        if !own.isEmpty { return own }
        if !FileManager.default.fileExists(atPath: folder.appendingPathComponent("rubric.yaml").path) { return checks }
        return [.init(file: shown, kind: "rubric", id: nil, diagnostics: [])]
    }

    static func displayName(_ file: String, in directory: URL) -> String {
        file.contains("/") ? file : DisplayPath.of(directory.appendingPathComponent(file))
    }
}

extension RubricCheck {
    /// One FileCheck per file named in the diagnostics, in order of first mention.
    public static func grouped(_ diagnostics: [Diagnostic], kind: String) -> [ValidationReport.FileCheck] {
        var order: [String] = []
        var byFile: [String: [Diagnostic]] = [:]
        for diagnostic in diagnostics {
            let file = diagnostic.location?.file ?? "(\(kind))"
            if byFile[file] == nil { order.append(file) }
            byFile[file, default: []].append(diagnostic)
        }
        return order.map { .init(file: $0, kind: kind, id: nil, diagnostics: byFile[$0]!) }
    }
}
