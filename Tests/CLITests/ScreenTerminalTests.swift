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
        var text = ""
        for _ in 0..<50 where !text.contains("half getypt en de rest") {
            usleep(100_000)
            text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        }
        #expect(text.contains("half getypt en de rest"), "the text typed before Ctrl-C was lost")
        #expect(text.contains("\"interrupted\""))
        #expect(!text.contains("\"text\":\" en de rest\""))
    }

    @Test func aMultiLinePasteIsOneReplyAndAnswersNoUnseenPrompt() throws {
        let (terminal, log) = try start(candidate: "c-t2", language: "en")
        try terminal.waitFor("the countdown") { $0.contains("⏱ ") && $0.contains(" left") }
        try terminal.type("pasted one\npasted two\npasted three\n")
        var text = ""
        for _ in 0..<50 where !text.contains("pasted one") {
            usleep(100_000)
            text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        }
        usleep(500_000)
        text = try String(contentsOf: log, encoding: .utf8)
        #expect(text.contains("pasted one pasted two pasted three"), "the lines were not joined: \(text.suffix(600))")
        #expect(!text.contains("\"text\":\"pasted two\"") && !text.contains("\"text\":\"pasted three\""), "a pasted line answered another prompt")
    }
}
