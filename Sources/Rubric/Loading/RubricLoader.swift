import Foundation
import HotseatCore
import Yams

/// Loads every `*.yaml` in a scoring folder: `rubric.yaml` holds the settings, every other file
/// holds `criteria:`. All-or-nothing: any diagnostic refuses the whole folder.
enum RubricLoader {
    static func fileNames(in directory: URL) -> [String]? {
        (try? FileManager.default.contentsOfDirectory(atPath: directory.path))?.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
    }

    static func load(directory: URL) throws(DiagnosticsError) -> (rubric: CompiledRubric, files: [String]) {
        let displayRoot = directory.path
        guard let names = fileNames(in: directory) else {
            throw DiagnosticsError([Diagnostic(.error, code: "unreadable-folder", "cannot read the rubric folder",
                                               at: SourceLocation(file: displayRoot, line: 1, column: 1),
                                               fix: "pass the folder that holds rubric.yaml, e.g. hotseat rubric check scoring")])
        }
        guard names.contains("rubric.yaml") else {
            throw DiagnosticsError([Diagnostic(.error, code: "missing-settings", "the rubric folder has no rubric.yaml",
                                               at: SourceLocation(file: displayRoot, line: 1, column: 1),
                                               fix: "add rubric.yaml with dimensions, languages, context_rules, … (see scoring/rubric.yaml)")])
        }
        var problems: [Diagnostic] = []
        var settings: RubricSettings?
        var criteria: [Criterion] = []
        // The files are parsed and read on all cores (that is most of a load); their results are
        // gathered in name order below, so diagnostics come out as before.
        let displays = names.map { (displayRoot as NSString).appendingPathComponent($0) }
        let urls = names.map { directory.appendingPathComponent($0) }
        let files = Parallel.map(count: names.count) { i -> FileContents in
            let node: Node
            do throws(DiagnosticsError) {
                node = try SafeYAML.load(fileAt: urls[i], displayPath: displays[i])
            } catch {
                return FileContents(diagnostics: error.diagnostics)
            }
            var reader = YAMLReader(path: displays[i])
            var contents = FileContents()
            if names[i] == "rubric.yaml" {
                contents.settings = SettingsReader.read(node, reader: &reader)
            } else {
                contents.criteria = CriteriaFileReader.read(node, reader: &reader)
            }
            contents.diagnostics = reader.diagnostics
            return contents
        }
        for (name, file) in zip(names, files) {
            if name == "rubric.yaml" { settings = file.settings }
            criteria.append(contentsOf: file.criteria)
            problems.append(contentsOf: file.diagnostics)
        }
        // A listed file that is missing is named; left to the self-tests, its absence shows only
        // as other rules' examples failing (no idioms.yaml: "no problem" reads as a problem).
        for listed in settings?.criteriaFiles ?? [] where !names.contains(listed.name) {
            problems.append(Diagnostic(.error, code: "missing-file", "rubric.yaml lists \(listed.name) under criteria_files, but the folder has no such file",
                                       at: listed.location, fix: "restore \(listed.name), or remove it from criteria_files"))
        }
        guard problems.isEmpty, let settings else {
            throw DiagnosticsError(problems.isEmpty ? [Diagnostic(.error, code: "missing-settings", "rubric.yaml could not be read",
                                                                  at: SourceLocation(file: displayRoot, line: 1, column: 1))] : problems)
        }
        let rubric = try CompiledRubric.build(criteria: criteria, settings: settings)
        let failures = SelfTest.run(rubric)
        if !failures.isEmpty { throw DiagnosticsError(failures) }
        return (rubric, names)
    }
}

/// Runs every criterion's `match` and `no_match` examples through the full matcher (negation,
/// contrast, idioms and all), so a rule that does not do what its author says never loads.
enum SelfTest {
    /// The criteria are tested on all cores (the compiled rubric is read-only); their failures
    /// are listed in criterion order, as a loop would give them.
    static func run(_ rubric: CompiledRubric) -> [Diagnostic] {
        Parallel.map(count: rubric.criteria.count) { number in failures(of: number, rubric) }.flatMap { $0 }
    }

    static func failures(of number: Int, _ rubric: CompiledRubric) -> [Diagnostic] {
        var failures: [Diagnostic] = []
        let criterion = rubric.criteria[number]
        for language in Language.allCases {
            guard let examples = criterion.examples[language] else { continue }
            for example in examples.match where !fires(Int32(number), example.text, language, rubric) {
                failures.append(Diagnostic(.error, code: "example-failed",
                                           "'\(criterion.id)' does not match its \(language.rawValue) example \"\(example.text)\"",
                                           at: example.location, fix: "fix the signals, or move the example to no_match"))
            }
            for example in examples.noMatch where fires(Int32(number), example.text, language, rubric) {
                failures.append(Diagnostic(.error, code: "example-failed",
                                           "'\(criterion.id)' matches its \(language.rawValue) no_match example \"\(example.text)\"",
                                           at: example.location, fix: "narrow the signals, or move the example to match"))
            }
        }
        return failures
    }

    static func fires(_ criterion: Int32, _ text: String, _ language: Language, _ rubric: CompiledRubric) -> Bool {
        let analysis = analysis(of: text, in: language, rubric)
        if rubric.info[Int(criterion)].isIdiom {
            // Idioms never reach `matches`; test that they shielded something or matched at all.
            return analysis.idiomMatched(criterion)
        }
        return analysis.matches.contains { $0.criterion == criterion }
    }

    /// An example sentence matched against the rubric, as a reply is (negation, contrast, idioms and all).
    static func analysis(of text: String, in language: Language, _ rubric: CompiledRubric) -> ReplyAnalysis {
        ReplyAnalysis(text: TokenizedText(text, limit: rubric.settings.antiGaming.maxScalars), language: language, rubric: rubric)
    }
}

/// What one rubric file gave: the settings (rubric.yaml) or criteria, and its diagnostics.
private struct FileContents {
    var settings: RubricSettings?
    var criteria: [Criterion] = []
    var diagnostics: [Diagnostic] = []
}
