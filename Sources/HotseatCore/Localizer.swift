/// Interface strings in English, Dutch and Norwegian Bokmål.
///
/// Placeholders are `{0}`, `{1}`, … so translators can reorder them.
///
/// ```swift
/// let l = Localizer(.nl)
/// l[.customerWaits]                       // "Hallo? Ben je er nog?"
/// l.format(.hintCost, 5)                  // "Deze hint kost 5 punten van je totaalscore."
/// ```
public struct Localizer: TranslatedTexts, Sendable {
    public var language: Language

    public init(_ language: Language) { self.language = language }

    public enum Key: String, CaseIterable, Sendable {
        // The customer
        case customerWaits, turnLimitLine
        // Drill feedback
        case hintCost, hintNone, hintScreenMode, replyTruncated
        // Scorecard
        case scorecardTitle, outcome, finalMood, moodNow, outcomeOpen, notMeasured, coachingTitle, strongestReply, weakestReply
        case hintsUsed, wholeConversation, noReplies, outcomeResolved, outcomeWalkedOut, outcomeManager, outcomeTurnLimit, outcomeAbandoned
        case bandPoor, bandDeveloping, bandGood, bandExcellent
        case dimensionEmpathy, dimensionOwnership, dimensionSpeed, dimensionCalm, overall
        // REPL
        case welcome, askName, greetName, chooseLanguage, chooseScenario, difficulty, replyPrompt
        case metaHelp, unknownMeta, confirmQuit, interrupted, bye, restarted, scenarioStarts, persona, personaPhone, personaChat, personaEmail
        case invalidChoice, noScenarios, waitingMood, moodLabel, moodScale, playAgain, resumeOffer, resuming, pausedSaved
        // Problems a trainee can meet while starting or saving a drill
        case noSuchScenario, sessionNotSaved, sessionKeptInMemory, sessionHeldElsewhere, couldNotSave, waitingForStore
        case storeNotUsable, changesStillWaiting
        // `hotseat score`'s breakdown of one reply
        case scoreReply, scoreLanguage, scoreDetected, scoreNoLatency, scoreOverall, scoreBehaviours, scoreEvidence, scoreNone
        case scoreNotInReply, scoreWholeReply, scoreFlags, scoreCoaching, scoreYouWrote, scoreWhy
        // `hotseat show`: one stored session, in the session's language
        case showSession, showHeader, showStarted, showEnded, showTurn, showNet, showCustomer, showYou, showNoReply
        case showScores, showDetected, showPaused, showInProgress, showHintsUsed, showHintsSoFar, showNotFinished, showTraining, showScreen
        // A drill's hints and what they cost, as records, reports and `show` give them
        case hintSummaryFinal, hintSummaryRunning
        // Hiring screen (terminal)
        case screenCountdown, screenCtrlCNotice
    }

    public static let table: [Key: [Language: String]] = [
        .customerWaits: [.en: "Hello? Are you still there?", .nl: "Hallo? Ben je er nog?", .nb: "Hallo? Er du der fortsatt?"],
        .turnLimitLine: [.en: "(The customer has run out of patience with this conversation: turn limit reached.)",
                         .nl: "(De klant heeft geen geduld meer voor dit gesprek: het maximum aantal beurten is bereikt.)",
                         .nb: "(Kunden har ikke mer tålmodighet med denne samtalen: grensen for antall svar er nådd.)"],
        .hintCost: [.en: "This hint costs {0} points off your overall score.",
                    .nl: "Deze hint kost {0} punten van je totaalscore.",
                    .nb: "Dette hintet koster {0} poeng av totalskåren din."],
        .hintNone: [.en: "No hint for this moment.", .nl: "Geen hint voor dit moment.", .nb: "Ingen hint akkurat nå."],
        .hintScreenMode: [.en: "Hints are for training only; this is a screen.",
                          .nl: "Hints zijn er alleen bij het oefenen; dit is een test.",
                          .nb: "Hint finnes bare i trening; dette er en test."],
        .replyTruncated: [.en: "Your reply was {0} characters; only the first {1} were used.",
                          .nl: "Je antwoord was {0} tekens; alleen de eerste {1} zijn gebruikt.",
                          .nb: "Svaret ditt var {0} tegn; bare de første {1} ble brukt."],
        .scorecardTitle: [.en: "Scorecard", .nl: "Scorekaart", .nb: "Resultatkort"],
        .outcome: [.en: "Outcome", .nl: "Afloop", .nb: "Utfall"],
        .finalMood: [.en: "final mood {0}/100 (0 calm, 100 furious)", .nl: "eindstemming {0}/100 (0 kalm, 100 woedend)",
                     .nb: "humør til slutt {0}/100 (0 rolig, 100 rasende)"],
        // {0}: the customer's mood while the conversation is still going.
        .moodNow: [.en: "mood now {0}/100 (0 calm, 100 furious)", .nl: "stemming nu {0}/100 (0 kalm, 100 woedend)",
                   .nb: "humør nå {0}/100 (0 rolig, 100 rasende)"],
        .outcomeOpen: [.en: "still open", .nl: "nog open", .nb: "ikke avgjort ennå"],
        .notMeasured: [.en: "not measured", .nl: "niet gemeten", .nb: "ikke målt"],
        .coachingTitle: [.en: "Coaching", .nl: "Coaching", .nb: "Veiledning"],
        .strongestReply: [.en: "Strongest reply", .nl: "Sterkste antwoord", .nb: "Sterkeste svar"],
        .weakestReply: [.en: "Weakest reply", .nl: "Zwakste antwoord", .nb: "Svakeste svar"],
        .hintsUsed: [.en: "Hints used: {0} (−{1} overall)", .nl: "Hints gebruikt: {0} (−{1} totaal)", .nb: "Hint brukt: {0} (−{1} totalt)"],
        .wholeConversation: [.en: "These scores read the whole conversation: each skill counts where you showed it best, and every red flag counts.",
                              .nl: "Deze scores kijken naar het hele gesprek: elke vaardigheid telt waar je hem het best liet zien, en elke misser telt mee.",
                              .nb: "Disse skårene ser på hele samtalen: hver ferdighet teller der du viste den best, og hver tabbe teller med."],
        .noReplies: [.en: "No replies were scored.", .nl: "Er zijn geen antwoorden gescoord.", .nb: "Ingen svar ble skåret."],
        .outcomeResolved: [.en: "resolved", .nl: "opgelost", .nb: "løst"],
        .outcomeWalkedOut: [.en: "the customer walked out", .nl: "de klant is weggelopen", .nb: "kunden gikk"],
        .outcomeManager: [.en: "the customer demanded a manager", .nl: "de klant wilde een leidinggevende", .nb: "kunden krevde en leder"],
        .outcomeTurnLimit: [.en: "turn limit reached, not resolved", .nl: "maximum aantal beurten bereikt, niet opgelost",
                            .nb: "grensen for antall svar nådd, ikke løst"],
        .outcomeAbandoned: [.en: "stopped before the end", .nl: "gestopt voor het einde", .nb: "avbrutt før slutten"],
        .bandPoor: [.en: "poor", .nl: "zwak", .nb: "svak"],
        .bandDeveloping: [.en: "developing", .nl: "in ontwikkeling", .nb: "under utvikling"],
        .bandGood: [.en: "good", .nl: "goed", .nb: "god"],
        .bandExcellent: [.en: "excellent", .nl: "uitstekend", .nb: "utmerket"],
        .dimensionEmpathy: [.en: "Empathy", .nl: "Empathie", .nb: "Empati"],
        .dimensionOwnership: [.en: "Ownership", .nl: "Eigenaarschap", .nb: "Eierskap"],
        .dimensionSpeed: [.en: "Speed", .nl: "Snelheid", .nb: "Fart"],
        .dimensionCalm: [.en: "Calm", .nl: "Kalmte", .nb: "Ro"],
        .overall: [.en: "Overall", .nl: "Totaal", .nb: "Totalt"],
        .welcome: [.en: "Hotseat: practise with upset customers.", .nl: "Hotseat: oefen met boze klanten.",
                   .nb: "Hotseat: øv på sinte kunder."],
        .askName: [.en: "What is your name? ", .nl: "Hoe heet je? ", .nb: "Hva heter du? "],
        .greetName: [.en: "Welcome, {0}.", .nl: "Welkom, {0}.", .nb: "Velkommen, {0}."],
        .chooseLanguage: [.en: "Language", .nl: "Taal", .nb: "Språk"],
        .chooseScenario: [.en: "Choose a scenario (number or id, :quit to leave): ",
                          .nl: "Kies een scenario (nummer of id, :quit om te stoppen): ",
                          .nb: "Velg et scenario (nummer eller id, :quit for å avslutte): "],
        .difficulty: [.en: "difficulty", .nl: "moeilijkheid", .nb: "vanskelighet"],
        .replyPrompt: [.en: "you> ", .nl: "jij> ", .nb: "du> "],
        .metaHelp: [
            .en: "Type your reply and press Enter; end a line with \\ to continue on the next.\n  :hint     a hint (training only; costs {0} points)\n  :repeat   the customer's last line\n  :score    the scorecard so far\n  :restart  start this scenario again\n  :quit     stop (Ctrl-C on an empty line, or Ctrl-D, also stop)\n  :help     this help",
            .nl: "Typ je antwoord en druk op Enter; eindig een regel met \\ om verder te typen.\n  :hint     een hint (alleen bij oefenen; kost {0} punten)\n  :repeat   de laatste zin van de klant\n  :score    de scorekaart tot nu toe\n  :restart  begin dit scenario opnieuw\n  :quit     stoppen (Ctrl-C op een lege regel of Ctrl-D ook)\n  :help     deze hulp",
            .nb: "Skriv svaret ditt og trykk Enter; avslutt en linje med \\ for å fortsette.\n  :hint     et hint (bare i trening; koster {0} poeng)\n  :repeat   kundens siste replikk\n  :score    resultatkortet så langt\n  :restart  start scenarioet på nytt\n  :quit     avslutt (Ctrl-C på tom linje eller Ctrl-D gjør det samme)\n  :help     denne hjelpen",
        ],
        .unknownMeta: [.en: "Unknown command {0}; type :help.", .nl: "Onbekende opdracht {0}; typ :help.",
                       .nb: "Ukjent kommando {0}; skriv :help."],
        .confirmQuit: [.en: "A scenario is in progress. Stop it? [y/N] ", .nl: "Er loopt een scenario. Stoppen? [j/N] ",
                       .nb: "Et scenario pågår. Avslutte? [j/N] "],
        .interrupted: [.en: "(line cleared; Ctrl-C on an empty line stops)", .nl: "(regel gewist; Ctrl-C op een lege regel stopt)",
                       .nb: "(linjen tømt; Ctrl-C på tom linje avslutter)"],
        .bye: [.en: "Bye.", .nl: "Tot ziens.", .nb: "Ha det."],
        .restarted: [.en: "Starting again.", .nl: "Opnieuw beginnen.", .nb: "Starter på nytt."],
        .scenarioStarts: [.en: "{0} — {1}", .nl: "{0} — {1}", .nb: "{0} — {1}"],
        .persona: [.en: "You are on the desk. {0}", .nl: "Jij staat aan de balie. {0}", .nb: "Du står i skranken. {0}"],
        .personaPhone: [.en: "You answer the phone. {0}", .nl: "Jij neemt de telefoon op. {0}", .nb: "Du tar telefonen. {0}"],
        .personaChat: [.en: "You are on the web chat. {0}", .nl: "Jij zit op de webchat. {0}", .nb: "Du svarer i nettchatten. {0}"],
        .personaEmail: [.en: "You answer the customer's email. {0}", .nl: "Jij beantwoordt de e-mail van de klant. {0}",
                        .nb: "Du svarer på e-posten fra kunden. {0}"],
        .noSuchScenario: [.en: "there is no scenario '{0}'; choose one of: {1} (see `hotseat list`)",
                          .nl: "er is geen scenario '{0}'; kies er een van: {1} (zie `hotseat list`)",
                          .nb: "det finnes ikke noe scenario '{0}'; velg ett av: {1} (se `hotseat list`)"],
        .sessionNotSaved: [.en: "this session will not be saved: {0}", .nl: "deze sessie wordt niet bewaard: {0}",
                           .nb: "denne økta blir ikke lagret: {0}"],
        .sessionKeptInMemory: [.en: "the session store is not available right now: {0}; this session is kept in memory and saved as soon as it is",
                               .nl: "de sessieopslag is nu niet beschikbaar: {0}; deze sessie blijft in het geheugen en wordt bewaard zodra het weer kan",
                               .nb: "øktlageret er ikke tilgjengelig akkurat nå: {0}; økta holdes i minnet og lagres så snart det går"],
        .sessionHeldElsewhere: [.en: "session {0} is being played in another Hotseat right now; finish it there, or close that program and run `hotseat resume {0}` again",
                                .nl: "sessie {0} wordt nu in een andere Hotseat gespeeld; maak hem daar af, of sluit dat programma en start `hotseat resume {0}` opnieuw",
                                .nb: "økt {0} spilles i en annen Hotseat akkurat nå; fullfør den der, eller lukk det programmet og kjør `hotseat resume {0}` på nytt"],
        .couldNotSave: [.en: "could not save the session: {0}", .nl: "de sessie kon niet worden bewaard: {0}",
                        .nb: "økta kunne ikke lagres: {0}"],
        .storeNotUsable: [.en: "the session store could not be used (see the warning at the start)",
                          .nl: "de sessieopslag kon niet worden gebruikt (zie de waarschuwing aan het begin)",
                          .nb: "øktlageret kunne ikke brukes (se advarselen i starten)"],
        .changesStillWaiting: [.en: "{0} change(s) still waiting for the store", .nl: "{0} wijziging(en) wachten nog op de opslag",
                               .nb: "{0} endring(er) venter fortsatt på lageret"],
        .waitingForStore: [.en: "saving the session: waiting up to {0} s for the session store…",
                           .nl: "de sessie wordt bewaard: maximaal {0} s wachten op de sessieopslag…",
                           .nb: "lagrer økta: venter opptil {0} s på øktlageret…"],
        .invalidChoice: [.en: "No such choice: {0}", .nl: "Die keuze bestaat niet: {0}", .nb: "Det valget finnes ikke: {0}"],
        .noScenarios: [.en: "No scenarios could be loaded.", .nl: "Er konden geen scenario's worden geladen.",
                       .nb: "Ingen scenarioer kunne lastes."],
        .waitingMood: [.en: "(you said nothing)", .nl: "(je zei niets)", .nb: "(du sa ingenting)"],
        .moodLabel: [.en: "mood", .nl: "stemming", .nb: "humør"],
        .moodScale: [.en: "After each reply you see the customer's mood: 0 is calm, 100 is furious.",
                     .nl: "Na elk antwoord zie je de stemming van de klant: 0 is kalm, 100 is woedend.",
                     .nb: "Etter hvert svar ser du kundens humør: 0 er rolig, 100 er rasende."],
        .resumeOffer: [.en: "You have an unfinished session: {0}, {1} turn(s) saved. Continue it? [Y/n] ",
                       .nl: "Je hebt een onafgemaakte sessie: {0}, {1} beurt(en) bewaard. Verdergaan? [J/n] ",
                       .nb: "Du har en uferdig økt: {0}, {1} svar lagret. Fortsette? [J/n] "],
        .pausedSaved: [.en: "Saved after {0} turn(s): `hotseat resume` continues it, and so does opening Hotseat again.",
                       .nl: "Bewaard na {0} beurt(en): `hotseat resume` gaat verder, en Hotseat opnieuw openen ook.",
                       .nb: "Lagret etter {0} svar: `hotseat resume` fortsetter, og det gjør også å åpne Hotseat igjen."],
        .resuming: [.en: "Resuming {0}: {1}, {2} turn(s) saved.",
                    .nl: "Verder met {0}: {1}, {2} beurt(en) bewaard.",
                    .nb: "Fortsetter {0}: {1}, {2} svar lagret."],
        .playAgain: [.en: "Back to the list.", .nl: "Terug naar de lijst.", .nb: "Tilbake til listen."],
        .scoreReply: [.en: "Reply", .nl: "Antwoord", .nb: "Svar"],
        .scoreLanguage: [.en: "language", .nl: "taal", .nb: "språk"],
        .scoreDetected: [.en: "(detected)", .nl: "(herkend)", .nb: "(gjenkjent)"],
        .scoreNoLatency: [.en: "(no latency given)", .nl: "(geen reactietijd opgegeven)", .nb: "(ingen svartid oppgitt)"],
        .scoreOverall: [.en: "overall", .nl: "totaal", .nb: "totalt"],
        .scoreBehaviours: [.en: "behaviours", .nl: "gedrag", .nb: "atferd"],
        .scoreEvidence: [.en: "evidence", .nl: "onderbouwing", .nb: "grunnlag"],
        .scoreNone: [.en: "none", .nl: "geen", .nb: "ingen"],
        .scoreNotInReply: [.en: "(not in the reply)", .nl: "(niet in het antwoord)", .nb: "(ikke i svaret)"],
        .scoreWholeReply: [.en: "(the reply as a whole)", .nl: "(het antwoord als geheel)", .nb: "(svaret som helhet)"],
        .scoreFlags: [.en: "flags", .nl: "signalen", .nb: "varsler"],
        .scoreCoaching: [.en: "coaching", .nl: "coaching", .nb: "veiledning"],
        // {0}: the trainee's words the tip is about.
        .scoreYouWrote: [.en: " You wrote: \"{0}\".", .nl: " Je schreef: \"{0}\".", .nb: " Du skrev: \"{0}\"."],
        .scoreWhy: [.en: "Why: {0}", .nl: "Waarom: {0}", .nb: "Hvorfor: {0}"],
        .showSession: [.en: "Session {0}", .nl: "Sessie {0}", .nb: "Økt {0}"],
        // {0}: trainee, {1}: scenario (with its title), {2}: language code, {3}: mode, {4}: seed.
        .showHeader: [.en: "trainee {0} · scenario {1} · {2} · {3} · seed {4}", .nl: "cursist {0} · scenario {1} · {2} · {3} · seed {4}",
                      .nb: "deltaker {0} · scenario {1} · {2} · {3} · seed {4}"],
        .showStarted: [.en: "started {0}", .nl: "gestart {0}", .nb: "startet {0}"],
        .showEnded: [.en: "ended {0}", .nl: "afgerond {0}", .nb: "avsluttet {0}"],
        .showTurn: [.en: "Turn {0}", .nl: "Beurt {0}", .nb: "Svar {0}"],
        // {0}: seconds after the reading allowance.
        .showNet: [.en: "({0}s net)", .nl: "({0}s netto)", .nb: "({0}s netto)"],
        .showCustomer: [.en: "Customer", .nl: "Klant", .nb: "Kunde"],
        .showYou: [.en: "You", .nl: "Jij", .nb: "Du"],
        .showNoReply: [.en: "(no reply — the customer waited)", .nl: "(geen antwoord — de klant wachtte)", .nb: "(ikke noe svar — kunden ventet)"],
        .showScores: [.en: "Scores", .nl: "Scores", .nb: "Skårer"],
        .showDetected: [.en: "Detected", .nl: "Herkend", .nb: "Gjenkjent"],
        .showTraining: [.en: "training", .nl: "oefenen", .nb: "trening"],
        .showScreen: [.en: "screen", .nl: "test", .nb: "test"],
        .showPaused: [.en: "paused", .nl: "gepauzeerd", .nb: "satt på pause"],
        .showInProgress: [.en: "in progress", .nl: "bezig", .nb: "pågår"],
        // {0}: the hints and their cost (`hintSummaryFinal` / `hintSummaryRunning`).
        .showHintsUsed: [.en: "Hints used: {0}", .nl: "Hints gebruikt: {0}", .nb: "Hint brukt: {0}"],
        .showHintsSoFar: [.en: "Hints used so far: {0}", .nl: "Hints tot nu toe: {0}", .nb: "Hint brukt så langt: {0}"],
        // {0}: hints, {1}: points they cost (taken off the stored overall).
        .hintSummaryFinal: [.en: "{0} (−{1} on the overall)", .nl: "{0} (−{1} van het totaal)", .nb: "{0} (−{1} av totalen)"],
        // {0}: hints, {1}: points they will cost once the session is finished.
        .hintSummaryRunning: [.en: "{0} (−{1} off the final overall)", .nl: "{0} (−{1} van het eindtotaal)", .nb: "{0} (−{1} av totalen til slutt)"],
        // {0}: the session's short id.
        .showNotFinished: [.en: "Not finished: continue it with `hotseat resume {0}`.", .nl: "Niet afgerond: ga verder met `hotseat resume {0}`.",
                           .nb: "Ikke ferdig: fortsett med `hotseat resume {0}`."],
        // {0}: minutes, {1}: seconds with two digits.
        .screenCountdown: [.en: "⏱ {0}:{1} left", .nl: "⏱ nog {0}:{1}", .nb: "⏱ {0}:{1} igjen"],
        .screenCtrlCNotice: [.en: "Ctrl-C noted; it does not restart the turn. Your text is kept: carry on typing.",
                             .nl: "Ctrl-C genoteerd; de beurt begint niet opnieuw. Je tekst blijft staan: typ gewoon verder.",
                             .nb: "Ctrl-C er notert; turen starter ikke på nytt. Teksten din er beholdt: bare skriv videre."],
    ]

    public func name(of dimension: Dimension) -> String {
        switch dimension {
        case .empathy: self[.dimensionEmpathy]
        case .ownership: self[.dimensionOwnership]
        case .speed: self[.dimensionSpeed]
        case .calm: self[.dimensionCalm]
        }
    }

    /// A dimension's name inside a line of text: lower case ("ownership", "eigenaarschap").
    public func inlineName(of dimension: Dimension) -> String { name(of: dimension).lowercased() }

    public func name(of band: Band) -> String {
        switch band {
        case .poor: self[.bandPoor]
        case .developing: self[.bandDeveloping]
        case .good: self[.bandGood]
        case .excellent: self[.bandExcellent]
        }
    }
}
