import Foundation
import Testing

/// `hotseat score --input FILE --format text`: the readable breakdown per input line, the same
/// scores as the JSONL contract, bad lines named by id; `--input` alone stays JSONL.
@Suite struct ScoreInputTextTests {
    static let input = [
        #"{"id":"a","reply":"I'm so sorry. I'll refund the two hours on your pass right now.","latency_s":12,"scenario":"ski-lift"}"#,
        "this is not json",
        "",
        #"{"id":7,"reply":"Sorry.","latency_s":-3}"#,
        #"{"id":"c","reply":"Het spijt me, ik los het vandaag op.","lang":"nl","turn":1}"#,
    ]

    @Test func textModePrintsEachLinesBreakdownAndNamesTheBadOnes() throws {
        let run = try HotseatProcess.run(["score", "--input", "-", "--format", "text"], lines: Self.input)
        #expect(run.status == 1, "a bad line still fails the run")
        #expect(run.stderr.contains("2 of 4 lines could not be scored"), "\(run.stderr)")
        #expect(run.stdout.contains(#"Reply a: "I'm so sorry. I'll refund the two hours on your pass right now.""#), "\(run.stdout)")
        #expect(run.stdout.contains("Line 2: not scored: the line is not a JSON object"))
        #expect(run.stdout.contains(#"Reply 7 (line 4): not scored: "latency_s" must be a number of seconds from 0, or null"#))
        // A Dutch reply's breakdown is in Dutch.
        #expect(run.stdout.contains(#"Antwoord c: "Het spijt me, ik los het vandaag op.""#))
        #expect(!run.stdout.contains("{\""), "no JSON in text mode")
        let order = ["Reply a:", "Line 2:", "Reply 7 (line 4):", "Antwoord c:"].compactMap { run.stdout.range(of: $0)?.lowerBound }
        #expect(order.count == 4 && order == order.sorted(), "in input order")
    }

    @Test func textAndJSONLGiveEachLineTheSameScores() throws {
        let text = try HotseatProcess.run(["score", "--input", "-", "--format", "text"], lines: Self.input).stdout
        let jsonl = try HotseatProcess.run(["score", "--input", "-", "--format", "jsonl"], lines: Self.input).stdout
        let objects = jsonl.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        // The breakdown's labels are in the reply's language: English for a, Dutch for c.
        let english = ["overall": "overall", "empathy": "empathy", "ownership": "ownership", "speed": "speed", "calm": "calm", "language": "language   "]
        let dutch = ["overall": "totaal", "empathy": "empathie", "ownership": "eigenaarschap", "speed": "snelheid", "calm": "kalmte", "language": "taal          "]
        for (label, object, names) in [("Reply a:", objects[0], english), ("Antwoord c:", objects[3], dutch)] {
            let block = try #require(text.components(separatedBy: label).last?.components(separatedBy: "\nReply ").first)
            let scores = try #require(object["scores"] as? [String: Any])
            var expected = ["overall": object["overall"] as? Double]
            for name in ["empathy", "ownership", "speed", "calm"] { expected[name] = scores[name] as? Double }
            for (name, value) in expected {
                // As the text breakdown prints a score: whole, or with one decimal; a dash without one.
                let shown = value.map { $0 == $0.rounded() ? String(Int($0)) : String(format: "%.1f", $0) } ?? "—"
                let line = block.split(separator: "\n").first { $0.hasPrefix("  \(names[name] ?? name) ") }
                #expect(line?.split(separator: " ").dropFirst().first.map(String.init) == shown, "\(label) \(name): \(block)")
            }
            #expect(block.contains("\(names["language"] ?? "?")\(object["lang"] as? String ?? "?")"))
        }
    }

    @Test func inputWithoutAFormatIsStillJSONL() throws {
        let plain = try HotseatProcess.run(["score", "--input", "-"], lines: Self.input)
        let explicit = try HotseatProcess.run(["score", "--input", "-", "--format", "jsonl"], lines: Self.input)
        #expect(plain.status == 1 && explicit.status == 1)
        #expect(plain.stdout == explicit.stdout)
        #expect(plain.stdout.hasPrefix(#"{"behaviours":"#))
    }
}
