import Foundation
import HotseatCore
import Testing
@testable import Rubric

private func run(_ input: String, _ jsonl: JSONLScoring = JSONLScoring(engine: Shipped.engine)) -> (lines: [String], summary: JSONLScoring.Summary) {
    var chunks = [Array(input.utf8)]
    var output: [UInt8] = []
    let summary = jsonl.run(read: { chunks.isEmpty ? nil : chunks.removeFirst() }, write: { output += $0 })
    return (String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init), summary)
}

private func object(_ line: String) -> [String: Any] {
    (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:]
}

@Test func sameInputGivesByteIdenticalOutput() {
    let replies = [
        "I'm so sorry you were stuck in the cold for an hour. I'll refund the two hours today.",
        "CALM DOWN!!! It's your own fault.",
        "Het spijt me echt, ik bel u vandaag voor 15.00 uur terug.",
        "Jeg beklager, men det er våre retningslinjer.",
    ]
    let first = replies.map { Shipped.score($0, latency: 30).jsonLine(id: "x") }
    let second = replies.map { Shipped.score($0, latency: 30).jsonLine(id: "x") }
    #expect(first == second)
    // And in a parallel batch, in order.
    let batch = Shipped.engine.scoreBatch((0..<400).map { BatchItem(reply: replies[$0 % 4], context: ScoringContext(latency: 30)) })
    #expect(batch.enumerated().allSatisfy { $0.element.jsonLine(id: "x") == first[$0.offset % 4] })
}

@Test func jsonlKeepsInputOrderAcrossParallelBatches() {
    let input = (0..<3000).map { #"{"id":"r\#($0)","reply":"I'm sorry, number \#($0)."}"# }.joined(separator: "\n")
    let (lines, summary) = run(input)
    #expect(summary.lines == 3000 && summary.failed == 0)
    #expect(lines.map { object($0)["id"] as? String } == (0..<3000).map { "r\($0)" })
}

@Test func jsonlOutputFollowsTheContract() {
    let (lines, _) = run(#"{"id":"a","reply":"I'm so sorry, I'll refund you today.","lang":"en","latency_s":12,"turn":0,"customer":"Where is my money?"}"# + "\n" +
                         #"{"id":7,"reply":"Sorry."}"#)
    let a = object(lines[0])
    #expect(Set(a.keys) == ["behaviours", "evidence", "flags", "id", "lang", "lang_detected", "overall", "scores"])
    let scores = a["scores"] as! [String: Any]
    #expect(Set(scores.keys) == ["empathy", "ownership", "calm", "speed"])
    #expect((scores["speed"] as? Double).map { (0...100).contains($0) } == true)
    let evidence = (a["evidence"] as! [[String: Any]]).first!
    #expect(Set(["rule", "dimension", "start", "end", "text", "points"]).isSubset(of: Set(evidence.keys)))
    let b = object(lines[1])
    #expect(b["id"] as? Int == 7)
    #expect((b["scores"] as! [String: Any])["speed"] is NSNull)
    #expect(b["lang_detected"] as? Bool == true)
    // Keys are sorted, numbers have one decimal.
    #expect(lines[1].hasPrefix(#"{"behaviours":"#))
    #expect(lines[1].contains(#""overall":"#) && lines[1].range(of: #""calm":[0-9]+\.[0-9][,}]"#, options: .regularExpression) != nil)
}

@Test func badLinesGiveErrorObjectsAndTheRunGoesOn() {
    let input = [
        #"{"id":"ok1","reply":"I'm sorry."}"#,
        #"not json at all"#,
        #"{"reply":"no id"}"#,
        #"{"id":"noreply"}"#,
        #"{"id":"badlang","reply":"Hallo","lang":"de"}"#,
        #"{"id":"badlatency","reply":"Hi","latency_s":"fast"}"#,
        #"{"id":"trailing","reply":"Hi"} extra"#,
        #"{"id":"unknownscenario","reply":"Hi","scenario":"nope"}"#,
        #"{"id":"ok2","reply":"Thanks for waiting.","extra":{"nested":[1,2,{"x":null}]},"also":true}"#,
    ].joined(separator: "\n")
    let (lines, summary) = run(input)
    #expect(lines.count == 9)
    #expect(summary.failed == 7)
    let objects = lines.map(object)
    #expect(objects[0]["error"] == nil && objects[8]["error"] == nil)
    #expect(objects[8]["id"] as? String == "ok2")
    for i in 1...7 {
        #expect((objects[i]["error"] as? String)?.hasPrefix("line \(i + 1):") == true)
        #expect(Set(objects[i].keys) == ["id", "error"])
    }
    #expect(objects[3]["id"] as? String == "noreply")
    #expect(objects[1]["id"] is NSNull)
}

@Test func unknownKeysAreIgnored() {
    let (plain, _) = run(#"{"id":"1","reply":"I'm so sorry, I'll fix it today."}"#)
    let (extra, _) = run(#"{"zzz":[1,{"a":"b"}],"id":"1","note":"ignore me","reply":"I'm so sorry, I'll fix it today.","n":null}"#)
    #expect(plain == extra)
}

@Test func invalidUTF8AndControlCharactersGiveErrorsNotCrashes() {
    var bytes = Array(#"{"id":"bad","reply":"sorry "#.utf8) + [0xFF, 0xFE] + Array(#""}"#.utf8) + [0x0A]
    bytes += Array(#"{"id":"ctl","reply":"sorry"#.utf8) + [0x01] + Array(#""}"#.utf8) + [0x0A]
    bytes += Array(#"{"id":"escaped","reply":"sorry\u0001\u0000 \ud83d\ude00 \ud800"}"#.utf8)
    var chunks = [bytes]
    var output: [UInt8] = []
    let summary = JSONLScoring(engine: Shipped.engine).run(read: { chunks.isEmpty ? nil : chunks.removeFirst() }, write: { output += $0 })
    let lines = String(decoding: output, as: UTF8.self).split(separator: "\n").map { object(String($0)) }
    #expect(lines.count == 3)
    #expect((lines[0]["error"] as? String)?.contains("UTF-8") == true)
    #expect(lines[1]["error"] != nil)
    #expect(lines[2]["error"] == nil)
    #expect(summary.failed == 2)
}

@Test func hugeLinesAreBoundedAndFlagged() {
    let reply = String(repeating: "I'm sorry about the wait. ", count: 40_000) // ~1 MB
    let (lines, summary) = run(#"{"id":"big","reply":"\#(reply)"}"#)
    #expect(summary.failed == 0)
    let flags = object(lines[0])["flags"] as! [[String: Any]]
    #expect(flags.contains { $0["code"] as? String == "truncated" })
    // Beyond the line limit the line is refused, and the next line still scores.
    let small = JSONLScoring(engine: Shipped.engine, maxLineBytes: 1000)
    let (refused, s2) = run(#"{"id":"big","reply":"\#(String(repeating: "x", count: 5000))"}"# + "\n" + #"{"id":"next","reply":"Sorry."}"#, small)
    #expect(s2.failed == 1)
    #expect(object(refused.last!)["id"] as? String == "next")
}

@Test func blankLinesAreSkipped() {
    let (lines, summary) = run("\n" + #"{"id":"1","reply":"Sorry."}"# + "\n\n   \n")
    #expect(lines.count == 1 && summary.lines == 1)
}

// JSONL scoring leaves each evidence item's text out and quotes it from the reply's bytes as it
// writes the line; that must be exactly the text the full score carries.
@Test func jsonlQuotesEvidenceExactlyAsTheFullScore() {
    let long = String(repeating: "Jeg beklager, æøå é\u{301} 😀 ", count: 200) + "I'm so sorry, I'll refund it today."
    let replies = [
        "I'm so sorry you were stuck in the cold for an hour. I'll refund the two hours today.",
        "Het spijt me écht dat u \"zo\" lang moest wachten \\ ik bel u om 15:00 terug.",
        "Jeg beklager så mye, jeg refunderer heiskortet i dag!!!", "CALM DOWN!!! It's YOUR OWN FAULT.",
        "So\u{301}rry, I'll fix it 😀😀 now.", "sorry\tsorry\u{1}sorry\nI understand how frustrating this is.",
        "Det er ikke mitt problem. Rolig ned.", long, "", "ok",
    ]
    var input = ""
    var expected: [String] = []
    for (i, reply) in replies.enumerated() {
        let latency = i % 3 == 0 ? nil : Double(10 * i)
        var w = JSONWriter()
        w.string(reply)
        let escaped = String(decoding: w.bytes, as: UTF8.self)
        input += "{\"id\":\"r\(i)\",\"reply\":\(escaped)\(latency.map { ",\"latency_s\":\($0)" } ?? ""),\"turn\":\(i % 2)}\n"
        expected.append(Shipped.engine.score(reply, context: ScoringContext(latency: latency, turn: i % 2)).jsonLine(id: "r\(i)"))
    }
    // The batch pipeline (workers with scratch) and one line at a time (no scratch) alike.
    #expect(run(input).lines == expected)
    let jsonl = JSONLScoring(engine: Shipped.engine)
    let single = input.split(separator: "\n").enumerated().map { i, line in
        String(decoding: jsonl.scoreLine(ArraySlice(Array(line.utf8)), lineNumber: i + 1).output, as: UTF8.self)
    }
    #expect(single == expected)
    #expect(expected[0].contains("\"text\":\"I'll refund\""))
    #expect(expected[7].contains("\"truncated\""))
}

@Test(arguments: Behaviour.allCases)
func behaviourLiteralsAreTheirRawValues(_ behaviour: Behaviour) {
    #expect(JSONLScoring.jsonString(behaviour).description == "\"\(behaviour.rawValue)\"")
}
