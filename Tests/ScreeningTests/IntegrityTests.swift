import Foundation
import HotseatCore
import Testing
@testable import Screening

@Suite("Integrity: organisation key, signed results, audit log")
struct IntegrityTests {
    let key = OrgKey(bytes: Array("a-test-organisation-key-32-bytes".utf8))

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("screening-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func finishedResult() throws -> ScreenResult {
        var (run, _) = ScreenRun.begin(content: try shippedContent(), candidateID: "c-9", language: .en, seed: 9, at: 100)
        _ = run.acknowledgeNotice(at: 100)
        var time = 100.0
        while run.prompt != .finished {
            _ = run.present(at: time)
            time += 40
            let input = { if case .judgement = run.prompt { "best: C, worst: A" } else { "I'm so sorry. I'll refund it today." } }()
            _ = run.submit(input, at: time, engine: PhraseScorer())
        }
        return ScreenResult(run: run, auditFile: "c-9.audit.jsonl", auditLines: run.events.count, auditLastHash: AuditLog.genesisHash)
    }

    @Test func aSignedResultVerifies() throws {
        let result = try finishedResult()
        let data = try SignedResult.sign(result, with: key)
        #expect(SignedResult.verify(data, with: key) == .valid(result))
        // Canonical: signing again gives the same bytes.
        #expect(try SignedResult.sign(result, with: key) == data)
    }

    @Test func everySingleChangedByteIsDetected() throws {
        let data = try SignedResult.sign(try finishedResult(), with: key)
        // Every position, including whitespace, punctuation and the signature itself.
        for index in stride(from: 0, to: data.count, by: max(1, data.count / 400)) + [data.count - 2, data.count - 1] {
            var changed = data
            changed[index] = changed[index] == UInt8(ascii: "1") ? UInt8(ascii: "2") : UInt8(ascii: "1")
            guard case .invalid = SignedResult.verify(changed, with: key) else {
                Issue.record("a change at byte \(index) was not detected")
                return
            }
        }
    }

    @Test func anEditedScoreFailsWithAReason() throws {
        let data = try SignedResult.sign(try finishedResult(), with: key)
        let text = String(decoding: data, as: UTF8.self)
        let edited = text.replacingOccurrences(of: "\"points\":-", with: "\"points\":", options: [], range: text.range(of: "\"points\":-"))
        guard case .invalid(let reason) = SignedResult.verify(Data(edited.utf8), with: key) else {
            Issue.record("edited result verified"); return
        }
        #expect(reason.contains("does not match"))
        #expect(SignedResult.verify(data, with: OrgKey(bytes: Array("another-organisation-key-32bytes".utf8))) != .valid(try finishedResult()))
    }

    @Test func aMissingUnreadableOrEmptyKeyIsRefusedBeforeTheStart() throws {
        let dir = try temporaryDirectory()
        #expect(throws: ScreenError.self) { try OrgKey.load(environment: [:]) }
        let missing = dir.appendingPathComponent("nope").path
        #expect { try OrgKey.load(environment: [OrgKey.environmentVariable: missing]) } throws: { ($0 as? ScreenError)?.code == "org-key-missing" }
        let empty = dir.appendingPathComponent("empty")
        try Data("\n".utf8).write(to: empty)
        #expect { try OrgKey.load(path: empty.path) } throws: { ($0 as? ScreenError)?.code == "org-key-empty" }
        #expect { try OrgKey.load(path: dir.path) } throws: { ($0 as? ScreenError)?.code == "org-key-unreadable" }
        if getuid() != 0 { // root reads any file, so an unreadable file can only be tested as another user
            let locked = dir.appendingPathComponent("locked")
            try Data("0123456789abcdef0123".utf8).write(to: locked)
            try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
            #expect { try OrgKey.load(path: locked.path) } throws: { ($0 as? ScreenError)?.code == "org-key-unreadable" }
        }
    }

    @Test func aWorldReadableKeyWorksButWarnsAndTheKeyIsNeverShown() throws {
        let file = try temporaryDirectory().appendingPathComponent("org.key")
        let secret = "s3cret-organisation-key-material"
        try Data((secret + "\n").utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        let (loaded, warnings) = try OrgKey.load(path: file.path)
        #expect(warnings.count == 1 && warnings[0].contains("chmod 600"))
        #expect(!"\(loaded)".contains(secret))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file.path)
        #expect(try OrgKey.load(path: file.path).warnings.isEmpty)
    }

    @Test func theAuditLogIsAppendOnlyChainedAndSurvivesATornLastLine() throws {
        let url = try temporaryDirectory().appendingPathComponent("c1/call-centre-basic.audit.jsonl")
        var (run, started) = ScreenRun.begin(content: try shippedContent(), candidateID: "c1", language: .en, seed: 1, at: 0)
        do {
            let log = try AuditLog.open(at: url, key: key)
            try log.append(started)
            try log.append(run.acknowledgeNotice(at: 1))
            try log.append(run.present(at: 2))
        }
        // A killed process can leave half a line.
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"seq\":4,\"prev\":\"".utf8))
        try handle.close()
        let contents = try AuditLog.read(at: url, key: key)
        #expect(contents.problems.isEmpty)
        #expect(contents.events == run.events)
        // Appending after a resume starts on a clean line and keeps the chain.
        do {
            let log = try AuditLog.open(at: url, key: key)
            try log.append(run.interrupt(at: 3))
        }
        #expect(try AuditLog.read(at: url, key: key).problems.isEmpty)
        #expect(try AuditLog.read(at: url, key: key).events == run.events)

        // Removing a line in the middle breaks the chain.
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        try (lines[0] + "\n" + lines[2] + "\n" + lines[3] + "\n").write(to: url, atomically: true, encoding: .utf8)
        let problems = try AuditLog.read(at: url, key: key).problems
        #expect(problems.first?.hasPrefix("line 2 does not follow") == true)
        #expect(throws: ScreenError.self) { try AuditLog.open(at: url, key: key) }
    }

    /// Someone who can edit the file but lacks the key rewrites a paused run's reply and recomputes
    /// every `prev` with the only key they have (their own): the log must no longer verify, and cannot be reopened.
    @Test func aRewrittenLogWithARecomputedChainDoesNotVerifyWithoutTheKey() throws {
        let url = try temporaryDirectory().appendingPathComponent("c2/call-centre-basic.audit.jsonl")
        var (run, started) = ScreenRun.begin(content: try shippedContent(), candidateID: "c2", language: .en, seed: 2, at: 0)
        do {
            let log = try AuditLog.open(at: url, key: key)
            try log.append(started)
            try log.append(run.acknowledgeNotice(at: 1))
            try log.append(run.present(at: 2))
            try log.append(run.interrupt(at: 3))
        }
        #expect(try AuditLog.read(at: url, key: key).problems.isEmpty)
        // Rewrite line 3 and rechain every line after it without the organisation key.
        let attacker = OrgKey(bytes: Array("an-attackers-own-key-of-32-bytes".utf8))
        var lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[2] = lines[2].replacingOccurrences(of: "\"at\":2", with: "\"at\":2.5")
        for index in 1..<lines.count {
            let previous = AuditLog.chainValue(Data(lines[index - 1].utf8), key: attacker)
            lines[index] = lines[index].replacingOccurrences(of: #""prev":"[0-9a-f]{64}""#, with: "\"prev\":\"\(previous)\"", options: .regularExpression)
        }
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        let problems = try AuditLog.read(at: url, key: key).problems
        #expect(problems.first?.hasPrefix("line 2 does not follow") == true, "\(problems)")
        #expect { try AuditLog.open(at: url, key: key) } throws: { ($0 as? ScreenError)?.code == "audit-log-damaged" }
        // Another organisation's key does not verify an untouched log either.
        let other = try temporaryDirectory().appendingPathComponent("c3.audit.jsonl")
        try AuditLog.open(at: other, key: key).append(started)
        try AuditLog.open(at: other, key: key).append(run.interrupt(at: 4))
        #expect(try AuditLog.read(at: other, key: key).problems.isEmpty)
        #expect(try !AuditLog.read(at: other, key: OrgKey(bytes: Array("another-organisation-key-32bytes".utf8))).problems.isEmpty)
    }
}
