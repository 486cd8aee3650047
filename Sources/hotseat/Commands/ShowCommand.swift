import ArgumentParser
import Drill
import HotseatCore
import Store

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print one stored session in full: every line, reply, score and the evidence behind it."
    )

    @Argument(help: "The session id, or a unique prefix of 4+ characters (see `hotseat history`).")
    var sessionID: String

    @OptionGroup var storage: StoreOptions

    func run() throws {
        let store = try storage.open(.readOnly)
        let transcript: SessionTranscript
        do { transcript = try store.transcript(sessionID) } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        let s = transcript.session
        // Scores are stored in English; the trainee reads the session in its own language.
        let translator = StoredExplanations.translator(for: s.language)
        let l = Localizer(s.language)
        let labels = [l[.showCustomer], l[.showYou], l[.showScores], l[.showDetected]]
        let width = (labels.map(\.count).max() ?? 8) + 2
        func label(_ key: Localizer.Key) -> String { SessionFormatting.pad(l[key] + ":", width) }
        let overall = l[.overall].lowercased()
        Console.out(l.format(.showSession, s.id))
        let scenario = s.scenarioID + (s.scenarioTitle.map { " (\($0))" } ?? "")
        let mode = switch DrillMode(rawValue: s.mode) {
        case .training: l[.showTraining]
        case .screen: l[.showScreen]
        case nil: s.mode
        }
        Console.out("  " + l.format(.showHeader, s.trainee, scenario, s.language.rawValue, mode, s.seed))
        let ended = s.endedAt.map { " · " + l.format(.showEnded, SessionFormatting.date($0)) } ?? ""
        Console.out("  " + l.format(.showStarted, SessionFormatting.date(s.startedAt)) + ended + " · " + result(s, l))
        for turn in transcript.turns {
            Console.out()
            Console.out(l.format(.showTurn, turn.index + 1) + (turn.beat.map { " [\($0)]" } ?? "")
                        + " · \(l[.moodLabel]) \(turn.moodBefore) → \(turn.moodAfter)\(latency(turn, l))")
            Console.out("  \(label(.showCustomer))\(turn.customerLine)")
            Console.out("  \(label(.showYou))\(turn.reply.isEmpty ? l[.showNoReply] : turn.reply)")
            guard let score = turn.score else { continue }
            let dims = Dimension.allCases.map { "\(l.inlineName(of: $0)) \(SessionFormatting.score(score.scores[$0]).trimmingCharacters(in: .whitespaces))" }
            Console.out("  \(label(.showScores))\(dims.joined(separator: " · ")) · \(overall) \(WholeScore.text(score.overall))")
            if !turn.behaviours.isEmpty { Console.out("  \(label(.showDetected))\(l.list(turn.behaviours))") }
            for evidence in translator.localized(score.evidence, in: s.language) {
                let quote = evidence.text.isEmpty ? "" : " “\(evidence.text)”"
                Console.out("    \(String(format: "%+.0f", evidence.points)) \(l.inlineName(of: evidence.dimension)) \(evidence.rule)\(quote): \(evidence.explanation)")
            }
            for flag in translator.localized(score.flags, in: s.language) { Console.out("    ! \(flag.code): \(flag.message)") }
        }
        if s.status == .finished {
            Console.out()
            let dims = Dimension.allCases.map { "\(l.inlineName(of: $0)) \(SessionFormatting.score(s.scores[$0]).trimmingCharacters(in: .whitespaces))" }
            Console.out("\(l[.scorecardTitle]): \(dims.joined(separator: " · ")) · \(overall) \(SessionFormatting.score(s.overall).trimmingCharacters(in: .whitespaces))")
            if let hints = s.hintUsage, hints.count > 0 { Console.out(l.format(.showHintsUsed, hints.summary(final: true, in: s.language))) }
        } else {
            Console.out()
            if let hints = s.hintUsage, hints.count > 0 { Console.out(l.format(.showHintsSoFar, hints.summary(final: false, in: s.language))) }
            Console.out(l.format(.showNotFinished, s.shortID))
        }
    }

    /// The session's state as `show` names it, in the session's language.
    private func result(_ s: SessionRecord, _ l: Localizer) -> String {
        switch s.status {
        case .finished: s.outcome?.localized(l) ?? SessionFormatting.result(s)
        case .paused: l[.showPaused]
        case .inProgress: l[.showInProgress]
        }
    }

    private func latency(_ turn: TurnRecord, _ l: Localizer) -> String {
        guard let raw = turn.latencyRaw else { return "" }
        return String(format: " · %.1fs", raw) + (turn.latencyNet.map { " " + l.format(.showNet, String(format: "%.1f", $0)) } ?? "")
    }
}
