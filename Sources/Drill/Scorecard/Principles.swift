import HotseatCore

/// The service-recovery principles the drill coaches on, with their sources
/// (`docs/service-recovery.md`), in the trainee's language; authors and years stay as cited.
public enum Principles {
    /// The principle a behaviour touches, for hints and coaching points, in the trainee's language
    /// (authors and years stay as cited).
    public static func principle(for behaviour: Behaviour, language: Language = .en) -> String {
        let (en, nl, nb): (String, String, String) = switch behaviour {
        case .acknowledgedFeeling:
            ("Roschk & Kaiser 2013: empathy weighs most among the parts of an apology",
             "Roschk & Kaiser 2013: empathie weegt het zwaarst van alle onderdelen van een excuus",
             "Roschk & Kaiser 2013: empati veier tyngst av alle delene i en unnskyldning")
        case .apologised:
            ("Lewicki, Lount & Polin 2016: apologies with more elements work better",
             "Lewicki, Lount & Polin 2016: een excuus met meer onderdelen werkt beter",
             "Lewicki, Lount & Polin 2016: en unnskyldning med flere deler virker bedre")
        case .tookOwnership:
            ("Lewicki, Lount & Polin 2016: acknowledging responsibility weighs most",
             "Lewicki, Lount & Polin 2016: verantwoordelijkheid erkennen weegt het zwaarst",
             "Lewicki, Lount & Polin 2016: å erkjenne ansvar veier tyngst")
        case .offeredRemedy:
            ("Soares & Proença 2015: after a major failure the customer needs a concrete remedy",
             "Soares & Proença 2015: na een grote fout heeft de klant een concrete oplossing nodig",
             "Soares & Proença 2015: etter en stor feil trenger kunden en konkret løsning")
        case .promisedFollowUp:
            ("Gallup (Fleming): owning the problem means pledging help, with a time",
             "Gallup (Fleming): het probleem oppakken betekent hulp beloven, met een tijdstip",
             "Gallup (Fleming): å ta eierskap betyr å love hjelp, med et tidspunkt")
        case .askedQuestion:
            ("HEARD / LATTE: listen before you resolve",
             "HEARD / LATTE: eerst luisteren, dan oplossen",
             "HEARD / LATTE: lytt før du løser")
        case .explainedCause:
            ("Service recovery paradox: be honest about what was outside your control",
             "Service recovery paradox: wees eerlijk over wat buiten jullie macht lag",
             "Service recovery-paradokset: vær ærlig om det som lå utenfor deres kontroll")
        case .promisedPrevention:
            ("Maxham & Netemeyer 2002: after a repeat failure only reassurance that it won't recur restores trust",
             "Maxham & Netemeyer 2002: na een herhaalde fout herstelt alleen de zekerheid dat het niet terugkomt het vertrouwen",
             "Maxham & Netemeyer 2002: etter en gjentatt feil gjenoppretter bare trygghet for at det ikke skjer igjen tilliten")
        case .setBoundary:
            ("Bacal (CARP) and CPI: state limits clearly and briefly",
             "Bacal (CARP) en CPI: benoem grenzen duidelijk en kort",
             "Bacal (CARP) og CPI: si fra om grenser tydelig og kort")
        case .blamed:
            ("Gallup (Timmerman & Yu): blame-shifting and being passed on hurt more than the failure",
             "Gallup (Timmerman & Yu): de schuld afschuiven en doorverwezen worden doen meer pijn dan de fout zelf",
             "Gallup (Timmerman & Yu): å skyve skylden over og bli sendt videre gjør mer vondt enn selve feilen")
        case .minimised:
            ("CPI de-escalation: be empathic and non-judgmental",
             "CPI-de-escalatie: wees empathisch en oordeel niet",
             "CPI-deeskalering: vær empatisk og ikke dømmende")
        case .shouted, .swore, .sarcastic:
            ("CPI de-escalation: don't overreact; Bacal: no counter-attack",
             "CPI-de-escalatie: reageer niet te fel; Bacal: geen tegenaanval",
             "CPI-deeskalering: ikke overreager; Bacal: ikke gå til motangrep")
        }
        return switch language { case .en: en; case .nl: nl; case .nb: nb }
    }

    /// The principle behind a dimension, for coaching points the engine did not supply.
    public static func principle(for dimension: Dimension, language: Language = .en) -> String {
        switch dimension {
        case .empathy: principle(for: .acknowledgedFeeling, language: language)
        case .ownership: principle(for: .tookOwnership, language: language)
        case .speed:
            switch language {
            case .en: "Roschk & Kaiser 2013: a late apology lowers satisfaction; Zendesk 2015: satisfaction drops after ~50 s"
            case .nl: "Roschk & Kaiser 2013: een laat excuus verlaagt de tevredenheid; Zendesk 2015: na zo'n 50 s daalt de tevredenheid"
            case .nb: "Roschk & Kaiser 2013: en sen unnskyldning senker tilfredsheten; Zendesk 2015: tilfredsheten faller etter ca. 50 s"
            }
        case .calm: principle(for: .shouted, language: language)
        }
    }

    /// A short piece of advice for a dimension, in the trainee's language. For weak empathy it
    /// reads the quoted reply: one that already named the customer's specifics is told what it
    /// lacked (the feeling), not to do what it did.
    static func advice(for dimension: Dimension, weak: Bool, language: Language, quoting reply: ReplyScore? = nil) -> String {
        if dimension == .empathy, weak, let reply, !reply.behaviours.contains(.acknowledgedFeeling),
           reply.evidence.contains(where: { $0.rule == "empathy.reflects-specifics" && $0.points > 0 }) {
            return switch language {
            case .en: "You named what happened; now name how it felt too (\"that must have been so frustrating\"), before you fix anything."
            case .nl: "Je benoemde wat er gebeurde; zeg nu ook hoe het voelde (\"dat moet echt frustrerend zijn geweest\"), voordat je iets oplost."
            case .nb: "Du satte ord på det som skjedde; si nå også hvordan det føltes («det må ha vært veldig frustrerende»), før du løser noe."
            }
        }
        let table: [Dimension: [Language: (weak: String, strong: String)]] = [
            .empathy: [
                .en: ("Name what the customer went through, in their own specifics, before you fix anything.",
                      "You named what the customer went through; keep doing that first."),
                .nl: ("Benoem wat de klant heeft meegemaakt, met zijn eigen details, voordat je iets oplost.",
                      "Je benoemde wat de klant meemaakte; blijf dat als eerste doen."),
                .nb: ("Sett ord på det kunden har opplevd, med deres egne detaljer, før du løser noe.",
                      "Du satte ord på det kunden opplevde; fortsett å gjøre det først."),
            ],
            .ownership: [
                .en: ("Say what you will do, with \"I will…\", and make it concrete.",
                      "You owned the problem with a concrete step; that is what makes an apology believable."),
                .nl: ("Zeg wat jij gaat doen, met \"ik ga…\", en maak het concreet.",
                      "Je nam het probleem op je met een concrete stap; zo wordt een excuus geloofwaardig."),
                .nb: ("Si hva du skal gjøre, med «jeg skal …», og gjør det konkret.",
                      "Du tok eierskap med et konkret steg; det gjør en unnskyldning troverdig."),
            ],
            .speed: [
                .en: ("Reach a concrete next step sooner; a long silence reads as not caring.",
                      "You answered promptly and got to a next step early."),
                .nl: ("Kom sneller tot een concrete volgende stap; lang stil blijven voelt als onverschillig.",
                      "Je antwoordde vlot en kwam snel tot een volgende stap."),
                .nb: ("Kom raskere til et konkret neste steg; lang stillhet virker likegyldig.",
                      "Du svarte raskt og kom tidlig til et neste steg."),
            ],
            .calm: [
                .en: ("Stay level when the customer is not: no sarcasm, capitals or counter-attack; set a respectful limit instead.",
                      "You stayed calm under pressure; keep absorbing it and refocusing on the problem."),
                .nl: ("Blijf rustig als de klant dat niet is: geen sarcasme, hoofdletters of tegenaanval; stel liever een respectvolle grens.",
                      "Je bleef rustig onder druk; blijf dat opvangen en terugkeren naar het probleem."),
                .nb: ("Hold deg rolig når kunden ikke er det: ingen sarkasme, store bokstaver eller motangrep; sett heller en respektfull grense.",
                      "Du holdt roen under press; fortsett å ta imot og styre tilbake til problemet."),
            ],
        ]
        let pair = table[dimension]?[language] ?? table[dimension]?[.en] ?? ("", "")
        return weak ? pair.weak : pair.strong
    }
}
