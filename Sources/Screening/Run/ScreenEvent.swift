import HotseatCore

/// One line of a candidate run's append-only audit log. The run's state is exactly what these
/// events say happened, so a killed terminal loses nothing: `ScreenRun.replay` rebuilds it.
///
/// Times are seconds since 1970 (wall clock), so a resumed run on another day still lines up.
public struct ScreenEvent: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case started
        case noticeAcknowledged = "notice_acknowledged"
        /// A prompt (customer line or SJT item) was put on screen; its timer starts here.
        case presented
        case reply
        case sjtAnswer = "sjt_answer"
        /// An SJT answer that could not be read ("best: B, worst: D" expected); the timer keeps running.
        case unreadableAnswer = "unreadable_answer"
        /// `:repeat`, allowed once per prompt.
        case repeated
        /// A meta-command the locked run refuses (`:hint`, `:score`, `:restart`, a second `:repeat`, …).
        case lockedCommand = "locked_command"
        /// Ctrl-C: recorded; the turn and its timer carry on.
        case interrupted
        /// The candidate's terminal closed (end of input) before the end.
        case suspended
        /// The run was picked up again with `--resume`.
        case resumed
        case finished
    }

    public var kind: Kind
    public var at: Double
    /// Index into the run's (shuffled) order.
    public var step: Int?
    public var start: RunStart?
    public var reply: ReplyRecord?
    public var answer: SJTAnswerRecord?
    /// What was typed, for locked commands and unreadable answers; what was shown, for `presented`.
    public var text: String?

    public init(kind: Kind, at: Double, step: Int? = nil, start: RunStart? = nil, reply: ReplyRecord? = nil,
                answer: SJTAnswerRecord? = nil, text: String? = nil) {
        self.kind = kind
        self.at = at
        self.step = step
        self.start = start
        self.reply = reply
        self.answer = answer
        self.text = text
    }
}

/// Everything fixed when a run starts.
public struct RunStart: Codable, Sendable, Equatable {
    public var candidateID: String
    public var packID: String
    public var packVersion: Int
    public var scoringKeyVersion: String
    public var language: Language
    /// The seed the order and the customer-line variants came from.
    public var seed: UInt64
    /// The order the candidate meets the steps in.
    public var order: [ScreenStep]
    public var replyTimeLimit: Int
    /// Path → SHA-256 of the pack, items, scenarios and scoring files at the start (`ContentHashes`);
    /// nil in runs started before hashes were recorded.
    public var contentHashes: [String: String]? = nil

    public init(candidateID: String, packID: String, packVersion: Int, scoringKeyVersion: String, language: Language,
                seed: UInt64, order: [ScreenStep], replyTimeLimit: Int) {
        self.candidateID = candidateID
        self.packID = packID
        self.packVersion = packVersion
        self.scoringKeyVersion = scoringKeyVersion
        self.language = language
        self.seed = seed
        self.order = order
        self.replyTimeLimit = replyTimeLimit
    }
}

/// One free-text reply, its timings and the engine's verdict at the time.
public struct ReplyRecord: Codable, Sendable, Equatable {
    public var scenarioID: String
    public var beatID: String
    /// 1-based turn within the scenario.
    public var turn: Int
    public var customerLine: String
    /// True when the customer was abusive in the line being answered: composure is measured here.
    public var abusiveBeat: Bool
    /// The reply as kept, at most `ScreenRun.maxReplyCharacters` characters.
    public var text: String
    /// The length of what was actually typed or pasted, before bounding.
    public var originalCharacters: Int
    public var truncated: Bool
    public var presentedAt: Double
    public var submittedAt: Double
    /// Seconds from the prompt to the reply.
    public var latency: Double
    /// `latency` minus the time needed to read the customer line.
    public var netLatency: Double
    public var timedOut: Bool
    public var score: ReplyScore
    /// The language the engine detects in the reply on its own, to flag a reply in another language.
    public var detectedLanguage: Language?
    /// Where the conversation went: a beat id, `ending:<id>` or `turn_limit`.
    public var destination: String
    public var moodAfter: Int
    /// How many terminal lines arrived together and were joined into this reply (a paste); nil for one.
    public var inputLines: Int? = nil
}

/// One SJT answer and its points against the key.
public struct SJTAnswerRecord: Codable, Sendable, Equatable {
    public var itemID: String
    public var best: String?
    public var worst: String?
    public var points: Int
    public var keyBest: String
    public var keyWorst: String
    public var presentedAt: Double
    public var submittedAt: Double
    public var latency: Double
    public var timedOut: Bool
}
