extension Localizer {
    /// Behaviours as a reader of this language sees them in a breakdown: the id, which scenario
    /// rules and JSONL output use, and in Dutch and Norwegian what it means beside it.
    ///
    /// ```swift
    /// Localizer(.nl).list([.apologised, .offeredRemedy])
    /// // "apologised (excuses gemaakt), offered_remedy (oplossing aangeboden)"
    /// ```
    public func list(_ behaviours: [Behaviour]) -> String {
        guard language != .en else { return behaviours.map(\.rawValue).joined(separator: ", ") }
        return behaviours.map { "\($0.rawValue) (\(name(of: $0)))" }.joined(separator: ", ")
    }

    /// What a behaviour means, in this language (English: the id in words).
    public func name(of behaviour: Behaviour) -> String {
        let names = behaviour.names
        switch language {
        case .en: return names.en
        case .nl: return names.nl
        case .nb: return names.nb
        }
    }
}

extension Behaviour {
    // A switch, not a table: a new behaviour does not compile until it has its names.
    fileprivate var names: (en: String, nl: String, nb: String) {
        switch self {
        case .apologised: ("apologised", "excuses gemaakt", "ba om unnskyldning")
        case .acknowledgedFeeling: ("acknowledged the feeling", "gevoel erkend", "anerkjente følelsen")
        case .tookOwnership: ("took ownership", "eigenaarschap genomen", "tok eierskap")
        case .offeredRemedy: ("offered a remedy", "oplossing aangeboden", "tilbød en løsning")
        case .promisedFollowUp: ("promised a follow-up with a time", "opvolging met tijdstip beloofd", "lovet oppfølging med tidspunkt")
        case .askedQuestion: ("asked a question", "vraag gesteld", "stilte et spørsmål")
        case .explainedCause: ("explained the cause", "oorzaak uitgelegd", "forklarte årsaken")
        case .promisedPrevention: ("said what stops it happening again", "herhaling voorkomen beloofd", "lovet å hindre at det skjer igjen")
        case .setBoundary: ("set a boundary", "grens gesteld", "satte en grense")
        case .blamed: ("blamed the customer", "klant de schuld gegeven", "la skylden på kunden")
        case .minimised: ("minimised", "gebagatelliseerd", "bagatelliserte")
        case .shouted: ("shouted", "geschreeuwd", "ropte")
        case .swore: ("swore", "gevloekt", "bannet")
        case .sarcastic: ("sarcastic", "sarcastisch", "sarkastisk")
        }
    }
}
