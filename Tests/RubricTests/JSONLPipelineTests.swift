import Foundation
import HotseatCore
import Testing
@testable import Rubric

// The JSONL run reads chunks, splits them into lines, scores small items of lines on every core
// and writes outputs in order; the parser and writer take fast paths. These tests hold all of it
// to the straightforward reading of the contract: the run as it was before (one line at a time,
// `scoreLine`, kept below as `referenceRun`), `Double(String)`, `String(validating:)` and a
// byte-by-byte escaper.


/// The run as it was written before the pipeline: append each chunk to what is pending, cut
/// lines at `\n`, answer an unterminated line beyond the limit at once and skip its rest.
private func referenceRun(_ jsonl: JSONLScoring, _ chunks: [[UInt8]]) -> (output: [UInt8], summary: JSONLScoring.Summary) {
    var summary = JSONLScoring.Summary()
    var output: [UInt8] = []
    var pending: [UInt8] = []
    var lineNumber = 1
    var skipping = false
    var rest = chunks[...]
    var finished = false
    func blank(_ line: ArraySlice<UInt8>) -> Bool { line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D } }
    func emit(_ line: ArraySlice<UInt8>, _ number: Int) {
        let r = jsonl.scoreLine(line, lineNumber: number)
        output += r.output + [0x0A]
        summary.lines += 1
        if r.failed { summary.failed += 1 }
    }
    while !finished {
        if let chunk = rest.popFirst() { pending += chunk } else { finished = true }
        var start = 0
        while let newline = pending[start...].firstIndex(of: 0x0A) {
            if skipping { skipping = false } else if !blank(pending[start..<newline]) { emit(pending[start..<newline], lineNumber) }
            lineNumber += 1
            start = newline + 1
        }
        if finished, start < pending.count {
            if !skipping, !blank(pending[start...]) { emit(pending[start...], lineNumber) }
            start = pending.count
        }
        if !finished, pending.count - start > jsonl.maxLineBytes, !skipping {
            emit(pending[start...], lineNumber)
            skipping = true
            start = pending.count
        } else if skipping {
            start = pending.count
        }
        pending.removeSubrange(0..<start)
    }
    return (output, summary)
}

private func pipelineRun(_ jsonl: JSONLScoring, _ chunks: [[UInt8]]) -> (output: [UInt8], summary: JSONLScoring.Summary, writes: Int) {
    var rest = chunks[...]
    var output: [UInt8] = []
    var writes = 0
    let summary = jsonl.run(read: { rest.popFirst() }, write: { output += $0; writes += 1 })
    return (output, summary, writes)
}

/// Cuts `bytes` into chunks of random sizes from 1 to `maxChunk` (some empty ones too).
private func chunked(_ bytes: [UInt8], maxChunk: Int, _ rng: inout SplitMix64) -> [[UInt8]] {
    var chunks: [[UInt8]] = []
    var i = 0
    while i < bytes.count {
        if Int.random(in: 0..<20, using: &rng) == 0 { chunks.append([]) }
        let n = Int.random(in: 1...maxChunk, using: &rng)
        chunks.append(Array(bytes[i..<min(bytes.count, i + n)]))
        i += n
    }
    return chunks
}

/// Lines of every kind the contract names: good ones, bad ones, blank ones, CRLF, escapes,
/// non-ASCII, invalid UTF-8, unknown keys, scenarios and languages.
private func mixedInput(lines: Int, _ rng: inout SplitMix64) -> [UInt8] {
    let kinds: [[UInt8]] = [
        Array(#"{"id":"a","reply":"I'm so sorry you were stuck in the lift. I'll refund you today."}"#.utf8),
        Array(#"{"id":7,"reply":"Het spijt me echt, ik bel u vandaag terug.","lang":"nl","latency_s":12.5}"#.utf8),
        Array(#"{"id":"s1","reply":"Sorry about the cold lift, we will fix it.","scenario":"lift","turn":2}"#.utf8),
        Array(#"{"id":"s2","reply":"Jeg beklager at heisen stod fast.","scenario":"lift","lang":"nb","customer":"Heisen!"}"#.utf8),
        Array(#"{"id":"s3","reply":"Sorry, the bed was late.","scenario":"bed"}"#.utf8),
        Array(#"{"id":"unknown","reply":"Sorry.","scenario":"nope"}"#.utf8),
        Array(#"{"\u0069d":"esc\"aped\u00e9","reply":"a\"b\\c\u00e9\ud83d\ude00 \ud800 tab\t","x":{"y":[1,2,{"z":null}]}}"#.utf8),
        Array(#"{"id":-1.50e1,"reply":"CALM DOWN!!! It's your own fault."}"#.utf8),
        Array(#"{"reply":"no id"}"#.utf8),
        Array(#"{"id":{"a":1},"reply":"object id"}"#.utf8),
        Array(#"not json"#.utf8),
        Array(#"{"id":"t","reply":"x"} trailing"#.utf8),
        Array(#"{"id":"turn","reply":"x","turn":1.5}"#.utf8),
        Array(#"{"id":"lat","reply":"x","latency_s":"fast"}"#.utf8),
        Array(#"{"id":"crlf","reply":"Sorry for the wait."}"#.utf8) + [0x0D],
        Array(#"{"id":"bad","reply":"a"#.utf8) + [0xFF, 0xFE] + Array(#"b"}"#.utf8),
        Array(#"{"id":"ctl","reply":"a"#.utf8) + [0x01] + Array(#"b"}"#.utf8),
        Array(#"{"id":"del","reply":"a"#.utf8) + [0x7F] + Array(#"b 😀 für"}"#.utf8),
        [],
        Array("   \t ".utf8),
    ]
    var bytes: [UInt8] = []
    for n in 0..<lines {
        var line = kinds[Int.random(in: 0..<kinds.count, using: &rng)]
        // Numbered ids keep the order visible.
        if line.starts(with: Array(#"{"id":"a""#.utf8)) { line = Array(#"{"id":"n\#(n)""#.utf8) + line.dropFirst(9) }
        bytes += line + [0x0A]
    }
    return bytes
}

private let profiles: [String: ScenarioProfile] = [
    "lift": ScenarioProfile(traits: RecoveryTraits(severity: .major), topicWords: [.en: ["lift", "cold"], .nb: ["heis"]], expectedBehaviours: [.apologised]),
    "bed": ScenarioProfile(topicWords: [.en: ["bed", "late"]], weights: [.speed: 2]),
]

@Test func linesSplitAcrossReadChunksGiveTheSameOutput() {
    var rng = SplitMix64(seed: 1)
    let jsonl = JSONLScoring(engine: Shipped.engine, scenarios: profiles)
    let input = mixedInput(lines: 300, &rng)
    let expected = referenceRun(jsonl, [input])
    #expect(expected.summary.lines > 200 && expected.summary.failed > 0)
    for maxChunk in [1, 2, 7, 64, 500, 5000] {
        let chunks = chunked(input, maxChunk: maxChunk, &rng)
        let got = pipelineRun(jsonl, chunks)
        #expect(got.output == expected.output, "chunks up to \(maxChunk) bytes")
        #expect(got.summary == expected.summary)
    }
}

@Test func manyBatchesKeepInputOrderOnEveryCore() {
    var rng = SplitMix64(seed: 2)
    let jsonl = JSONLScoring(engine: Shipped.engine, scenarios: profiles, defaultScenario: "bed")
    // Thousands of lines in chunks of ~40 kB: many batches, each of many items.
    let input = mixedInput(lines: 4000, &rng)
    let chunks = stride(from: 0, to: input.count, by: 40_000).map { Array(input[$0..<min(input.count, $0 + 40_000)]) }
    let expected = referenceRun(jsonl, chunks)
    let got = pipelineRun(jsonl, chunks)
    #expect(got.output == expected.output)
    #expect(got.summary == expected.summary)
    #expect(got.writes > chunks.count) // written item by item, as they complete
    let ids = String(decoding: got.output, as: UTF8.self).split(separator: "\n").compactMap { line -> Int? in
        guard let r = line.range(of: #""id":"n"#) else { return nil }
        return Int(line[r.upperBound...].prefix { $0.isNumber })
    }
    #expect(ids.count > 100 && ids == ids.sorted())
}

@Test func oneBigChunkIsScoredInOrderAsLineByLine() {
    // One chunk of 3000 lines: ~24 items shared by the cores.
    let input = (0..<3000).map { #"{"id":"r\#($0)","reply":"I'm sorry, number \#($0). I'll call you back today.","latency_s":\#($0 % 90)}"# }
    let jsonl = JSONLScoring(engine: Shipped.engine)
    let got = pipelineRun(jsonl, [Array(input.joined(separator: "\n").utf8)])
    var expected: [UInt8] = []
    for (n, line) in input.enumerated() { expected += jsonl.scoreLine(ArraySlice(Array(line.utf8)), lineNumber: n + 1).output + [0x0A] }
    #expect(got.output == expected)
    #expect(got.summary == JSONLScoring.Summary(lines: 3000, failed: 0))
    // scoreLines (the batch API) agrees too.
    let batch = JSONLScoring(engine: Shipped.engine).scoreLines(input.map { ArraySlice(Array($0.utf8)) }, firstLineNumber: 1)
    var batchOutput: [UInt8] = []
    for r in batch { batchOutput += r.output + [0x0A] }
    #expect(batchOutput == expected)
}

@Test func oversizedLinesAcrossChunksAreAnsweredAsBefore() {
    var rng = SplitMix64(seed: 3)
    let jsonl = JSONLScoring(engine: Shipped.engine, maxLineBytes: 120)
    let long = Array(#"{"id":"long","reply":""#.utf8) + Array(repeating: UInt8(ascii: "x"), count: 400) + Array(#""}"#.utf8)
    let blankLong = Array(repeating: UInt8(ascii: " "), count: 300)
    let ok = Array(#"{"id":"ok","reply":"Sorry."}"#.utf8)
    let input = [ok, long, ok, blankLong, ok, long, long, ok].flatMap { $0 + [0x0A] } + long // unterminated at the end
    for maxChunk in [1, 13, 50, 119, 120, 121, 250, 4000] {
        for _ in 0..<3 {
            let chunks = chunked(input, maxChunk: maxChunk, &rng)
            let expected = referenceRun(jsonl, chunks)
            let got = pipelineRun(jsonl, chunks)
            #expect(got.output == expected.output, "chunks up to \(maxChunk) bytes")
            #expect(got.summary == expected.summary)
        }
    }
    // The limit itself: a line of exactly the limit is read, one byte more is refused.
    let exact = Array(#"{"id":"e","reply":""#.utf8) + Array(repeating: UInt8(ascii: "y"), count: 120 - 21) + Array(#""}"#.utf8)
    #expect(exact.count == 120)
    let both = exact + [0x0A] + exact.dropLast(2) + Array(#"y"}"#.utf8) + [0x0A]
    let got = pipelineRun(jsonl, [both])
    #expect(got.output == referenceRun(jsonl, [both]).output)
    #expect(got.summary == JSONLScoring.Summary(lines: 2, failed: 1))
}

@Test func emptyAndBlankInputsWriteNothing() {
    let jsonl = JSONLScoring(engine: Shipped.engine)
    for chunks in [[], [[]], [Array("\n\n \r\n\t\n".utf8)], [Array("  ".utf8), Array(" \r".utf8)]] as [[[UInt8]]] {
        let got = pipelineRun(jsonl, chunks)
        #expect(got.output.isEmpty && got.summary == JSONLScoring.Summary())
    }
}

@Test func plainNumberLiteralsReadAsDoubleDoes() {
    var rng = SplitMix64(seed: 4)
    var literals = ["0", "-0", "1", "104", "12.5", "12.50", "0.1", "0.3", "-3", "9007199254740993", "123456789012345", "1234567890123456",
                    "0.000000000000000000001", "1.0000000000000002", "99.95", "01", "1.", ".5", "-", "1e5", "1E-3", "+1", "1-2", "--1", "0.0.1", ""]
    for _ in 0..<2000 {
        let digits = (0..<Int.random(in: 1...17, using: &rng)).map { _ in String(Int.random(in: 0...9, using: &rng)) }.joined()
        let point = Int.random(in: 0...digits.count, using: &rng)
        var s = point == 0 || point == digits.count ? digits : String(digits.prefix(point)) + "." + digits.dropFirst(point)
        if Bool.random(using: &rng) { s = "-" + s }
        literals.append(s)
    }
    for literal in literals {
        let fast = Array(literal.utf8).withUnsafeBufferPointer { JSONLineParser.plainDecimal($0) }
        guard let fast else { continue } // the full reader is used
        let full = Double(literal)
        #expect(full != nil && fast.bitPattern == full!.bitPattern, "\(literal)")
    }
}

@Test func theUTF8CheckAgreesWithStringValidating() {
    var rng = SplitMix64(seed: 5)
    var samples: [[UInt8]] = [[], [0x41], [0xC3, 0xA9], [0xC3], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF0, 0x90, 0x80, 0x41],
                              [0xEF, 0xBF, 0xBD], [0xEF, 0xBF, 0x41], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xFF], Array("😀für".utf8)]
    let pieces: [[UInt8]] = [[0x61], [0x20], [0xC3, 0xA9], [0xE2, 0x80, 0x94], [0xF0, 0x9F, 0x98, 0x80], [0x80], [0xC3], [0xE2, 0x80], [0xFF], [0xED, 0xB0, 0x80]]
    for _ in 0..<3000 {
        samples.append((0..<Int.random(in: 0...12, using: &rng)).flatMap { _ in pieces[Int.random(in: 0..<pieces.count, using: &rng)] })
    }
    for bytes in samples {
        let expected = String(validating: bytes, as: UTF8.self)
        let ascii = bytes.allSatisfy { $0 < 0x80 }
        let got = bytes.withUnsafeBufferPointer { JSONLineParser.checkedText($0, ascii: ascii, wanted: true) }
        #expect(got.valid == (expected != nil), "\(bytes)")
        #expect(got.text == expected)
    }
}

/// The escaper as it was: byte by byte.
private func referenceJSONString(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = [0x22]
    for b in bytes {
        switch b {
        case 0x22: out += Array(#"\""#.utf8)
        case 0x5C: out += Array(#"\\"#.utf8)
        case 0x0A: out += Array(#"\n"#.utf8)
        case 0x0D: out += Array(#"\r"#.utf8)
        case 0x09: out += Array(#"\t"#.utf8)
        case 0..<0x20, 0x7F: out += Array(String(format: "\\u%04x", b).utf8)
        default: out.append(b)
        }
    }
    return out + [0x22]
}

@Test func theWordAtATimeEscaperAgreesByteForByte() {
    var rng = SplitMix64(seed: 6)
    let alphabet: [UInt8] = Array("abcXYZ 019.,'~".utf8) + [0x22, 0x5C, 0x7F, 0x00, 0x01, 0x09, 0x0A, 0x0D, 0x1F, 0x20, 0x21, 0x5B, 0x5D, 0x7E, 0x80, 0xC3, 0xA9, 0xFF]
    var samples: [[UInt8]] = (0..<40).map { Array(repeating: UInt8(ascii: "a"), count: $0) }
    for n in 0..<40 { for special: UInt8 in [0x22, 0x5C, 0x1F, 0x7F, 0x00] { for at in [0, n / 2, max(0, n - 1)] where at < max(1, n) {
        var s = Array(repeating: UInt8(ascii: "b"), count: max(1, n)); s[at] = special; samples.append(s)
    } } }
    for _ in 0..<3000 { samples.append((0..<Int.random(in: 0...70, using: &rng)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &rng)] }) }
    for bytes in samples {
        var w = JSONWriter(capacity: 8) // grows while writing, too
        w.raw("x")
        bytes.withUnsafeBufferPointer { w.string(utf8: $0) }
        #expect(w.bytes == [UInt8(ascii: "x")] + referenceJSONString(bytes), "\(bytes)")
        // Word test alone: exactly "some byte needs escaping".
        if bytes.count >= 8 {
            let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            #expect(JSONWriter.needsEscape(word) == bytes.prefix(8).contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F })
        }
    }
}

@Test func roundingToTenthsIsRoundedAwayFromZero() {
    var rng = SplitMix64(seed: 7)
    var values: [Double] = [0, -0.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994, 4503599627370495.5, 4503599627370497, 1e15 + 0.5, -7.25, 99.95 * 10, 0.05 * 10]
    for _ in 0..<5000 { values.append(Double.random(in: -2000...2000, using: &rng)) }
    for _ in 0..<2000 { values.append(Double(Int.random(in: -20000...20000, using: &rng)) / 2) }
    for x in values { #expect(JSONWriter.roundedToInt(x) == Int(x.rounded()), "\(x)") }
}

@Test func writerCollectsIntoItsArrayAndSpillsBeyondTheGuess() {
    let small = JSONWriter.collect(capacity: 64) { w in w.raw("{\"a\":"); w.integer(12); w.raw("}") }
    #expect(small == Array(#"{"a":12}"#.utf8))
    let big = JSONWriter.collect(capacity: 64) { w in for i in 0..<1000 { w.integer(i); w.byte(0x0A) } }
    #expect(big == Array((0..<1000).map { "\($0)\n" }.joined().utf8))
}

@Test func batchScoringKeepsEveryResultInItsPlace() {
    // 1001 items: chunks taken in turn by the cores, the last one partial.
    let replies = ["I'm so sorry, I'll refund you today.", "CALM DOWN!!!", "Het spijt me echt.", "Jeg beklager.", "ok", ""]
    let items = (0..<1001).map { BatchItem(reply: replies[$0 % replies.count] + String(repeating: " really", count: $0 % 5),
                                           context: ScoringContext(latency: Double($0 % 40))) }
    let batch = Shipped.engine.scoreBatch(items)
    #expect(batch.count == items.count)
    for (i, item) in items.enumerated() where i % 7 == 0 || i > 990 {
        #expect(batch[i] == Shipped.engine.score(item.reply, context: item.context), "item \(i)")
    }
}

/// A line with a scenario and no "customer" answers the scenario's opening line, so a copy of it
/// is caught as `hotseat calibrate` catches it; a line's own "customer" wins, and does not stay
/// behind for the next line of the same scenario.
@Test func aLineWithoutACustomerAnswersTheScenariosOpeningLine() {
    let opening = "We sat on your chairlift for a full hour at minus twelve and my daughter could not feel her fingers."
    let scenarios = ["lift": ScenarioProfile(topicWords: [.en: ["lift", "cold"]], openingLines: [.en: opening])]
    let jsonl = JSONLScoring(engine: Shipped.engine, scenarios: scenarios)
    let copy = "Sorry. We sat on your chairlift for a full hour at minus twelve and my daughter could not feel her fingers."
    func flags(_ line: String) -> String { String(decoding: jsonl.scoreLine(ArraySlice(Array(line.utf8)), lineNumber: 1).output, as: UTF8.self) }
    #expect(flags(#"{"id":"a","reply":"\#(copy)","lang":"en","scenario":"lift"}"#).contains("copied-customer-line"))
    #expect(!flags(#"{"id":"b","reply":"\#(copy)","lang":"en","scenario":"lift","customer":"Where is my refund?"}"#).contains("copied-customer-line"))
    // Line by line through one worker: the second line's "customer" is gone by the third.
    let lines = [#"{"id":"c","reply":"I'm so sorry, I'll refund your pass today.","lang":"en","scenario":"lift","customer":"I'm so sorry, I'll refund your pass today."}"#,
                 #"{"id":"d","reply":"I'm so sorry, I'll refund your pass today.","lang":"en","scenario":"lift"}"#,
                 #"{"id":"e","reply":"\#(copy)","lang":"en","scenario":"lift"}"#]
    let results = jsonl.scoreLines(lines.map { ArraySlice(Array($0.utf8)) }, firstLineNumber: 1).map { String(decoding: $0.output, as: UTF8.self) }
    #expect(results[0].contains("copied-customer-line"))
    #expect(!results[1].contains("copied-customer-line"))
    #expect(results[2].contains("copied-customer-line"))
    // Without a language the engine detects one, and the opening lines of every language count.
    #expect(flags(#"{"id":"f","reply":"\#(copy)","scenario":"lift"}"#).contains("copied-customer-line"))
}
