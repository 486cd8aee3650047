import HotseatCore
import Testing
@testable import Rubric

@Test(arguments: [
    ("I'm so sorry you had to wait, I'll sort it out now.", Language.en),
    ("Het spijt me echt dat u zo lang moest wachten.", .nl),
    ("Ik begrijp dat dit vervelend is, ik regel het voor u.", .nl),
    ("Jeg beklager så mye at du måtte vente.", .nb),
    ("Det er ikke bra, jeg skal ordne det for deg nå.", .nb),
    ("Sorry, dat is onze fout.", .nl),
    ("Beklager, det var vår feil.", .nb),
    // No function words at all: the words only one language's rubric phrases use decide.
    ("Excuses, mevrouw. Nieuwe laptop morgen geleverd.", .nl),
    ("Doe eens rustig.", .nl),
    ("Beklager! Ny seng levert fredag, gratis.", .nb),
    ("Unnskyld, ny seng fredag.", .nb),
])
func detectsTheLanguage(reply: String, expected: Language) {
    #expect(Shipped.engine.detectLanguage(reply) == expected)
    let score = Shipped.score(reply)
    #expect(score.language == expected)
    #expect(score.languageDetected)
}

@Test func givenLanguageIsUsedAndReportedAsGiven() {
    let score = Shipped.score("Het spijt me.", .nl)
    #expect(score.language == .nl && !score.languageDetected)
}
