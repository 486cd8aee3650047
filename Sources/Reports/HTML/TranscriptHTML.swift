import HotseatCore

/// A reply with its evidence highlighted: a coloured, differently underlined `<mark>` per dimension,
/// the rule's explanation in `title` for hover, and numbered notes underneath for print and screen readers.
enum TranscriptHTML {
    /// `language`: of the dimension names and the words around the explanations.
    static func reply(_ text: String, evidence: [Evidence], notePrefix: String, language: Language = .en) -> (line: String, notes: String) {
        let words = ReportStrings(language)
        let layout = EvidenceLayout(reply: text, evidence: evidence)
        var line = ""
        for run in layout.runs {
            let escaped = Escape.html(run.text)
            if let first = run.covering.first, run.covering.count == 1 {
                let title = EvidenceLayout.explanation(first.evidence, language: language)
                line += "<mark class=\"ev ev-\(first.evidence.dimension.rawValue)\" title=\"\(Escape.html(title))\">\(escaped)</mark>"
            } else if let first = run.covering.first {
                // Words two notes claim (O4 "I'll put", O5 "put it right"): one segment that names
                // every note, so neither note's span looks cut where the other one ends.
                let refs = run.covering.map(EvidenceLayout.reference)
                let title = words.format(.sharedBy, refs.joined(separator: " \(words[.and]) ")) + "\n"
                    + run.covering.map { "\(EvidenceLayout.reference($0)) \(EvidenceLayout.explanation($0.evidence, language: language))" }.joined(separator: "\n")
                let ids = run.covering.map { "\(notePrefix)-note-\($0.number)" }.joined(separator: " ")
                line += "<mark class=\"ev ev-\(first.evidence.dimension.rawValue) ev-shared\" data-notes=\"\(ids)\" title=\"\(Escape.html(title))\">\(escaped)<span class=\"sr-only\"> (\(refs.joined(separator: ", ")))</span></mark>"
            } else {
                line += escaped
            }
            for note in run.ending { line += reference(note, prefix: notePrefix) }
        }
        return (line, notes(layout.notes, prefix: notePrefix, language: language))
    }

    static func reference(_ note: EvidenceLayout.Note, prefix: String) -> String {
        let d = note.evidence.dimension.rawValue
        return "<sup class=\"ref ref-\(d)\"><a href=\"#\(prefix)-note-\(note.number)\">\(EvidenceLayout.reference(note))</a></sup>"
    }

    static func notes(_ notes: [EvidenceLayout.Note], prefix: String, language: Language) -> String {
        guard !notes.isEmpty else { return "" }
        var html = "<ol class=\"notes\" aria-label=\"\(Escape.html(ReportStrings(language)[.notesLabel]))\">"
        for note in notes {
            let e = note.evidence
            let quote = note.located && !e.text.isEmpty ? " “\(Escape.html(e.text))”" : (note.located ? "" : " <span class=\"muted\">(\(EvidenceLayout.unlocatedLabel(e, language: language)))</span>")
            html += "<li id=\"\(prefix)-note-\(note.number)\"><span class=\"key key-\(e.dimension.rawValue)\">\(EvidenceLayout.reference(note))</span>"
            html += "\(e.dimension.label(in: language)) \(Format.signedPoints(e.points))\(quote): \(Escape.html(e.explanation)) <span class=\"rule-id\">\(Escape.html(e.rule))</span></li>"
        }
        return html + "</ol>"
    }
}
