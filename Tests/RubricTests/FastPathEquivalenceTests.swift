import HotseatCore
import Testing
@testable import Rubric

// The fast paths added for speed must give exactly what the straightforward code gave.

@Test func pointerEditDistanceAgreesWithTheSliceOne() {
    let words = ["sorry", "sory", "sorrry", "soryr", "osrry", "sorr", "apologise", "apologize", "apolgise", "refund", "refnud",
                 "refunds", "fund", "lift", "lifts", "klift", "ab", "ba", "a", "", "beklager", "beklagr", "bekalger", "spijt", "spjit"]
    for a in words {
        for b in words {
            let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
            let expected = Vocabulary.withinOneEdit(x[...], y[...])
            let actual = x.withUnsafeBufferPointer { xp in
                y.map(\.value).withUnsafeBufferPointer { yp in
                    FrozenVocabulary.withinOneEdit(xp.baseAddress ?? UnsafePointer(bitPattern: 8)!, x.count,
                                                   yp.baseAddress ?? UnsafePointer(bitPattern: 8)!, y.count)
                }
            }
            #expect(actual == expected, "\(a) / \(b)")
        }
    }
}

@Test(arguments: [
    #"{"id":"1","reply":"Sorry."}"#,
    #"{"id":1.50,"reply":"Sorry.","lang":"nl","scenario":"ski-lift","turn":2,"latency_s":3.5,"customer":"Hi"}"#,
    #"{"\u0069d":"x","reply":"a\"b\\c\u00e9\ud83d\ude00","id":"second"}"#,
    #"{"reply":"no id"}"#,
    #"{"id":"1","reply":"x","extra":{"a":[1,2,{"b":null}]},"more":[true,false]}"#,
    #"{"id":"1","reply":"x" "oops"}"#,
    #"{"id":"1","reply":"unclosed}"#,
    #"{"id":"1","re"#,
    #"{"id" "1"}"#,
    #"{"i\u0064" 1}"#,
    #"{"id":"1","reply":"bad \q escape"}"#,
    #"  {"id":"1", "reply" : "spaced" }  "#,
    #"{"id":"1","reply":"x"} trailing"#,
    #"[1,2]"#,
    #"{}"#,
    #"{"id":nul}"#,
])
func knownFieldsParseLikeTheDictionary(line: String) {
    let bytes = ArraySlice(Array(line.utf8))
    let fields = JSONLineParser.parseFields(bytes)
    switch JSONLineParser.parseObject(bytes) {
    case .success(let dict):
        guard case .success(let f) = fields else { Issue.record("fields failed where the dictionary parsed"); return }
        #expect(f.id == dict["id"])
        #expect(f.reply == dict["reply"])
        #expect(f.lang == dict["lang"])
        #expect(f.scenario == dict["scenario"])
        #expect(f.turn == dict["turn"])
        #expect(f.latency == dict["latency_s"])
        #expect(f.customer == dict["customer"])
    case .failure(let failure):
        guard case .failure(let other) = fields else { Issue.record("fields parsed where the dictionary failed"); return }
        #expect(other == failure)
    }
}

@Test func invalidUTF8InAKeyOrValueIsRefusedAlike() {
    for raw in [[UInt8]("{\"i".utf8) + [0xFF] + [UInt8]("d\":1}".utf8), [UInt8]("{\"id\":\"".utf8) + [0xC3] + [UInt8]("\"}".utf8)] {
        let a = JSONLineParser.parseObject(raw[...]), b = JSONLineParser.parseFields(raw[...])
        guard case .failure(let x) = a, case .failure(let y) = b else { Issue.record("expected failures"); continue }
        #expect(x == y)
    }
}

@Test(arguments: [
    "Jeg beklager så mye at dere satt fast i heisen i en time – det må ha vært kaldt!! Jeg refunderer timene i dag.",
    "Het spijt me écht dat u zo lang moest wachten 😞. Ik betaal het vandaag terug.",
    "I’m SO SORRY ABOUT THE COLD, I’ll refund the lift pass today!!! Why are you shouting?",
])
func evidenceQuotesAreTheReplysOwnScalars(reply: String) {
    let score = Shipped.score(reply, topics: ["lift", "heis", "kou", "wachten"])
    let scalars = Array(reply.unicodeScalars)
    #expect(score.evidence.contains { $0.end > $0.start })
    for e in score.evidence where e.end > e.start {
        #expect(e.text == String(String.UnicodeScalarView(scalars[e.start..<e.end])))
    }
}

@Test(arguments: ["", "abc", "é", "aé😀b", "e\u{301}x", "日本語", "😀😀", "a\u{0}b"])
func utf8OffsetsAgreeWithScalarWidths(_ text: String) {
    let count = text.unicodeScalars.count
    for scalars in 0...count {
        var expected: [Int32] = []
        var offset: Int32 = 0
        for scalar in text.unicodeScalars.prefix(scalars) {
            expected.append(offset)
            offset += Int32(UTF8.width(scalar))
        }
        expected.append(offset)
        var utf8 = text
        #expect(utf8.withUTF8 { ReplyScorer.utf8Offsets($0, scalars: scalars) } == expected, "\(text.debugDescription) \(scalars)")
    }
}

// A batch worker reuses memos (word resolution, plausibility, topic naming, detection) and arrays
// from reply to reply; whatever came before, a reply must score exactly as it does alone.
@Test func batchScoringWithWarmMemosEqualsScoringEachReplyAlone() {
    let replies = [
        "I'm so sorry you were stuck in the cold for an hour.", "Het spijt me echt, ik betaal de uren terug.",
        "Jeg beklager, jeg refunderer heisen i dag.", "sory sory sory lift lift refund", "WHY ARE YOU SHOUTING AT ME!!!",
        "asdfgh qwrtzp xkcd", "I understand. I'll call you back before 3 pm today.", "", "ok", "😀😀😀",
        "Ik begrijp heel goed dat u boos bent", "It's not my problem, calm down.", "I'm not sorry.", "We apologise for any inconvenience.",
        "Sorry, but that's policy.", "No problem, I'll fix the bed now.", "Jeg forstår at du er sint, æøå", "the lifts broke and the hours were lost",
    ]
    let topics: [[String]] = [[], ["lift", "hours"], ["bed", "laptop"], ["heis", "time"]]
    var items: [BatchItem] = []
    var seed: UInt64 = 7
    for _ in 0..<600 {
        seed = seed &* 6364136223846793005 &+ 1442695040888963407
        let reply = replies[Int(seed >> 33) % replies.count]
        let lang: Language? = [nil, .en, .nl, .nb][Int(seed >> 20) % 4]
        let context = ScoringContext(language: lang, latency: (seed >> 40) % 3 == 0 ? nil : Double((seed >> 42) % 200),
                                     turn: Int((seed >> 50) % 4), topicWords: topics[Int(seed >> 12) % topics.count])
        items.append(BatchItem(reply: reply, context: context))
    }
    let batch = Shipped.engine.scoreBatch(items)
    #expect(batch.count == items.count)
    for (item, score) in zip(items, batch) {
        #expect(score == Shipped.engine.score(item.reply, context: item.context), "\(item.reply)")
    }
}

@Test func latinOneFastPathClassifiesAndLowercasesAsTheUnicodeProperties() {
    // Every non-ASCII scalar up to the end of the Latin, Greek and Cyrillic blocks, and a few far ones.
    var checked = 0
    for v in Array(0x80..<0x0530) + [0x1E9E, 0x2019, 0x2026, 0x20AC, 0x1F600] {
        guard let s = Unicode.Scalar(UInt32(v)) else { continue }
        #expect(ScalarClass(s) == ScalarClass(byProperties: s), "class of U+\(String(v, radix: 16))")
        #expect(ScalarClass.lowercase(s) == ScalarClass.lowercaseByProperties(s), "lowercase of U+\(String(v, radix: 16))")
        checked += 1
    }
    #expect(checked > 1_000)
    // The fast path is really taken for the letters it is for (and not for × and ÷).
    #expect(ScalarClass("Ø") == .letter && ScalarClass.lowercase("Ø") == "ø" && ScalarClass.lowercase("ß") == "ß")
    #expect(ScalarClass("×") != .letter && ScalarClass("÷") != .letter)
}

// A batch worker's rubric copy keeps what scoring retains in storage of its own, so that two
// cores never share a reference count; its contents are the original's.
@Test func workerCopyHoldsTheSameRulesInStorageOfItsOwn() {
    let original = Shipped.engine.rubric
    let copy = original.workerCopy()
    func address(_ s: String) -> UnsafeRawPointer? {
        var s = s
        return s.withUTF8 { UnsafeRawPointer($0.baseAddress) }
    }
    #expect(copy.criteria.map(\.id) == original.criteria.map(\.id))
    #expect(copy.criteria.map(\.explanation) == original.criteria.map(\.explanation))
    #expect(copy.settings.antiGaming.messages == original.settings.antiGaming.messages)
    #expect(copy.settings.contextRules.map(\.id) == original.settings.contextRules.map(\.id))
    // Ids longer than 15 bytes live on the heap (shorter ones are stored inline).
    let long = zip(original.criteria, copy.criteria).filter { $0.0.id.utf8.count > 15 }
    #expect(!long.isEmpty)
    for (a, b) in long { #expect(address(a.id) != address(b.id), "\(a.id)") }
    for (code, message) in original.settings.antiGaming.messages where message.utf8.count > 15 {
        #expect(address(copy.settings.antiGaming.messages[code]!) != address(message), "\(code)")
    }
}

// Printable-ASCII patterns are compiled from their bytes; that must give exactly what reading
// them character by character gives: the same elements and terms, or the same diagnostic.
@Test func asciiPatternsCompileAsCharacterByCharacter() throws {
    let here = SourceLocation(file: "t.yaml", line: 1, column: 1)
    var texts = Shipped.engine.rubric.criteria.flatMap { $0.patterns.values.flatMap { $0.map(\.text) } }
    texts += [
        "", "   ", "\t", "sorry", "=sorry", "refund*", "re*", "=refund*", "so*rry", "sorry=", "a|b", "a||b", "|a", "[a]", "[a|b]",
        "[]", "[a", "a]", "[ ]", "...", "a ... b", "a ...5 b", "a ...7 b", "a ...0 b", "a ...x b", "a ...+3 b", "a ...-1 b",
        "... a", "a ...", "a ... ... b", "[a] ...", "<num>", "<num> pm", "<date>", "<", "?", "!", "why ?", "??", "follow-up",
        "don't", "'t", "i'll", "3pm", "15:00", "a\tb", "a  b", "[a] [b]", "[a]|b", "a|[b]", "=", "*", "=*", "a.b", "a,b", "#x",
    ]
    #expect(texts.count > 1_100)
    var viaBytes = Vocabulary(), viaCharacters = Vocabulary()
    var checked = 0
    for (i, text) in texts.enumerated() {
        let pattern = PhrasePattern(text: text, location: here)
        guard let bytes = PhrasePatternCompiler.printableASCII(text) else { continue }
        checked += 1
        let language = Language.allCases[i % 3]
        let allowTypos = i % 5 != 0
        var a: Result<CompiledPhrase, Diagnostic>, b: Result<CompiledPhrase, Diagnostic>
        do { a = .success(try PhrasePatternCompiler.compileASCII(bytes, pattern, language: language, criterion: 7, allowTypos: allowTypos, vocabulary: &viaBytes)) }
        catch { a = .failure(error) }
        do { b = .success(try PhrasePatternCompiler.compileCharacters(pattern, language: language, criterion: 7, allowTypos: allowTypos, vocabulary: &viaCharacters)) }
        catch { b = .failure(error) }
        switch (a, b) {
        case (.success(let x), .success(let y)):
            #expect(x.criterion == y.criterion)
            #expect(x.elements.map(\.kind) == y.elements.map(\.kind), "\(text)")
            #expect(x.elements.map(\.ids) == y.elements.map(\.ids), "\(text)")
            #expect(x.elements.map(\.optional) == y.elements.map(\.optional), "\(text)")
            #expect(x.elements.map(\.maxGap) == y.elements.map(\.maxGap), "\(text)")
        case (.failure(let x), .failure(let y)):
            #expect(x == y, "\(text)")
        default:
            Issue.record("'\(text)': bytes gave \(a), characters gave \(b)")
        }
    }
    #expect(checked > 1_000)
    #expect(viaBytes.terms.count == viaCharacters.terms.count)
}

/// A worker's cache finds a topic list by its storage: the same list, an equal list in other
/// storage, the same words in another language, and more lists than the cache keeps (so old ones
/// are evicted) must all score as a fresh scorer does.
@Test func cachedTopicListsScoreLikeFreshOnes() {
    let engine = Shipped.engine
    let cache = TopicFoldCache(rubric: engine.rubric)
    // Each list is its own (the "q…" word), and which reply words it names varies from list to list.
    let named = ["lift", "hour", "refund", "ticket", "heis", "uur", "mattress"]
    let lists: [[String]] = (0..<70).map { n in ["q\(n)qq", named[n % named.count], named[(n / 7) % named.count]] }
    let replies = [
        "I'm so sorry you lost an hour on the lift, I'll refund the ticket today.",
        "Het spijt me dat u een uur in de lift zat; ik regel vandaag een refund.",
        "Beklager at dere satt fast i heisen i en time, jeg ordner refusjon i dag.",
    ]
    let languages: [Language?] = [nil, .en, .nl, .nb]
    var round = 0
    for pass in 0..<3 {
        for (n, list) in lists.enumerated() {
            // Pass 1 rebuilds each list, so it is equal to the cached one but in other storage.
            let words = pass == 1 ? list.map { String($0.reversed().reversed()) } : list
            let language = languages[(n + pass) % languages.count]
            let context = ScoringContext(language: language, topicWords: words, topicWordsByLanguage: n.isMultiple(of: 5) ? [.nb: ["heis", "time"]] : [:])
            let reply = replies[round % replies.count]
            round += 1
            let fresh = engine.score(reply, context: context)
            let cached = engine.score(reply, context: context, cache: cache)
            #expect(cached == fresh, "pass \(pass), list \(n), language \(language?.rawValue ?? "detected")")
        }
    }
    #expect(cache.entries.count == cache.keys.count)
    #expect(cache.entries.count <= 64)
}
