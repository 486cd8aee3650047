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
            // Shown relative, as the folder listing below is, so that each file is counted once.
            let withProblems = grouped(displayed(error.diagnostics), kind: "rubric")
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
        // `check(directory:)` shows every file as `DisplayPath` does, so names compare as strings.
        let own = checks.filter { $0.file == shown }
        if own.isEmpty, !FileManager.default.fileExists(atPath: folder.appendingPathComponent("rubric.yaml").path) { return checks }
        if own.contains(where: { !$0.diagnostics.isEmpty }) { return own }
        // This file is fine, but a rubric loads only as a whole: a broken sibling keeps it from
        // being used, so "0 errors" alone would mislead.
        let broken = checks.filter { check in check.file != shown && check.diagnostics.contains { $0.severity == .error } }
        guard !broken.isEmpty else { return [.init(file: shown, kind: "rubric", id: nil, diagnostics: [])] }
        let note = Diagnostic(.note, code: "rubric-does-not-load",
                              "this file has no problem of its own, but the rubric in \(DisplayPath.of(folder)) does not load: "
                                  + "\(broken.count) other file(s) below have errors",
                              at: SourceLocation(file: shown, line: 1, column: 1),
                              fix: "fix them, then run `hotseat rubric check \(DisplayPath.of(folder))`")
        return [.init(file: shown, kind: "rubric", id: nil, diagnostics: [note])] + broken
    }

    /// The diagnostics with absolute file names shown relative to the working directory, like every
    /// other path this tool prints.
    public static func displayed(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            if let file = diagnostic.location?.file, file.hasPrefix("/") {
                diagnostic.location?.file = DisplayPath.of(URL(fileURLWithPath: file))
            }
            return diagnostic
        }
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
