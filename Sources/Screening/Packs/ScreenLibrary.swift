import Foundation
import HotseatCore
import Scenarios

/// Every screen pack and SJT item in a `scenarios/screens` folder.
///
/// ```swift
/// let library = ScreenLibrary.load(directory: URL(fileURLWithPath: "scenarios/screens"))
/// let problems = library.check(packID: "call-centre-basic", scenarios: catalog)
/// problems.isEmpty   // true for the shipped pack
/// ```
public struct ScreenLibrary: Sendable {
    public var packs: [ScreenPack]
    public var items: [SJTItem]
    /// Everything wrong with the files that were read; packs and items with errors are left out.
    public var diagnostics: [Diagnostic]
    /// The steps of packs left out for their own errors, so their references can still be checked.
    public var refusedPackSteps: [ScreenPackSteps] = []
    /// Item files refused for their own errors, by file name without `.yaml` (an item's id is its file name).
    public var refusedItemFiles: [String: String] = [:]

    public init(packs: [ScreenPack], items: [SJTItem], diagnostics: [Diagnostic] = []) {
        self.packs = packs
        self.items = items
        self.diagnostics = diagnostics
    }

    public func pack(id: String) -> ScreenPack? { packs.first { $0.id == id } }
    public func item(id: String) -> SJTItem? { items.first { $0.id == id } }

    /// Reads `<directory>/*.yaml` as packs and `<directory>/items/*.yaml` as SJT items, through SafeYAML.
    public static func load(directory: URL, limits: SafeYAML.Limits = .default) -> ScreenLibrary {
        load(packFiles: yamlFiles(in: directory), itemFiles: yamlFiles(in: directory.appendingPathComponent("items")), limits: limits)
    }

    /// Reads the given files, for checking one pack or item wherever it lives.
    public static func load(packFiles: [URL], itemFiles: [URL], limits: SafeYAML.Limits = .default) -> ScreenLibrary {
        var library = ScreenLibrary(packs: [], items: [])
        for url in packFiles {
            let display = DisplayPath.of(url)
            do {
                let root = try SafeYAML.load(fileAt: url, displayPath: display, limits: limits)
                let (pack, steps, problems) = ScreenPackParser.parseWithSteps(root, path: display)
                library.diagnostics += problems
                if let pack { library.packs.append(pack) } else if let steps { library.refusedPackSteps.append(steps) }
            } catch {
                library.diagnostics += error.diagnostics
            }
        }
        for url in itemFiles {
            let display = DisplayPath.of(url)
            do {
                let root = try SafeYAML.load(fileAt: url, displayPath: display, limits: limits)
                let (item, problems) = SJTItemParser.parse(root, path: display)
                library.diagnostics += problems
                if let item { library.items.append(item) } else { library.refusedItemFiles[url.deletingPathExtension().lastPathComponent] = display }
            } catch {
                library.diagnostics += error.diagnostics
                library.refusedItemFiles[url.deletingPathExtension().lastPathComponent] = display
            }
        }
        return library
    }

    /// Cross-file checks for one pack: every step exists and speaks every language the pack offers.
    public func check(pack: ScreenPack, scenarios: [Scenario]) -> [Diagnostic] {
        check(steps: pack.steps, scenarios: scenarios)
    }

    /// The same checks for the steps of any pack, also one refused for its own errors.
    public func check(steps pack: ScreenPackSteps, scenarios: [Scenario]) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (index, step) in pack.sequence.enumerated() {
            // The step's own line, so the trainer lands on the typo, not on the top of the file.
            let at = index < pack.stepLocations.count ? pack.stepLocations[index] : SourceLocation(file: pack.file, line: 1, column: 1)
            switch step {
            case .scenario(let id, let cap):
                guard let scenario = scenarios.first(where: { $0.id == id }) else {
                    problems.append(Diagnostic(.error, code: "unknown-scenario", "pack '\(pack.packID)' uses scenario '\(id)', which does not exist or does not load", at: at,
                                               fix: Suggestions.nearest(to: id, in: scenarios.map(\.id)).map { "did you mean '\($0)'?" }
                                                   ?? "check the id against scenarios/*.yaml (hotseat validate)"))
                    continue
                }
                for language in pack.languages where !scenario.supports(language) {
                    problems.append(Diagnostic(.error, code: "missing-language", "scenario '\(id)' has no \(language.rawValue) text", at: at))
                }
                if let cap, cap > scenario.turnLimit {
                    problems.append(Diagnostic(.warning, code: "turn-cap", "turns: \(cap) for '\(id)' is above its turn_limit \(scenario.turnLimit); the scenario's limit applies", at: at))
                }
            case .item(let id):
                guard let item = item(id: id) else {
                    if let refused = refusedItemFiles[id] {
                        problems.append(Diagnostic(.error, code: "unknown-item", "pack '\(pack.packID)' uses SJT item '\(id)', which does not load", at: at,
                                                   fix: "fix the errors reported for \(refused)"))
                        continue
                    }
                    problems.append(Diagnostic(.error, code: "unknown-item", "pack '\(pack.packID)' uses SJT item '\(id)', which does not exist or does not load", at: at,
                                               fix: Suggestions.nearest(to: id, in: items.map(\.id)).map { "did you mean '\($0)'?" }
                                                   ?? "add scenarios/screens/items/\(id).yaml"))
                    continue
                }
                for language in pack.languages where !item.languages.contains(language) {
                    problems.append(Diagnostic(.error, code: "missing-language", "SJT item '\(id)' has no \(language.rawValue) text", at: at))
                }
            }
        }
        return problems
    }

    public static func yamlFiles(in directory: URL) -> [URL] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        return names.filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasPrefix(".") }.sorted()
            .map { directory.appendingPathComponent($0) }
    }
}
