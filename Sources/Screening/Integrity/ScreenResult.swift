import HotseatCore

/// What a finished (or stopped) run leaves for the hiring manager; signed as a whole by `SignedResult`.
///
/// Only string-keyed dictionaries and rounded numbers are used, so the canonical encoding is the
/// same on every machine.
///
/// ```swift
/// let result = ScreenResult(run: run, auditLog: log)
/// let data = try SignedResult.sign(result, with: key)
/// ```
public struct ScreenResult: Codable, Sendable, Equatable {
    public struct Reply: Codable, Sendable, Equatable {
        public var scenarioID: String
        public var turn: Int
        public var customerLine: String
        public var abusiveBeat: Bool
        public var text: String
        public var originalCharacters: Int
        public var latency: Double
        public var netLatency: Double
        public var timedOut: Bool
        /// Dimension name → 0–100.
        public var scores: [String: Double]
        public var overall: Double
        public var behaviours: [String]
    }

    public struct AuditReference: Codable, Sendable, Equatable {
        public var file: String
        public var lines: Int
        /// The keyed chain value (HMAC-SHA256) of the log's last line: the result belongs to exactly this log.
        public var lastHash: String
    }

    public var format: Int
    public var candidateID: String
    public var packID: String
    public var packVersion: Int
    public var scoringKeyVersion: String
    public var language: String
    /// Decimal text: a 64-bit seed does not survive JSON numbers in every reader.
    public var seed: String
    public var order: [String]
    public var startedAt: Double
    public var endedAt: Double
    public var complete: Bool
    public var profile: CandidateProfile
    public var replies: [Reply]
    public var answers: [SJTAnswerRecord]
    public var audit: AuditReference
    /// What the scores were computed against, as recorded at the start (see `ContentHashes`); nil for older runs.
    public var contentHashes: [String: String]?

    public init(run: ScreenRun, auditFile: String, auditLines: Int, auditLastHash: String) {
        let start = run.start
        format = 1
        candidateID = start.candidateID
        packID = start.packID
        packVersion = start.packVersion
        scoringKeyVersion = start.scoringKeyVersion
        language = start.language.rawValue
        seed = String(start.seed)
        order = start.order.map(\.key)
        startedAt = (run.events.first?.at ?? 0).rounded(toPlaces: 3)
        endedAt = (run.events.last?.at ?? 0).rounded(toPlaces: 3)
        complete = run.finished
        profile = ProfileBuilder.profile(replies: run.replies, answers: run.answers, events: run.events,
                                         language: start.language, keyVersion: start.scoringKeyVersion)
        replies = run.replies.map { reply in
            Reply(scenarioID: reply.scenarioID, turn: reply.turn, customerLine: reply.customerLine, abusiveBeat: reply.abusiveBeat,
                  text: reply.text, originalCharacters: reply.originalCharacters, latency: reply.latency.rounded(toPlaces: 2),
                  netLatency: reply.netLatency.rounded(toPlaces: 2), timedOut: reply.timedOut,
                  scores: Dictionary(uniqueKeysWithValues: reply.score.scores.map { ($0.key.rawValue, $0.value.rounded(toPlaces: 1)) }),
                  overall: reply.score.overall.rounded(toPlaces: 1), behaviours: reply.score.behaviours.map(\.rawValue))
        }
        answers = run.answers.map { answer in
            var rounded = answer
            rounded.latency = answer.latency.rounded(toPlaces: 2)
            rounded.presentedAt = answer.presentedAt.rounded(toPlaces: 3)
            rounded.submittedAt = answer.submittedAt.rounded(toPlaces: 3)
            return rounded
        }
        contentHashes = start.contentHashes
        audit = AuditReference(file: auditFile, lines: auditLines, lastHash: auditLastHash)
    }
}
