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
        // A typo that starts like another language's word is still this language's typo:
        // "refundrer" begins like English "refund*", which once stopped the search for "refunderer".
        (.nb, "Jeg refunderer kortet ditt nå, og du får gratis timer i morgen.", "Jeg refundrer kortet ditt nå, og du får gratis timer i morgen."),
        (.en, "I understand you are frustrated. I'll call you back today.", "I understand you are frustated. I'll call you back today."),
        (.nl, "Ik begrijp dat u gefrustreerd bent. Ik bel u vandaag terug.", "Ik begrijp dat u gefrustreed bent. Ik bel u vandaag terug."),
        (.nb, "Jeg forstår at du er frustrert. Jeg ringer deg tilbake i dag.", "Jeg forstår at du er frustrret. Jeg ringer deg tilbake i dag."),
        // English chat without apostrophes: "thats on us" took no ownership (−22), "youre right to"
        // validated nothing (−12), "ill give you" and "ive booked" lost their actions.
        (.en, "That's on us. I'll give you a new pass today.", "thats on us. ill give you a new pass today."),
        (.en, "You're right to be angry. I've booked you on the next lift.", "youre right to be angry. ive booked you on the next lift."),
        // Dutch: the verb after "ik" with the -t/-d of "hij" (lost 22 to 25 points), the standard
        // "u hebt gelijk" (validated nothing), and "sorrie".
        (.nl, "Ik betaal u vandaag het hele bedrag terug.", "Ik betaald u vandaag het hele bedrag terug."),
        (.nl, "Ik ruil het bed morgen om.", "Ik ruilt het bed morgen om."),
        (.nl, "U heeft gelijk, dat duurde veel te lang.", "U hebt gelijk, dat duurde veel te lang."),
        (.nl, "Sorry, dat is onze fout.", "Sorrie, dat is onze fout."),
        // Norwegian without æ, ø and å on the keyboard: "paa oss" lost the remedy (25), "vaar feil"
        // and "gjoer et unntak" the ownership (22).
        (.nb, "Det er på oss, og det er vår feil. Jeg gjør et unntak og ordner det nå.",
         "Det er paa oss, og det er vaar feil. Jeg gjoer et unntak og ordner det naa."),
        // A Swedish or Danish apology from a Scandinavian writing Norwegian; English slips.
        (.nb, "Beklager, det er vår feil.", "Förlåt, det er vår feil."),
        (.nb, "Jeg er så lei meg for dette.", "Jeg er så lei mig for dette."),
        (.en, "That was far too long. I'll call you tomorrow at 10.", "That was far to long. I'll call you tommorow at 10."),
        // A one-letter slip that spells an insult: since an insult caps the reply at 30, this one cost 36 points.
        (.en, "I'm so sorry, I'll take it to the dump today and bring you a new one tomorrow.",
         "I'm so sorry, I'll take it to the dumb today and bring you a new one tomorrow."),
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
