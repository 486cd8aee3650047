import HotseatCore

/// What scoring one reply accumulates before it becomes a `ReplyScore`.
struct ScoreSheet {
    var evidence: [Evidence] = []
    var behaviours: Set<Behaviour> = []
    var flags: [ScoreFlag] = []
    /// Tips with a sort key: the most costly problem first.
    var tips: [(weight: Double, order: Int, tip: CoachingTip)] = []

    mutating func add(_ evidence: Evidence) { self.evidence.append(evidence) }

    mutating func flag(_ code: String, settings: RubricSettings) {
        guard !flags.contains(where: { $0.code == code }) else { return }
        flags.append(ScoreFlag(code: code, message: settings.antiGaming.messages[code] ?? code))
    }

    mutating func tip(_ text: String?, dimension: Dimension, principle: String, quote: String?, weight: Double) {
        guard let text, !text.isEmpty else { return }
        if tips.contains(where: { $0.tip.message == text && $0.tip.quote == quote }) { return }
        tips.append((weight, tips.count, CoachingTip(dimension: dimension, message: text, principle: principle, quote: quote)))
    }
}
