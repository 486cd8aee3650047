import HotseatCore

extension ReplyScorer {
    /// Adds the dimension-level tip where a dimension earned nothing at all, so every weak reply
    /// gets at least one concrete thing to try.
    mutating func addCoaching(scores: DimensionScores) {
        for dimension in [Dimension.empathy, .ownership, .calm] {
            guard let score = scores[dimension], score < 40, let setting = rubric.dimension(dimension) else { continue }
            let earned = sheet.evidence.contains { $0.dimension == dimension && $0.points > 0 }
            if !earned || score < 25 {
                sheet.tip(setting.tips[language], dimension: dimension, principle: setting.principle, quote: nil, weight: 40 - score)
            }
        }
    }
}
