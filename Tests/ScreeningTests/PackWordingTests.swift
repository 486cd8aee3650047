import Foundation
import Testing
@testable import Screening

/// Reviewed wording of the shipped items: natural Dutch and Norwegian, one form of address per line.
@Suite("Pack wording")
struct PackWordingTests {
    @Test func packWordingIsNatural() throws {
        let items = repositoryRoot.appendingPathComponent("scenarios/screens/items")
        let driver = try String(contentsOf: items.appendingPathComponent("sjt-driver-blame.yaml"), encoding: .utf8)
        #expect(driver.contains("hørte at det ringte på") && !driver.contains("hørte det ringte"))
        let optionA = try #require(driver.components(separatedBy: "\n").first { $0.contains("nl: \"Dat is echt") })
        #expect(!optionA.contains(" je ") && optionA.contains(" u "), "option A addresses the customer as u throughout")
        #expect(!driver.contains("ochtendblok"))
        #expect(try String(contentsOf: items.appendingPathComponent("sjt-storm-delay.yaml"), encoding: .utf8).contains("står ved skranken"))
        let charge = try String(contentsOf: items.appendingPathComponent("sjt-double-charge.yaml"), encoding: .utf8)
        #expect(!charge.contains("gestorneerd") && charge.contains("niet worden afgeschreven"))
        #expect(try #require(shippedLibrary().pack(id: "call-centre-basic")).version == 2)
    }
}
