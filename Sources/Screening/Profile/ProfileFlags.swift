import HotseatCore

extension ProfileBuilder {
    /// Things a person should look at. None of them lowers a score or rejects anyone.
    static func flags(replies: [ReplyRecord], answers: [SJTAnswerRecord], events: [ScreenEvent], language: Language) -> [ProfileFlag] {
        var flags: [ProfileFlag] = []
        func add(_ code: ProfileFlag.Code, _ message: String, _ places: [String]) {
            if !places.isEmpty { flags.append(ProfileFlag(code: code, message: message, occurrences: places)) }
        }
        add(.likelyPasted,
            "text arrived faster than \(Int(PasteDetection.charactersPerSecond)) characters a second over a long reply; check whether it was pasted",
            replies.filter { PasteDetection.isLikelyPasted(characters: $0.originalCharacters, netLatency: $0.netLatency) }
                .map { reply in
                    // Under a second after the reading allowance, a rate means little: say what happened instead.
                    reply.netLatency < 1 ? "\(place(reply)) (\(reply.originalCharacters) characters within the reading time)"
                        : "\(place(reply)) (\(Int(PasteDetection.rate(characters: reply.originalCharacters, netLatency: reply.netLatency).rounded())) chars/s)"
                })
        // Under 0.3 s nobody reads a line and answers it: the text was typed or pasted before the prompt appeared.
        add(.typedAhead,
            "a reply arrived implausibly fast after its prompt (under \(typedAheadSeconds) s), or several lines arrived at once; it was likely typed ahead or pasted",
            replies.filter { (!$0.text.isEmpty && !$0.timedOut && $0.latency < typedAheadSeconds) || ($0.inputLines ?? 1) > 1 }
                .map { reply in
                    var note = "\(place(reply)) (\(String(format: "%.3f", reply.latency)) s after the prompt"
                    if let lines = reply.inputLines, lines > 1 { note += "; \(lines) lines pasted at once, joined" }
                    return note + ")"
                }
            + answers.filter { !$0.timedOut && $0.latency < typedAheadSeconds }.map { "item \($0.itemID) (\(String(format: "%.3f", $0.latency)) s after the prompt)" })
        add(.truncated, "a reply longer than \(ScreenRun.maxReplyCharacters) characters was cut; the original length is recorded",
            replies.filter(\.truncated).map { "\(place($0)) (\($0.originalCharacters) characters)" })
        add(.veryShort, "very short answers (fewer than \(veryShortWords) words)",
            replies.filter { !$0.timedOut && $0.text.split(whereSeparator: \.isWhitespace).count < veryShortWords }.map(place))
        add(.timeouts, "the time limit ran out",
            replies.filter(\.timedOut).map(place) + answers.filter(\.timedOut).map { "item \($0.itemID)" })
        add(.languageMismatch, "replies seem to be in another language than the chosen \(language.displayName)",
            replies.filter { $0.text.count >= languageCheckCharacters && $0.detectedLanguage != nil && $0.detectedLanguage != language }
                .map { "\(place($0)) (\($0.detectedLanguage!.displayName))" })
        add(.lockedCommands, "tried commands that are locked during a screen",
            events.filter { $0.kind == .lockedCommand }.map { "step \(($0.step ?? 0) + 1): \($0.text ?? "")" })
        add(.interrupted, "the run was interrupted (Ctrl-C, a closed terminal, or a resume)",
            events.enumerated().filter { [.interrupted, .suspended, .resumed].contains($0.element.kind) }.map { index, event in
                let place = "\(event.kind.rawValue) at step \((event.step ?? 0) + 1)"
                guard event.kind == .resumed else { return place }
                return place + resumeNote(before: events[..<index], resumedAt: event.at)
            })
        let engine = replies.flatMap { reply in reply.score.flags.map { "\(place(reply)): \($0.code)" } }
        add(.engineFlags, "the scoring engine flagged replies (e.g. copied the customer, gibberish)", engine)
        return flags
    }

    /// How long the run was away, and how long the prompt shown again had already been on screen:
    /// its timer starts afresh on resume, so the reply's own latency leaves that time out.
    static func resumeNote(before events: ArraySlice<ScreenEvent>, resumedAt: Double) -> String {
        guard let last = events.last else { return "" }
        // The prompt still open when the run stopped: presented, and not answered since.
        let open = events.last(where: { $0.kind == .presented }).flatMap { shown in
            events.contains { ($0.kind == .reply || $0.kind == .sjtAnswer) && $0.at >= shown.at } ? nil : shown
        }
        if let open, last.kind == .presented {
            // Nothing after the prompt: the process ended without a word (killed, crashed).
            return "; its prompt was first shown \(duration(resumedAt - open.at)) earlier, and the run ended without a trace, "
                + "so how long the candidate saw it is not known; its timer started again"
        }
        var note = " after \(duration(resumedAt - last.at)) away"
        if let open { note += "; its prompt had already been on screen \(duration(last.at - open.at)), and its timer started again" }
        return note
    }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(max(0, seconds).rounded())
        return whole < 60 ? "\(whole) s" : whole < 3600 ? "\(whole / 60) min \(whole % 60) s" : "\(whole / 3600) h \(whole % 3600 / 60) min"
    }
}
