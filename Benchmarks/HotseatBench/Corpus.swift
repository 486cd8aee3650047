import HotseatCore

/// Picks for the corpus generator, from HotseatCore's seeded generator so every run benchmarks the same corpus.
extension SplitMix64 {
    mutating func below(_ n: Int) -> Int { index(below: n) }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }
}

struct CorpusReply {
    var id: String
    var reply: String
    var language: Language
    var scenario: String
    var latency: Double
}

/// Replies assembled from phrase fragments per language: good, mediocre, hostile and adversarial
/// (stuffing, repetition, shouting, gibberish, emoji), of varied length, for varied scenarios.
enum Corpus {
    static let scenarios = ["ski-lift", "late-bed", "abusive-counter", "third-failure", "storm-closure", "slow-service",
                            "refund-policy", "chat-insults", "loyal-regular", "laptop-failure", "software-update", "health-complaint"]

    static let fragments: [Language: [[String]]] = [
        .en: [
            ["I'm so sorry", "That must be really frustrating", "I completely understand how upsetting this is", "Sorry about that",
             "We apologise for any inconvenience", "I'm sorry if you feel that way", "Anyone in your situation would feel the same"],
            ["you were stuck in the cold for an hour", "your bed is two weeks late", "the parcel went back again", "the milk arrived warm",
             "the lifts have been closed for two days", "you waited fifty minutes for your food", "your laptop died before the deadline"],
            ["That's on us.", "This is our mistake.", "Let me sort this out for you.", "I'll take care of it personally.",
             "It's our policy.", "There's nothing I can do.", "That's not my department."],
            ["I'll refund the full amount today.", "I'll call you back before 3 pm.", "I'll book a new delivery for Thursday morning.",
             "Can you give me your order number?", "The storm made it unsafe, so the lifts are closed.", "It won't happen again, because we moved you to the cold van."],
            ["Calm down.", "As I already said, you should have called sooner.", "Obviously that's not our fault!!!", "WHY ARE YOU SHOUTING AT ME",
             "I want to help you, and I need us to keep this respectful.", "Let's focus on getting your parcel back."],
        ],
        .nl: [
            ["Het spijt me echt", "Wat ontzettend vervelend voor u", "Ik begrijp heel goed dat u boos bent", "Sorry daarvoor",
             "Excuses voor het ongemak", "Sorry als u zich zo voelt"],
            ["dat u een uur in de kou vastzat", "dat uw bed al twee weken te laat is", "dat het pakket weer retour ging",
             "dat de melk lauw aankwam", "dat de liften al twee dagen dicht zijn", "dat u vijftig minuten op uw eten wachtte"],
            ["Dat is onze fout.", "Ik ga dit voor u regelen.", "Ik neem het persoonlijk op me.", "Dat is ons beleid.",
             "Ik kan er niks aan doen.", "Daar ga ik niet over."],
            ["Ik betaal het hele bedrag vandaag terug.", "Ik bel u voor drie uur terug.", "Ik plan donderdagochtend een nieuwe levering.",
             "Mag ik uw ordernummer?", "Door de storm is het niet veilig, daarom zijn de liften dicht."],
            ["Doe eens rustig.", "Zoals ik al zei, had u eerder moeten bellen.", "Dat is duidelijk niet onze schuld!!!",
             "Ik wil u helpen, en dan vraag ik wel om respect.", "Laten we kijken hoe we uw pakket terugkrijgen."],
        ],
        .nb: [
            ["Så leit", "Det må være veldig frustrerende", "Jeg forstår godt at du er sint", "Beklager det",
             "Vi beklager eventuelle ulemper", "Beklager hvis du føler det sånn"],
            ["at dere satt fast i heisen i en time", "at sengen er to uker forsinket", "at pakken ble sendt tilbake igjen",
             "at melken kom lunken", "at heisene har vært stengt i to dager", "at dere ventet femti minutter på maten"],
            ["Det er vår feil.", "Jeg skal ordne dette for deg.", "Jeg tar ansvar for dette.", "Det er våre regler.",
             "Det kan jeg ikke gjøre noe med.", "Det er ikke mitt problem."],
            ["Jeg refunderer hele beløpet i dag.", "Jeg ringer deg før klokka tre.", "Jeg bestiller ny levering torsdag morgen.",
             "Kan du gi meg ordrenummeret?", "Stormen gjør det utrygt, derfor er heisene stengt."],
            ["Roe deg ned.", "Som jeg allerede sa, du burde ha ringt før.", "Det er åpenbart ikke vår feil!!!",
             "Jeg vil hjelpe deg, men jeg trenger at vi holder en respektfull tone.", "La oss se på hvordan vi får tilbake pakken."],
        ],
    ]

    static func generate(count: Int, seed: UInt64) -> [CorpusReply] {
        var rng = SplitMix64(seed: seed)
        var replies: [CorpusReply] = []
        replies.reserveCapacity(count)
        for i in 0..<count {
            let language = rng.pick(Language.allCases)
            let parts = fragments[language]!
            var text: String
            switch rng.below(20) {
            case 0: // keyword stuffing
                text = (0..<(3 + rng.below(8))).map { _ in rng.pick(rng.pick(parts)).split(separator: " ").first.map(String.init) ?? "" }.joined(separator: " ")
            case 1: // repetition
                text = Array(repeating: rng.pick(parts[0]), count: 2 + rng.below(6)).joined(separator: " ")
            case 2: // gibberish
                text = (0..<(1 + rng.below(12))).map { _ in String((0..<(2 + rng.below(8))).map { _ in Character(Unicode.Scalar(UInt8(97 + rng.below(26)))) }) }.joined(separator: " ")
            case 3: // shouting
                text = (rng.pick(parts[0]) + " " + rng.pick(parts[4])).uppercased() + String(repeating: "!", count: 1 + rng.below(4))
            case 4: // emoji or one word
                text = rng.chance(0.5) ? String(repeating: "😡", count: 1 + rng.below(5)) : rng.pick(["ok", "fine", "Whatever.", "Nee.", "Nei."])
            default: // a reply built like a real one: feeling, specifics, ownership, step, tone
                var sentences: [String] = []
                if rng.chance(0.75) { sentences.append(rng.pick(parts[0]) + (rng.chance(0.6) ? " " + rng.pick(parts[1]) : "") + ".") }
                if rng.chance(0.6) { sentences.append(rng.pick(parts[2])) }
                if rng.chance(0.7) { sentences.append(rng.pick(parts[3])) }
                if rng.chance(0.25) { sentences.append(rng.pick(parts[4])) }
                if rng.chance(0.15) { sentences.append(rng.pick(parts[3])) }
                if sentences.isEmpty { sentences.append(rng.pick(parts[3])) }
                text = sentences.joined(separator: " ")
            }
            replies.append(CorpusReply(id: "r\(i)", reply: text, language: language, scenario: rng.pick(scenarios),
                                       latency: Double(5 + rng.below(240))))
        }
        return replies
    }

    /// One `hotseat score --input` line per reply; the language is left out so detection is measured too.
    static func jsonl(_ replies: [CorpusReply]) -> String {
        var out = ""
        out.reserveCapacity(replies.count * 160)
        for r in replies {
            out += "{\"id\":\"\(r.id)\",\"reply\":\"\(escape(r.reply))\",\"scenario\":\"\(r.scenario)\",\"latency_s\":\(Int(r.latency))}\n"
        }
        return out
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
