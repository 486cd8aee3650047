// libFuzzer target over the rubric engine: the scorer (arbitrary bytes as reply, customer line
// and context) and the rubric loader (arbitrary bytes as a criteria file or as rubric.yaml).
// Built by scripts/fuzz.sh with `-sanitize=fuzzer,address`; not part of the package build.
//
// Input layout: byte 0 picks the mode (mod 3), the rest is the payload.
//   0 scorer: byte 1 language/traits, byte 2 latency, then reply [0x00 customer line]
//   1 loader: payload is a criteria file next to the shipped rubric.yaml
//   2 loader: payload is rubric.yaml on its own
import Foundation
import HotseatCore
import Rubric

let shippedScoring = URL(fileURLWithPath: ProcessInfo.processInfo.environment["FUZZ_SCORING"] ?? "scoring")
let engine: RubricEngine = {
    do { return try RubricEngine.load(directory: shippedScoring) } catch {
        fatalError("fuzz setup: cannot load the shipped rubric from \(shippedScoring.path) (set FUZZ_SCORING): \(error)")
    }
}()
let shippedSettings = (try? Data(contentsOf: shippedScoring.appendingPathComponent("rubric.yaml"))) ?? Data()
let scratch: URL = {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hotseat-fuzz-\(getpid())")
    try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    return dir
}()

func fuzzScorer(_ bytes: ArraySlice<UInt8>) {
    guard bytes.count >= 2 else { return }
    let options = bytes[bytes.startIndex], latencyByte = bytes[bytes.startIndex + 1]
    let text = bytes.dropFirst(2)
    let split = text.firstIndex(of: 0) ?? text.endIndex
    let reply = String(decoding: text[text.startIndex..<split], as: UTF8.self)
    let customer = split < text.endIndex ? String(decoding: text[(split + 1)...], as: UTF8.self) : nil
    let languages: [Language?] = [nil, .en, .nl, .nb]
    let traits = RecoveryTraits(severity: RecoveryTraits.Severity.allCases[Int(options >> 2) % 3],
                                failure: options & 0x10 == 0 ? .first : .repeated,
                                cause: options & 0x20 == 0 ? .withinControl : .outsideControl,
                                abusive: options & 0x40 != 0)
    let latency: Double? = latencyByte == 0 ? nil : (latencyByte == 255 ? .infinity : Double(latencyByte) * 1.7)
    let context = ScoringContext(language: languages[Int(options & 3)], traits: traits, customerLine: customer, latency: latency,
                                 turn: Int(latencyByte % 7), previousReplies: customer.map { [$0] } ?? [],
                                 expectedBehaviours: options & 0x80 != 0 ? [.offeredRemedy, .setBoundary] : [],
                                 topicWords: ["lift", "bed", "pakket", "heis"], weightOverrides: [.ownership: 1.5])
    let score = engine.score(reply, context: context)
    // Invariants the drill and the JSONL contract rely on.
    for (_, value) in score.scores { precondition(value.isFinite && value >= 0 && value <= 100, "score out of range: \(value)") }
    precondition(score.overall.isFinite, "overall is not finite")
    let length = reply.unicodeScalars.count
    for e in score.evidence { precondition(e.start >= 0 && e.start <= e.end && e.end <= length, "evidence span \(e.start)..<\(e.end) outside a reply of \(length) scalars") }
    precondition(engine.score(reply, context: context) == score, "the same input scored differently")
    // The batch path reuses a worker's memos and arrays; the second item meets them warm.
    let batch = engine.scoreBatch([BatchItem(reply: reply, context: context), BatchItem(reply: reply, context: context)])
    precondition(batch.allSatisfy { $0 == score }, "the batch path scored differently")
    fuzzJSONL(reply: reply, customer: customer, language: context.language, latency: latency, turn: context.turn)
}

let jsonl = JSONLScoring(engine: engine)

/// The JSONL path (the reply scored from the line's bytes, evidence quoted from them as the line
/// is written) must write exactly the full score's line, alone and in a batch.
func fuzzJSONL(reply: String, customer: String?, language: Language?, latency: Double?, turn: Int) {
    let finite = latency.flatMap { $0.isFinite ? $0 : nil }
    var line = "{\"id\":\"f\",\"reply\":\(jsonString(reply)),\"turn\":\(turn)"
    if let language { line += ",\"lang\":\"\(language.rawValue)\"" }
    if let finite { line += ",\"latency_s\":\(finite)" }
    if let customer { line += ",\"customer\":\(jsonString(customer))" }
    line += "}"
    let expected = engine.score(reply, context: ScoringContext(language: language, customerLine: customer, latency: finite, turn: turn))
        .jsonLine(id: "f")
    let bytes = ArraySlice(Array(line.utf8))
    let single = jsonl.scoreLine(bytes, lineNumber: 1)
    precondition(!single.failed && String(decoding: single.output, as: UTF8.self) == expected, "the JSONL path wrote a different line")
    let lines = jsonl.scoreLines([bytes, bytes], firstLineNumber: 1)
    precondition(lines.allSatisfy { $0 == single }, "the JSONL batch path wrote a different line")
}

/// A JSON string literal of `text` (quotes, backslashes and control characters escaped).
func jsonString(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        default:
            if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
        }
    }
    return out + "\""
}

func fuzzLoader(_ bytes: ArraySlice<UInt8>, asSettings: Bool) {
    let fm = FileManager.default
    for name in (try? fm.contentsOfDirectory(atPath: scratch.path)) ?? [] { try? fm.removeItem(at: scratch.appendingPathComponent(name)) }
    if asSettings {
        _ = fm.createFile(atPath: scratch.appendingPathComponent("rubric.yaml").path, contents: Data(bytes))
    } else {
        _ = fm.createFile(atPath: scratch.appendingPathComponent("rubric.yaml").path, contents: shippedSettings)
        _ = fm.createFile(atPath: scratch.appendingPathComponent("fuzz.yaml").path, contents: Data(bytes))
    }
    do {
        let loaded = try RubricEngine.load(directory: scratch)
        _ = loaded.score("I'm so sorry, I'll refund you today.", context: ScoringContext())
    } catch {
        // A refusal must say where: every diagnostic names a file.
        precondition(!error.diagnostics.isEmpty, "refused without a diagnostic")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch bytes[0] % 3 {
    case 0: fuzzScorer(bytes.dropFirst())
    case 1: fuzzLoader(bytes.dropFirst(), asSettings: false)
    default: fuzzLoader(bytes.dropFirst(), asSettings: true)
    }
    return 0
}
