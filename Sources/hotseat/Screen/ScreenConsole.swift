import Foundation
import HotseatCore
import Rubric
import Screening

/// Wires a `ScreenRun` to the terminal: shows prompts, reads lines, and appends every event to the
/// audit log before anything else happens. No scoring or sequencing logic lives here.
struct ScreenConsole {
    var run: ScreenRun
    let log: AuditLog
    let engine: RubricEngine
    let interrupts: InterruptRecorder
    /// The shared store, when it opens; the audit log is written first and stays the authority.
    let mirror: ScreenStoreMirror?
    let reader: TimedLineReader

    init(run: ScreenRun, log: AuditLog, engine: RubricEngine, interrupts: InterruptRecorder, mirror: ScreenStoreMirror?) {
        self.run = run
        self.log = log
        self.engine = engine
        self.interrupts = interrupts
        self.mirror = mirror
        reader = TimedLineReader(localizer: Localizer(run.start.language))
    }

    /// Returns true when the run reached its end, false when input ended (the terminal closed).
    mutating func go() throws(ScreenError) -> Bool {
        let language = run.start.language
        while true {
            for time in interrupts.drain() { try log.append(run.interrupt(at: time)) }
            switch run.prompt {
            case .finished:
                return true
            case .notice(let text):
                say("\n\(text)\n\n\(ScreenStrings.pressEnter[language]!)")
                guard readNoticeLine() != nil else {
                    try log.append(run.suspend(at: ScreenSupport.now()))
                    return false
                }
                try log.append(run.acknowledgeNotice(at: ScreenSupport.now()))
            case .customer, .judgement:
                if run.promptPresentedAt == nil {
                    show(run.prompt, language: language)
                    // Whatever was typed or pasted before this prompt appeared answers nothing.
                    reader.discardTypeAhead()
                    try log.append(run.present(at: ScreenSupport.now()))
                }
                say("")   // the countdown's line
                FileHandle.standardOutput.write(Data("> ".utf8))
                // Who answers, kept before the run moves on, so the customer's answer is labelled like every line.
                let shownPrompt = run.prompt
                let speaker: String? = if case .customer(let p) = shownPrompt { p.customerName } else { nil }
                let interrupts = self.interrupts
                let input = reader.read(secondsLeft: { run.secondsLeft(at: ScreenSupport.now()) }, interruptions: { interrupts.notice(); return interrupts.total })
                for time in interrupts.drain() { try log.append(run.interrupt(at: time)) }
                let outcome: ScreenOutcome
                switch input {
                case .endOfInput:
                    try log.append(run.suspend(at: ScreenSupport.now()))
                    return false
                case .timedOut:
                    say("\n\(ScreenStrings.timeUp[language]!)")
                    let (result, events) = run.timeout(partial: "", at: ScreenSupport.now(), engine: engine)
                    try log.append(events)
                    mirror?.mirror(events, of: run).forEach(ScreenSupport.warn)
                    outcome = result
                case .line(let line, let lines):
                    let (result, events) = run.submit(line, at: ScreenSupport.now(), engine: engine, inputLines: lines)
                    try log.append(events)
                    mirror?.mirror(events, of: run).forEach(ScreenSupport.warn)
                    outcome = result
                }
                // A judgement answer is read from free text ("b c", "best B worst C"): say back what was
                // recorded, so the candidate sees it was understood as meant.
                if case .accepted = outcome, case .judgement = shownPrompt, let recorded = run.answers.last, recorded.best != nil || recorded.worst != nil {
                    say(ScreenStrings.recordedAnswer(best: recorded.best, worst: recorded.worst, language: language))
                }
                switch outcome {
                case .accepted(let answer?):
                    let label = speaker.map { "  \($0): " } ?? "  "
                    say("\n" + TextWrapper.forStandardOutput().wrap(label + answer, indent: label.count) + "\n")
                case .accepted: break
                case .repeatPrompt: show(run.prompt, language: language)
                case .refused(let reason): say(ScreenStrings.refusal(reason, language: language))
                }
            }
        }
    }

    /// Enter on the notice; a Ctrl-C there interrupts the read, which is not the end of the input.
    private func readNoticeLine() -> String? {
        while true {
            let before = interrupts.total
            if let line = readLine(strippingNewline: true) { return line }
            guard interrupts.total != before else { return nil }
            say(ScreenStrings.ctrlC[run.start.language]!)
        }
    }

    private func show(_ prompt: ScreenPrompt, language: Language) {
        switch prompt {
        case .customer(let p):
            // Wrapped at words to the terminal's width, indented under their label, like the drill.
            let wrapper = TextWrapper.forStandardOutput()
            var text = "\n[\(p.step + 1)/\(p.stepCount)] \(p.title) — \(ScreenStrings.turn[language]!) \(p.turn)/\(p.turnCap)\n"
            if p.turn == 1 { text += wrapper.wrap(p.situation) + "\n" }
            text += "\n" + wrapper.wrap("  \(p.customerName): \(p.line)", indent: p.customerName.count + 4) + "\n"
            say(text)
        case .judgement(let p):
            let wrapper = TextWrapper.forStandardOutput()
            let customer = ScreenStrings.customer[language]!
            var text = "\n[\(p.step + 1)/\(p.stepCount)] \(p.title)\n\(wrapper.wrap(p.situation))\n\n"
            text += wrapper.wrap("  \(customer): \(p.line)", indent: customer.count + 4) + "\n\n"
            for response in p.responses { text += wrapper.wrap("  \(response.letter)) \(response.text)", indent: 5) + "\n" }
            text += "\n\(SJTAnswerFormat.instruction(language))"
            say(text)
        default:
            break
        }
    }

    // Unbuffered, so a prompt is on screen (or in a pipe) before the line is read.
    private func say(_ text: String) { FileHandle.standardOutput.write(Data((text + "\n").utf8)) }
}

/// The screen's interface strings in the candidate's language.
enum ScreenStrings {
    static let pressEnter: [Language: String] = [
        .en: "Press Enter when you are ready to begin.", .nl: "Druk op Enter als je klaar bent om te beginnen.",
        .nb: "Trykk Enter når du er klar til å begynne.",
    ]
    static let timeUp: [Language: String] = [
        .en: "Time is up for this reply; it has been recorded. On to the next.", .nl: "De tijd voor dit antwoord is om; dat is vastgelegd. Door naar de volgende.",
        .nb: "Tiden for dette svaret er ute; det er registrert. Videre til neste.",
    ]
    static let turn: [Language: String] = [.en: "turn", .nl: "beurt", .nb: "tur"]
    static func recordedAnswer(best: String?, worst: String?, language: Language) -> String {
        let none = [Language.en: "none", .nl: "geen", .nb: "ingen"][language]!
        let (b, w) = (best ?? none, worst ?? none)
        return switch language {
        case .en: "  Recorded: best \(b), worst \(w)."
        case .nl: "  Vastgelegd: beste \(b), slechtste \(w)."
        case .nb: "  Registrert: beste \(b), dårligste \(w)."
        }
    }
    static let customer: [Language: String] = [.en: "Customer", .nl: "Klant", .nb: "Kunde"]
    static let thanks: [Language: String] = [
        .en: "Thank you. The screen is complete. A person will read your answers and get back to you.",
        .nl: "Dank je wel. De screening is klaar. Een mens leest je antwoorden en neemt contact met je op.",
        .nb: "Takk. Screeningen er ferdig. Et menneske leser svarene dine og tar kontakt med deg.",
    ]
    static let stopped: [Language: String] = [
        .en: "The screen has stopped. Nothing is lost: the recruiter can continue it with --resume.",
        .nl: "De screening is gestopt. Er gaat niets verloren: de recruiter kan verdergaan met --resume.",
        .nb: "Screeningen har stoppet. Ingenting er tapt: rekruttereren kan fortsette med --resume.",
    ]
    static let ctrlC: [Language: String] = [
        .en: "Ctrl-C does not restart a turn during a screen; it has been noted. Please carry on with your reply.",
        .nl: "Ctrl-C start een beurt niet opnieuw tijdens een screening; het is genoteerd. Ga verder met je antwoord.",
        .nb: "Ctrl-C starter ikke en tur på nytt under en screening; det er notert. Fortsett med svaret ditt.",
    ]

    static func refusal(_ reason: Refusal, language: Language) -> String {
        switch (reason, language) {
        case (.locked, .en): "That command is not available during a screen. Please type your reply."
        case (.locked, .nl): "Die opdracht is niet beschikbaar tijdens een screening. Typ je antwoord."
        case (.locked, .nb): "Den kommandoen er ikke tilgjengelig under en screening. Skriv svaret ditt."
        case (.repeatUsed, .en): ":repeat can be used once per question."
        case (.repeatUsed, .nl): ":repeat kan één keer per vraag worden gebruikt."
        case (.repeatUsed, .nb): ":repeat kan brukes én gang per spørsmål."
        case (.unreadableAnswer, _): SJTAnswerFormat.retry(language)
        case (.sameAnswer, .en): "The best and the worst must be different responses."
        case (.sameAnswer, .nl): "De beste en de slechtste moeten verschillende reacties zijn."
        case (.sameAnswer, .nb): "Det beste og det dårligste må være forskjellige svar."
        case (.notExpected, _): ""
        }
    }
}
