import Foundation
import Testing

/// End-to-end: `hotseat screen`, `verify` and `report` as a recruiter and a candidate use them.
@Suite struct ScreenCommandsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Output { var status: Int32; var stdout: String; var stderr: String }

    static func hotseat(_ arguments: [String], input: String = "", environment extra: [String: String]) throws -> Output {
        let binary = root.appendingPathComponent(".build/debug/hotseat")
        try #require(FileManager.default.isExecutableFile(atPath: binary.path), ".build/debug/hotseat is missing: run swift build first")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = root
        var environment = ProcessInfo.processInfo.environment
        for (key, value) in extra { environment[key] = value }
        process.environment = environment
        let out = Pipe(), err = Pipe(), inp = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inp
        try process.run()
        inp.fileHandleForWriting.write(Data(input.utf8))
        try inp.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func sandbox() throws -> (dir: URL, key: URL) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("screen-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let key = dir.appendingPathComponent("org.key")
        try Data("cli-test-organisation-key-0123456789".utf8).write(to: key)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: key.path)
        return (dir, key)
    }

    /// A scripted candidate takes the whole screen through scripts/answer-screen.py (style strong or weak).
    static func takeScreen(_ candidate: String, style: String, environment env: [String: String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "scripts/answer-screen.py", ".build/debug/hotseat", candidate, style]
        process.currentDirectoryURL = Self.root
        var environment = ProcessInfo.processInfo.environment
        for (k, v) in env { environment[k] = v }
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "answer-screen.py failed for \(candidate)")
    }

    @Test func aMissingKeyIsRefusedBeforeTheCandidateSeesAnything() throws {
        let (dir, _) = try Self.sandbox()
        let env = ["HOTSEAT_SCREEN_DIR": dir.path, "HOTSEAT_ORG_KEY_FILE": dir.appendingPathComponent("absent.key").path]
        let result = try Self.hotseat(["screen", "--candidate", "c-1"], input: "\n", environment: env)
        #expect(result.status == 1)
        #expect(result.stderr.contains("does not exist") && result.stderr.split(separator: "\n").count == 1)
        #expect(!result.stdout.contains("hiring screen"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("call-centre-basic/c-1.audit.jsonl").path))
    }

    /// Without --lang the candidate's language comes from the locale as for every other command:
    /// LC_ALL, then LC_MESSAGES, then LANG, an empty one skipped; a language the pack lacks falls
    /// back to the pack's first.
    @Test func theCandidatesLanguageFollowsTheLocaleLikeEveryOtherCommand() throws {
        let (dir, key) = try Self.sandbox()
        func notice(_ candidate: String, _ locale: [String: String]) throws -> String {
            var env = ["HOTSEAT_SCREEN_DIR": dir.path, "HOTSEAT_ORG_KEY_FILE": key.path, "HOTSEAT_STORE": dir.appendingPathComponent("store.sqlite").path,
                       "LC_ALL": "", "LC_MESSAGES": "", "LANG": ""]
            for (name, value) in locale { env[name] = value }
            return try Self.hotseat(["screen", "--candidate", candidate], input: "", environment: env).stdout
        }
        #expect(try notice("c-loc-1", ["LC_MESSAGES": "nb_NO.UTF-8", "LANG": "nl_NL.UTF-8"]).contains("Dette er en screening ved ansettelse"))
        #expect(try notice("c-loc-2", ["LANG": "nl_NL.UTF-8"]).contains("Dit is een selectiescreening"))
        #expect(try notice("c-loc-3", ["LC_ALL": "en_GB.UTF-8", "LC_MESSAGES": "nb_NO.UTF-8"]).contains("This is a hiring screen"))
        #expect(try notice("c-loc-4", ["LANG": "de_DE.UTF-8"]).contains("This is a hiring screen"))
    }

    @Test func lockedCommandsAreRefusedAndAStoppedRunResumesButNeverRestarts() throws {
        let (dir, key) = try Self.sandbox()
        let env = ["HOTSEAT_SCREEN_DIR": dir.path, "HOTSEAT_ORG_KEY_FILE": key.path, "HOTSEAT_STORE": dir.appendingPathComponent("store.sqlite").path]
        let first = try Self.hotseat(["screen", "--candidate", "c-2", "--lang", "en"], input: "\n:hint\n:score\n:restart\n", environment: env)
        #expect(first.status == 3)
        #expect(first.stdout.contains("a person reads your answers"))
        #expect(first.stdout.components(separatedBy: "not available during a screen").count == 4)
        #expect(!first.stdout.contains(key.path) && !first.stdout.contains("cli-test-organisation-key"))
        let log = dir.appendingPathComponent("call-centre-basic/c-2.audit.jsonl")
        let text = try String(contentsOf: log, encoding: .utf8)
        #expect(text.components(separatedBy: "\"locked_command\"").count == 4)
        #expect(!text.contains("cli-test-organisation-key"))

        let again = try Self.hotseat(["screen", "--candidate", "c-2"], environment: env)
        #expect(again.status == 1 && again.stderr.contains("--resume"))

        let resumed = try Self.hotseat(["screen", "--candidate", "c-2", "--resume"], input: "", environment: env)
        #expect(resumed.status == 3)
        #expect(try String(contentsOf: log, encoding: .utf8).contains("\"resumed\""))
    }

    /// A judgement answer is read from free text; the candidate sees what was recorded for each.
    @Test func everyJudgementAnswerIsSaidBackAsRecorded() throws {
        let (dir, key) = try Self.sandbox()
        let env = ["HOTSEAT_SCREEN_DIR": dir.path, "HOTSEAT_ORG_KEY_FILE": key.path, "HOTSEAT_STORE": dir.appendingPathComponent("store.sqlite").path]
        let input = "\n" + String(repeating: "b c\n", count: 40)
        let result = try Self.hotseat(["screen", "--candidate", "c-echo", "--lang", "en"], input: input, environment: env)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.components(separatedBy: "Recorded: best B, worst C.").count - 1 == 6, "\(result.stdout)")
        let nl = try Self.hotseat(["screen", "--candidate", "c-echo-nl", "--lang", "nl"], input: input, environment: env)
        #expect(nl.stdout.contains("Vastgelegd: beste B, slechtste C."), "\(nl.stdout)")
    }

    @Test func verifyRejectsAFileThatIsNotASignedResult() throws {
        let (dir, key) = try Self.sandbox()
        let file = dir.appendingPathComponent("fake.result.json")
        try Data("{\"payload\":{}}\n".utf8).write(to: file)
        let result = try Self.hotseat(["verify", file.path], environment: ["HOTSEAT_ORG_KEY_FILE": key.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("verification FAILED"))
    }

    @Test func everyScreenCommandHasHelp() throws {
        for command in ["screen", "verify", "report"] {
            let result = try Self.hotseat([command, "--help"], environment: [:])
            #expect(result.status == 0)
            #expect(result.stdout.contains("USAGE"))
        }
    }

    /// Two scripted candidates take the real screen; the HTML and CSV cohort reports then carry what the
    /// terminal report does: percentiles, every profile part, and the judgement items.
    @Test func screenHTMLAndCSVCarryPercentilesEveryPartAndTheJudgementItems() throws {
        let (dir, key) = try Self.sandbox()
        let env = ["HOTSEAT_SCREEN_DIR": dir.path, "HOTSEAT_ORG_KEY_FILE": key.path, "HOTSEAT_STORE": dir.appendingPathComponent("store.sqlite").path]
        for (candidate, style) in [("c-201", "strong"), ("c-202", "weak")] {
            try Self.takeScreen(candidate, style: style, environment: env)
        }
        let html = try Self.hotseat(["report", "--screen", "call-centre-basic", "--format", "html"], environment: env)
        #expect(html.status == 0)
        let ranking = try #require(html.stdout.components(separatedBy: "id=\"ranking\"").dropFirst().first?.components(separatedBy: "</section>").first)
        let headers = ranking.replacingOccurrences(of: "\u{AD}", with: "")   // soft hyphens let narrow headers break at a syllable
        for column in ["Percentile", "Composure", "Consistency", "Judgement"] { #expect(headers.contains(">\(column)</"), "no \(column) column") }
        #expect(ranking.contains("P100") && ranking.contains("P50"), "each candidate's percentile in the group")
        #expect(ranking.contains("aria-label=\"c-201, Composure under abuse:"))
        #expect(ranking.contains("signed ✓"))
        #expect(html.stdout.contains("Judgement items the group found hardest"))
        #expect(!html.stdout.contains("This report has no per-item results"))

        let csv = try Self.hotseat(["report", "--screen", "call-centre-basic", "--format", "csv"], environment: env)
        #expect(csv.stdout.contains("rank,candidate,language,overall,percentile,empathy,ownership,responsiveness,composure,consistency,judgement"))
        #expect(csv.stdout.contains("item,key_best,key_worst,shown,picked_key_best"))

        // A finished screen is not offered for --resume: it cannot be taken again at all.
        let retake = try Self.hotseat(["screen", "--candidate", "c-201"], environment: env)
        #expect(retake.status == 1)
        #expect(retake.stderr.contains("has already completed 'call-centre-basic'") && !retake.stderr.contains("--resume"), "\(retake.stderr)")

        let candidate = try Self.hotseat(["report", "--candidate", "c-202", "--format", "html"], environment: env)
        #expect(candidate.status == 0)
        for part in ["Empathy", "Ownership", "Responsiveness", "Composure under abuse", "Consistency across scenarios", "Situational judgement"] {
            #expect(candidate.stdout.contains(">\(part)</th>"), "candidate page lacks \(part)")
        }
        #expect(candidate.stdout.contains("HMAC-SHA256 signature valid"))
        #expect(candidate.stdout.contains("an aid to a person&#39;s judgement") || candidate.stdout.contains("an aid to a person's judgement"))
        #expect(candidate.stdout.contains("key: best"))
        // The words behind the scores are marked in the candidate's answers (the legend alone has four marks),
        // and a judgement card shows the situation and the four options that were asked.
        #expect(candidate.stdout.components(separatedBy: "<mark class=\"ev ").count - 1 > 4, "no evidence marked in the answers")
        #expect(candidate.stdout.contains("Customer: “") && candidate.stdout.contains(" A) ") && candidate.stdout.contains(" D) "))
        #expect(!candidate.stdout.contains("is not in scenarios/screens/items"))
    }
}
