import HotseatCore

extension ReportStrings {
    /// One session's scorecard.
    static let scorecard: [Key: [Language: String]] = [
        // {0}: the scenario's title.
        .scorecardHeading: [.en: "Session scorecard: {0}", .nl: "Scorekaart: {0}", .nb: "Resultatkort: {0}"],
        // {0}: the trainee, {1}: the scenario's title.
        .scorecardPageTitle: [.en: "Hotseat scorecard: {0}, {1}", .nl: "Hotseat-scorekaart: {0}, {1}", .nb: "Hotseat-resultatkort: {0}, {1}"],
        // Beside the overall and in chart titles while the session is paused or interrupted.
        .running: [.en: "running, not finished", .nl: "voorlopig, niet afgerond", .nb: "foreløpig, ikke ferdig"],
        .runningScoresHeading: [.en: "Running scores (not finished)", .nl: "Voorlopige scores (niet afgerond)",
                                .nb: "Foreløpige skårer (ikke ferdig)"],
        // {0}: how many replies were scored; one and many differ in English and Dutch.
        .runningNoteOne: [
            .en: "Not finished: running scores, the mean of the {0} scored reply so far. The final scorecard weighs the whole conversation and may differ.",
            .nl: "Niet afgerond: voorlopige scores, het gemiddelde van {0} gescoord antwoord tot nu toe. De uiteindelijke scorekaart kijkt naar het hele gesprek en kan afwijken.",
            .nb: "Ikke ferdig: foreløpige skårer, gjennomsnittet av {0} svar som er skåret så langt. Det endelige resultatkortet ser på hele samtalen og kan bli annerledes.",
        ],
        .runningNoteMany: [
            .en: "Not finished: running scores, the mean of the {0} scored replies so far. The final scorecard weighs the whole conversation and may differ.",
            .nl: "Niet afgerond: voorlopige scores, het gemiddelde van de {0} gescoorde antwoorden tot nu toe. De uiteindelijke scorekaart kijkt naar het hele gesprek en kan afwijken.",
            .nb: "Ikke ferdig: foreløpige skårer, gjennomsnittet av {0} svar som er skåret så langt. Det endelige resultatkortet ser på hele samtalen og kan bli annerledes.",
        ],
        .chartScoresByDimension: [.en: "Scores by dimension, with bands", .nl: "Scores per vaardigheid, met niveaus",
                                  .nb: "Skårer per ferdighet, med nivåer"],
        .chartBalance: [.en: "Balance across the four dimensions", .nl: "Balans tussen de vier vaardigheden",
                        .nb: "Balansen mellom de fire ferdighetene"],
        .scoresByDimension: [.en: "Scores by dimension", .nl: "Scores per vaardigheid", .nb: "Skårer per ferdighet"],
        .mood: [.en: "Mood", .nl: "Stemming", .nb: "Humør"],
        // The mood scale as the drill's scorecard gives it ("0 calm, 100 furious").
        .moodScale: [.en: "0 calm … 100 furious", .nl: "0 kalm … 100 woedend", .nb: "0 rolig … 100 rasende"],
        .moodHeading: [.en: "Customer mood", .nl: "Stemming van de klant", .nb: "Kundens humør"],
        .moodChartTitle: [.en: "The customer's mood over the conversation", .nl: "De stemming van de klant tijdens het gesprek",
                          .nb: "Kundens humør gjennom samtalen"],
        .moodXAxis: [.en: "Turn (0 = before your first reply)", .nl: "Beurt (0 = voor je eerste antwoord)",
                     .nb: "Svar (0 = før ditt første svar)"],
        .conversation: [.en: "Conversation", .nl: "Gesprek", .nb: "Samtale"],
        .markedWordsHelp: [
            .en: "Marked words earned or cost points. Hover for the rule; the numbered notes under each turn say the same.",
            .nl: "Gemarkeerde woorden leverden punten op of kostten punten. Houd de muis erboven voor de regel; de genummerde notities onder elke beurt zeggen hetzelfde.",
            .nb: "Markerte ord ga eller kostet poeng. Hold musepekeren over dem for å se regelen; de nummererte merknadene under hvert svar sier det samme.",
        ],
        .noTurns: [.en: "No replies were recorded in this session.", .nl: "In deze sessie zijn geen antwoorden vastgelegd.",
                   .nb: "Ingen svar ble registrert i denne økta."],
        .latencyNotMeasured: [.en: "reply time not measured", .nl: "reactietijd niet gemeten", .nb: "svartid ikke målt"],
        // {0}: seconds, net of the time it takes to read the customer's line.
        .repliedAfterReading: [.en: "replied in {0} after reading", .nl: "antwoordde {0} na het lezen", .nb: "brukte {0} etter å ha lest"],
        // {0}: the customer's mood after the reply.
        .moodAfter: [.en: "mood after: {0}", .nl: "stemming daarna: {0}", .nb: "humør etterpå: {0}"],
        // {0}: the reply's score per dimension.
        .thisReply: [.en: "This reply: {0}", .nl: "Dit antwoord: {0}", .nb: "Dette svaret: {0}"],
        .coachingHeading: [.en: "Coaching points", .nl: "Coachingpunten", .nb: "Veiledning"],
        .noCoaching: [.en: "No coaching points: nothing stood out to work on.", .nl: "Geen coachingpunten: er viel niets op om aan te werken.",
                      .nb: "Ingen veiledning: ingenting skilte seg ut som noe å jobbe med."],
    ]
}
