import HotseatCore

/// Scores every rated reply with an engine and measures how well it agrees with the raters.
///
/// ```swift
/// let rows = try RatingsTable.parse(bytes, file: "reference.csv")
/// let report = CalibrationRunner.run(rows, engine: engine, scenarios: ["ski-lift": skiLift])
/// report.dimensions(below: 0.7) // [] when the engine is calibrated
/// ```
public enum CalibrationRunner {
    public static func run(_ rows: [RatedReply], engine: any ReplyScoring, scenarios: [String: CalibrationScenario],
                           worstCount: Int = 5) -> CalibrationReport {
        var missing: Set<String> = []
        let scores: [ReplyScore] = rows.map { row in
            let context: ScoringContext
            if let id = row.scenarioID, let scenario = scenarios[id] {
                context = scenario.context(language: row.language, latency: row.latency)
            } else {
                if let id = row.scenarioID { missing.insert(id) }
                context = ScoringContext(language: row.language, latency: row.latency, scenarioID: row.scenarioID)
            }
            return engine.score(row.reply, context: context)
        }
        let dimensions = Dimension.allCases.compactMap { dimension -> DimensionCalibration? in
            let paired = rows.indices.filter { rows[$0].ratings[dimension] != nil && scores[$0].scores[dimension] != nil }
            guard rows.contains(where: { $0.ratings[dimension] != nil }) else { return nil }
            return calibrate(dimension, indices: paired, rows: rows, scores: scores, worstCount: worstCount)
        }
        return CalibrationReport(replies: rows.count, scenariosMissing: missing.sorted(), dimensions: dimensions)
    }

    static func calibrate(_ dimension: Dimension, indices: [Int], rows: [RatedReply], scores: [ReplyScore], worstCount: Int) -> DimensionCalibration {
        let human = indices.map { rows[$0].ratings[dimension]! }
        let raw = indices.map { scores[$0].scores[dimension]! }
        let engine = raw.map(EngineRating.rating(forScore:))
        let gaps = indices.indices.sorted { a, b in
            let gapA = abs(human[a] - engine[a]), gapB = abs(human[b] - engine[b])
            if gapA != gapB { return gapA > gapB }
            // Same gap in ratings: the one further from the middle of the human's bin first.
            let missA = abs(raw[a] - Double(human[a] * 20 - 10)), missB = abs(raw[b] - Double(human[b] * 20 - 10))
            if missA != missB { return missA > missB }
            return indices[a] < indices[b]
        }
        let worst = gaps.prefix(worstCount).filter { human[$0] != engine[$0] }.map { k -> Disagreement in
            let i = indices[k]
            let rules = scores[i].evidence.filter { $0.dimension == dimension }
                .sorted { abs($0.points) > abs($1.points) }
                .map { RuleContribution(rule: $0.rule, points: $0.points, text: $0.text, explanation: $0.explanation) }
            return Disagreement(id: rows[i].id, line: rows[i].line, language: scores[i].language, scenarioID: rows[i].scenarioID,
                                reply: rows[i].reply, human: human[k], engine: engine[k], engineScore: raw[k],
                                rationale: rows[i].rationale, rules: rules, flags: scores[i].flags.map(\.code))
        }
        return DimensionCalibration(
            dimension: dimension, pairs: indices.count,
            spearman: CalibrationStatistics.spearman(human.map(Double.init), raw),
            quadraticWeightedKappa: CalibrationStatistics.quadraticWeightedKappa(human, engine, categories: 1...5),
            exactAgreement: CalibrationStatistics.agreement(human, engine, within: 0),
            adjacentAgreement: CalibrationStatistics.agreement(human, engine, within: 1),
            confusion: ConfusionMatrix(rows: human, columns: engine, categories: 1...5),
            worst: Array(worst))
    }
}
