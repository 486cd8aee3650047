import HotseatCore

/// Splits a reply into runs of text and the evidence covering each run, and numbers the evidence,
/// so HTML and text reports highlight the same words with the same note numbers.
///
/// Offsets in `Evidence` are Unicode scalars; ones outside the reply (a stale or hostile record)
/// are clamped rather than trusted, and evidence for something absent (`start == end`) becomes a
/// note without a highlight.
struct EvidenceLayout {
    struct Note {
        var number: Int
        var evidence: Evidence
        /// False for evidence about something the reply lacked.
        var located: Bool
    }

    struct Run {
        var text: String
        /// Notes whose words include this run, in note order.
        var covering: [Note]
        /// Notes whose span ends with this run: put their reference marks after it.
        var ending: [Note]
    }

    var runs: [Run]
    var notes: [Note]

    init(reply: String, evidence: [Evidence]) {
        let scalars = Array(reply.unicodeScalars)
        let count = scalars.count
        let clamped = evidence.map { item -> (Evidence, Int, Int) in
            let start = min(max(item.start, 0), count)
            let end = min(max(item.end, start), count)
            return (item, start, end)
        }
        let located = clamped.filter { $0.1 < $0.2 }.sorted { ($0.1, $0.2, $0.0.rule) < ($1.1, $1.2, $1.0.rule) }
        let absent = clamped.filter { $0.1 >= $0.2 }
        var notes: [Note] = []
        var spans: [(note: Note, start: Int, end: Int)] = []
        for (item, start, end) in located {
            let note = Note(number: notes.count + 1, evidence: item, located: true)
            notes.append(note)
            spans.append((note, start, end))
        }
        for (item, _, _) in absent {
            notes.append(Note(number: notes.count + 1, evidence: item, located: false))
        }

        let boundaries = Set([0, count] + spans.flatMap { [$0.start, $0.end] }).sorted()
        var runs: [Run] = []
        for (a, b) in zip(boundaries, boundaries.dropFirst()) where a < b {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[a..<b])
            runs.append(Run(text: String(text),
                            covering: spans.filter { $0.start <= a && $0.end >= b }.map(\.note),
                            ending: spans.filter { $0.end == b }.map(\.note)))
        }
        self.runs = runs
        self.notes = notes
    }

    /// Evidence tied to no words: a penalty means something was missing; otherwise it is about
    /// the reply as a whole (how fast it came, the turn it reached a next step).
    static func unlocatedLabel(_ evidence: Evidence, language: Language = .en) -> String {
        ReportStrings(language)[evidence.points < 0 ? .evidenceMissing : .evidenceWholeReply]
    }

    /// "E3": the dimension's letter and the note number, so the mark is readable without colour.
    static func reference(_ note: Note) -> String { "\(DimensionStyle.of(note.evidence.dimension).letter)\(note.number)" }

    /// "Empathy +5: names the customer's feeling (empathy.name-feeling)".
    static func explanation(_ evidence: Evidence, language: Language = .en) -> String {
        "\(evidence.dimension.label(in: language)) \(Format.signedPoints(evidence.points)): \(evidence.explanation) (\(evidence.rule))"
    }
}
