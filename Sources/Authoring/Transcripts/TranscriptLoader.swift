import Foundation
import HotseatCore
import Scenarios
import Yams

/// What loading a transcript file gave: the transcripts if there is no error, and every diagnostic.
public struct TranscriptFileResult: Sendable, Equatable {
    public var file: String
    public var transcripts: TranscriptFile?
    public var diagnostics: [Diagnostic]
}

/// Reads golden transcript files through `SafeYAML`, checked like scenarios.
///
/// ```swift
/// let result = TranscriptLoader.load(fileAt: URL(fileURLWithPath: "scenarios/tests/ski-lift.yaml"))
/// result.transcripts?.transcripts.map(\.name)   // ["strong recovery", "weak recovery", "walks out"]
/// ```
public enum TranscriptLoader {
    static let topLevel = ["scenario", "transcripts"]
    static let transcript = ["name", "lang", "seed", "replies", "expect"]
    static let reply = ["text", "latency"]
    static let expect = ["ending", "scores"]

    public static func load(fileAt url: URL, displayPath: String? = nil) -> TranscriptFileResult {
        let path = displayPath ?? DisplayPath.of(url)
        do {
            return build(try SafeYAML.load(fileAt: url, displayPath: path), path: path)
        } catch {
            return TranscriptFileResult(file: path, transcripts: nil, diagnostics: error.diagnostics)
        }
    }

    public static func parse(_ text: String, path: String) -> TranscriptFileResult {
        do {
            return build(try SafeYAML.parse(text, path: path), path: path)
        } catch {
            return TranscriptFileResult(file: path, transcripts: nil, diagnostics: error.diagnostics)
        }
    }

    /// The transcript files in folders (`*.yaml` directly inside), or the files given.
    public static func files(in paths: [URL]) -> [URL] {
        paths.flatMap { url -> [URL] in
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else { return [url] }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            return names.filter { ($0.hasSuffix(".yaml") || $0.hasSuffix(".yml")) && !$0.hasPrefix(".") }.sorted().map { url.appendingPathComponent($0) }
        }
    }

    static func build(_ root: Node, path: String) -> TranscriptFileResult {
        var sink = DiagnosticSink(file: path)
        guard let top = sink.mapping(root, "the transcript file", known: topLevel, required: topLevel) else {
            return TranscriptFileResult(file: path, transcripts: nil, diagnostics: sink.diagnostics)
        }
        let scenario = top["scenario"].flatMap { sink.text($0, "`scenario`") } ?? ""
        var transcripts: [GoldenTranscript] = []
        if let list = top["transcripts"].flatMap({ sink.list($0, "`transcripts`") }) {
            if list.isEmpty { sink.error("empty-list", "`transcripts` is empty", at: top["transcripts"], fix: "add at least one transcript") }
            for (index, node) in list.enumerated() {
                if let transcript = readTranscript(node, index: index, sink: &sink) { transcripts.append(transcript) }
            }
        }
        var names: Set<String> = []
        for transcript in transcripts where !names.insert(transcript.name).inserted {
            sink.append(contentsOf: [Diagnostic(.warning, code: "duplicate-name", "two transcripts are called '\(transcript.name)'",
                                                at: transcript.location, fix: "give each a name that says what it checks")])
        }
        let file = sink.hasErrors ? nil : TranscriptFile(file: path, scenarioID: scenario, scenarioLocation: sink.location(of: top["scenario"]),
                                                        transcripts: transcripts)
        return TranscriptFileResult(file: path, transcripts: file, diagnostics: sink.diagnostics)
    }

    static func readTranscript(_ node: Node, index: Int, sink: inout DiagnosticSink) -> GoldenTranscript? {
        let what = "transcript \(index + 1)"
        guard let map = sink.mapping(node, what, known: transcript, required: ["name", "lang", "replies", "expect"]) else { return nil }
        let name = map["name"].flatMap { sink.text($0, "`name` of \(what)") } ?? what
        let label = "transcript '\(name)'"
        let language = map["lang"].flatMap { sink.choice($0, "`lang` of \(label)", of: Language.self) }
        let seed = map["seed"].flatMap { sink.integer($0, "`seed` of \(label)", in: 0...Int.max) } ?? 1
        var replies: [GoldenTranscript.Reply] = []
        for item in map["replies"].flatMap({ sink.list($0, "`replies` of \(label)") }) ?? [] {
            if case .mapping = item {
                guard let reply = sink.mapping(item, "a reply of \(label)", known: reply, required: ["text"]) else { continue }
                guard let text = reply["text"].flatMap({ sink.text($0, "a reply of \(label)", allowEmpty: true) }) else { continue }
                let latency = reply["latency"].flatMap { sink.number($0, "`latency` of a reply of \(label)", in: 0...86_400) }
                replies.append(.init(text: text, latency: latency))
            } else if let text = sink.text(item, "a reply of \(label)", allowEmpty: true) {
                replies.append(.init(text: text))
            }
        }
        if replies.isEmpty, let node = map["replies"] {
            sink.error("empty-list", "\(label) has no replies", at: node, fix: "list the trainee's replies, one per turn")
        }
        var expectation = GoldenTranscript.Expectation()
        if let node = map["expect"], let expectMap = sink.mapping(node, "`expect` of \(label)", known: expect) {
            expectation.outcome = expectMap["ending"].flatMap {
                sink.choice($0, "`ending` of \(label)", of: Outcome.self, allowed: [.resolved, .walkedOut, .manager, .turnLimit])
            }
            if let scoresNode = expectMap["scores"], let entries = sink.idMapping(scoresNode, "`scores` of \(label)") {
                for entry in entries {
                    guard let dimension = sink.choice(entry.keyNode, "a dimension in `scores` of \(label)", of: Dimension.self) else { continue }
                    if let range = readRange(entry.value, "the \(dimension) range of \(label)", sink: &sink) {
                        expectation.scores[dimension] = range
                        expectation.scoreLocations[dimension] = sink.location(of: entry.keyNode)
                    }
                }
            }
            if expectation.outcome == nil && expectation.scores.isEmpty {
                sink.warning("nothing-expected", "\(label) expects nothing, so it can never fail", at: node,
                             fix: "add `ending:` and/or `scores:`")
            }
        }
        guard let language else { return nil }
        return GoldenTranscript(name: name, language: language, seed: UInt64(seed), replies: replies, expect: expectation,
                                location: sink.location(of: node))
    }

    static func readRange(_ node: Node, _ what: String, sink: inout DiagnosticSink) -> ClosedRange<Double>? {
        guard case .sequence(let items) = node, items.count == 2 else {
            sink.error("expected-range", "\(what) must be [low, high], found \(node.shortDescription)", at: node, fix: "e.g. [60, 100]")
            return nil
        }
        guard let low = sink.number(items[0], what, in: 0...100), let high = sink.number(items[1], what, in: 0...100) else { return nil }
        guard low <= high else {
            sink.error("empty-range", "\(what) is [\(Int(low)), \(Int(high))]: the low end is above the high end", at: node)
            return nil
        }
        return low...high
    }
}
