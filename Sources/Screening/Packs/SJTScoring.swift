/// Scores a best/worst pick against an expert key.
///
/// +1 for the key's best picked as best, +1 for the key's worst picked as worst, −1 for the key's
/// best picked as worst, −1 for the key's worst picked as best. An item is worth −2…+2.
///
/// ```swift
/// let key = SJTKey(best: "B", worst: "D", rationale: "…", source: "…")
/// SJTScoring.score(best: "B", worst: "D", key: key)   //  2
/// SJTScoring.score(best: "D", worst: "B", key: key)   // -2
/// SJTScoring.score(best: "A", worst: "C", key: key)   //  0
/// ```
public enum SJTScoring {
    public static let maximumPerItem = 2
    public static let minimumPerItem = -2

    public static func score(best: String?, worst: String?, key: SJTKey) -> Int {
        var points = 0
        if best == key.best { points += 1 }
        if worst == key.worst { points += 1 }
        if worst == key.best { points -= 1 }
        if best == key.worst { points -= 1 }
        return points
    }

    /// Points over a set of items mapped onto 0…100, so judgement sits on the same scale as the rubric's dimensions.
    public static func percentage(points: Int, items: Int) -> Double? {
        guard items > 0 else { return nil }
        let range = Double(items * (maximumPerItem - minimumPerItem))
        return (Double(points - items * minimumPerItem) / range * 100).rounded(toPlaces: 1)
    }
}

extension Double {
    func rounded(toPlaces places: Int) -> Double {
        var factor = 1.0
        for _ in 0..<places { factor *= 10 }
        return (self * factor).rounded() / factor
    }
}
