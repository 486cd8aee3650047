import ArgumentParser
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
        Console.out("Session \(s.id)")
        Console.out("  trainee \(s.trainee) · scenario \(s.scenarioID)\(s.scenarioTitle.map { " (\($0))" } ?? "") · \(s.language.rawValue) · \(s.mode) · seed \(s.seed)")
        Console.out("  started \(SessionFormatting.date(s.startedAt))\(s.endedAt.map { " · ended \(SessionFormatting.date($0))" } ?? "") · \(SessionFormatting.result(s))")
        for turn in transcript.turns {
            Console.out()
            Console.out("Turn \(turn.index + 1)\(turn.beat.map { " [\($0)]" } ?? "") · mood \(turn.moodBefore) → \(turn.moodAfter)\(latency(turn))")
            Console.out("  Customer: \(turn.customerLine)")
            Console.out("  You:      \(turn.reply.isEmpty ? "(no reply — the customer waited)" : turn.reply)")
            guard let score = turn.score else { continue }
            let dims = Dimension.allCases.map { "\($0) \(SessionFormatting.score(score.scores[$0]).trimmingCharacters(in: .whitespaces))" }
            Console.out("  Scores:   \(dims.joined(separator: " · ")) · overall \(WholeScore.text(score.overall))")
            if !turn.behaviours.isEmpty { Console.out("  Detected: \(turn.behaviours.map(\.rawValue).joined(separator: ", "))") }
            for evidence in translator.localized(score.evidence, in: s.language) {
                let quote = evidence.text.isEmpty ? "" : " “\(evidence.text)”"
                Console.out("    \(String(format: "%+.0f", evidence.points)) \(evidence.dimension) \(evidence.rule)\(quote): \(evidence.explanation)")
            }
            for flag in translator.localized(score.flags, in: s.language) { Console.out("    ! \(flag.code): \(flag.message)") }
        }
        if s.status == .finished {
            Console.out()
            let dims = Dimension.allCases.map { "\($0) \(SessionFormatting.score(s.scores[$0]).trimmingCharacters(in: .whitespaces))" }
            Console.out("Scorecard: \(dims.joined(separator: " · ")) · overall \(SessionFormatting.score(s.overall).trimmingCharacters(in: .whitespaces))")
            if let hints = s.hintUsage, hints.count > 0 { Console.out("Hints used: \(hints.summary(final: true))") }
        } else {
            Console.out()
            if let hints = s.hintUsage, hints.count > 0 { Console.out("Hints used so far: \(hints.summary(final: false))") }
            Console.out("Not finished: continue it with `hotseat resume \(s.shortID)`.")
        }
    }

    private func latency(_ turn: TurnRecord) -> String {
        guard let raw = turn.latencyRaw else { return "" }
        return String(format: " · %.1fs", raw) + (turn.latencyNet.map { String(format: " (%.1fs net)", $0) } ?? "")
    }
}
