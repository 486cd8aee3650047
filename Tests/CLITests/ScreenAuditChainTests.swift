import Foundation
import Testing

/// The audit log's chain is keyed: a paused run whose reply was rewritten, with every `prev`
/// recomputed the way an unkeyed chain would allow, must not resume and must not verify.
@Suite struct ScreenAuditChainTests {
    /// Rewrites `old` to `new` in the log and recomputes every `prev` as plain SHA-256 of the line
    /// before it: what anyone who can edit the file could do without the organisation key.
    static func tamperAndRechain(_ log: URL, replacing old: String, with new: String) throws {
        let script = """
        import hashlib, re, sys
        path, old, new = sys.argv[1], sys.argv[2], sys.argv[3]
        lines = open(path, encoding="utf-8").read().rstrip("\\n").split("\\n")
        lines = [l.replace(old, new) for l in lines]
        for i in range(1, len(lines)):
            prev = hashlib.sha256(lines[i - 1].encode()).hexdigest()
            lines[i] = re.sub(r'"prev":"[0-9a-f]{64}"', '"prev":"%s"' % prev, lines[i])
        open(path, "w", encoding="utf-8").write("\\n".join(lines) + "\\n")
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, log.path, old, new]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
    }

    @Test func aRewrittenPausedRunIsNotResumed() throws {
        let (dir, key) = try ScreenCommandsTests.sandbox()
        let env = ["HOTSEAT_SCREEN_DIR": dir.path, "HOTSEAT_ORG_KEY_FILE": key.path, "HOTSEAT_STORE": dir.appendingPathComponent("store.sqlite").path]
        // The notice, one (weak) reply, then the terminal closes.
        let first = try ScreenCommandsTests.hotseat(["screen", "--candidate", "c-7", "--lang", "en", "--pack", "call-centre-basic"],
                                                    input: "\nno\nbest: A, worst: B\n", environment: env)
        #expect(first.status == 3)
        let log = dir.appendingPathComponent("call-centre-basic/c-7.audit.jsonl")
        try Self.tamperAndRechain(log, replacing: "\"text\":\"no\"", with: "\"text\":\"yes\"")
        let resumed = try ScreenCommandsTests.hotseat(["screen", "--candidate", "c-7", "--resume"], input: "", environment: env)
        #expect(resumed.status == 1)
        #expect(resumed.stderr.contains("does not verify with the organisation key"), "\(resumed.stderr)")
        #expect(resumed.stderr.contains("cannot be continued"))
        #expect(!resumed.stdout.contains("[1/"), "no prompt is shown for a rewritten run")
    }

    @Test func aRewrittenFinishedRunDoesNotVerify() throws {
        let (dir, key) = try ScreenCommandsTests.sandbox()
        let env = ["HOTSEAT_SCREEN_DIR": dir.path, "HOTSEAT_ORG_KEY_FILE": key.path, "HOTSEAT_STORE": dir.appendingPathComponent("store.sqlite").path]
        try ScreenCommandsTests.takeScreen("c-8", style: "weak", environment: env)
        let result = dir.appendingPathComponent("call-centre-basic/c-8.result.json")
        let log = dir.appendingPathComponent("call-centre-basic/c-8.audit.jsonl")
        let verified = try ScreenCommandsTests.hotseat(["verify", result.path], environment: env)
        #expect(verified.status == 0, "\(verified.stderr)")
        try Self.tamperAndRechain(log, replacing: "\"text\":\"ok\"", with: "\"text\":\"I'm so sorry\"")
        let failed = try ScreenCommandsTests.hotseat(["verify", result.path], environment: env)
        #expect(failed.status == 1)
        #expect(failed.stderr.contains("does not verify with the organisation key"), "\(failed.stderr)")
    }

    /// Only the result, without its log: it verifies, says the log was not checked, and fails under --require-log.
    @Test func aResultWithoutItsLogFailsOnlyWhenTheLogIsRequired() throws {
        let (dir, key) = try ScreenCommandsTests.sandbox()
        let env = ["HOTSEAT_SCREEN_DIR": dir.path, "HOTSEAT_ORG_KEY_FILE": key.path, "HOTSEAT_STORE": dir.appendingPathComponent("store.sqlite").path]
        try ScreenCommandsTests.takeScreen("c-9", style: "strong", environment: env)
        let folder = dir.appendingPathComponent("call-centre-basic")
        let alone = try FileManager.default.url(for: .itemReplacementDirectory, in: .userDomainMask, appropriateFor: folder, create: true)
        let copy = alone.appendingPathComponent("c-9.result.json")
        try FileManager.default.copyItem(at: folder.appendingPathComponent("c-9.result.json"), to: copy)
        let lenient = try ScreenCommandsTests.hotseat(["verify", copy.path], environment: env)
        #expect(lenient.status == 0, "\(lenient.stderr)")
        #expect(lenient.stdout.contains("not found next to the result; not checked"))
        let strict = try ScreenCommandsTests.hotseat(["verify", "--require-log", copy.path], environment: env)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("c-9.audit.jsonl is not next to it"), "\(strict.stderr)")
        let withLog = try ScreenCommandsTests.hotseat(["verify", "--require-log", folder.appendingPathComponent("c-9.result.json").path], environment: env)
        #expect(withLog.status == 0, "\(withLog.stderr)")

        // Renamed to another candidate, the signed result does not stand in for them.
        let renamed = alone.appendingPathComponent("c-10.result.json")
        try FileManager.default.copyItem(at: copy, to: renamed)
        let posing = try ScreenCommandsTests.hotseat(["verify", renamed.path], environment: env)
        #expect(posing.status == 1)
        #expect(posing.stderr.contains("named for candidate 'c-10', but it was signed for candidate 'c-9'"), "\(posing.stderr)")

        // With its log gone, the ranking says the log was not checked.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("c-9.audit.jsonl"))
        let ranking = try ScreenCommandsTests.hotseat(["report", "--screen", "call-centre-basic"], environment: env)
        #expect(ranking.stdout.contains("signed ✓, log missing"), "\(ranking.stdout)")
    }

    /// An audit log given to verify is named as such, instead of "no signature (the file was cut or edited)".
    @Test func verifyOnAnAuditLogSaysWhatItTakes() throws {
        let output = try ScreenCommandsTests.hotseat(["verify", "/tmp/screens/c-2.audit.jsonl"], environment: [:])
        #expect(output.status == 1)
        #expect(output.stderr.contains("is an audit log; verify takes the signed result, c-2.result.json"), "\(output.stderr)")
    }
}
