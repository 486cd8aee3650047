import Foundation
import HotseatCore
import Store
import Testing
@testable import Screening

@Suite("Screen turns in the shared store")
struct StoreMirrorTests {
    @Test func everyReplyBecomesATurnOfAScreenSessionPerScenario() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("screen-store-\(UUID().uuidString).sqlite")
        let mirror = ScreenStoreMirror(store: try Store.open(at: url))
        var (run, _) = ScreenRun.begin(content: try shippedContent(), candidateID: "c-store", language: .en, seed: 4, at: 0)
        _ = run.acknowledgeNotice(at: 0)
        var time = 0.0, warnings: [String] = []
        while run.prompt != .finished {
            _ = run.present(at: time)
            time += 30
            let input = { if case .judgement = run.prompt { "B D" } else { "I'm sorry, I'll refund it today." } }()
            let (_, events) = run.submit(input, at: time, engine: PhraseScorer())
            warnings += mirror.mirror(events, of: run)
        }
        #expect(warnings.isEmpty)
        let sessions = try mirror.store.sessions(trainee: "c-store")
        #expect(sessions.count == 3)
        var turns = 0
        for summary in sessions {
            let transcript = try mirror.store.transcript(summary.session.id)
            #expect(transcript.session.mode == "screen")
            #expect(transcript.session.status == .finished)
            turns += transcript.turns.count
        }
        #expect(turns == run.replies.count)
    }
}
