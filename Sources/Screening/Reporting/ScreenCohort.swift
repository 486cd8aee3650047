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

    /// How the cohort answered one situational-judgement item.
    public struct ItemRow: Sendable, Equatable {
        public var itemID: String
        public var keyBest: String
        public var keyWorst: String
        /// Candidates who were shown the item.
        public var presented: Int
        public var pickedKeyBest: Int
        public var pickedKeyWorst: Int
        public var timedOut: Int

        /// 0–100: the share of candidates shown the item who picked the key's best (worst) response.
        public var bestShare: Double { presented == 0 ? 0 : (Double(pickedKeyBest) / Double(presented) * 100).rounded(toPlaces: 0) }
        public var worstShare: Double { presented == 0 ? 0 : (Double(pickedKeyWorst) / Double(presented) * 100).rounded(toPlaces: 0) }
    }

    public var packID: String
    public var rows: [Row]
    /// Per SJT item, hardest first (fewest matches with the key), ties by id.
    public var items: [ItemRow]

    public init(packID: String, results: [ScreenResult]) {
        self.packID = packID
        items = Self.itemRows(results)
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

    static func itemRows(_ results: [ScreenResult]) -> [ItemRow] {
        var byID: [String: ItemRow] = [:]
        for answer in results.flatMap(\.answers) {
            var row = byID[answer.itemID] ?? ItemRow(itemID: answer.itemID, keyBest: answer.keyBest, keyWorst: answer.keyWorst,
                                                     presented: 0, pickedKeyBest: 0, pickedKeyWorst: 0, timedOut: 0)
            row.presented += 1
            if answer.best == answer.keyBest { row.pickedKeyBest += 1 }
            if answer.worst == answer.keyWorst { row.pickedKeyWorst += 1 }
            if answer.timedOut { row.timedOut += 1 }
            byID[answer.itemID] = row
        }
        return byID.values.sorted { a, b in
            let ha = a.bestShare + a.worstShare, hb = b.bestShare + b.worstShare
            return ha != hb ? ha < hb : a.itemID < b.itemID
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
