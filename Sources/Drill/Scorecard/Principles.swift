import HotseatCore

/// The service-recovery principles the drill coaches on, with their sources
/// (`../shared/domain/service-recovery.md`). Citations stay in English: they name papers.
public enum Principles {
    /// The principle a behaviour touches, for hints and coaching points.
    public static func principle(for behaviour: Behaviour) -> String {
        switch behaviour {
        case .acknowledgedFeeling: "Roschk & Kaiser 2013: empathy weighs most among the parts of an apology"
        case .apologised: "Lewicki, Lount & Polin 2016: apologies with more elements work better"
        case .tookOwnership: "Lewicki, Lount & Polin 2016: acknowledging responsibility weighs most"
        case .offeredRemedy: "Soares & Proença 2015: after a major failure the customer needs a concrete remedy"
        case .promisedFollowUp: "Gallup (Fleming): owning the problem means pledging help, with a time"
        case .askedQuestion: "HEARD / LATTE: listen before you resolve"
        case .explainedCause: "Seed 001: be honest about what was outside your control"
        case .setBoundary: "Bacal (CARP) and CPI: state limits clearly and briefly"
        case .blamed: "Gallup (Timmerman & Yu): blame-shifting and being passed on hurt more than the failure"
        case .minimised: "CPI de-escalation: be empathic and non-judgmental"
        case .shouted, .swore, .sarcastic: "CPI de-escalation: don't overreact; Bacal: no counter-attack"
        }
    }

    /// The principle behind a dimension, for coaching points the engine did not supply.
    public static func principle(for dimension: Dimension) -> String {
        switch dimension {
        case .empathy: principle(for: .acknowledgedFeeling)
        case .ownership: principle(for: .tookOwnership)
        case .speed: "Roschk & Kaiser 2013: a late apology lowers satisfaction; Zendesk 2015: satisfaction drops after ~50 s"
        case .calm: principle(for: .shouted)
        }
    }

    /// A short piece of advice for a dimension, in the trainee's language.
    static func advice(for dimension: Dimension, weak: Bool, language: Language) -> String {
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
