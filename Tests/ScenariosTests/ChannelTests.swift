import Foundation
import HotseatCore
import Testing
@testable import Scenarios

/// `persona.channel` sets the scene: the trainee is told whether they are at a desk, on the phone, in a chat or answering an email.
@Suite struct ChannelTests {
    @Test func aScenarioWithoutAChannelIsMetAtTheDesk() throws {
        let scenario = try #require(Fixtures.load(Fixtures.valid).scenario)
        #expect(scenario.persona.channel == .desk)
    }

    @Test func theChannelIsRead() throws {
        let text = Fixtures.valid(replacing: "  name: Anna\n", with: "  name: Anna\n  channel: chat\n")
        let result = Fixtures.load(text)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.scenario?.persona.channel == .chat)
    }

    @Test func anUnknownChannelNamesTheLineAndTheChoices() throws {
        let text = Fixtures.valid(replacing: "  name: Anna\n", with: "  name: Anna\n  channel: fone\n")
        let result = Fixtures.load(text)
        #expect(result.scenario == nil)
        let diagnostic = try #require(result.diagnostics.first)
        #expect(diagnostic.location?.line == 8)
        #expect(diagnostic.description.contains("persona.channel"))
        #expect(diagnostic.description.contains("phone"))
    }

    @Test func theShippedChatAndPhoneScenariosSayWhereTheyHappen() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let catalog = ScenarioCatalog.load(directories: [root.appendingPathComponent("scenarios")])
        #expect(catalog.scenario(id: "chat-insults")?.persona.channel == .chat)
        #expect(catalog.scenario(id: "late-bed")?.persona.channel == .phone)
        #expect(catalog.scenario(id: "ski-lift")?.persona.channel == .desk)
    }
}
