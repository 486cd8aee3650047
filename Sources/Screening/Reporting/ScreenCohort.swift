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
        /// The kinds of flag raised (`likely-pasted`, `timeouts`, …), in profile order.
        public var flagCodes: [String] = []
        public var complete: Bool
        /// The language the candidate took the screen in.
        public var language: String = ""
        /// `ContentHashes.digest` of the content the run was scored against; nil when not recorded.
        public var contentDigest: String?
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

    /// Set when the candidates were not all scored against the same files: what differs, for a person.
    public var contentNote: String?

    public init(packID: String, results: [ScreenResult]) {
        self.packID = packID
        contentNote = Self.contentNote(results)
        items = Self.itemRows(results)
        let overalls = results.compactMap(\.profile.overall)
        rows = results.map { result in
            let overall = result.profile.overall
            var scores: [ProfileDimension: Double] = [:]
            for part in result.profile.parts { scores[part.dimension] = part.score }
            return Row(candidateID: result.candidateID, scores: scores, overall: overall,
                       percentile: overall.map { Self.percentileRank($0, in: overalls) },
                       flagCount: result.profile.flags.reduce(0) { $0 + $1.occurrences.count },
                       flagCodes: result.profile.flags.map(\.code.rawValue), complete: result.complete, language: result.language,
                       contentDigest: result.contentHashes.map(ContentHashes.digest))
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

    /// Names the groups of candidates scored against different content, and the files that differ.
    static func contentNote(_ results: [ScreenResult]) -> String? {
        let groups = Dictionary(grouping: results) { $0.contentHashes.map(ContentHashes.digest) ?? "not recorded" }
        guard groups.count > 1 else { return nil }
        let described = groups.sorted { $0.key < $1.key }.map { digest, members in
            "content \(digest): \(members.map(\.candidateID).sorted().joined(separator: ", "))"
        }
        let sets = results.compactMap(\.contentHashes)
        let paths = Set(sets.flatMap(\.keys)).filter { path in Set(sets.map { $0[path] ?? "" }).count > 1 }.sorted()
        return "candidates were scored against different content (\(described.joined(separator: "; ")))"
            + (paths.isEmpty ? "" : "; files that differ: \(paths.joined(separator: ", "))")
            + ". Compare only candidates within one group."
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
