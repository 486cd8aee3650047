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
    /// Replies with fewer words than this are flagged as very short.
    public static let veryShortWords = 5
    /// Language is only compared on replies at least this long; detection on a few words is guesswork.
    public static let languageCheckCharacters = 25
    /// Quotes kept per profile part.
    public static let quotesPerPart = 3

    public static func profile(replies: [ReplyRecord], answers: [SJTAnswerRecord], events: [ScreenEvent],
                               language: Language, keyVersion: String) -> CandidateProfile {
        let scenarioOverall = perScenarioOverall(replies)
        let judgement = JudgementSummary(items: answers.count, points: answers.reduce(0) { $0 + $1.points },
                                         maximum: answers.count * SJTScoring.maximumPerItem, keyVersion: keyVersion)
        let abusive = replies.filter(\.abusiveBeat)
        let parts = [
            rubricPart(.empathy, dimension: .empathy, replies: replies, basis: "\(replies.count) replies"),
            rubricPart(.ownership, dimension: .ownership, replies: replies, basis: "\(replies.count) replies"),
            responsiveness(replies),
            rubricPart(.composure, dimension: .calm, replies: abusive, basis: "\(abusive.count) replies to abusive lines",
                       negativeFirst: true),
            consistency(scenarioOverall),
            judgementPart(answers, summary: judgement),
        ]
        return CandidateProfile(parts: parts, judgement: judgement,
                                flags: flags(replies: replies, answers: answers, events: events, language: language),
                                scenarioOverall: scenarioOverall)
    }

    static func place(_ reply: ReplyRecord) -> String { "\(reply.scenarioID) turn \(reply.turn)" }

    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : (values.reduce(0, +) / Double(values.count)).rounded(toPlaces: 1)
    }

    static func rubricPart(_ part: ProfileDimension, dimension: Dimension, replies: [ReplyRecord], basis: String,
                           negativeFirst: Bool = false) -> ProfilePart {
        let score = mean(replies.compactMap { $0.score.scores[dimension] })
        var quotes: [EvidenceQuote] = []
        for reply in replies {
            for evidence in reply.score.evidence where evidence.dimension == dimension && !evidence.text.isEmpty {
                quotes.append(EvidenceQuote(whereSaid: place(reply), quote: evidence.text, note: evidence.explanation, points: evidence.points))
            }
        }
        // Strongest evidence first; for composure the lapses matter most to a reviewer.
        quotes.sort { negativeFirst ? ($0.points, $0.whereSaid) < ($1.points, $1.whereSaid) : ($0.points, $1.whereSaid) > ($1.points, $0.whereSaid) }
        if quotes.isEmpty, let reply = replies.first(where: { !$0.text.isEmpty }), score != nil {
            quotes = [EvidenceQuote(whereSaid: place(reply), quote: String(reply.text.prefix(160)),
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
        let quotes = picks.map {
            EvidenceQuote(whereSaid: place($0), quote: String($0.text.prefix(120)),
                          note: "answered in \(Int($0.latency.rounded())) s (\(Int($0.netLatency.rounded())) s after reading time)",
                          points: $0.score.scores[.speed] ?? 0)
        }
        return ProfilePart(dimension: .responsiveness, score: score, basis: "\(measured.count) timed replies", evidence: quotes)
    }

    static func perScenarioOverall(_ replies: [ReplyRecord]) -> [String: Double] {
        Dictionary(grouping: replies, by: \.scenarioID).compactMapValues { mean($0.map(\.score.overall)) }
    }

    /// 100 minus twice the population standard deviation of the per-scenario overall scores:
    /// a candidate who scores 70, 72 and 68 is consistent (≈ 97); 90, 40 and 65 is not (≈ 59).
    static func consistency(_ overall: [String: Double]) -> ProfilePart {
        let values = overall.sorted { $0.key < $1.key }
        let quotes = values.map { EvidenceQuote(whereSaid: $0.key, quote: "overall \(Int($0.value.rounded()))", note: "mean overall score in this scenario", points: $0.value) }
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
                           basis: "\(summary.points) of \(summary.maximum) points on \(summary.items) items (key \(summary.keyVersion))",
                           evidence: Array(quotes))
    }
}
