import HotseatCore
import Testing
@testable import Rubric

@Test func repeatedPhrasesGiveDiminishingReturns() {
    let once = Shipped.score("I'm so sorry about the wait.", .en)
    let five = Shipped.score("Sorry sorry sorry sorry sorry about the wait.", .en)
    let points = five.evidence.filter { $0.rule == "empathy.apology" }.map(\.points)
    #expect(points.count >= 3)
    #expect(points == points.sorted(by: >))
    #expect(five.scores[.empathy]! <= once.scores[.empathy]! + 5)
    #expect(five.flags.contains { $0.code == "repetitive" })
}

/// The explanation of a diminished phrase names what it is (the nth of its group), because the
/// earlier one may have been other words: "gratis" after "refunderer" was never "said again".
@Test func diminishedCreditIsExplainedAsTheNthPhraseOfItsGroup() {
    let score = Shipped.score("Jeg refunderer hele passet, og dere får gratis heiskort i morgen.", .nb)
    let free = score.evidence.first { $0.rule == "ownership.remedy" && $0.text == "gratis" }
    #expect(free?.explanation.hasSuffix("(2nd remedy phrase in this reply: diminishing credit)") == true, "\(String(describing: free))")
    #expect(!score.evidence.contains { $0.explanation.contains("said again") })
    #expect(GeneratedExplanation.ordinal(1, in: .en) == "1st" && GeneratedExplanation.ordinal(3, in: .en) == "3rd"
            && GeneratedExplanation.ordinal(12, in: .en) == "12th" && GeneratedExplanation.ordinal(22, in: .en) == "22nd")
    #expect(GeneratedExplanation.ordinal(2, in: .nl) == "2e" && GeneratedExplanation.ordinal(2, in: .nb) == "2.")
}

/// Past the group's limit, the same word again is repetition; four different offers are a
/// generous reply, paid less for each by the decay but not flagged.
@Test(arguments: [
    ("I'm so sorry about the bed. I'll refund the delivery fee, send a new bed tomorrow, give you a voucher and fix the frame for free.", Language.en, false),
    ("Het spijt me. Ik betaal de bezorgkosten terug, u krijgt een nieuwe matras, een tegoedbon en gratis montage.", .nl, false),
    ("I'm sorry. I'll refund you, refund the fee, refund the bed and refund the delivery.", .en, true),
    ("Sorry, I apologise, so sorry, my apologies, I am sorry about the bed.", .en, true),
])
func aListOfDifferentOffersIsNotRepetitive(reply: String, language: Language, repetitive: Bool) {
    let score = Shipped.score(reply, language)
    let remedies = score.evidence.filter { $0.rule == "ownership.remedy" }.map(\.points)
    #expect(remedies == remedies.sorted(by: >))
    #expect(score.flags.contains { $0.code == "repetitive" } == repetitive, "\(score.flags)")
    if !repetitive { #expect(score.overall >= 60, "\(score.overall)") }
}

@Test func theSameSentenceTwiceIsFlagged() {
    let score = Shipped.score("I'll refund you today. I'll refund you today.", .en)
    #expect(score.flags.contains { $0.code == "repetitive" })
}

@Test func repetitionAcrossTurnsIsDiscounted() {
    let first = "I'm so sorry, that must be really frustrating."
    let fresh = Shipped.score(first, .en)
    let again = Shipped.score(first, .en, previous: [first])
    #expect(again.scores[.empathy]! < fresh.scores[.empathy]!)
    #expect(again.flags.contains { $0.code == "repeated-earlier-reply" })
    // A new reply that reuses one phrase only loses on that phrase.
    let partly = Shipped.score("I'm so sorry. I'll refund the ticket today.", .en, previous: [first])
    #expect(partly.evidence.contains { $0.rule == "empathy.apology" && $0.explanation.contains("earlier reply") })
    #expect(!partly.flags.contains { $0.code == "repeated-earlier-reply" })
}

/// A salad of rubric phrases, comma after comma with nothing about the customer in between, is
/// keyword stuffing in every language, though the phrases bring their own function words.
@Test(arguments: [
    ("I'm sorry, I understand, I apologise, I'll fix it, I'll call you back at 3, free, refund?", Language.en),
    ("Het spijt me, ik begrijp het, excuses, ik regel het, ik bel u terug om 3 uur, gratis, terugbetaling?", .nl),
    ("Sorry, sorry, sorry. Ik begrijp het, ik begrijp het. Ik regel het, ik regel het. Gratis, gratis.", .nl),
    ("Beklager, jeg forstår, jeg ordner det, jeg ringer deg klokka 15, gratis, refusjon?", .nb),
    // The same list in each language; the Dutch one scored 78 unflagged, as "ik bel" matched nothing.
    ("Sorry, frustrating, refund, voucher, my mistake, today, I'll call.", .en),
    ("Sorry, frustrerend, terugbetaling, tegoedbon, mijn fout, vandaag, ik bel.", .nl),
    ("Beklager, frustrerende, refusjon, gavekort, min feil, i dag, jeg ringer.", .nb),
    // Parted by slashes, bars, arrows or emoji instead of commas (all scored 85.7 unflagged), or by
    // full stops with the longer items only partly rubric words (82.1 in English; nl was caught).
    ("I'm so sorry / that must be so frustrating / my fault / I'll fix it / full refund / today / I'll call you back", .en),
    ("het spijt me echt / wat vervelend / onze fout / ik regel het / geld terug / vandaag / ik bel je terug", .nl),
    ("jeg er så lei meg / så frustrerende / min feil / jeg ordner det / pengene tilbake / i dag / jeg ringer deg tilbake", .nb),
    ("I'm so sorry | that must be so frustrating | my fault | I'll fix it | full refund | today | I'll call you back", .en),
    ("I'm so sorry → that must be so frustrating → my fault → I'll fix it → full refund → today → I'll call you back", .en),
    ("I'm so sorry 🙏 that must be so frustrating 🙏 my fault 🙏 I'll fix it 🙏 full refund 🙏 today 🙏 I'll call you back", .en),
    ("I'm so sorry. That must be so frustrating. My fault. I'll fix it. Full refund. Today. I'll call you back.", .en),
])
func aSaladOfRubricPhrasesIsKeywordStuffing(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    #expect(score.flags.contains { $0.code == "keyword-stuffing" }, "\(score.flags)")
    #expect(score.overall <= 35)
}

/// The same list without its commas is one long clause, so it has no fragments to count; it is
/// still a rubric phrase every two words with hardly a word joining them. (The English and
/// Norwegian ones scored 79 and 73 unflagged; the Dutch one, with fewer function words, was caught.)
@Test(arguments: [
    ("sorry understand frustrating my fault refund today call you back", Language.en),
    ("excuses begrijp vervelend mijn fout geld terug vandaag bel u terug", .nl),
    ("beklager forstår frustrerende min feil refusjon i dag ringer tilbake", .nb),
])
func anUnpunctuatedListOfRubricPhrasesIsKeywordStuffing(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    #expect(score.flags.contains { $0.code == "keyword-stuffing" }, "\(score.flags)")
    #expect(score.overall <= 35)
}

/// Padding a keyword list with the same filler does not make it a sentence: the filler is all
/// function words and comes back between every keyword. (All three scored 73 unflagged.)
@Test(arguments: [
    ("and so the sorry and the frustrating and the my fault and the refund and the today", Language.en),
    ("en de sorry en de vervelend en de mijn fout en de terugbetaling en de vandaag", .nl),
    ("og så beklager og så frustrerende og så min feil og så refusjon og så i dag", .nb),
])
func aKeywordListPaddedWithFillerIsKeywordStuffing(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    #expect(score.flags.contains { $0.code == "keyword-stuffing" }, "\(score.flags)")
    #expect(score.overall <= 35)
}

/// "and" between every phrase of a run-on sentence is speech, not filler: the pronouns and verbs
/// around it belong to the phrases, and a phrase said again is repetition, not a list.
@Test(arguments: [
    ("I'm sorry and I understand and I will refund you and I will call you back", Language.en),
    ("Het spijt me en ik begrijp het en ik betaal u terug en ik bel u morgen", .nl),
    ("Jeg beklager og jeg forstår og jeg refunderer deg og jeg ringer deg i morgen", .nb),
])
func aRunOnSentenceJoinedByAndIsNotStuffing(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    #expect(!score.flags.contains { $0.code == "keyword-stuffing" }, "\(score.flags)")
    #expect(score.overall >= 60)
}

/// Three bare keywords are the shortest keyword list; four were caught, three scored 55 to 58.
@Test(arguments: [
    ("sorry refund today", Language.en),
    ("excuses terugbetaling tegoedbon", .nl),
    ("beklager refusjon gavekort", .nb),
])
func threeBareKeywordsAreKeywordStuffing(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    #expect(score.flags.contains { $0.code == "keyword-stuffing" }, "\(score.flags)")
    #expect(score.overall <= 20)
}

/// A three-word reply with a word that joins it is short, not a list.
@Test(arguments: [
    ("Sorry, my fault.", Language.en),
    ("Sorry, mijn fout.", .nl),
    ("Beklager, min feil.", .nb),
    ("I'm so sorry.", .en),
])
func aShortReplyWithAJoiningWordIsNotStuffing(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    #expect(!score.flags.contains { $0.code == "keyword-stuffing" }, "\(score.flags)")
    #expect(score.overall > 40)
}

/// A sentence typed without commas, the way many people type in a chat window, joins its
/// phrases with "i", "and", "ik", "og": it is not a list.
@Test(arguments: [
    ("sorry my fault i refund you today and call you back tomorrow", Language.en),
    ("sorry het is mijn fout ik betaal u vandaag terug en bel u morgen", .nl),
    ("beklager det er min feil jeg refunderer deg i dag og ringer deg i morgen", .nb),
    ("i am sorry i understand its frustrating it is my fault i refund today i call you back", .en),
])
func anUnpunctuatedSentenceIsNotStuffing(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    #expect(!score.flags.contains { $0.code == "keyword-stuffing" }, "\(score.flags)")
    #expect(score.overall >= 60)
}

/// Dense is not a salad: a short reply that is nearly all rubric phrases but says them in clauses.
@Test(arguments: [
    ("I completely understand your frustration. I take full responsibility, and I will send a technician to your house tomorrow between 9 and 11.", Language.en),
    ("Ik begrijp uw frustratie helemaal. Het is onze fout, en ik stuur morgen tussen 9 en 11 uur een monteur naar u toe.", .nl),
    ("Jeg forstår at du er frustrert. Det er vår feil, og jeg sender en tekniker hjem til deg i morgen mellom 9 og 11.", .nb),
])
func aDenseRealReplyIsNotStuffing(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    #expect(!score.flags.contains { $0.code == "keyword-stuffing" }, "\(score.flags)")
    #expect(score.overall >= 60)
}

/// Short sentences of concern, each a rubric phrase and some of them questions, are not a salad:
/// the question marks are questions asked of the customer, not keywords in a list.
@Test(arguments: [
    ("Oh no, that's really serious. Are you alright? Is she okay now?", Language.en),
    ("O nee, dat is heel ernstig. Gaat het goed met u? Is ze nu oké?", .nl),
    ("Å nei, det er veldig alvorlig. Går det bra med deg? Er hun ok nå?", .nb),
])
func shortQuestionsOfConcernAreNotStuffing(reply: String, language: Language) {
    let score = Shipped.score(reply, language, traits: RecoveryTraits(severity: .major))
    #expect(!score.flags.contains { $0.code == "keyword-stuffing" }, "\(score.flags)")
    #expect(score.behaviours.contains(.acknowledgedFeeling))
    #expect(score.overall >= 40)
}

/// Terse is not a salad either: two one-word sentences before a real one.
@Test(arguments: [
    ("Vervelend. Excuses. Ik regel vandaag een nieuwe levering.", Language.nl),
    ("Frustrating, I know. Sorry. I'll send a new bed on Friday.", .en),
    // Flagged as a salad (20) when exactly half its words were in fragments.
    ("I'm sorry. That's on us. I'll refund your pass today.", .en),
    ("Sorry. Dat is onze fout. Ik betaal uw pas vandaag terug.", .nl),
    ("Beklager. Det er vår feil. Jeg refunderer heiskortet ditt i dag.", .nb),
    // An emoji or a slash inside a real reply parts it, but it is still a reply.
    ("I'm so sorry 😞 that must have been freezing for the kids. I'll refund your pass today and call you back by 5 pm.", .en),
    ("Sorry for the wait / I'll refund the delivery fee today and call you tomorrow at 10.", .en),
])
func aTerseRealReplyIsNotStuffing(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    #expect(!score.flags.contains { $0.code == "keyword-stuffing" }, "\(score.flags)")
    #expect(score.overall >= 60)
}

/// One action and its time, said tersely, is nearly all rubric words but not a list: it says one
/// thing. (The Norwegian one was flagged once "jeg bestiller ny" became a concrete action.)
@Test(arguments: [
    ("I'll book a new delivery Thursday morning.", Language.en),
    ("Ik plan donderdagochtend een nieuwe levering.", .nl),
    ("Jeg bestiller ny levering torsdag morgen.", .nb),
])
func aTerseActionSentenceIsNotStuffing(reply: String, language: Language) {
    let score = Shipped.score(reply, language, topics: ["delivery", "levering", "bed", "bezorging"])
    #expect(!score.flags.contains { $0.code == "keyword-stuffing" }, "\(score.flags)")
    #expect(score.scores[.ownership]! >= 35)
}

@Test func keywordStuffingIsFlaggedAndScoresLow() {
    let topics = ["lift", "chairlift", "hours", "cold", "ski", "pass", "refund"]
    let stuffed = Shipped.score("sorry refund apologise frustrating lift cold hours pass voucher", .en, topics: topics)
    #expect(stuffed.flags.contains { $0.code == "keyword-stuffing" })
    #expect(stuffed.overall <= 20)
    let real = Shipped.score("I'm so sorry you were stuck on the lift in the cold; I'll refund the two hours on your pass today.", .en, topics: topics)
    #expect(!real.flags.contains { $0.code == "keyword-stuffing" })
    #expect(real.overall > stuffed.overall + 30)
}

@Test(arguments: ["asdkjh qwpoeiru zxmcnvb lkjhg", "Lorem ipsum dolor sit amet consectetur", "xxxxxx yyyyyyy zzzzzz"])
func gibberishScoresLow(reply: String) {
    let score = Shipped.score(reply)
    #expect(score.flags.contains { $0.code == "gibberish" || $0.code == "off-topic" })
    #expect(score.overall <= 20)
}

@Test func offTopicRepliesScoreLow() {
    let score = Shipped.score("The weather is lovely today and I think the football match was great.", .en,
                              topics: ["lift", "cold", "hours"])
    #expect(score.flags.contains { $0.code == "off-topic" })
    #expect(score.overall <= 20)
}

/// With the language detected, only that language's topic words tie a reply to the situation:
/// Norwegian "time" (an hour) does not make "this time of year" on topic.
@Test func aDetectedLanguageUsesItsOwnTopicWords() {
    let profile = ScenarioProfile(topicWords: [.en: ["lift", "cold", "hours"], .nb: ["heis", "kulde", "time"]])
    let english = Shipped.engine.score("The weather in Spain is lovely this time of year and football is great.",
                                       context: profile.context(language: nil))
    #expect(english.language == .en)
    #expect(english.flags.contains { $0.code == "off-topic" })
    let norwegian = Shipped.engine.score("Jeg beklager at du satt i heisen i en hel time.", context: profile.context(language: nil))
    #expect(norwegian.language == .nb)
    #expect(!norwegian.flags.contains { $0.code == "off-topic" })
    #expect(norwegian.evidence.contains { $0.rule == "empathy.reflects-specifics" })
}

@Test func copyingTheCustomerScoresLow() {
    let line = "I've been stuck on your lift for an hour in the cold and I want my money back!"
    let score = Shipped.score("I've been stuck on your lift for an hour in the cold and I want my money back", .en, customer: line)
    #expect(score.flags.contains { $0.code == "copied-customer-line" })
    #expect(score.overall <= 10)
    // Quoting a few of their words back is good practice, not copying.
    let reflect = Shipped.score("I'm so sorry you were stuck on the lift for an hour in the cold. I'll refund the pass today.", .en, customer: line)
    #expect(!reflect.flags.contains { $0.code == "copied-customer-line" })
    #expect(reflect.evidence.contains { $0.rule == "empathy.reflects-specifics" })
}

@Test(arguments: ["", "   ", "Sorry.", "Ok.", "Refund!", "😡😡😡"])
func emptyAndOneWordRepliesScoreLow(reply: String) {
    let score = Shipped.score(reply, .en, latency: 2)
    #expect(score.overall < 40)
    #expect(score.scores[.empathy]! <= 20 && score.scores[.ownership]! <= 20 && score.scores[.speed]! <= 20)
    #expect(score.flags.contains { $0.code == "empty" || $0.code == "too-short" })
    #expect(score.scores.values.allSatisfy { (0...100).contains($0) })
}

@Test func aSincereButMisspeltReplyIsNotPunished() {
    let clean = Shipped.score("I'm really sorry about this, I will personally look into it and call you back today.", .en)
    let misspelt = Shipped.score("I'm realy sory about this, I will personaly look in to it and call you bak today.", .en)
    #expect(misspelt.flags.isEmpty)
    #expect(misspelt.overall >= clean.overall - 10)
}

@Test func repeatedSorryAmongTopicWordsIsStuffing() {
    // Calibration slow-service-en-05: "sorry" three times among the situation's nouns.
    let stuffed = Shipped.score("food wait sorry kitchen table food sorry sorry apology", .en)
    #expect(stuffed.flags.contains { $0.code == "keyword-stuffing" })
    #expect(stuffed.scores[.empathy]! <= 20)
    let points = stuffed.evidence.filter { $0.rule == "empathy.apology" }.map(\.points)
    #expect(points == points.sorted(by: >))
    let real = Shipped.score("I'm so sorry about the wait for your food; the kitchen is plating it now.", .en)
    #expect(!real.flags.contains { $0.code == "keyword-stuffing" })
}

/// Within a group, the phrase that weighs most keeps full credit wherever it stands: in "I'll
/// arrange a full refund" the refund is the remedy, and "I'll arrange" is the one discounted.
@Test(arguments: [
    ("I'm sorry about that. I'll arrange a full refund within an hour.", Language.en),
    ("Het spijt me. Ik regel een volledige terugbetaling binnen een uur.", .nl),
    ("Beklager. Jeg ordner en full refusjon innen en time.", .nb),
])
func theWeightiestPhraseOfAGroupKeepsFullCredit(reply: String, language: Language) throws {
    let score = Shipped.score(reply, language)
    let remedy = try #require(score.evidence.first { $0.rule == "ownership.remedy" }, "\(score.evidence.map(\.rule))")
    #expect(remedy.points == 25, "\(score.evidence.map { "\($0.rule) \($0.points)" })")
    #expect(!remedy.explanation.contains("diminishing"))
}

/// A good reply pasted three times with its full stops taken out is one long sentence: the
/// same-sentence check never saw it, and the copies earned more than the reply once (92.9
/// against 75.7, found by the gaming sweep). A run of six words that comes back is repetition,
/// in every language.
@Test(arguments: [
    ("I'm so sorry you were stuck on the lift for an hour in the cold I'll refund your day pass today", Language.en),
    ("Het spijt me echt dat u een uur in de kou vastzat in de lift ik betaal uw dagpas vandaag terug", .nl),
    ("Jeg beklager virkelig at du satt fast i heisen en time i kulda jeg refunderer dagskortet ditt i dag", .nb),
])
func aReplyPastedThreeTimesWithoutFullStopsIsRepetitive(reply: String, language: Language) {
    let once = Shipped.score(reply, language)
    let thrice = Shipped.score([reply, reply, reply].joined(separator: " "), language)
    #expect(!once.flags.contains { $0.code == "repetitive" })
    #expect(thrice.flags.contains { $0.code == "repetitive" }, "\(thrice.flags)")
    #expect(thrice.overall < once.overall, "\(thrice.overall) vs \(once.overall)")
}

/// A scoring word three times running is repetition ("sorry sorry sorry" earned 53 unflagged);
/// speech that repeats a word that scores nothing is not.
@Test(arguments: [
    ("sorry sorry sorry", Language.en, true), ("sorry sorry sorry", .nl, true), ("beklager beklager beklager", .nb, true),
    ("No, no, no, that is not what I meant, I am so sorry.", .en, false),
    ("Nee, nee, nee, zo bedoel ik het niet, het spijt me.", .nl, false),
    ("I am very very very sorry.", .en, false),
])
func aScoringWordThreeTimesRunningIsRepetitive(reply: String, language: Language, repetitive: Bool) {
    let score = Shipped.score(reply, language)
    #expect(score.flags.contains { $0.code == "repetitive" } == repetitive, "\(score.flags)")
}

/// A learner's spelling scores like the correct one (the brief: misspelt but sincere replies from
/// non-native writers are not punished for their spelling). Each pair below lost a behaviour or
/// more than 10 points before the gaming and spelling sweep: prefix-only patterns ("apologi*")
/// take no typos, words the vocabulary knows are no typos of others ("gebeurd"), short words
/// ("wil", "var", "sa") are below the typo length, and Norwegian written without æ, ø, å.
@Test(arguments: [
    ("I'm really sorry you waited so long, I will call you back today.", "Im realy sory you waited so long, I wil call you bak today.", Language.en),
    ("I understand how frustrating this is.", "I understnad how frustating this is.", Language.en),
    ("Ik begrijp hoe frustrerend dit is.", "Ik begrijpt hoe frusterend dit is.", Language.nl),
    ("Jeg forstår hvor frustrerende dette er.", "Jeg forstar hvor frusterende dette er.", Language.nb),
    ("Dat is onze fout, en ik los het vandaag op.", "Dat is onse fout, en ik los het vandag op.", Language.nl),
    ("Det er vår feil, og jeg fikser det i dag.", "Det er var feil, og jeg fikser det idag.", Language.nb),
    ("Would you like a refund or a new pass?", "Would you like a refun or a new pas?", Language.en),
    ("Please accept my apologies for the delay.", "Please accept my appologies for the delay.", Language.en),
    ("I find it really annoying that your parcel did not arrive. I'll send a new one today.", "I finds it really annoying that you parcel not arrived. I send a new one today.", Language.en),
    ("Jeg synes det er veldig kjedelig at pakken din ikke kom fram. Jeg sender en ny i dag.", "Jeg synest det er veldig kjedlig at pakken din ikke komm fram. Jeg sende en ny idag.", Language.nb),
    ("I'm sorry, it was our fault. We'll cover the costs.", "I'm sorry, it was are fault. We'll cover the cost.", Language.en),
    ("Het spijt me, het was onze fout. Wij betalen de kosten.", "Het spijt me, het was onse fout. Wij betalen de kosten.", Language.nl),
    ("Beklager, det var vår feil. Vi dekker kostnadene.", "Beklager, det var var feil. Vi dekker kostnadene.", Language.nb),
    ("Jeg er så lei meg. Det må ha vært tungt. Det er vår feil, og jeg ordner det nå.", "Jeg er sa lei meg. Det ma ha vaert tungt. Det er var feil, og jeg ordner det na.", Language.nb),
    ("Jeg forstår at du er sint; det er vår feil, og jeg refunderer dagskortet i dag.", "Jeg forstaar at du er sint; det er vaar feil, og jeg refunderer dagskortet i dag.", Language.nb),
    ("I'm sorry. I'll make sure it won't happen again.", "I'm sorry. I'll make sure it wont happen again.", Language.en),
    ("Het spijt me. Ik zorg ervoor dat het niet meer gebeurt.", "Het spijt me. Ik zorg ervoor dat het niet meer gebeurd.", Language.nl),
])
func aLearnersSpellingScoresLikeTheCorrectOne(correct: String, misspelt: String, language: Language) {
    let a = Shipped.score(correct, language), b = Shipped.score(misspelt, language)
    #expect(Set(a.behaviours) == Set(b.behaviours), "\(a.behaviours) vs \(b.behaviours): \(Shipped.rules(b))")
    for dimension in [Dimension.empathy, .ownership, .calm] {
        #expect(abs((a.scores[dimension] ?? 0) - (b.scores[dimension] ?? 0)) <= 10, "\(dimension): \(a.scores[dimension] ?? 0) vs \(b.scores[dimension] ?? 0)")
    }
}

/// A one-letter slip that spells a swear word is not swearing when the words around it show
/// what was meant: "our night shit" (shift), "u kut" (kunt).
@Test(arguments: [
    ("I'll ask the night shit to call you back tonight.", Language.en),
    ("U kut het morgen ophalen bij de balie, ik bel u vanavond.", .nl),
])
func aSlipThatSpellsASwearWordIsNoSwearing(reply: String, language: Language) {
    let score = Shipped.score(reply, language)
    #expect(!score.behaviours.contains(.swore), "\(Shipped.rules(score))")
    #expect((score.scores[.calm] ?? 0) >= 80)
}

/// A long, sincere reply mentions its remedy twice, far apart (the offer, then "Would you prefer
/// the refund on your card?"): that is no repetition. It was flagged in English and Dutch (35)
/// and not in Norwegian (95.7), whose words differed. The same word again within a few words,
/// across sentences or not, still is.
@Test(arguments: [
    ([
        "I'm so sorry you and your kids were stuck on the chairlift for an hour at minus twelve.",
        "That must have been frightening, especially with your daughter losing the feeling in her fingers.",
        "You have every right to be angry about this.",
        "It should never have happened, and it's our fault.",
        "The lift stopped because a safety sensor failed on the top station.",
        "Our engineers replaced the sensor this morning.",
        "I'll refund your full-day pass today.",
        "I'll also give you free passes for tomorrow for the whole family.",
        "Is your daughter feeling better now?",
        "If she needs to see the first-aid team, I'll walk you there myself.",
        "I've also booked you a table at the mountain restaurant for hot chocolate, on us.",
        "From now on, every lift gets a sensor check before it opens.",
        "I'll call you this evening before seven to make sure everything is sorted.",
        "Thank you for telling us about this so clearly.",
        "Again, I'm really sorry about the hour you lost in the cold.",
        "Would you prefer the refund on your card or in cash at the desk?"
    ].joined(separator: " "), Language.en),
    ([
        "Het spijt me echt dat u en uw kinderen een uur vastzaten in de stoeltjeslift bij min twaalf.",
        "Dat moet beangstigend zijn geweest, zeker nu uw dochter haar vingers niet meer voelde.",
        "U heeft alle recht om hier boos over te zijn.",
        "Dit had nooit mogen gebeuren, en het is onze fout.",
        "De lift stopte doordat een veiligheidssensor bij het bovenstation uitviel.",
        "Onze monteurs hebben de sensor vanochtend vervangen.",
        "Ik betaal uw dagpas vandaag terug.",
        "Ik geef u ook gratis skipassen voor morgen voor het hele gezin.",
        "Gaat het nu weer goed met uw dochter?",
        "Als ze naar de EHBO moet, loop ik zelf met u mee.",
        "Ik heb ook een tafel voor u gereserveerd in het bergrestaurant voor warme chocomelk, op onze kosten.",
        "Vanaf nu krijgt elke lift een sensorcontrole voordat hij opengaat.",
        "Ik bel u vanavond voor zeven uur om te controleren of alles geregeld is.",
        "Bedankt dat u ons dit zo duidelijk vertelt.",
        "Nogmaals, het spijt me echt van het uur dat u in de kou bent kwijtgeraakt.",
        "Wilt u liever het geld terug op uw kaart of contant bij de balie?"
    ].joined(separator: " "), Language.nl),
    ([
        "Jeg beklager virkelig at du og barna satt fast i stolheisen en hel time i minus tolv.",
        "Det må ha vært skremmende, særlig når datteren din mistet følelsen i fingrene.",
        "Du har all rett til å være sint for dette.",
        "Det skulle aldri ha skjedd, og det er vår feil.",
        "Heisen stoppet fordi en sikkerhetssensor sviktet på toppstasjonen.",
        "Teknikerne våre byttet sensoren i morges.",
        "Jeg refunderer dagskortet ditt i dag.",
        "Jeg gir dere også gratis heiskort for i morgen for hele familien.",
        "Går det bedre med datteren din nå?",
        "Hvis hun må til førstehjelpen, følger jeg dere dit selv.",
        "Jeg har også reservert et bord til dere på fjellrestauranten med varm kakao, på vår regning.",
        "Fra nå av får hver heis en sensorsjekk før den åpner.",
        "Jeg ringer deg i kveld før klokka sju for å forsikre meg om at alt er i orden.",
        "Takk for at du sa fra så tydelig.",
        "Nok en gang, jeg er virkelig lei meg for timen dere mistet i kulda.",
        "Vil du heller ha pengene tilbake på kortet eller kontant i luka?"
    ].joined(separator: " "), Language.nb),
])
func aLongSincereReplyIsNotRepetitive(reply: String, language: Language) {
    let score = Shipped.score(reply, language, traits: RecoveryTraits(severity: .major))
    #expect(!score.flags.contains { $0.code == "repetitive" }, "\(score.flags)")
    #expect(score.overall >= 80, "\(score.overall)")
}

@Test func theSameRemedyWordInShortSentencesIsRepetitive() {
    let score = Shipped.score("I'll refund you. Refund the fee. Refund the bed. Refund the delivery.", .en)
    #expect(score.flags.contains { $0.code == "repetitive" }, "\(score.flags)")
}
