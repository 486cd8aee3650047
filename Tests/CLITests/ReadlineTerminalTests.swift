import Foundation
import Testing

/// Drives the real readline in a pseudo-terminal through tmux (its own server socket, so the
/// developer's tmux sessions are never touched). Skipped when tmux is not installed.
final class TmuxTerminal {
    let socket = "hotseat-test-\(UUID().uuidString.prefix(8))"
    let session = "t"
    let exitMarker: URL

    init(arguments: [String], environment: [String: String]) throws {
        exitMarker = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket).status")
        let env = environment.map { "\($0.key)='\($0.value)'" }.joined(separator: " ")
        let command = "env -i \(env) '\(HotseatProcess.binary.path)' \(arguments.joined(separator: " ")); echo $? > '\(exitMarker.path)'; sleep 60"
        try tmux(["new-session", "-d", "-s", session, "-x", "150", "-y", "50", command])
    }

    deinit { _ = try? tmux(["kill-server"]) }

    static var available: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs tmux through /bin/sh with posix_spawn and waitpid: Foundation's Process never reaps
    /// the short-lived tmux client here (it stays a zombie), so waiting on it would hang.
    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("\(socket)-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: output) }
        let quoted = (["tmux", "-L", socket] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let command = quoted.joined(separator: " ") + " > '\(output.path)' 2>/dev/null < /dev/null"
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/sh"), strdup("-c"), strdup(command), nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) == 0 else { return "" }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    }

    func keys(_ keys: String...) throws { try tmux(["send-keys", "-t", session] + keys) }
    func type(_ text: String) throws { try tmux(["send-keys", "-t", session, "-l", text]) }
    func screen() throws -> String { try tmux(["capture-pane", "-p", "-t", session]) }
    /// Pastes as a terminal emulator does: in one write, with bracketed-paste marks when the program asked for them.
    func paste(_ text: String) throws {
        try tmux(["set-buffer", "-b", "hotseat-paste", text])
        try tmux(["paste-buffer", "-p", "-d", "-b", "hotseat-paste", "-t", session])
    }

    /// Polls the screen until `condition` holds; the bound only keeps a broken build from hanging the suite.
    @discardableResult
    func waitFor(_ description: String, _ condition: (String) -> Bool) throws -> Bool {
        for _ in 0..<150 {
            if condition(try screen()) { return true }
            usleep(100_000)
        }
        Issue.record("never saw \(description); screen:\n\(try screen())")
        return false
    }

    func exitStatus() throws -> Int32? {
        for _ in 0..<150 {
            if let text = try? String(contentsOf: exitMarker, encoding: .utf8),
               let status = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status
            }
            usleep(100_000)
        }
        return nil
    }
}

@Suite(.serialized, .enabled(if: TmuxTerminal.available, "needs tmux (apt-get install tmux)"))
struct ReadlineTerminalTests {
    func start() throws -> (TmuxTerminal, URL) {
        let home = HotseatProcess.temporaryHome()
        var env = HotseatProcess.environment(home: home)
        env["TERM"] = "xterm"
        let terminal = try TmuxTerminal(arguments: ["play", "ski-lift", "--seed", "1"], environment: env)
        try terminal.waitFor("the customer's opening line") { $0.contains("Mark:") && $0.contains("you>") }
        return (terminal, home)
    }

    @Test func tabCompletesMetaCommands() throws {
        let (terminal, _) = try start()
        try terminal.type(":hi")
        try terminal.keys("Tab")
        try terminal.waitFor(":hint completed") { $0.contains("you> :hint") }
        try terminal.keys("Enter")
        try terminal.waitFor("the hint") { $0.contains("This hint costs") }
    }

    @Test func ctrlCClearsTheLineAndTheSessionGoesOn() throws {
        let (terminal, _) = try start()
        try terminal.type("this should vanish")
        try terminal.waitFor("typed text") { $0.contains("this should vanish") }
        try terminal.keys("C-c")
        try terminal.waitFor("the cleared-line notice") { $0.contains("line cleared") }
        try terminal.type(":repeat")
        try terminal.keys("Enter")
        try terminal.waitFor("the session still running") { $0.components(separatedBy: "Mark:").count >= 3 }
        // Nothing that was cleared was submitted as a reply.
        #expect(!(try terminal.screen()).contains("mood 70"))
    }

    @Test func upArrowRecallsTheLastReplyAndHistoryIsPrivate() throws {
        let (terminal, home) = try start()
        try terminal.type("I'm so sorry about the hour in the cold.")
        try terminal.keys("Enter")
        try terminal.waitFor("the scored turn") { $0.contains("mood 70") }
        try terminal.keys("Up")
        try terminal.waitFor("the recalled reply") { screen in
            screen.split(separator: "\n").last { $0.hasPrefix("you>") }?.contains("hour in the cold") == true
        }
        let history = home.appendingPathComponent(".local/state/hotseat/history")
        let attributes = try FileManager.default.attributesOfItem(atPath: history.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try String(contentsOf: history, encoding: .utf8).contains("hour in the cold"))
    }

    @Test func ctrlDExitsWithStatusZero() throws {
        let (terminal, _) = try start()
        try terminal.keys("C-d")
        #expect(try terminal.exitStatus() == 0)
    }

    /// Ctrl-C pressed while the app is busy between prompts is not lost: the terminal echoed it,
    /// so the next prompt asks about stopping. (A store another program holds keeps each turn
    /// busy for most of a second, trying it again: a window the keys can land in every time.)
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
    func ctrlCWhileBusyIsKeptForTheNextPrompt() throws {
        let (home, store, holder) = try LockedStoreAtStartTests.lockedStore()
        defer { holder.release() }
        var env = HotseatProcess.environment(home: home)
        env["TERM"] = "xterm"
        let terminal = try TmuxTerminal(arguments: ["play", "ski-lift", "--seed", "1", "--store", store], environment: env)
        try terminal.waitFor("the customer's opening line") { $0.contains("Mark:") && $0.contains("you>") }
        let reply = "I'm so sorry, an hour in the cold must have been miserable."
        try terminal.type(reply)
        try terminal.waitFor("the typed reply") { $0.contains(reply) }
        try terminal.keys("Enter")
        usleep(150_000)
        try terminal.keys("C-c")
        try terminal.waitFor("the confirmation") { $0.contains("Stop it? [y/N]") }
        try terminal.type("n")
        try terminal.keys("Enter")
        try terminal.waitFor("the reply prompt again") { screen in
            screen.contains("[empathy") && screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?.hasPrefix("you>") == true
        }
    }

    @Test func ctrlCOnAnEmptyLineAsksBeforeStopping() throws {
        let (terminal, _) = try start()
        try terminal.keys("C-c")
        try terminal.waitFor("the confirmation") { $0.contains("Stop it? [y/N]") }
        try terminal.type("y")
        try terminal.keys("Enter")
        #expect(try terminal.exitStatus() == 0)
    }

    /// The quit question is not a reply: Up there offers nothing, and afterwards the replies are
    /// all still there (and the answer "n" is not among them).
    @Test func theQuitQuestionDoesNotOfferTheReplies() throws {
        let (terminal, _) = try start()
        let reply = "I'm so sorry, an hour in the cold must have been miserable."
        try terminal.type(reply)
        try terminal.keys("Enter")
        try terminal.waitFor("the scored reply") { $0.contains("[empathy") }
        try terminal.keys("C-c")
        try terminal.waitFor("the confirmation") { $0.contains("Stop it? [y/N]") }
        try terminal.keys("Up")
        usleep(300_000)
        let question = try #require(try terminal.screen().split(separator: "\n").last { $0.contains("Stop it? [y/N]") })
        #expect(!question.contains("so sorry"), "the question offered a reply: \(question)")
        try terminal.type("n")
        try terminal.keys("Enter")
        try terminal.keys("Up")
        // The last line on the screen is the prompt being edited: Up put the reply back into it.
        try terminal.waitFor("the reply recalled at the reply prompt") { screen in
            screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } == "you> \(reply)"
        }
        try terminal.keys("C-u")
        try terminal.keys("C-d")
        #expect(try terminal.exitStatus() == 0)
    }

    /// The scenario chooser keeps its own history: Up there offers earlier choices, never a
    /// reply, and Up at the reply prompt never offers a scenario id or the trainee's name.
    @Test func theChooserAndTheRepliesKeepTheirOwnHistory() throws {
        let home = HotseatProcess.temporaryHome()
        var env = HotseatProcess.environment(home: home)
        env["TERM"] = "xterm"
        let terminal = try TmuxTerminal(arguments: [], environment: env)
        func lastLine(_ screen: String) -> String {
            screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.map(String.init) ?? ""
        }
        try terminal.waitFor("the name question") { $0.contains("What is your name?") }
        try terminal.type("Kim")
        try terminal.keys("Enter")
        try terminal.waitFor("the chooser") { lastLine($0).hasPrefix("Choose a scenario") }
        try terminal.type("ski-lift")
        try terminal.keys("Enter")
        try terminal.waitFor("the customer's opening line") { $0.contains("Mark:") && lastLine($0) == "you>" }
        try terminal.keys("Up")
        usleep(300_000)
        #expect(lastLine(try terminal.screen()) == "you>", "Up at the first reply offered what was typed before")
        let reply = "I'm so sorry, an hour in the cold must have been miserable."
        try terminal.type(reply)
        try terminal.keys("Enter")
        try terminal.waitFor("the scored reply") { $0.contains("[empathy") && lastLine($0) == "you>" }
        try terminal.type(":quit")
        try terminal.keys("Enter")
        try terminal.waitFor("the confirmation") { $0.contains("Stop it? [y/N]") }
        try terminal.type("y")
        try terminal.keys("Enter")
        try terminal.waitFor("the chooser again") { lastLine($0).hasPrefix("Choose a scenario") }
        try terminal.keys("Up")
        try terminal.waitFor("the earlier choice recalled") { lastLine($0).hasSuffix(": ski-lift") }
        try terminal.keys("Up")
        usleep(300_000)
        #expect(lastLine(try terminal.screen()).hasSuffix(": ski-lift"), "Up went past the choices into the replies")
        try terminal.keys("C-u")
        try terminal.keys("C-d")
        #expect(try terminal.exitStatus() == 0)
        let history = try String(contentsOf: home.appendingPathComponent(".local/state/hotseat/history"), encoding: .utf8)
        #expect(history.contains("hour in the cold") && !history.contains("ski-lift") && !history.contains("Kim"))
    }

    /// Ctrl-D on a continuation line stops at once, as on the first line: the half-written reply
    /// is not sent to the customer.
    @Test func ctrlDOnAContinuationLineSendsNothing() throws {
        let (terminal, _) = try start()
        try terminal.type("I understand you are upset. \\")
        try terminal.keys("Enter")
        try terminal.waitFor("the continuation prompt") { $0.split(separator: "\n").contains { $0.hasPrefix("...") } }
        try terminal.keys("C-d")
        #expect(try terminal.exitStatus() == 0)
        let screen = try terminal.screen()
        #expect(!screen.contains("[empathy"), "no reply was scored:\n\(screen)")
    }
}
