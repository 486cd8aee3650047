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
}
