/// Every verified result for one pack, ranked, with each candidate's percentile in the group.
///
/// ```swift
/// let cohort = ScreenCohort(packID: "call-centre-basic", results: results)
/// cohort.rows.first?.candidateID     // the highest overall
/// cohort.rows.first?.percentile      // 100: at or above everyone
/// ```
public struct ScreenCohort: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var candidateID: String
        public var scores: [ProfileDimension: Double]
        public var overall: Double?
        /// 0–100: the share of the cohort whose overall is at or below this candidate's.
        public var percentile: Double?
        public var flagCount: Int
        public var complete: Bool
    }

    public var packID: String
    public var rows: [Row]

    public init(packID: String, results: [ScreenResult]) {
        self.packID = packID
        let overalls = results.compactMap(\.profile.overall)
        rows = results.map { result in
            let overall = result.profile.overall
            var scores: [ProfileDimension: Double] = [:]
            for part in result.profile.parts { scores[part.dimension] = part.score }
            return Row(candidateID: result.candidateID, scores: scores, overall: overall,
                       percentile: overall.map { Self.percentileRank($0, in: overalls) },
                       flagCount: result.profile.flags.reduce(0) { $0 + $1.occurrences.count }, complete: result.complete)
        }
        // Highest overall first; unmeasured last; ties by id so the table is stable.
        .sorted { a, b in
            switch (a.overall, b.overall) {
            case let (x?, y?) where x != y: x > y
            case (_?, nil): true
            case (nil, _?): false
            default: a.candidateID < b.candidateID
            }
        }
    }

    /// Share (0–100) of `values` at or below `value`.
    public static func percentileRank(_ value: Double, in values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        return (Double(values.filter { $0 <= value }.count) / Double(values.count) * 100).rounded(toPlaces: 0)
    }

    /// Percentile of one candidate on one dimension within this cohort.
    public func percentile(of candidateID: String, on dimension: ProfileDimension) -> Double? {
        guard let value = rows.first(where: { $0.candidateID == candidateID })?.scores[dimension] else { return nil }
        return Self.percentileRank(value, in: rows.compactMap { $0.scores[dimension] })
    }
}
