import Foundation
import Testing

/// The screen on a real pseudo-terminal (tmux): Ctrl-C keeps the half-typed reply and its notice
/// stays on the countdown line; a multi-line paste is one reply; the countdown is localised.
@Suite(.serialized, .enabled(if: TmuxTerminal.available, "needs tmux (apt-get install tmux)"))
struct ScreenTerminalTests {
    func start(candidate: String, language: String) throws -> (TmuxTerminal, URL) {
        let (dir, key) = try ScreenCommandsTests.sandbox()
        var env = HotseatProcess.environment(home: HotseatProcess.temporaryHome())
        env["TERM"] = "xterm"
        env["HOTSEAT_SCREEN_DIR"] = dir.path
        env["HOTSEAT_ORG_KEY_FILE"] = key.path
        env["HOTSEAT_STORE"] = dir.appendingPathComponent("store.sqlite").path
        let terminal = try TmuxTerminal(arguments: ["screen", "--candidate", candidate, "--lang", language], environment: env)
        try terminal.waitFor("the notice") { $0.contains("Enter") }
        try terminal.keys("Enter")
        return (terminal, dir.appendingPathComponent("call-centre-basic/\(candidate).audit.jsonl"))
    }

    @Test func ctrlCKeepsTheHalfTypedReplyAndItsNoticeStaysVisible() throws {
        let (terminal, log) = try start(candidate: "c-t1", language: "nl")
        try terminal.waitFor("the Dutch countdown") { $0.contains("⏱ nog ") }
        try terminal.type("half getypt")
        try terminal.waitFor("the typed text") { $0.contains("half getypt") }
        try terminal.keys("C-c")
        try terminal.waitFor("the Ctrl-C notice") { $0.contains("Ctrl-C genoteerd") }
        usleep(2_500_000)   // the countdown redraws every second; the notice must survive it
        #expect(try terminal.screen().contains("Ctrl-C genoteerd"), "the notice was overwritten")
        try terminal.type(" en de rest")
        try terminal.keys("Enter")
        let text = waitForLog(log, containing: "half getypt en de rest")
        #expect(text.contains("half getypt en de rest"), "the text typed before Ctrl-C was lost")
        #expect(text.contains("\"interrupted\""))
        #expect(!text.contains("\"text\":\" en de rest\""))
        // The press is logged when it happened, not when the reply it interrupted was sent (2.5 s later).
        let events = text.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            .compactMap { $0["event"] as? [String: Any] }
        // The first prompt may be a customer or a judgement item (the order is shuffled): the answer is
        // whichever event carries the text.
        let pressed = events.first { $0["kind"] as? String == "interrupted" }?["at"] as? Double
        let sent = events.last { event in
            guard let data = try? JSONSerialization.data(withJSONObject: event) else { return false }
            return String(decoding: data, as: UTF8.self).contains("half getypt en de rest")
        }?["at"] as? Double
        if let pressed, let sent { #expect(sent - pressed > 2, "interrupted at \(pressed), reply at \(sent)") } else { Issue.record("no interrupted or reply event") }
    }

    @Test func aMultiLinePasteIsOneReplyAndAnswersNoUnseenPrompt() throws {
        let (terminal, log) = try start(candidate: "c-t2", language: "en")
        try terminal.waitFor("the countdown") { $0.contains("⏱ ") && $0.contains(" left") }
        try terminal.type("pasted one\npasted two\npasted three\n")
        _ = waitForLog(log, containing: "pasted one")
        usleep(500_000)
        let text = try String(contentsOf: log, encoding: .utf8)
        #expect(text.contains("pasted one pasted two pasted three"), "the lines were not joined: \(text.suffix(600))")
        #expect(!text.contains("\"text\":\"pasted two\"") && !text.contains("\"text\":\"pasted three\""), "a pasted line answered another prompt")
    }

    /// The audit log's text once it contains `needle` (or after five seconds).
    func waitForLog(_ log: URL, containing needle: String) -> String {
        var text = ""
        for _ in 0..<50 where !text.contains(needle) {
            usleep(100_000)
            text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        }
        return text
    }

    /// The reply texts logged so far, waiting until `count` are there.
    func replies(in log: URL, count: Int) -> [String] {
        var texts: [String] = []
        for _ in 0..<60 where texts.count < count {
            usleep(100_000)
            let lines = ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n")
            texts = lines.compactMap { line -> String? in
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let event = object["event"] as? [String: Any], let kind = event["kind"] as? String else { return nil }
                if kind == "sjt_answer" { return "sjt" }
                return kind == "reply" ? ((event["reply"] as? [String: Any])?["text"] as? String) : nil
            }
        }
        return texts
    }

    /// Ctrl-Z would hand the candidate a shell with the turn's clock running; Ctrl-D on a half-typed
    /// line would send the fragment. Both are ignored: the text typed before and after is one answer.
    @Test func ctrlZAndCtrlDMidLineDoNotLeaveOrSendTheTurn() throws {
        let (terminal, log) = try start(candidate: "c-t3", language: "en")
        try terminal.waitFor("the countdown") { $0.contains("⏱ ") && $0.contains(" left") }
        try terminal.type("best: A")
        try terminal.keys("C-z")
        usleep(300_000)
        try terminal.keys("C-d")
        usleep(300_000)
        try terminal.type(", worst: D")
        try terminal.keys("Enter")
        // The first prompt is a judgement item or a customer (the order is shuffled): either way the
        // whole line is the answer.
        let texts = replies(in: log, count: 1)
        let text = try String(contentsOf: log, encoding: .utf8)
        if texts == ["sjt"] {
            #expect(text.contains("\"best\":\"A\"") && text.contains("\"worst\":\"D\""), "\(text.suffix(600))")
        } else {
            #expect(texts == ["best: A, worst: D"], "\(texts)")
        }
        #expect(!(try terminal.screen()).contains("Stopped"))
    }

    /// A pasted block that does not end in a line break: the terminal's paste marks keep it one
    /// reply, sent with the Enter that follows, instead of its first line alone.
    @Test func aBracketedPasteWithoutAFinalLineBreakIsOneReply() throws {
        let (terminal, log) = try start(candidate: "c-t4", language: "en")
        try terminal.waitFor("the countdown") { $0.contains("⏱ ") && $0.contains(" left") }
        try terminal.paste("first pasted line\nsecond pasted line")
        usleep(500_000)
        try terminal.keys("Enter")
        let text = waitForLog(log, containing: "pasted line")
        #expect(text.contains("first pasted line second pasted line"), "\(text.suffix(600))")
        #expect(!text.contains("\"text\":\"first pasted line\""))
    }
}
