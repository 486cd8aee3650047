import HotseatCore
import Scenarios

/// A situational-judgement item: a customer line, four possible responses, and an expert key.
///
/// ```swift
/// let item = library.item(id: "sjt-wrong-charge")!
/// item.responses.map(\.letter)                          // ["A", "B", "C", "D"]
/// SJTScoring.score(best: "B", worst: "D", key: item.key) // 2 when the key agrees
/// ```
public struct SJTItem: Sendable, Equatable, Identifiable {
    public struct Response: Sendable, Equatable {
        /// A, B, C or D.
        public var letter: String
        public var text: LocalizedText

        public init(letter: String, text: LocalizedText) {
            self.letter = letter
            self.text = text
        }
    }

    public var id: String
    public var title: LocalizedText
    /// The situation, in one or two sentences, before the customer speaks.
    public var situation: LocalizedText
    public var line: LocalizedText
    public var responses: [Response]
    public var key: SJTKey
    public var languages: [Language]
    public var file: String

    public init(id: String, title: LocalizedText, situation: LocalizedText, line: LocalizedText, responses: [Response],
                key: SJTKey, languages: [Language], file: String = "") {
        self.id = id
        self.title = title
        self.situation = situation
        self.line = line
        self.responses = responses
        self.key = key
        self.languages = languages
        self.file = file
    }
}

/// What experts agreed is the best and the worst response, and why.
public struct SJTKey: Sendable, Equatable, Codable {
    public var best: String
    public var worst: String
    /// Why, in a sentence a hiring manager can check.
    public var rationale: String
    /// The research or policy the key rests on.
    public var source: String

    public init(best: String, worst: String, rationale: String, source: String) {
        self.best = best
        self.worst = worst
        self.rationale = rationale
        self.source = source
    }
}
