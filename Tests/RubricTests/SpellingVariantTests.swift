import HotseatCore
import Testing
@testable import Rubric

/// Correct or common variant spellings a native or non-native writer uses must score like the
/// textbook form (fairness in hiring screens: spelling never lowers empathy, ownership or calm).
@Suite struct SpellingVariantTests {
    static let pairs: [(Language, String, String)] = [
        (.nl, "Het spijt me heel erg dat u zo lang moest wachten.", "Het spijt mij heel erg dat u zo lang moest wachten."),
        (.nb, "Jeg ringer deg i morgen klokka ti.", "Jeg ringer deg imorgen klokka ti."),
        (.nb, "Jeg sender en ny i dag.", "Jeg sender en ny idag."),
        (.en, "Sorry for the long wait. I'll go to the kitchen now and bring your food in five minutes.",
         "Sory for the long wait. I go to kitchen now and bring you food in five minute."),
    ]

    @Test(arguments: pairs.indices)
    func variantsScoreAlike(index: Int) {
        let (language, textbook, variant) = Self.pairs[index]
        let context = ScoringContext(language: language)
        let a = Shipped.engine.score(textbook, context: context)
        let b = Shipped.engine.score(variant, context: context)
        for dimension in [Dimension.empathy, .ownership, .calm] {
            #expect(a.scores[dimension] == b.scores[dimension], "\(dimension): \(textbook) vs \(variant)")
        }
    }

    @Test func aFearfulOrdealIsANamedFeelingInNorwegian() {
        let score = Shipped.engine.score("Det må ha vært skummelt for barna.", context: ScoringContext(language: .nb))
        #expect(score.behaviours.contains(.acknowledgedFeeling))
    }
}
