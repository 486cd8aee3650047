import Foundation
import HotseatCore

/// Builds a candidate's profile from what the run recorded. Pure: the same records always give
/// the same profile, so a hiring manager can re-derive it from the audit log.
///
/// ```swift
/// let profile = ProfileBuilder.profile(replies: run.replies, answers: run.answers, events: run.events,
///                                      language: .en, keyVersion: "ccb-key-2026.1")
/// profile.score(.composure)    // calm on abusive turns only
/// profile.flags.map(\.code)    // [.likelyPasted, .timeouts]
/// ```
public enum ProfileBuilder {
    static func count(_ n: Int, _ one: String, _ many: String) -> String { n == 1 ? "1 \(one)" : "\(n) \(many)" }

    /// Replies with fewer words than this are flagged as very short.
    public static let veryShortWords = 5
    /// Language is only compared on replies at least this long; detection on a few words is guesswork.
    public static let languageCheckCharacters = 25
    /// A reply or answer this soon after its prompt was not a response to it (typed ahead or pasted).
    public static let typedAheadSeconds = 0.3
    /// Quotes kept per profile part.
    public static let quotesPerPart = 3

    public static func profile(replies: [ReplyRecord], answers: [SJTAnswerRecord], events: [ScreenEvent],
                               language: Language, keyVersion: String) -> CandidateProfile {
        let scenarioOverall = perScenarioOverall(replies)
        let judgement = JudgementSummary(items: answers.count, points: answers.reduce(0) { $0 + $1.points },
                                         maximum: answers.count * SJTScoring.maximumPerItem, keyVersion: keyVersion)
        // Silence is not composure: an empty or timed-out reply to an abusive line scored calm (no
        // hostile words), so a timeout raised "composure under abuse". They are left out here.
        let abusive = replies.filter(\.abusiveBeat)
        let composed = abusive.filter { !isSilent($0) }
        let silentAbusive = abusive.count - composed.count
        let silent = replies.filter(isSilent).count
        // Empty and timed-out replies stay in empathy and ownership, where the engine scores them 0: not
        // acknowledging the customer is a lapse of both. The basis says how many there were.
        let allBasis = Self.count(replies.count, "reply", "replies") + (silent > 0 ? " (\(silent) empty or timed out, counted as 0)" : "")
        let parts = [
            rubricPart(.empathy, dimension: .empathy, replies: replies, basis: allBasis),
            rubricPart(.ownership, dimension: .ownership, replies: replies, basis: allBasis),
            responsiveness(replies),
            rubricPart(.composure, dimension: .calm, replies: composed,
                       basis: Self.count(composed.count, "reply", "replies") + " to abusive lines" + (silentAbusive > 0 ? " (\(silentAbusive) empty or timed out, left out: silence is not composure)" : ""),
                       negativeFirst: true),
            consistency(scenarioOverall),
            judgementPart(answers, summary: judgement),
        ]
        return CandidateProfile(parts: parts, judgement: judgement,
                                flags: flags(replies: replies, answers: answers, events: events, language: language),
                                scenarioOverall: scenarioOverall)
    }

    static func place(_ reply: ReplyRecord) -> String { "\(reply.scenarioID) turn \(reply.turn)" }

    /// A reply with no words in it: the time ran out, or Enter was pressed on an empty line.
    static func isSilent(_ reply: ReplyRecord) -> Bool {
        reply.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    static func bounded(_ text: String, to length: Int) -> String {
        text.count > length ? String(text.prefix(length - 1)) + "…" : text
    }

    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : (values.reduce(0, +) / Double(values.count)).rounded(toPlaces: 1)
    }

    static func rubricPart(_ part: ProfileDimension, dimension: HotseatCore.Dimension, replies: [ReplyRecord], basis: String,
                           negativeFirst: Bool = false) -> ProfilePart {
        let score = mean(replies.compactMap { $0.score.scores[dimension] })
        var quotes: [EvidenceQuote] = []
        for reply in replies {
            for evidence in reply.score.evidence where evidence.dimension == dimension && !evidence.text.isEmpty {
                // The sentence around the match: "I understand" alone says little about what was understood.
                quotes.append(EvidenceQuote(whereSaid: place(reply), quote: QuoteContext.sentence(around: evidence, in: reply.text),
                                            note: evidence.explanation, points: evidence.points))
            }
        }
        // Strongest evidence first; for composure the lapses matter most to a reviewer.
        quotes.sort { negativeFirst ? ($0.points, $0.whereSaid) < ($1.points, $1.whereSaid) : ($0.points, $1.whereSaid) > ($1.points, $0.whereSaid) }
        // The same words said three times are one piece of evidence; keep its strongest place, then the next quote.
        var seen = Set<String>()
        quotes = quotes.filter { seen.insert($0.quote.lowercased().trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))).inserted }
        if quotes.isEmpty, let reply = replies.first(where: { !$0.text.isEmpty }), score != nil {
            quotes = [EvidenceQuote(whereSaid: place(reply), quote: bounded(reply.text, to: QuoteContext.maximumCharacters),
                                    note: "no rule fired on \(dimension.rawValue); the reply is quoted so a person can judge it", points: 0)]
        }
        return ProfilePart(dimension: part, score: score, basis: replies.isEmpty ? "not measured: no \(basis.split(separator: " ").dropFirst().joined(separator: " "))" : basis,
                           evidence: Array(quotes.prefix(quotesPerPart)))
    }

    static func responsiveness(_ replies: [ReplyRecord]) -> ProfilePart {
        let measured = replies.filter { $0.score.scores[.speed] != nil }
        let score = mean(measured.compactMap { $0.score.scores[.speed] })
        let bySpeed = measured.sorted { ($0.netLatency, place($0)) < ($1.netLatency, place($1)) }
        let picks = [bySpeed.first, bySpeed.count > 1 ? bySpeed.last : nil].compactMap { $0 }
        // The fastest and the slowest reply are facts, not points earned: they carry no sign, and the
        // speed score says whether the fast one also reached a next step ("best: a" in 2 s scores 40).
        let quotes = picks.map { reply in
            let speed = Int((reply.score.scores[.speed] ?? 0).rounded())
            // A timeout has no words to quote and no answer time: say what happened.
            return isSilent(reply) && reply.timedOut
                ? EvidenceQuote(whereSaid: place(reply), quote: "no reply (timed out)",
                                note: "the \(Int(reply.latency.rounded())) s limit ran out; speed \(speed)", points: 0)
                : EvidenceQuote(whereSaid: place(reply), quote: isSilent(reply) ? "empty reply" : bounded(reply.text, to: 120),
                                note: "answered in \(Int(reply.latency.rounded())) s (\(Int(reply.netLatency.rounded())) s after reading time); speed \(speed)",
                                points: 0)
        }
        let timeouts = measured.filter(\.timedOut).count
        return ProfilePart(dimension: .responsiveness, score: score,
                           basis: Self.count(measured.count, "timed reply", "timed replies") + (timeouts > 0 ? " (\(timeouts) timed out, counted with their full time)" : ""), evidence: quotes)
    }

    static func perScenarioOverall(_ replies: [ReplyRecord]) -> [String: Double] {
        Dictionary(grouping: replies, by: \.scenarioID).compactMapValues { mean($0.map(\.score.overall)) }
    }

    /// 100 minus twice the population standard deviation of the per-scenario overall scores:
    /// a candidate who scores 70, 72 and 68 is consistent (≈ 97); 90, 40 and 65 is not (≈ 59).
    static func consistency(_ overall: [String: Double]) -> ProfilePart {
        let values = overall.sorted { $0.key < $1.key }
        let quotes = values.map { EvidenceQuote(whereSaid: $0.key, quote: "overall \(Int($0.value.rounded()))", note: "mean overall score in this scenario", points: 0) }
        guard values.count >= 2 else {
            return ProfilePart(dimension: .consistency, score: nil, basis: "not measured: fewer than two scenarios answered", evidence: quotes)
        }
        let scores = values.map(\.value)
        let average = scores.reduce(0, +) / Double(scores.count)
        let spread = (scores.map { ($0 - average) * ($0 - average) }.reduce(0, +) / Double(scores.count)).squareRoot()
        return ProfilePart(dimension: .consistency, score: max(0, min(100, 100 - 2 * spread)).rounded(toPlaces: 1),
                           basis: "spread of \(scores.count) scenario scores (standard deviation \(spread.rounded(toPlaces: 1)))", evidence: quotes)
    }

    static func judgementPart(_ answers: [SJTAnswerRecord], summary: JudgementSummary) -> ProfilePart {
        let quotes = answers.sorted { ($0.points, $0.itemID) < ($1.points, $1.itemID) }.prefix(quotesPerPart).map {
            EvidenceQuote(whereSaid: "item \($0.itemID)", quote: "best: \($0.best ?? "–"), worst: \($0.worst ?? "–")",
                          note: "key: best \($0.keyBest), worst \($0.keyWorst)", points: Double($0.points))
        }
        return ProfilePart(dimension: .judgement, score: SJTScoring.percentage(points: summary.points, items: summary.items),
                           // The scale runs from −2 to +2 per item, so "4 of 12" alone would not explain a score of 67.
                           basis: "\(summary.points) points on a scale from \(summary.items * SJTScoring.minimumPerItem) to +\(summary.items * SJTScoring.maximumPerItem) over \(summary.items) items (key \(summary.keyVersion))",
                           evidence: Array(quotes))
    }
}
