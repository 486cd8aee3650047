import HotseatCore

/// One scored rule from a rubric file: phrases per language, the points they earn, and why.
struct Criterion: Sendable {
    var id: String
    /// nil for idioms: phrases that only shield their words from other rules ("no problem").
    var dimension: Dimension?
    var behaviour: Behaviour?
    var points: Double
    /// Matches in the same group share diminishing returns ("sorry" and "apologise" are one apology).
    var group: String
    /// On overlapping matches the higher priority wins ("sorry if you feel that way" beats "sorry").
    var priority: Int
    /// A negator shortly before the match cancels it ("I'm not sorry").
    var negatable: Bool
    /// A following "but" discounts the match ("sorry, but that's policy").
    var contrastable: Bool
    /// Another criterion that must fire in the same sentence for full points (follow-up needs a time).
    var needs: String?
    /// A flag a match raises, capping the reply (`abused-customer` for an insult or a threat).
    var flag: String? = nil
    var pointsWithoutNeeds: Double
    var explanation: String
    var explanationWithoutNeeds: String?
    var source: String
    var tips: [Language: String]
    var patterns: [Language: [PhrasePattern]]
    var examples: [Language: Examples]
    var location: SourceLocation

    struct Examples: Sendable {
        var match: [Example] = []
        var noMatch: [Example] = []
    }

    struct Example: Sendable {
        var text: String
        var location: SourceLocation
    }

    var isIdiom: Bool { dimension == nil }
}

/// A phrase as a trainer wrote it, with where it was written.
struct PhrasePattern: Sendable {
    var text: String
    var location: SourceLocation
}
