import Foundation
import HotseatCore
import Store
import Testing
@testable import Reports

/// A trainee's progress report in Norwegian: its words, the recommendation's reason, and scenario
/// titles in Norwegian even for attempts played in English.
@Suite struct LocalizedProgressReportTests {
    static let start = Date(timeIntervalSince1970: 1_795_000_000)

    /// The scenario files' words in Norwegian, as `hotseat report` hands them over.
    static let norwegianScenarios = [
        ScenarioProfile(id: "ski-lift", title: "Fast i stolheisen", difficulty: 2, trains: "Gi timen i kulda et navn før du fikser noe"),
        ScenarioProfile(id: "late-bed", title: "Senga som ikke kom", difficulty: 1, trains: "Speil barnet på gulvet"),
    ]

    /// Two English attempts (one walked out) and one Norwegian, paused, whose stored title is Norwegian.
    static func store(_ folder: StoreAdapterTests.Folder) throws -> Store {
        let store = try Store.open(at: folder.url.appendingPathComponent("s.sqlite"))
        StoreAdapterTests.record(store, trainee: "ingrid", empathy: 40, at: start)
        let walked = SessionRecord(trainee: "ingrid", scenarioID: "ski-lift", scenarioTitle: "Title of ski-lift", language: .en,
                                   startedAt: start.addingTimeInterval(60))
        _ = store.startSession(walked)
        _ = store.finishSession(walked.id, ending: SessionEnding(outcome: .walkedOut, endedAt: start, scores: [.empathy: 20, .ownership: 30, .calm: 50],
                                                                 overall: 30))
        let norwegian = SessionRecord(trainee: "ingrid", scenarioID: "late-bed", scenarioTitle: "Senga som ikke kom (lagret)", language: .nb,
                                      startedAt: start.addingTimeInterval(120))
        _ = store.startSession(norwegian)
        _ = store.setStatus(.paused, session: norwegian.id)
        return store
    }

    /// English words that must not be left over; "yes" and "Period" only whole ("nyeste", "høyest" and "Periode" contain them).
    static let englishChrome = [
        "Progress", "Trainee", "Attempts", "finished", "Scenarios", ">Period<", "Next:", "Aims at", "your weakest", "new to you",
        "you scored", "Trains:", "Trends", "oldest", "latest", "Scores over attempts", "Attempt", "Score (0", "Date", "Outcome",
        "Overall", "Best overall", "Ever resolved", "  yes\n", "<td>yes</td>", "not yet", "Empathy", "Ownership", "Speed", "Calm", "Resolved",
        "Customer walked out", "Not finished", "Excellent", "Good", "Developing", "Poor", "poor", "lowest", "highest", " of ",
        "Made by Hotseat", "No data", "Title of",
    ]

    @Test func aNorwegianProgressReport() throws {
        let folder = StoreAdapterTests.Folder()
        let report = try StoreReports.progress(trainee: "ingrid", in: Self.store(folder), scenarios: Self.norwegianScenarios,
                                               now: Self.start.addingTimeInterval(3600), language: .nb)
        #expect(report.attempts.map(\.scenarioTitle) == ["Fast i stolheisen", "Fast i stolheisen", "Senga som ikke kom (lagret)"],
                "English attempts take the Norwegian title; the Norwegian one keeps the title it was played under")
        let reason = try #require(report.recommendation?.reason)
        #expect(reason.hasPrefix("Retter seg mot "), "\(reason)")
        #expect(reason.contains(", det svakeste punktet ditt (snitt "))

        let text = ReportRenderer().render(progress: report, format: .text)
        for norwegian in ["Fremgang: ingrid", "Deltaker:", "Forsøk:            3 (2 ferdig, 1 ikke ferdig)", "Spilte scenarioer: 2",
                          "Løste forsøk:      1 av 3", "Neste: ", "Utvikling (eldste → nyeste)", "siste ", "Dato", "Utfall", "Totalt",
                          "Kunden gikk", "Ikke ferdig", "Løst", "Scenarioer", "Beste totalt", "Noen gang løst", "ja", "Empati", "Eierskap", "Fart", "Ro "] {
            #expect(text.contains(norwegian), "missing \"\(norwegian)\" in\n\(text)")
        }
        for english in Self.englishChrome { #expect(!text.contains(english), "English \"\(english)\" in\n\(text)") }

        let html = ReportRenderer().render(progress: report, format: .html)
        #expect(html.contains("<html lang=\"nb\">"))
        for norwegian in ["<title>Hotseat-fremgang: ingrid</title>", "<h1>Fremgang: ingrid</h1>", "<dt>Periode</dt>", "<strong>Neste: ",
                          "<h2 id=\"trend-h\">Utvikling</h2>", "Skårer per forsøk", ">Forsøk</text>", "Skår (0–100)", "<title>Utmerket</title>",
                          "<th scope=\"col\">Utfall</th>", "<span class=\"band\">Svak</span>", "<th scope=\"col\" class=\"num\">Beste totalt</th>",
                          "<td>Kunden gikk</td>", "Laget med Hotseat."] {
            #expect(html.contains(norwegian), "missing \"\(norwegian)\"")
        }
        let body = LocalizedSessionReportTests.body(html)
        for english in Self.englishChrome { #expect(!body.contains(english), "English \"\(english)\" in the HTML") }
    }

    @Test func anEmptyNorwegianReportSaysSoInNorwegian() {
        let empty = TraineeProgressReport(trainee: "ny", attempts: [], completed: [], recommendation: nil, interfaceLanguage: .nb)
        let text = ReportRenderer().render(progress: empty, format: .text)
        #expect(text.contains("Ingen data ennå") && text.contains("Ingen forsøk ennå. Begynn med: hotseat play") && text.contains("Ingen scenarioer spilt ennå."))
        let html = ReportRenderer().render(progress: empty, format: .html)
        #expect(html.contains("<p>Ingen forsøk ennå. Begynn med <span class=\"rule-id\">hotseat play</span>.</p>"))
        #expect(html.contains(">Ingen data ennå</text>"))
    }

    /// Without scenario files, the titles are the store's, whatever language they were played in.
    @Test func withoutScenarioFilesTheStoredTitlesStay() throws {
        let folder = StoreAdapterTests.Folder()
        let report = try StoreReports.progress(trainee: "ingrid", in: Self.store(folder), language: .nb)
        #expect(report.attempts.map(\.scenarioTitle) == ["Title of ski-lift", "Title of ski-lift", "Senga som ikke kom (lagret)"])
    }
}
