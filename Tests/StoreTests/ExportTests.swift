import Foundation
import HotseatCore
import Testing
@testable import Store

@Suite("Exports")
struct ExportTests {
    @Test("CSV round-trips commas, quotes, newlines and æøå, with a BOM and CRLF")
    func csvRoundTrip() throws {
        let rows = [
            ["name", "reply", "note"],
            ["Åse Ødegård", "Sorry, \"truly\" sorry", "line one\nline two"],
            ["Bjørn", "", "crlf\r\ninside, too"],
            ["trailing", "comma,", "\"\""],
        ]
        let text = CSV.document(rows)
        #expect(text.hasPrefix("\u{FEFF}"))
        #expect(text.hasSuffix("\r\n"))
        #expect(CSV.parse(text) == rows)
        // What a spreadsheet gets is bytes: decode them as UTF-8 and compare again.
        let bytes = Data(text.utf8)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(CSV.parse(String(decoding: bytes, as: UTF8.self)) == rows)
        #expect(CSV.parse("\"open") == nil)
    }

    @Test("the session CSV export parses back to the stored values")
    func sessionCSV() throws {
        let folder = TemporaryFolder()
        let store = try Store.open(at: folder.storeURL)
        var session = Sample.session(trainee: "Øyvind, \"the fixer\"")
        session.scenarioTitle = "Vast in de lift,\nkoud"
        store.startSession(session)
        store.recordTurn(Sample.turn(session, index: 0))
        store.finishSession(session.id, ending: SessionEnding(outcome: .resolved, scores: [.empathy: 71.25, .calm: 90], overall: 80.5))
        let text = try SessionExporter().render(store.transcripts(), as: .csv)
        let rows = try #require(CSV.parse(text))
        #expect(rows.count == 2)
        #expect(rows[0] == SessionExporter.csvHeader)
        let row = Dictionary(uniqueKeysWithValues: zip(rows[0], rows[1]))
        #expect(row["trainee"] == session.trainee)
        #expect(row["scenario_title"] == session.scenarioTitle)
        #expect(row["empathy"] == "71.2" || row["empathy"] == "71.3")
        #expect(row["overall"] == "80.5")
        #expect(row["outcome"] == "resolved")
        #expect(row["turns"] == "1")
        #expect(row["speed"] == "")
    }

    @Test("the JSON export reads back as the stored sessions, for hotseat replay")
    func jsonExportReadsBack() throws {
        let folder = TemporaryFolder()
        let store = try Store.open(at: folder.storeURL)
        let session = Sample.session(trainee: "Åse")
        store.startSession(session)
        store.recordTurn(Sample.turn(session, index: 0))
        store.recordTurn(Sample.turn(session, index: 1))
        store.finishSession(session.id, ending: SessionEnding(outcome: .resolved, scores: [.empathy: 71.25, .calm: 90], overall: 80.5))
        let stored = try store.transcripts()
        let read = try SessionTranscript.fromExport(Data(try SessionExporter().render(stored, as: .json).utf8))
        #expect(read.count == 1)
        let (a, b) = (try #require(stored.first), try #require(read.first))
        #expect(b.session.id == a.session.id && b.session.trainee == a.session.trainee && b.session.scenarioID == a.session.scenarioID)
        #expect(b.session.language == a.session.language && b.session.mode == a.session.mode && b.session.seed == a.session.seed)
        #expect(b.session.status == a.session.status && b.session.outcome == a.session.outcome)
        #expect(b.session.scores == a.session.scores && b.session.overall == a.session.overall)
        #expect(abs(b.session.startedAt.timeIntervalSince(a.session.startedAt)) < 0.0005, "milliseconds survive")
        #expect(b.turns.map(\.reply) == a.turns.map(\.reply) && b.turns.map(\.behaviours) == a.turns.map(\.behaviours))
        #expect(b.turns.map { $0.score?.scores } == a.turns.map { $0.score?.scores })
        #expect(b.turns.map { $0.score?.evidence } == a.turns.map { $0.score?.evidence })
        #expect(b.turns.map(\.latencyNet) == a.turns.map(\.latencyNet) && b.turns.map(\.moodAfter) == a.turns.map(\.moodAfter))
    }

    @Test("a bad value in a JSON export is named with its session and field")
    func jsonExportBadValue() throws {
        let export = #"[{"id":"s1","trainee":"t","scenario":"ski-lift","language":"de","mode":"training","seed":"1","status":"finished","startedAt":"2026-12-04T10:00:00.000Z","scores":{},"turns":[]}]"#
        let error = #expect(throws: ExportReadingError.self) { try SessionTranscript.fromExport(Data(export.utf8)) }
        #expect(error?.description == "session s1: language 'de' is not en, nl or nb")
        #expect(throws: DecodingError.self) { try SessionTranscript.fromExport(Data(#"{"hello":"world"}"#.utf8)) }
    }

    @Test("xAPI statements carry every property xAPI 1.0.3 requires, with valid values")
    func xapiRequiredFields() throws {
        let folder = TemporaryFolder()
        let store = try Store.open(at: folder.storeURL)
        let finished = Sample.session(trainee: "ingrid", startedAt: Date(timeIntervalSince1970: 1_790_000_000))
        let paused = Sample.session(trainee: "ola.nordmann@example.no", startedAt: Date(timeIntervalSince1970: 1_790_000_500))
        store.startSession(finished)
        store.startSession(paused)
        store.recordTurn(Sample.turn(paused, index: 0))
        store.setStatus(.paused, session: paused.id)
        store.finishSession(finished.id, ending: SessionEnding(outcome: .resolved, endedAt: Date(timeIntervalSince1970: 1_790_000_252.5),
                                                               scores: [.empathy: 70, .ownership: 60, .calm: 90], overall: 73))
        let options = XAPIOptions(base: "https://learning.example.com/hotseat")
        let text = try SessionExporter(xapi: options).render(store.transcripts(), as: .xapi)
        let statements = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(statements.count == 2)
        let uuid = #/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/#
        let duration = #/^P(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/#
        for statement in statements {
            // Required: actor, verb, object. Optional ones we send must be well-formed.
            let actor = try #require(statement["actor"] as? [String: Any])
            let identifiers = ["mbox", "mbox_sha1sum", "openid", "account"].filter { actor[$0] != nil }
            #expect(identifiers.count == 1, "an Agent needs exactly one inverse functional identifier")
            if let account = actor["account"] as? [String: Any] {
                #expect((account["homePage"] as? String)?.hasPrefix("https://") == true)
                #expect(account["name"] as? String == "ingrid")
            } else {
                #expect(actor["mbox"] as? String == "mailto:ola.nordmann@example.no")
            }
            let verb = try #require(statement["verb"] as? [String: Any])
            let verbID = try #require(verb["id"] as? String)
            #expect([XAPIStatement.completed, XAPIStatement.terminated, XAPIStatement.attempted].contains(verbID))
            #expect((verb["display"] as? [String: String])?.isEmpty == false)
            let object = try #require(statement["object"] as? [String: Any])
            #expect(object["objectType"] as? String == "Activity")
            #expect((object["id"] as? String)?.hasPrefix("https://learning.example.com/hotseat/scenarios/") == true)
            let definition = try #require(object["definition"] as? [String: Any])
            #expect((definition["name"] as? [String: String])?.isEmpty == false)
            let id = try #require(statement["id"] as? String)
            #expect(id.wholeMatch(of: uuid) != nil)
            let context = try #require(statement["context"] as? [String: Any])
            #expect((context["registration"] as? String)?.wholeMatch(of: uuid) != nil)
            #expect(try Date(try #require(statement["timestamp"] as? String), strategy: .iso8601) > Date(timeIntervalSince1970: 0))
            let result = try #require(statement["result"] as? [String: Any])
            if let score = result["score"] as? [String: Any], let scaled = score["scaled"] as? Double {
                #expect((0...1).contains(scaled))
            }
            if let text = result["duration"] as? String { #expect(text.wholeMatch(of: duration) != nil, "\(text)") }
            for key in (result["extensions"] as? [String: Any] ?? [:]).keys { #expect(key.hasPrefix("https://")) }
        }
        let done = try #require(statements.first { ($0["verb"] as? [String: Any])?["id"] as? String == XAPIStatement.completed })
        let result = try #require(done["result"] as? [String: Any])
        #expect((result["score"] as? [String: Any])?["scaled"] as? Double == 0.73)
        #expect(result["success"] as? Bool == true)
        #expect(result["duration"] as? String == "PT4M12.5S")
        #expect((result["extensions"] as? [String: Any])?["https://learning.example.com/hotseat/extensions/empathy"] as? Double == 70)
        // Exporting again gives the same statement ids, so an LRS does not double-count.
        let again = try SessionExporter(xapi: options).render(store.transcripts(), as: .xapi)
        #expect(again == text)
    }

    @Test("an abandoned session (left by :restart) is exported as terminated, neither completed nor a failure")
    func xapiAbandoned() throws {
        let folder = TemporaryFolder()
        let store = try Store.open(at: folder.storeURL)
        // What StoreRecorder writes for the attempt a `:restart` leaves behind: no turns, no scores.
        let abandoned = Sample.session(trainee: "ingrid", startedAt: Date(timeIntervalSince1970: 1_790_000_000))
        store.startSession(abandoned)
        store.finishSession(abandoned.id, ending: SessionEnding(outcome: .abandoned, endedAt: Date(timeIntervalSince1970: 1_790_000_030),
                                                                scores: [:], overall: nil))
        let text = try SessionExporter().render(store.transcripts(), as: .xapi)
        let statements = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        let statement = try #require(statements.first)
        let verb = try #require(statement["verb"] as? [String: Any])
        #expect(verb["id"] as? String == "http://adlnet.gov/expapi/verbs/terminated")
        #expect(verb["display"] as? [String: String] == ["en-US": "terminated"])
        let result = try #require(statement["result"] as? [String: Any])
        #expect(result["completion"] as? Bool == false)
        #expect(result["success"] == nil, "an attempt that never reached an ending neither succeeded nor failed")
        #expect(result["score"] == nil)
        let context = try #require(statement["context"] as? [String: Any])
        #expect((context["extensions"] as? [String: String])?["https://hotseat.invalid/xapi/extensions/outcome"] == "abandoned")
    }

    @Test("name-based UUIDs match RFC 4122's version-5 example")
    func uuidV5() {
        // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org") == 886313e1-3b8a-5372-9b90-0c9aee199e5d
        let dns = UUID(uuidString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")!
        #expect(NameBasedUUID.make(namespace: dns, name: "python.org").uuidString.lowercased() == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
    }

    @Test("an exported time reads back as the same millisecond, for every millisecond of a second")
    func exportedTimesKeepTheirMillisecond() throws {
        let second = Date(timeIntervalSinceReferenceDate: 786_000_000)
        let lost = (0..<1000).filter { ms in
            let time = second.addingTimeInterval(Double(ms) / 1000)
            guard let back = ISO8601.date(ISO8601.string(time)) else { return true }
            return abs(back.timeIntervalSince(time)) >= 0.0005
        }
        #expect(lost.isEmpty, "\(lost.count) of 1000 came back a millisecond off, first \(lost.prefix(5))")
    }
}
