import HotseatCore

extension ReportStrings {
    /// A trainee's progress over their attempts.
    static let progress: [Key: [Language: String]] = [
        // {0}: the trainee.
        .progressHeading: [.en: "Progress: {0}", .nl: "Voortgang: {0}", .nb: "Fremgang: {0}"],
        .progressPageTitle: [.en: "Hotseat progress: {0}", .nl: "Hotseat-voortgang: {0}", .nb: "Hotseat-fremgang: {0}"],
        .attempts: [.en: "Attempts", .nl: "Pogingen", .nb: "Forsøk"],
        // {0}: attempts, {1}: finished ones, {2}: the others.
        .attemptsCount: [.en: "{0} ({1} finished, {2} not finished)", .nl: "{0} ({1} afgerond, {2} niet afgerond)",
                         .nb: "{0} ({1} ferdig, {2} ikke ferdig)"],
        .scenariosPlayed: [.en: "Scenarios played", .nl: "Gespeelde scenario's", .nb: "Spilte scenarioer"],
        .attemptsResolved: [.en: "Attempts resolved", .nl: "Opgeloste pogingen", .nb: "Løste forsøk"],
        .period: [.en: "Period", .nl: "Periode", .nb: "Periode"],
        // {0}: the recommended scenario's title.
        .next: [.en: "Next: {0}", .nl: "Volgende: {0}", .nb: "Neste: {0}"],
        // Why that scenario, in parts: the dimension it aims at ({0}, lower case), …
        .reasonAims: [.en: "Aims at {0}", .nl: "Richt zich op {0}", .nb: "Retter seg mot {0}"],
        // … {0}: the trainee's recent average on it, …
        .reasonWeakest: [.en: ", your weakest (average {0} over your recent sessions)", .nl: ", je zwakste punt (gemiddeld {0} in je laatste sessies)",
                         .nb: ", det svakeste punktet ditt (snitt {0} i de siste øktene dine)"],
        // … {0}: their last score on it in that scenario, or that they have not played it, …
        .reasonLastScore: [.en: "; you scored {0} on it there last time.", .nl: "; vorige keer scoorde je daar {0} op.",
                           .nb: "; forrige gang fikk du {0} på det der."],
        .reasonNew: [.en: "; new to you.", .nl: "; nieuw voor je.", .nb: "; nytt for deg."],
        // … {0}: how many times in a row they mastered it, …
        .reasonReview: [.en: " A review: mastered {0}× in a row.", .nl: " Herhaling: {0}× op rij beheerst.", .nb: " Repetisjon: mestret {0} ganger på rad."],
        // … {0}: what the scenario trains, from its file.
        .reasonTrains: [.en: " Trains: {0}", .nl: " Oefent: {0}", .nb: " Trener: {0}"],
        .trendsHeading: [.en: "Trends", .nl: "Trends", .nb: "Utvikling"],
        .trendsHeadingText: [.en: "Trends (oldest → newest)", .nl: "Trends (oudste → nieuwste)", .nb: "Utvikling (eldste → nyeste)"],
        // {0}: the latest score and band.
        .latest: [.en: "latest {0}", .nl: "laatste {0}", .nb: "siste {0}"],
        .trendChartTitle: [.en: "Scores over attempts", .nl: "Scores per poging", .nb: "Skårer per forsøk"],
        .attemptAxis: [.en: "Attempt", .nl: "Poging", .nb: "Forsøk"],
        .scoreAxis: [.en: "Score (0–100)", .nl: "Score (0–100)", .nb: "Skår (0–100)"],
        // {0}: the command to start with.
        .noAttemptsText: [.en: "No attempts yet. Start with: {0}", .nl: "Nog geen pogingen. Begin met: {0}", .nb: "Ingen forsøk ennå. Begynn med: {0}"],
        .noAttemptsHTML: [.en: "No attempts yet. Start with {0}.", .nl: "Nog geen pogingen. Begin met {0}.", .nb: "Ingen forsøk ennå. Begynn med {0}."],
        .scenarios: [.en: "Scenarios", .nl: "Scenario's", .nb: "Scenarioer"],
        .noScenarios: [.en: "No scenarios played yet.", .nl: "Nog geen scenario's gespeeld.", .nb: "Ingen scenarioer spilt ennå."],
        .bestOverall: [.en: "Best overall", .nl: "Beste totaal", .nb: "Beste totalt"],
        .everResolved: [.en: "Ever resolved", .nl: "Ooit opgelost", .nb: "Noen gang løst"],
        .yes: [.en: "yes", .nl: "ja", .nb: "ja"],
        .notYet: [.en: "not yet", .nl: "nog niet", .nb: "ikke ennå"],
    ]
}
