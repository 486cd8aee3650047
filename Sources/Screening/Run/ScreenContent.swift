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
