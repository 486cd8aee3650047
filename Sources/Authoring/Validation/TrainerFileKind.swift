import Foundation
import HotseatCore
import Yams

/// What a trainer-written YAML file is, so `hotseat validate FILE` checks it with the right
/// loader. Reading a transcript or a screen pack as a scenario gives a page of bogus errors
/// that hide the real ones.
public enum TrainerFileKind: String, Sendable, Equatable {
    case scenario, transcripts, screenPack, sjtItem, rubric

    /// Decided by content first (files get copied and renamed), then by the parent folder
    /// (`tests`, `screens`, `items`, a folder with `rubric.yaml`); a scenario otherwise.
    public static func of(fileAt url: URL) -> TrainerFileKind {
        if let root = try? SafeYAML.load(fileAt: url, displayPath: url.path), let kind = of(content: root) { return kind }
        return of(folder: url.deletingLastPathComponent())
    }

    /// By top-level keys; nil when they say nothing (a scenario, or a file too broken to tell).
    public static func of(content root: Node) -> TrainerFileKind? {
        guard case .mapping(let map) = root else { return nil }
        let keys = Set(map.keys.compactMap(\.string))
        if keys.contains("scenario") && keys.contains("transcripts") { return .transcripts }
        if keys.contains("sequence") { return .screenPack }
        if map[Node("kind")]?.string == "sjt" { return .sjtItem }
        if keys.contains("criteria") || !keys.isDisjoint(with: rubricSettingsKeys) { return .rubric }
        return nil
    }

    static func of(folder: URL) -> TrainerFileKind {
        switch folder.standardizedFileURL.lastPathComponent {
        case "tests": .transcripts
        case "screens": .screenPack
        case "items": .sjtItem
        default:
            FileManager.default.fileExists(atPath: folder.appendingPathComponent("rubric.yaml").path) ? .rubric : .scenario
        }
    }

    /// Keys only `rubric.yaml` has (a scenario has none of them).
    static let rubricSettingsKeys: Set<String> = ["dimensions", "context_rules", "expected_behaviours", "built_in", "anti_gaming"]

    /// Whether a folder holds screen packs whatever it is called: its name, a pack among its
    /// files, or an `items/` folder of SJT items.
    public static func isScreenFolder(_ folder: URL) -> Bool {
        if folder.standardizedFileURL.lastPathComponent == "screens" { return true }
        if yamlFiles(in: folder).contains(where: { of(fileAt: $0) == .screenPack }) { return true }
        let items = folder.appendingPathComponent("items")
        return yamlFiles(in: items).contains { of(fileAt: $0) == .sjtItem }
    }

    static func yamlFiles(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasPrefix(".") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }
}
