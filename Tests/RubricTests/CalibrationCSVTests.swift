import HotseatCore
import Testing
@testable import Rubric

@Suite struct CalibrationCSVTests {
    func parse(_ text: String) throws(CSVError) -> [CSVRecord] { try CSVReader.parse(Array(text.utf8), file: "r.csv") }

    @Test func plainFieldsAndLineNumbers() throws {
        let records = try parse("id,reply\n1,hello\n2,bye\n")
        #expect(records.map(\.fields) == [["id", "reply"], ["1", "hello"], ["2", "bye"]])
        #expect(records.map(\.line) == [1, 2, 3])
    }

    @Test func quotedFieldsWithCommasQuotesAndNewlines() throws {
        let records = try parse("id,reply\r\n1,\"Sorry, truly \"\"sorry\"\"\r\nsecond line\"\r\n2,x")
        #expect(records[1].fields == ["1", "Sorry, truly \"sorry\"\r\nsecond line"])
        #expect(records[2].fields == ["2", "x"])
        // The record after a two-line field starts on line 4.
        #expect(records[2].line == 4)
    }

    @Test func byteOrderMarkIsIgnoredAndUTF8Kept() throws {
        let records = try CSVReader.parse([0xEF, 0xBB, 0xBF] + Array("id,reply\n1,Det er ikke greit, æøå ë é 😀\n".utf8), file: "r.csv")
        #expect(records[0].fields == ["id", "reply"])
        #expect(records[1].fields == ["1", "Det er ikke greit", " æøå ë é 😀"])
    }

    @Test func quotedFirstFieldAfterBOM() throws {
        let records = try CSVReader.parse([0xEF, 0xBB, 0xBF] + Array("\"id\",reply\n".utf8), file: "r.csv")
        #expect(records[0].fields == ["id", "reply"])
    }

    @Test func emptyFieldsAndBlankLines() throws {
        let records = try parse("a,b,c\n,,\n\n\"\",x,\n")
        #expect(records.map(\.fields) == [["a", "b", "c"], ["", "", ""], ["", "x", ""]])
        #expect(records[2].line == 4)
    }

    @Test func lastRecordWithoutNewline() throws {
        #expect(try parse("a,b\n1,2").last?.fields == ["1", "2"])
    }

    @Test func unterminatedQuoteReportsTheLineItOpened() {
        #expect(throws: CSVError(.unterminatedQuote, file: "r.csv", line: 2)) { try parse("id,reply\n1,\"never closed\n3,x\n") }
    }

    @Test func strayQuotesAreErrorsWithTheirLine() {
        #expect(throws: CSVError(.quoteInUnquotedField, file: "r.csv", line: 3)) { try parse("a,b\n1,2\n3,say \"hi\"\n") }
        #expect(throws: CSVError(.textAfterClosingQuote, file: "r.csv", line: 2)) { try parse("a,b\n1,\"x\"y\n") }
    }

    @Test func invalidUTF8IsAnErrorNotACrash() {
        #expect(throws: CSVError(.invalidUTF8, file: "r.csv", line: 2)) {
            try CSVReader.parse(Array("a,b\n1,".utf8) + [0xFF, 0xFE] + Array("\n".utf8), file: "r.csv")
        }
    }

    @Test func errorMessageNamesFileAndLine() {
        #expect(CSVError(.unterminatedQuote, file: "r.csv", line: 7).description.hasPrefix("r.csv:7: error: "))
    }

    // MARK: ratings table

    let header = "id,reply,lang,scenario,latency_s,empathy,ownership,speed,calm,rationale\n"

    @Test func ratingsRowsAreRead() throws {
        let rows = try RatingsTable.parse(Array((header + "a1,\"I'm sorry, let me fix it\",en,ski-lift,12,4,5,4,5,good\nb2,Nee,,, ,1,1,,2,\n").utf8), file: "r.csv")
        #expect(rows.count == 2)
        #expect(rows[0] == RatedReply(id: "a1", reply: "I'm sorry, let me fix it", language: .en, scenarioID: "ski-lift", latency: 12,
                                      ratings: [.empathy: 4, .ownership: 5, .speed: 4, .calm: 5], rationale: "good", line: 2))
        #expect(rows[1].language == nil && rows[1].latency == nil && rows[1].scenarioID == nil)
        #expect(rows[1].ratings == [.empathy: 1, .ownership: 1, .calm: 2])
    }

    @Test(arguments: [
        ("a1,x,en,,1,6,1,1,1,\n", "r.csv:2: error: empathy rating '6' must be a whole number from 1 to 5"),
        ("a1,x,de,,1,1,1,1,1,\n", "r.csv:2: error: unknown language 'de' (use en, nl or nb, or leave it empty to detect)"),
        ("a1,x,en,,-3,1,1,1,1,\n", "r.csv:2: error: latency_s '-3' is not a number of seconds ≥ 0"),
        ("a1,x,en,,1,1,1,1\n", "r.csv:2: error: this row has 8 fields, the header has 10 (quote fields that contain commas)"),
        ("a1,x,en,,1,1,1,1,1,\na1,y,en,,1,1,1,1,1,\n", "r.csv:3: error: id 'a1' is already used on line 2"),
    ])
    func badRowsGiveOneLineWithFileAndLine(row: String, message: String) {
        do {
            _ = try RatingsTable.parse(Array((header + row).utf8), file: "r.csv")
            Issue.record("expected an error for \(row)")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func headerProblemsAreReported() {
        #expect(throws: RatingsError(file: "r.csv", line: 1, "missing column 'reply' in the header")) {
            try RatingsTable.parse(Array("id,empathy\n1,3\n".utf8), file: "r.csv")
        }
        #expect(throws: RatingsError.self) { try RatingsTable.parse([], file: "r.csv") }
        #expect(throws: RatingsError.self) { try RatingsTable.parse(Array("id,reply,note\n1,x,y\n".utf8), file: "r.csv") }
    }

    @Test func aMisspeltRatingColumnIsAnErrorNotADroppedDimension() {
        #expect(throws: RatingsError(file: "r.csv", line: 1, "unknown column 'clam' (did you mean 'calm'?)")) {
            try RatingsTable.parse(Array("id,reply,empathy,clam\n1,x,3,4\n".utf8), file: "r.csv")
        }
        #expect(throws: RatingsError(file: "r.csv", line: 1, "unknown column 'Empathie' (did you mean 'empathy'?)")) {
            try RatingsTable.parse(Array("id,reply,Empathie\n1,x,3\n".utf8), file: "r.csv")
        }
    }

    @Test func unrelatedExtraColumnsAreIgnored() throws {
        let rows = try RatingsTable.parse(Array("id,reply,rater,empathy\n1,x,Anna,3\n".utf8), file: "r.csv")
        #expect(rows.map(\.ratings) == [[.empathy: 3]])
    }

    @Test func aHeaderWithoutRowsIsUnusable() {
        #expect(throws: RatingsError(file: "r.csv", line: 1, "the file has a header but no rated replies: add one row per reply below it")) {
            try RatingsTable.parse(Array(header.utf8), file: "r.csv")
        }
    }

    /// A quote left open mid-file runs on to the next quoted field, whose opening quote then looks
    /// like a closing one with text after it: the error names the line where the field opened.
    @Test func anUnclosedQuoteMidFileIsReportedWhereItOpened() {
        let csv = "id,reply,empathy\n1,ok,3\n2,\"never closed,4\n3,\"fine\",2\n4,ok,1\n"
        #expect(throws: CSVError(.unterminatedQuote, file: "r.csv", line: 3)) { try parse(csv) }
    }

    @Test func csvErrorsSurfaceAsRatingsErrorsWithTheSameLine() {
        #expect(throws: RatingsError(file: "r.csv", line: 2, CSVError(.unterminatedQuote, file: "r.csv", line: 2).message)) {
            try RatingsTable.parse(Array((header + "a,\"open\n").utf8), file: "r.csv")
        }
    }
}
