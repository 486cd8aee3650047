import Foundation
import HotseatCore
import Scenarios

/// A pack with the scenarios and items it refers to, checked to be complete.
///
/// ```swift
/// let content = try ScreenContent(pack: pack, scenarios: catalog.scenarios, items: library.items)
/// ```
public struct ScreenContent: Sendable {
    public var pack: ScreenPack
    public var scenarios: [String: Scenario]
    public var items: [String: SJTItem]

    /// As below, and a scenario that does not load is named with its first problem (`file:line:col: …`),
    /// so the person running the screen can fix it instead of guessing why it is "not available".
    public init(pack: ScreenPack, catalog: ScenarioCatalog, items: [SJTItem]) throws(ScreenError) {
        do {
            try self.init(pack: pack, scenarios: catalog.scenarios, items: items)
        } catch where error.code == "unknown-scenario" {
            let id = error.context["scenario"] ?? ""
            let broken = catalog.brokenFile(named: id)
            guard let broken, let first = broken.diagnostics.first(where: { $0.severity == .error }) ?? broken.diagnostics.first else { throw error }
            var detailed = error
            detailed.message = "screen pack '\(pack.id)' needs scenario '\(id)', which does not load: \(first)"
                + (broken.diagnostics.count > 1 ? " (and \(broken.diagnostics.count - 1) more; run hotseat validate)" : "")
            throw detailed
        }
    }

    public init(pack: ScreenPack, scenarios: [Scenario], items: [SJTItem]) throws(ScreenError) {
        self.pack = pack
        var byID: [String: Scenario] = [:]
        var itemsByID: [String: SJTItem] = [:]
        for step in pack.sequence {
            switch step {
            case .scenario(let id, _):
                guard let scenario = scenarios.first(where: { $0.id == id }) else {
                    throw ScreenError(code: "unknown-scenario", "screen pack '\(pack.id)' needs scenario '\(id)', which is not available",
                                      context: ["pack": pack.id, "scenario": id])
                }
                byID[id] = scenario
            case .item(let id):
                guard let item = items.first(where: { $0.id == id }) else {
                    throw ScreenError(code: "unknown-item", "screen pack '\(pack.id)' needs SJT item '\(id)', which is not available",
                                      context: ["pack": pack.id, "item": id])
                }
                itemsByID[id] = item
            }
        }
        self.scenarios = byID
        self.items = itemsByID
    }
}

/// An error the screen reports to a person: a stable code, a message, and the facts it is about.
public struct ScreenError: Error, Sendable, Equatable, CustomStringConvertible {
    public var code: String
    public var message: String
    public var context: [String: String]

    public init(code: String, _ message: String, context: [String: String] = [:]) {
        self.code = code
        self.message = message
        self.context = context
    }

    public var description: String { message }
}
