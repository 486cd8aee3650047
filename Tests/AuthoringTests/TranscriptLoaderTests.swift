import HotseatCore
import Scenarios
import Testing
@testable import Authoring

@Suite struct TranscriptLoaderTests {
    static let valid = """
    scenario: cold-coffee
    transcripts:
      - name: strong recovery
        lang: en
        seed: 3
        replies:
          - "I'm sorry, let me get you a fresh one right now."
          - {text: "Here it is, on the house.", latency: 12}
        expect:
          ending: resolved
          scores:
            empathy: [40, 100]
            calm: [80, 100]

    """

    @Test func loadsTheDesignFormat() throws {
        let result = TranscriptLoader.parse(Self.valid, path: "scenarios/tests/cold-coffee.yaml")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let file = try #require(result.transcripts)
        #expect(file.scenarioID == "cold-coffee")
        let transcript = try #require(file.transcripts.first)
        #expect(transcript.name == "strong recovery")
        #expect(transcript.language == .en)
        #expect(transcript.seed == 3)
        #expect(transcript.replies == [.init(text: "I'm sorry, let me get you a fresh one right now."), .init(text: "Here it is, on the house.", latency: 12)])
        #expect(transcript.expect.outcome == .resolved)
        #expect(transcript.expect.scores == [.empathy: 40...100, .calm: 80...100])
        #expect(transcript.location.line == 3)
    }

    @Test func reportsMistakesWithPositions() {
        var text = Self.valid.replacingOccurrences(of: "ending: resolved", with: "ending: resolve")
        text = text.replacingOccurrences(of: "calm: [80, 100]", with: "calm: [90, 80]")
        text = text.replacingOccurrences(of: "lang: en", with: "lang: en\n    sede: 4")
        let result = TranscriptLoader.parse(text, path: "t.yaml")
        #expect(result.transcripts == nil)
        let rendered = result.diagnostics.map(\.description)
        #expect(rendered.contains("t.yaml:5:5: error: unknown key `sede` in transcript 1 (did you mean `seed`?)"))
        #expect(rendered.contains("t.yaml:11:15: error: `ending` of transcript 'strong recovery' cannot be 'resolve' (did you mean 'resolved'?)"))
        #expect(rendered.contains("t.yaml:14:15: error: the calm range of transcript 'strong recovery' is [90, 80]: the low end is above the high end"))
    }

    @Test func aTranscriptThatExpectsNothingIsAWarning() {
        let text = Self.valid.replacingOccurrences(of: "      ending: resolved\n      scores:\n        empathy: [40, 100]\n        calm: [80, 100]\n", with: "      {}\n")
        let result = TranscriptLoader.parse(text.replacingOccurrences(of: "    expect:\n      {}", with: "    expect: {}"), path: "t.yaml")
        #expect(result.diagnostics.map(\.code) == ["nothing-expected"])
    }
}
