import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import HotseatCore
import Rubric
import Scenarios

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score replies on empathy, ownership, speed and calm, with the evidence for every point.",
        discussion: """
        Each reply is scored on its own and gets a 0–100 score per dimension and a band, the behaviours found, every piece of \
        evidence (rule, character span, points, explanation), any flags (empty, gibberish, copied, \
        keyword stuffing…) and coaching tips that cite the research in scoring/*.yaml.

          hotseat score "I'm so sorry you were stuck in the cold for an hour."
          hotseat score --lang nl --scenario ski-lift "Het spijt me echt, ik betaal de uren terug."
          hotseat score --input replies.jsonl --format jsonl > scores.jsonl
          hotseat score --input replies.jsonl --format text

        JSONL input: one object per line with "id" and "reply", optionally "lang", "scenario", \
        "turn", "latency_s" and "customer"; unknown keys are ignored and blank lines skipped. \
        A reply to a scenario answers its opening: without "customer" it is checked against the \
        opening line, and an abusive opening expects a boundary. \
        Output: one object per input line, in order, with sorted keys; "scores.speed" is null \
        without a latency. A bad line gives {"error","id"} and the run goes on; the exit status \
        is 1 when any line failed. Without --lang the language (en/nl/nb) is detected and reported. \
        With --input the format is jsonl unless --format text asks for the readable breakdown of \
        each line; a bad line then reads "Reply ID (line N): not scored: why".
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

    @Argument(help: "Replies to score (ignored with --input).")
    var replies: [String] = []

    @Option(name: .customLong("lang"), help: "Language of the replies: en, nl or nb (default: detect).")
    var langCode: String?

    private var lang: Language? { langCode.flatMap(Language.init(rawValue:)) }

    @Option(help: "Scenario id whose situation (severity, abuse, topic words) the replies answer.")
    var scenario: String?

    @Option(help: "Seconds the trainee took, net of reading time, from 0 (replies given as arguments).")
    var latency: Double?

    @Option(help: "Zero-based turn number in the conversation (text mode).")
    var turn: Int = 0

    @Option(help: "The customer line being answered (text mode).")
    var customer: String?

    @Option(help: "Read replies from a file, or - for standard input.")
    var input: String?

    @Option(help: "Output format: text (a readable breakdown) or jsonl (default: text, or jsonl with --input).")
    var format: Format?

    /// Scripts that pipe `--input` without `--format` get the JSONL they always got.
    private var chosenFormat: Format { format ?? (input == nil ? .text : .jsonl) }

    @Option(help: "Rubric folder (default: the shipped scoring/ folder, or $HOTSEAT_SCORING).")
    var scoring: String?

    /// The same rule as a JSONL line's "latency_s": a negative or NaN latency gave a made-up speed score.
    func validate() throws {
        if let latency, !(latency.isFinite && latency >= 0) {
            throw ValidationError("--latency must be a number of seconds from 0 (e.g. --latency 12.5), not '\(latency)'")
        }
    }

    func run() throws {
        if let langCode, Language(rawValue: langCode) == nil { fail("--lang must be en, nl or nb, not '\(langCode)'") }
        // The scenarios' situations do not depend on the rubric, and each takes about half of
        // start-up: read them on another core while the rubric loads.
        let pendingProfiles = scenario != nil || input != nil ? Pending { Self.scenarioProfiles() } : nil
        let engine = try loadEngine()
        let profiles = pendingProfiles?.value ?? [:]
        if let scenario, profiles[scenario] == nil {
            let suggestion = Suggestions.nearest(to: scenario, in: profiles.keys.sorted()).map { "; did you mean '\($0)'?" } ?? ""
            fail("unknown scenario '\(scenario)'\(suggestion) (hotseat list shows the scenario ids)")
        }
        if let input {
            if chosenFormat == .text {
                try runText(engine: engine, profiles: profiles, input: input)
            } else {
                try runJSONL(engine: engine, profiles: profiles, input: input)
            }
            return
        }
        guard !replies.isEmpty else { fail("give a reply to score, e.g. hotseat score \"I'm so sorry.\", or --input FILE") }
        let profile = scenario.flatMap { profiles[$0] } ?? ScenarioProfile()
        // Each reply is scored on its own, as an answer at --turn: a trainer lists alternatives to
        // compare them, and one must not earn carried-over empathy or repeat penalties from another.
        for (n, reply) in replies.enumerated() {
            let context = profile.context(language: lang, scenarioID: scenario, customerLine: customer, latency: latency, turn: turn)
            let score = engine.score(reply, context: context)
            switch chosenFormat {
            case .jsonl: print(score.jsonLine(id: String(n + 1)))
            case .text: print(ScoreReport.text(for: score, reply: reply, name: replies.count > 1 ? String(n + 1) : nil, engine: engine))
            }
        }
    }

    private func runText(engine: RubricEngine, profiles: [String: ScenarioProfile], input: String) throws {
        let bytes: [UInt8]
        if input == "-" {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard let data = FileManager.default.contents(atPath: input) else { fail("cannot read \(input): no such file, or not readable") }
            bytes = [UInt8](data)
        }
        let jsonl = JSONLScoring(engine: engine, language: lang, scenarios: profiles, defaultScenario: scenario)
        let summary = TextInputScoring(engine: engine, jsonl: jsonl, profiles: profiles).run(bytes) { print($0) }
        if summary.failed > 0 {
            FileHandle.standardError.write(Data("hotseat: \(summary.failed) of \(summary.lines) lines could not be scored (see \"not scored\" above)\n".utf8))
            throw ExitCode(1)
        }
    }

    private func runJSONL(engine: RubricEngine, profiles: [String: ScenarioProfile], input: String) throws {
        let handle: FileHandle
        if input == "-" {
            handle = .standardInput
        } else {
            guard let file = FileHandle(forReadingAtPath: input) else { fail("cannot read \(input): no such file, or not readable") }
            handle = file
        }
        let jsonl = JSONLScoring(engine: engine, language: lang, scenarios: profiles, defaultScenario: scenario)
        // Plain read(2)/write(2) on the arrays' bytes: going through Data copied every byte twice more.
        // `run` never calls `read` (or `write`) twice at once, so the failure notes need no lock.
        let fd = handle.fileDescriptor
        let failures = IOFailures()
        let summary = jsonl.run(
            read: {
                guard failures.read == nil else { return nil }
                // Whole 4 MiB chunks (or the rest of the input), as FileHandle.readData(ofLength:) gave them.
                let chunk = 4 << 20
                var failure: Int32?
                let bytes = [UInt8](unsafeUninitializedCapacity: chunk) { buffer, count in
                    count = 0
                    while count < chunk {
                        let n = Glibc.read(fd, buffer.baseAddress! + count, chunk - count)
                        if n > 0 { count += n; continue }
                        if n < 0, errno == EINTR { continue }
                        if n < 0 { failure = errno }
                        break
                    }
                }
                if let failure { failures.read = failure }
                return bytes.isEmpty ? nil : bytes
            },
            write: { bytes in
                guard failures.write == nil else { return }
                bytes.withUnsafeBytes { raw in
                    var offset = 0
                    while offset < raw.count {
                        let n = Glibc.write(STDOUT_FILENO, raw.baseAddress! + offset, raw.count - offset)
                        if n > 0 { offset += n; continue }
                        if n < 0, errno == EINTR { continue }
                        failures.write = n < 0 ? errno : EIO
                        return
                    }
                }
            })
        if let code = failures.read {
            FileHandle.standardError.write(Data("hotseat: cannot read \(input == "-" ? "standard input" : input): \(String(cString: strerror(code)))\n".utf8))
            throw ExitCode(1)
        }
        if let code = failures.write {
            FileHandle.standardError.write(Data("hotseat: cannot write the scores: \(String(cString: strerror(code)))\n".utf8))
            throw ExitCode(1)
        }
        if summary.failed > 0 {
            FileHandle.standardError.write(Data("hotseat: \(summary.failed) of \(summary.lines) lines could not be scored (see their \"error\")\n".utf8))
            throw ExitCode(1)
        }
    }

    private func loadEngine() throws -> RubricEngine {
        let directory: URL
        if let scoring {
            directory = URL(fileURLWithPath: scoring)
        } else {
            do { directory = try ResourceLocator().scoringDirectory() } catch { fail("\(error)") }
        }
        do {
            return try RubricEngine.load(directory: directory)
        } catch {
            for diagnostic in error.diagnostics { FileHandle.standardError.write(Data("\(diagnostic)\n".utf8)) }
            throw ExitCode(1)
        }
    }

    /// Scenario situations for --scenario and the JSONL "scenario" key; broken scenario files are
    /// left out here (hotseat validate reports them).
    private static func scenarioProfiles() -> [String: ScenarioProfile] {
        guard let directories = try? ResourceLocator().scenarioDirectories() else { return [:] }
        let catalog = ScenarioCatalog.load(directories: directories)
        var profiles: [String: ScenarioProfile] = [:]
        for s in catalog.scenarios {
            // A reply scored against a scenario answers its opening, as in `hotseat calibrate`:
            // the opening beat says whether the customer is abusive, and its line is the one a copy copies.
            profiles[s.id] = ScenarioProfile(traits: s.traits(answering: s.beats[s.start]), topicWords: s.topicWords,
                                             expectedBehaviours: s.scoring.expects, weights: s.scoring.weights, openingLines: s.openingLines)
        }
        return profiles
    }

    private func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("hotseat: \(message)\n".utf8))
        Foundation.exit(1)
    }
}

/// A value computed on another thread; `value` waits for it (read it once).
private final class Pending<T: Sendable>: @unchecked Sendable {
    private var result: T?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> T) {
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    var value: T {
        done.wait()
        return result!
    }
}

/// Why reading the input or writing the scores stopped (errno), noted by `run`'s closures.
private final class IOFailures: @unchecked Sendable {
    var read: Int32?
    var write: Int32?
}
