/// The words of `hotseat history` and `hotseat progress`, in English, Dutch and Norwegian Bokmål.
///
/// Kept apart from ``Localizer`` (the drill's own words) so each table stays readable; the
/// dimension, outcome and difficulty words come from ``Localizer`` so that the drill, `show`
/// and these views name things alike.
///
/// ```swift
/// let w = RecordsWording(.nl)
/// w[.columnTurns]                              // "beurten"
/// w.format(.progressOf, "Sanne")               // "Voortgang van Sanne"
/// ```
public struct RecordsWording: TranslatedTexts, Sendable {
    public var language: Language

    public init(_ language: Language) { self.language = language }

    public enum Key: String, CaseIterable, Sendable {
        // `hotseat history`: column headings, and a session's state in one or two words
        case columnID, columnStarted, columnTrainee, columnScenario, columnLanguage, columnResult, columnTurns, columnOverall
        case resultResolved, resultWalkedOut, resultManager, resultTurnLimit, resultAbandoned, resultFinished, resultPaused, resultInProgress
        case noSessionsOf, noSessionsAtAll
        // `hotseat progress`
        case progressOf, progressCounts, progressMasteredList, noProgressYet
        case columnDimension, columnTrend, columnBest, columnLatest, weakestMarker
        case bestLine, latestLine, overallWord
        case next, aimsAt, yourWeakest, lastTimeThere, newToYou, reviewStreak, earlyReview, trains
    }

    public static let table: [Key: [Language: String]] = [
        .columnID: [.en: "id", .nl: "id", .nb: "id"],
        .columnStarted: [.en: "started", .nl: "gestart", .nb: "startet"],
        .columnTrainee: [.en: "trainee", .nl: "cursist", .nb: "deltaker"],
        .columnScenario: [.en: "scenario", .nl: "scenario", .nb: "scenario"],
        .columnLanguage: [.en: "lang", .nl: "taal", .nb: "språk"],
        .columnResult: [.en: "result", .nl: "afloop", .nb: "utfall"],
        .columnTurns: [.en: "turns", .nl: "beurten", .nb: "svar"],
        .columnOverall: [.en: "overall", .nl: "totaal", .nb: "totalt"],
        // English keeps the stored outcome codes: scripts that read `history` match on them.
        .resultResolved: [.en: "resolved", .nl: "opgelost", .nb: "løst"],
        .resultWalkedOut: [.en: "walked_out", .nl: "weggelopen", .nb: "kunden gikk"],
        .resultManager: [.en: "manager", .nl: "manager", .nb: "leder"],
        .resultTurnLimit: [.en: "turn_limit", .nl: "beurtlimiet", .nb: "svargrense"],
        .resultAbandoned: [.en: "abandoned", .nl: "afgebroken", .nb: "avbrutt"],
        .resultFinished: [.en: "finished", .nl: "afgerond", .nb: "ferdig"],
        .resultPaused: [.en: "paused", .nl: "gepauzeerd", .nb: "på pause"],
        .resultInProgress: [.en: "in progress", .nl: "bezig", .nb: "pågår"],
        // {0}: trainee, {1}: the store's path.
        .noSessionsOf: [.en: "No sessions for {0} in {1}.", .nl: "Geen sessies van {0} in {1}.", .nb: "Ingen økter for {0} i {1}."],
        // {0}: the store's path.
        .noSessionsAtAll: [.en: "No sessions in {0}.", .nl: "Geen sessies in {0}.", .nb: "Ingen økter i {0}."],
        .progressOf: [.en: "Progress of {0}", .nl: "Voortgang van {0}", .nb: "Fremgangen til {0}"],
        // {0}: sessions started, {1}: finished, {2}: scenarios mastered.
        .progressCounts: [.en: "attempts {0} · finished {1} · mastered {2}", .nl: "pogingen {0} · afgerond {1} · beheerst {2}",
                          .nb: "forsøk {0} · fullført {1} · mestret {2}"],
        // {0}: the mastered scenarios' ids.
        .progressMasteredList: [.en: " ({0})", .nl: " ({0})", .nb: " ({0})"],
        // {0}: trainee, {1}: the store's path, {2}: the command that starts a first session.
        .noProgressYet: [.en: "No sessions for {0} in {1} yet. Start one with `{2}`.",
                         .nl: "Nog geen sessies van {0} in {1}. Begin er een met `{2}`.",
                         .nb: "Ingen økter for {0} i {1} ennå. Start en med `{2}`."],
        .columnDimension: [.en: "dimension", .nl: "dimensie", .nb: "dimensjon"],
        .columnTrend: [.en: "trend (oldest → latest)", .nl: "trend (oudste → nieuwste)", .nb: "utvikling (eldste → nyeste)"],
        .columnBest: [.en: "best", .nl: "beste", .nb: "beste"],
        .columnLatest: [.en: "latest", .nl: "laatste", .nb: "siste"],
        .weakestMarker: [.en: "← weakest", .nl: "← zwakste", .nb: "← svakest"],
        .bestLine: [.en: "best", .nl: "beste", .nb: "beste"],
        .latestLine: [.en: "latest", .nl: "laatste", .nb: "siste"],
        .overallWord: [.en: "overall", .nl: "totaal", .nb: "totalt"],
        // {0}: scenario id, {1}: its title, {2}: the word for difficulty, {3}: the difficulty.
        .next: [.en: "Next: {0} — {1} ({2} {3})", .nl: "Volgende: {0} — {1} ({2} {3})", .nb: "Neste: {0} — {1} ({2} {3})"],
        // {0}: the dimension, lower case.
        .aimsAt: [.en: "aims at {0}", .nl: "richt zich op {0}", .nb: "retter seg mot {0}"],
        // {0}: average score, {1}: over how many recent sessions.
        .yourWeakest: [.en: ", your weakest (avg {0} over the last {1})", .nl: ", je zwakste punt (gem. {0} over de laatste {1})",
                       .nb: ", det svakeste punktet ditt (snitt {0} over de siste {1})"],
        // {0}: score, {1}: the dimension, lower case.
        .lastTimeThere: [.en: "you scored {0} on {1} there last time", .nl: "daar scoorde je de vorige keer {0} op {1}",
                         .nb: "der fikk du {0} på {1} sist"],
        .newToYou: [.en: "new to you", .nl: "nieuw voor je", .nb: "nytt for deg"],
        // {0}: masteries in a row.
        .reviewStreak: [.en: " · review (mastered {0}× in a row)", .nl: " · herhaling ({0}× op rij beheerst)",
                        .nb: " · repetisjon (mestret {0} ganger på rad)"],
        .earlyReview: [.en: " · nothing is due, so this is an early review", .nl: " · er staat niets open, dus dit is een vroege herhaling",
                       .nb: " · ingenting er forfalt, så dette er en tidlig repetisjon"],
        // {0}: what the scenario trains, in the scenario's words.
        .trains: [.en: "trains: {0}", .nl: "oefent: {0}", .nb: "trener: {0}"],
    ]
}
