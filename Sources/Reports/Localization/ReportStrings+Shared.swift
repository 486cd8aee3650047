import HotseatCore

extension ReportStrings {
    /// Labels, outcomes and evidence notes both trainee reports use.
    static let shared: [Key: [Language: String]] = [
        .trainee: [.en: "Trainee", .nl: "Cursist", .nb: "Deltaker"],
        .scenario: [.en: "Scenario", .nl: "Scenario", .nb: "Scenario"],
        .date: [.en: "Date", .nl: "Datum", .nb: "Dato"],
        .session: [.en: "Session", .nl: "Sessie", .nb: "Økt"],
        .finalMood: [.en: "Final mood", .nl: "Eindstemming", .nb: "Humør til slutt"],
        .hintsUsed: [.en: "Hints used", .nl: "Hints gebruikt", .nb: "Hint brukt"],
        // {0}: a score or mood.
        .outOf100: [.en: "{0} of 100", .nl: "{0} van 100", .nb: "{0} av 100"],
        // {0}: how many, {1}: out of how many.
        .countOf: [.en: "{0} of {1}", .nl: "{0} van {1}", .nb: "{0} av {1}"],
        .pageFooter: [
            .en: "Made by Hotseat. Scores come from a rubric of phrases and rules: read the replies themselves before judging.",
            .nl: "Gemaakt met Hotseat. De scores komen uit een beoordelingsschema van zinsdelen en regels: lees de antwoorden zelf voordat je een oordeel velt.",
            .nb: "Laget med Hotseat. Skårene kommer fra et vurderingsskjema med uttrykk og regler: les selve svarene før du gjør deg opp en mening.",
        ],
        .dimensionHeader: [.en: "Dimension", .nl: "Vaardigheid", .nb: "Ferdighet"],
        .scoreHeader: [.en: "Score", .nl: "Score", .nb: "Skår"],
        .bandHeader: [.en: "Band", .nl: "Niveau", .nb: "Nivå"],
        // How a session ended, as a label of its own; the drill's Localizer says the same inside a sentence.
        .outcomeResolved: [.en: "Resolved", .nl: "Opgelost", .nb: "Løst"],
        .outcomeWalkedOut: [.en: "Customer walked out", .nl: "Klant is weggelopen", .nb: "Kunden gikk"],
        .outcomeManager: [.en: "Escalated to a manager", .nl: "Klant wilde een leidinggevende", .nb: "Kunden krevde en leder"],
        .outcomeTurnLimit: [.en: "Ran out of turns", .nl: "Maximum aantal beurten bereikt", .nb: "Grensen for antall svar nådd"],
        .outcomeUnfinished: [.en: "Not finished", .nl: "Niet afgerond", .nb: "Ikke ferdig"],
        .noReply: [.en: "(no reply)", .nl: "(geen antwoord)", .nb: "(ikke noe svar)"],
        // Evidence tied to no words: a penalty for something the reply lacked, or a note on the reply as a whole.
        .evidenceMissing: [.en: "missing", .nl: "ontbreekt", .nb: "mangler"],
        .evidenceWholeReply: [.en: "whole reply", .nl: "hele antwoord", .nb: "hele svaret"],
        // {0}: the notes sharing the words ("O1 and O2").
        .sharedBy: [.en: "Shared by {0}:", .nl: "Gedeeld door {0}:", .nb: "Delt av {0}:"],
        .and: [.en: "and", .nl: "en", .nb: "og"],
        .notesLabel: [.en: "Why this reply scored as it did", .nl: "Waarom dit antwoord deze score kreeg", .nb: "Hvorfor svaret fikk denne skåren"],
        .legendLabel: [.en: "How evidence is marked", .nl: "Hoe de onderbouwing is gemarkeerd", .nb: "Slik er grunnlaget markert"],
        .underlineSolid: [.en: "solid underline", .nl: "doorgetrokken onderstreping", .nb: "heltrukken understreking"],
        .underlineDashed: [.en: "dashed underline", .nl: "gestreepte onderstreping", .nb: "stiplet understreking"],
        .underlineDotted: [.en: "dotted underline", .nl: "gestippelde onderstreping", .nb: "prikket understreking"],
        .underlineDouble: [.en: "double underline", .nl: "dubbele onderstreping", .nb: "dobbel understreking"],
    ]

    /// The words inside charts: what a screen reader hears and a figure caption says.
    static let charts: [Key: [Language: String]] = [
        .noData: [.en: "No data yet", .nl: "Nog geen gegevens", .nb: "Ingen data ennå"],
        .noDataSummary: [.en: "No data yet: nothing has been recorded for this chart.",
                         .nl: "Nog geen gegevens: voor deze grafiek is nog niets vastgelegd.",
                         .nb: "Ingen data ennå: ingenting er registrert for dette diagrammet."],
        // {0}: "Empathy 82 (excellent), Ownership 45 (developing), …".
        .barSummary: [.en: "Scores out of 100: {0}.", .nl: "Scores van 0 tot 100: {0}.", .nb: "Skårer fra 0 til 100: {0}."],
        .radarSummary: [.en: "Radar of scores out of 100: {0}.", .nl: "Radardiagram van de scores van 0 tot 100: {0}.",
                        .nb: "Radardiagram over skårene fra 0 til 100: {0}."],
        // {0}: the line's name.
        .lineNoData: [.en: "{0}: no data.", .nl: "{0}: geen gegevens.", .nb: "{0}: ingen data."],
        // {0}: the line's name, {1}: its only value, {2}: where on the x axis.
        .lineOnePoint: [.en: "{0}: {1} at {2}.", .nl: "{0}: {1} bij {2}.", .nb: "{0}: {1} ved {2}."],
        // {0}: first value, {1}: last value, {2}: how many points.
        .lineRange: [.en: "from {0} to {1} over {2} points", .nl: "van {0} naar {1} over {2} punten", .nb: "fra {0} til {1} over {2} punkter"],
        // {0}: the line's name, {1}: its values (or `lineRange`), {2}: lowest, {3}: highest.
        .lineSummary: [.en: "{0}: {1} (lowest {2}, highest {3}).", .nl: "{0}: {1} (laagste {2}, hoogste {3}).",
                       .nb: "{0}: {1} (lavest {2}, høyest {3})."],
    ]
}
