import Foundation
import Testing

/// Reports never hide a candidate: a tampered result and an unfinished run are named in every
/// format; the candidate CSV exists; the HTML shows the language; key errors fit the command.
@Suite struct ScreenReportOmissionsTests {
    @Test func everyCohortFormatNamesLeftOutAndInProgressCandidates() throws {
        let (dir, key) = try ScreenCommandsTests.sandbox()
        let env = ["HOTSEAT_SCREEN_DIR": dir.path, "HOTSEAT_ORG_KEY_FILE": key.path, "HOTSEAT_STORE": dir.appendingPathComponent("store.sqlite").path]
        try ScreenCommandsTests.takeScreen("c-301", style: "strong", environment: env)
        // c-302 reads the notice and closes the terminal: in progress.
        let paused = try ScreenCommandsTests.hotseat(["screen", "--candidate", "c-302", "--lang", "nl"], input: "\n", environment: env)
        #expect(paused.status == 3)
        // c-303: a copy of c-301's result with one score changed: the signature no longer verifies.
        let packDir = dir.appendingPathComponent("call-centre-basic")
        let signed = try String(contentsOf: packDir.appendingPathComponent("c-301.result.json"), encoding: .utf8)
        try signed.replacingOccurrences(of: "\"candidateID\":\"c-301\"", with: "\"candidateID\":\"c-303\"")
            .write(to: packDir.appendingPathComponent("c-303.result.json"), atomically: true, encoding: .utf8)

        let text = try ScreenCommandsTests.hotseat(["report", "--screen", "call-centre-basic"], environment: env)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Left out (signature does not verify)") && text.stdout.contains("c-303"))
        #expect(text.stdout.contains("In progress") && text.stdout.contains("c-302"))
        #expect(text.stdout.contains("except consistency"))

        let csv = try ScreenCommandsTests.hotseat(["report", "--screen", "call-centre-basic", "--format", "csv"], environment: env)
        #expect(csv.stdout.contains("rank,candidate,language,overall,percentile,empathy,ownership,responsiveness,composure,consistency,judgement,flags,flag_types,complete,signature,content"))
        #expect(csv.stdout.contains("\"left out (signature does not verify)\",\"c-303\""))
        #expect(csv.stdout.contains("\"in progress\",\"c-302\""))
        #expect(csv.stdout.contains("\"signed ✓\""))

        // The unfinished candidate's own report says where the run stands, not only that it is unfinished.
        let unfinished = try ScreenCommandsTests.hotseat(["report", "--candidate", "c-302"], environment: env)
        #expect(unfinished.status == 1)
        #expect(unfinished.stderr.contains("has not finished 'call-centre-basic': no signed result yet; 0 of ") && unfinished.stderr.contains(" steps done, paused"), "\(unfinished.stderr)")

        let html = try ScreenCommandsTests.hotseat(["report", "--screen", "call-centre-basic", "--format", "html"], environment: env)
        #expect(html.stdout.contains("Left out (signature does not verify)</h2>") && html.stdout.contains("In progress</h2>"))
        let ranking = try #require(html.stdout.components(separatedBy: "id=\"ranking\"").dropFirst().first?.components(separatedBy: "</section>").first)
        #expect(ranking.contains("Lang\u{AD}uage</th>") && ranking.contains("<td>en</td>"))
        let chart = try #require(html.stdout.components(separatedBy: "id=\"dist\"").dropFirst().first?.components(separatedBy: "</section>").first)
        for label in ["Responsiveness", "Composure under abuse", "Consistency across scenarios", "Situational judgement"] {
            #expect(chart.contains(">\(label)<"), "chart lacks \(label)")
        }
        #expect(html.stdout.contains("table-layout: fixed"))

        let candidateHTML = try ScreenCommandsTests.hotseat(["report", "--candidate", "c-301", "--format", "html"], environment: env)
        #expect(candidateHTML.stdout.contains("<dt>Language</dt>") && candidateHTML.stdout.contains("en (English)"))
        #expect(candidateHTML.stdout.contains("scenarios/screens/call-centre-basic.yaml"))

        let candidateCSV = try ScreenCommandsTests.hotseat(["report", "--candidate", "c-301", "--format", "csv"], environment: env)
        #expect(candidateCSV.status == 0, "\(candidateCSV.stderr)")
        let rows = candidateCSV.stdout.split(separator: "\n")
        #expect(rows.first == "\u{FEFF}section,candidate,pack,language,part,score,percentile,measured_on,quotes,flag,occurrences")
        // Every line is a CSV row: the caveats are a last table, not '#' lines a spreadsheet splits at commas.
        #expect(!rows.contains { $0.hasPrefix("#") })
        #expect(candidateCSV.stdout.contains("\n\nnote,text\n\"caveat\",\"These scores are an aid to a person's judgement"))
        #expect(candidateCSV.stdout.contains("\"cannot_judge\",\"Tone of voice"))
        #expect(rows.filter { $0.hasPrefix("part,") }.count == 6)
        #expect(rows.contains { $0.hasPrefix("part,") && $0.contains("\"empathy\"") && $0.contains("replies") })
    }

    @Test func aMissingKeyMessageFitsTheCommand() throws {
        let (dir, _) = try ScreenCommandsTests.sandbox()
        let env = ["HOTSEAT_SCREEN_DIR": dir.path, "HOTSEAT_ORG_KEY_FILE": dir.appendingPathComponent("absent.key").path]
        let report = try ScreenCommandsTests.hotseat(["report", "--screen", "call-centre-basic"], environment: env)
        #expect(report.status == 1 && report.stderr.contains("no report is shown") && !report.stderr.contains("screen will not start"))
        let verify = try ScreenCommandsTests.hotseat(["verify", dir.appendingPathComponent("x.result.json").path], environment: env)
        #expect(verify.status == 1 && verify.stderr.contains("cannot be verified") && !verify.stderr.contains("screen will not start"))
    }
}
