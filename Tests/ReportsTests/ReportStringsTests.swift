import Foundation
import HotseatCore
import Testing
@testable import Reports

/// The report string table is complete in every language, and translations fill the same slots.
@Suite struct ReportStringsTests {
    typealias Key = ReportStrings.Key

    @Test(arguments: Key.allCases)
    func everyKeyIsWrittenInEveryLanguage(_ key: Key) {
        for language in Language.allCases {
            let text = ReportStrings.table[key]?[language]
            #expect(text != nil && !text!.trimmingCharacters(in: .whitespaces).isEmpty, "\(key) has no \(language)")
        }
    }

    @Test(arguments: Key.allCases)
    func placeholdersAgreeAcrossLanguages(_ key: Key) throws {
        let english = try #require(ReportStrings.table[key]?[.en])
        let expected = Self.placeholders(english)
        // {0} … {n-1}, none skipped, so format's arguments line up.
        #expect(expected == Set((0..<expected.count).map { "{\($0)}" }), "\(key): \(english)")
        for language in [Language.nl, .nb] {
            let text = try #require(ReportStrings.table[key]?[language])
            #expect(Self.placeholders(text) == expected, "\(key) in \(language): \(text)")
        }
    }

    /// Fragments that are glued to others (" Trains: …", "; new to you.") start alike everywhere.
    @Test(arguments: Key.allCases)
    func gluedFragmentsStartAlike(_ key: Key) throws {
        let english = try #require(ReportStrings.table[key]?[.en])
        for language in [Language.nl, .nb] {
            let text = try #require(ReportStrings.table[key]?[language])
            #expect(text.first?.isWhitespace == english.first?.isWhitespace, "\(key) in \(language)")
            #expect(text.first?.isPunctuation == english.first?.isPunctuation, "\(key) in \(language)")
        }
    }

    /// Each part of the table is its own: a key written in two parts would lose one translation silently.
    @Test func thePartsOfTheTableDoNotOverlap() {
        let parts = [ReportStrings.shared, ReportStrings.charts, ReportStrings.scorecard, ReportStrings.progress]
        #expect(parts.map(\.count).reduce(0, +) == ReportStrings.table.count)
        #expect(ReportStrings.table.count == Key.allCases.count)
    }

    @Test func formatFillsPlaceholdersInTheirOrder() {
        #expect(ReportStrings(.nl).format(.attemptsCount, 3, 2, 1) == "3 (2 afgerond, 1 niet afgerond)")
        #expect(ReportStrings(.nb).format(.lineSummary, "Humør", "70, 30", 30, 70) == "Humør: 70, 30 (lavest 30, høyest 70).")
        #expect(ReportStrings(.nb).html(.noAttemptsHTML, "<b>hotseat play</b>") == "Ingen forsøk ennå. Begynn med <b>hotseat play</b>.")
    }

    /// The reports and the drill name dimensions, bands and outcomes alike.
    @Test func namesAreTheDrills() {
        #expect(Dimension.ownership.label(in: .nl) == "Eigenaarschap")
        #expect(Band.developing.label(in: .nb) == "Under utvikling")
        #expect(Band.developing.label == "Developing")
        #expect(SessionOutcome.walkedOut.label(in: .nl) == "Klant is weggelopen")
        #expect(SessionOutcome.walkedOut.label == "Customer walked out")
    }

    static func placeholders(_ text: String) -> Set<String> {
        var found = Set<String>()
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            found.insert(String(rest[open...close]))
            rest = rest[rest.index(after: close)...]
        }
        return found
    }
}
