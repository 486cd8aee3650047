import HotseatCore

/// Which of a rubric's patterns its own `match` examples exercise: a pattern no example of its rule
/// matches is untested, and may not match what its author meant ("so nobody|no one else" reads
/// "so, nobody or no, one, else", and never matched "so nobody else").
///
/// ```swift
/// let coverage = engine.patternCoverage()
/// coverage.exercised      // 1190
/// coverage.untested.first // (ownership.remedy, nl, "geef ...6 terug", scoring/ownership.yaml:46:557)
/// ```
public struct PatternCoverage: Sendable {
    public struct Pattern: Sendable, Equatable {
        public var rule: String
        public var language: Language
        public var text: String
        public var location: SourceLocation
    }

    /// Patterns of phrase rules, idioms aside (an idiom shields words and earns nothing; its examples test the rule as a whole).
    public var total: Int
    public var exercised: Int
    /// In file order.
    public var untested: [Pattern]
}

extension RubricEngine {
    /// Runs every `match` example of every rule and notes which of the rule's patterns gave the match.
    public func patternCoverage() -> PatternCoverage {
        let rubric = self.rubric
        // Phrase indices per criterion and language, in pattern order.
        var grouped: [Int32: [Language: [Int]]] = [:]
        for (index, phrase) in rubric.phrases.enumerated() {
            grouped[phrase.criterion, default: [:]][phrase.language, default: []].append(index)
        }
        let phrasesOf = grouped
        let perCriterion = Parallel.map(count: rubric.criteria.count) { number -> (total: Int, hit: Int, untested: [PatternCoverage.Pattern]) in
            let criterion = rubric.criteria[number]
            guard !criterion.isIdiom else { return (0, 0, []) }
            var total = 0, hit = 0
            var untested: [PatternCoverage.Pattern] = []
            for language in Language.allCases {
                let patterns = criterion.patterns[language] ?? []
                guard !patterns.isEmpty else { continue }
                var matched = Set<Int32>()
                for example in criterion.examples[language]?.match ?? [] {
                    for m in SelfTest.analysis(of: example.text, in: language, rubric).matches where m.criterion == Int32(number) { matched.insert(m.phrase) }
                }
                for index in phrasesOf[Int32(number)]?[language] ?? [] {
                    total += 1
                    if matched.contains(Int32(index)) { hit += 1; continue }
                    let pattern = patterns[rubric.phrases[index].pattern]
                    untested.append(.init(rule: criterion.id, language: language, text: pattern.text, location: pattern.location))
                }
            }
            return (total, hit, untested)
        }
        let untested = perCriterion.flatMap(\.untested).sorted { a, b in
            (a.location.file, a.location.line, a.location.column) < (b.location.file, b.location.line, b.location.column)
        }
        return PatternCoverage(total: perCriterion.reduce(0) { $0 + $1.total }, exercised: perCriterion.reduce(0) { $0 + $1.hit },
                               untested: untested)
    }
}
