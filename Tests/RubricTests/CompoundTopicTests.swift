import HotseatCore
import Testing
@testable import Rubric

/// Dutch and Norwegian write a compound as one word: naming the customer's "verjaardagscadeau"
/// or "kundemøte" reflects their situation as much as "birthday present" or "client meeting" does.
@Suite struct CompoundTopicTests {
    static func reflects(_ reply: String, _ language: Language, topics: [String]) -> [String] {
        Shipped.score(reply, language, topics: topics).evidence.filter { $0.rule == "empathy.reflects-specifics" }.map(\.text)
    }

    @Test(arguments: [
        ("Wat vervelend, midden in uw klantgesprek.", Language.nl, ["gesprek"], "klantgesprek"),
        ("Wat vervelend voor het verjaardagscadeau.", .nl, ["verjaardag"], "verjaardagscadeau"),
        ("Så irriterende, midt i kundemøtet.", .nb, ["kunde"], "kundemøtet"),
        ("Så leit med bursdagsgaven.", .nb, ["gave"], "bursdagsgaven"),
    ])
    func aCompoundThatBeginsOrEndsWithATopicReflectsIt(reply: String, language: Language, topics: [String], word: String) {
        #expect(Self.reflects(reply, language, topics: topics) == [word])
    }

    @Test func bothPartsNeedFourLettersAndEnglishIsLeftAsItWas() {
        // "uur" (hour) is too short to be a part: "duur" and "avonduur" name no hour.
        #expect(Self.reflects("Wat vervelend, dat is duur.", .nl, topics: ["uur"]).isEmpty)
        #expect(Self.reflects("Wat vervelend, in het avonduur.", .nl, topics: ["uur"]).isEmpty)
        // A topic that is most of the word leaves no part of its own: "liftje" is the topic with an ending.
        #expect(Self.reflects("Wat vervelend voor het liftje.", .nl, topics: ["lift"]) == ["liftje"])
        // English compounds are separate words; "chairlifts" is not read as "chair" + "lifts".
        #expect(Self.reflects("That's frustrating about the chairlifts.", .en, topics: ["lifts"]).isEmpty)
    }

    @Test func theFunctionWordsOfAPhraseTopicNameNothing() {
        // "ta med" (take away) names a takeaway; its "med" (with) is in nearly every reply.
        #expect(Self.reflects("Så leit med ventetiden, jeg ordner det nå.", .nb, topics: ["ta med"]).isEmpty)
        #expect(Self.reflects("Så leit med den kalde maten.", .nb, topics: ["ta med", "maten"]) == ["maten"])
        // A word is only dropped in the language whose function word it is: Dutch "van" is "of".
        #expect(Self.reflects("Wat vervelend van de bezorging.", .nl, topics: ["bestel van"]).isEmpty)
        #expect(Self.reflects("I'm so sorry the van was late.", .en, topics: ["delivery van"]) == ["van"])
    }
}
