import HotseatCore

/// The commented starting point `hotseat new scenario NAME` writes: a small but complete
/// scenario that passes `hotseat validate` as it is, with every field explained.
///
/// ```swift
/// let yaml = try ScenarioTemplate.render(id: "wrong-order", languages: [.en, .nl])
/// try yaml.write(toFile: "scenarios/wrong-order.yaml", atomically: true, encoding: .utf8)
/// ```
public enum ScenarioTemplate {
    public struct BadName: Error, CustomStringConvertible, Sendable {
        public var name: String
        public var description: String {
            "'\(name)' is not a valid scenario id: use lowercase letters, digits and dashes, e.g. 'wrong-order'"
        }
    }

    public static func render(id: String, languages: [Language]) throws(BadName) -> String {
        let words = id.split(separator: "-", omittingEmptySubsequences: false)
        guard !id.isEmpty, words.allSatisfy({ !$0.isEmpty && $0.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) } }) else {
            throw BadName(name: id)
        }
        let languages = languages.isEmpty ? [.en] : languages
        /// One entry per language: `{en: "…", nl: "…"}`.
        func text(_ key: TemplateText) -> String {
            "{" + languages.map { "\($0.rawValue): \"\(key.text(in: $0))\"" }.joined(separator: ", ") + "}"
        }
        let list = languages.map(\.rawValue).joined(separator: ", ")
        let topic = languages.map { "  \($0.rawValue): [\(TemplateText.topicWords(in: $0))]" }.joined(separator: "\n")
        return """
        # \(id): a Hotseat scenario. Check it with `hotseat validate --paths scenarios/\(id).yaml`,
        # and see docs/authoring.md for every field, behaviour and rule.
        # Every text must exist in each language listed under `languages`.

        id: \(id)                              # kebab-case, and the same as the file name
        title: \(text(.title))
        trains: \(text(.trains))               # what a trainee practises here, in one sentence
        difficulty: 2                          # 1 (gentle) … 5 (hardest)
        languages: [\(list)]

        persona:
          name: Sam
          channel: desk                        # where you meet them: desk, phone, chat or email
          situation: \(text(.situation))
          wants: \(text(.wants))

        recovery:                              # decides what the rubric expects of a good reply
          severity: moderate                   # minor | moderate | major (major needs a concrete remedy)
          failure: first                       # first | repeat (a repeat must promise it won't happen again)
          cause: internal                      # internal | external (outside your control: be honest about it)

        topic_words:                           # words that show a reply is about THIS situation
        \(topic)

        mood:
          start: 60                            # 0 calm … 100 furious
          effects:                             # optional: override the default effect of a behaviour
            offered_remedy: -15
          walkout_at: 95                       # at or above this mood the customer leaves (ending `walkout`)

        turn_limit: 6                          # after this many replies the drill ends with `turn_limit`

        scoring:                               # optional
          expects: [offered_remedy]            # behaviours this scenario wants on top of the rubric's own

        start: opening                         # the first beat

        beats:
          opening:
            line: \(text(.opening))            # or a list of variants per language
            hint: \(text(.openingHint))
            next:                              # first matching rule wins
              - when: {any: [swore, shouted, sarcastic, blamed]}
                goto: manager
              - when: {all: [offered_remedy], mood_below: 50}
                goto: resolved
              - when: {any: [apologised, acknowledged_feeling, took_ownership]}
                goto: what-now
              - goto: still-waiting            # the last rule has no `when`: it catches everything else

          what-now:
            line: \(text(.whatNow))
            demands: offered_remedy            # the remedy this beat is waiting for
            next:
              - when: {any: [swore, shouted, sarcastic, blamed, minimised]}
                goto: manager
              - when: {any: [offered_remedy]}
                goto: resolved
              - goto: still-waiting

          still-waiting:
            line: \(text(.stillWaiting))
            next:
              - when: {any: [swore, shouted, sarcastic, blamed, minimised]}
                goto: manager
              - when: {any: [offered_remedy, took_ownership]}
                goto: what-now
              - when: {turn_at_least: 4}
                goto: manager
              - goto: still-waiting

        endings:                               # outcome: resolved | walked_out | manager
          resolved: {outcome: resolved, line: \(text(.resolved))}
          walkout: {outcome: walked_out, line: \(text(.walkout))}
          manager: {outcome: manager, line: \(text(.manager))}

        """
    }
}

/// The template's example texts, written in each language rather than translated word by word.
enum TemplateText {
    case title, trains, situation, wants, opening, openingHint, whatNow, stillWaiting, resolved, walkout, manager

    func text(in language: Language) -> String {
        switch (self, language) {
        case (.title, .en): "The wrong order"
        case (.title, .nl): "De verkeerde bestelling"
        case (.title, .nb): "Feil bestilling"
        case (.trains, .en): "Acknowledge the hassle, then put the order right"
        case (.trains, .nl): "Erken het gedoe en zet de bestelling daarna recht"
        case (.trains, .nb): "Anerkjenn bryderiet, og rett så opp bestillingen"
        case (.situation, .en): "Sam ordered a blue jacket and received a red one, the day before a trip."
        case (.situation, .nl): "Sam bestelde een blauwe jas en kreeg een rode, een dag voor vertrek op reis."
        case (.situation, .nb): "Sam bestilte en blå jakke og fikk en rød, dagen før en tur."
        case (.wants, .en): "The right jacket before leaving."
        case (.wants, .nl): "De goede jas voor vertrek."
        case (.wants, .nb): "Riktig jakke før avreise."
        case (.opening, .en): "I ordered a BLUE jacket. This one is red, and I leave tomorrow. What now?"
        case (.opening, .nl): "Ik had een BLAUWE jas besteld. Deze is rood, en ik vertrek morgen. En nu?"
        case (.opening, .nb): "Jeg bestilte en BLÅ jakke. Denne er rød, og jeg reiser i morgen. Hva nå?"
        case (.openingHint, .en): "Name the hassle first, then say what you will do (HEARD: hear, empathise, apologise, resolve)."
        case (.openingHint, .nl): "Benoem eerst het gedoe en zeg dan wat je gaat doen (HEARD: luisteren, inleven, excuses, oplossen)."
        case (.openingHint, .nb): "Sett ord på bryderiet først, og si så hva du skal gjøre (HEARD: lytt, vis empati, be om unnskyldning, løs)."
        case (.whatNow, .en): "Fine, but I still need a blue jacket by tomorrow."
        case (.whatNow, .nl): "Oké, maar ik heb morgen nog steeds een blauwe jas nodig."
        case (.whatNow, .nb): "Greit, men jeg trenger fortsatt en blå jakke innen i morgen."
        case (.stillWaiting, .en): "So? Am I getting the right jacket or not?"
        case (.stillWaiting, .nl): "Nou? Krijg ik de goede jas of niet?"
        case (.stillWaiting, .nb): "Og? Får jeg riktig jakke eller ikke?"
        case (.resolved, .en): "Okay, thank you. That saves my trip."
        case (.resolved, .nl): "Oké, dank je. Dan is mijn reis gered."
        case (.resolved, .nb): "Ok, takk. Da er turen reddet."
        case (.walkout, .en): "Forget it. I'll buy one somewhere else."
        case (.walkout, .nl): "Laat maar. Ik koop er wel ergens anders een."
        case (.walkout, .nb): "Glem det. Jeg kjøper en et annet sted."
        case (.manager, .en): "I want to speak to your manager."
        case (.manager, .nl): "Ik wil je leidinggevende spreken."
        case (.manager, .nb): "Jeg vil snakke med sjefen din."
        }
    }

    static func topicWords(in language: Language) -> String {
        switch language {
        case .en: "jacket, blue, red, order, trip, tomorrow"
        case .nl: "jas, blauw, blauwe, rood, rode, bestelling, reis, morgen"
        case .nb: "jakke, blå, rød, bestilling, tur, reise, morgen"
        }
    }
}
