import Foundation
import HotseatCore
import Scenarios

/// Where Hotseat's xAPI identifiers live. Set `base` to a URL your organisation controls
/// (`hotseat export --format xapi --iri-base https://learning.example.com/hotseat`); the default
/// uses the reserved `.invalid` domain so that it can never clash with someone else's IRIs.
public struct XAPIOptions: Sendable, Equatable {
    public var base: String
    /// The account home page for actors (see ``XAPIStatement``).
    public var accountHomePage: String

    public init(base: String = "https://hotseat.invalid/xapi", accountHomePage: String? = nil) {
        let trimmed = base.hasSuffix("/") ? String(base.dropLast()) : base
        self.base = trimmed
        self.accountHomePage = accountHomePage ?? trimmed
    }

    public func scenarioIRI(_ id: String) -> String { "\(base)/scenarios/\(id.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? id)" }
    public func extensionIRI(_ name: String) -> String { "\(base)/extensions/\(name)" }
}

/// One xAPI 1.0.3 statement per session.
///
/// - actor: an Agent. A trainee name that is an e-mail address becomes `mbox: mailto:…`;
///   any other name becomes an `account` with `homePage` = ``XAPIOptions/accountHomePage`` and
///   `name` = the trainee name (xAPI allows exactly one inverse functional identifier).
/// - verb: `http://adlnet.gov/expapi/verbs/completed` for a session that reached an ending,
///   `http://adlnet.gov/expapi/verbs/terminated` for an abandoned one (the attempt a `:restart`
///   leaves behind: ended, but never finished), `http://adlnet.gov/expapi/verbs/attempted` for a
///   paused or unfinished one. Only `completed` claims completion and success.
/// - object: the scenario as an Activity (`<base>/scenarios/<id>`, type
///   `http://adlnet.gov/expapi/activities/simulation`) with its title as `name`.
/// - result: `score.scaled` = overall / 100 (with raw/min/max), `success` = the customer's
///   issue was resolved (left out unless completed), `completion`, `duration` (ISO 8601: start to end, or the sum of
///   the reply latencies when that is longer, as for scripted sessions), one extension per
///   dimension at `<base>/extensions/<dimension>` (0–100), and, when the store says, the hints
///   used at `<base>/extensions/hints` and the points they cost at `<base>/extensions/hint-penalty`
///   (taken off the overall once finished).
/// - context: `registration` = the session id, `language`, `platform` "Hotseat", and extensions
///   for the outcome, mode and seed. `timestamp` is when the session ended (or started).
/// - id: a version-5 UUID of the session id and verb, so re-exporting is idempotent.
public struct XAPIStatement: Encodable, Sendable {
    public struct Agent: Encodable, Sendable {
        public struct Account: Encodable, Sendable { public var homePage: String; public var name: String }
        public var objectType = "Agent"
        public var name: String
        public var mbox: String?
        public var account: Account?
    }
    public struct Verb: Encodable, Sendable { public var id: String; public var display: [String: String] }
    public struct Activity: Encodable, Sendable {
        public struct Definition: Encodable, Sendable {
            public var name: [String: String]
            public var description: [String: String]?
            public var type: String
        }
        public var objectType = "Activity"
        public var id: String
        public var definition: Definition
    }
    public struct Score: Encodable, Sendable { public var scaled: Double; public var raw: Double; public var min: Double; public var max: Double }
    public struct Result: Encodable, Sendable {
        public var score: Score?
        public var success: Bool?
        public var completion: Bool
        public var duration: String?
        public var extensions: [String: Double]?
    }
    public struct Context: Encodable, Sendable {
        public var registration: String
        public var language: String
        public var platform: String
        public var extensions: [String: String]
    }

    public static let completed = "http://adlnet.gov/expapi/verbs/completed"
    /// ADL's verb for an activity the actor ended. cmi5's `abandoned` is not used: it is for an
    /// abnormal end the LMS detects (a crash, a time-out), not a trainee restarting on purpose.
    public static let terminated = "http://adlnet.gov/expapi/verbs/terminated"
    public static let attempted = "http://adlnet.gov/expapi/verbs/attempted"

    public var id: String
    public var actor: Agent
    public var verb: Verb
    public var object: Activity
    public var result: Result
    public var context: Context
    public var timestamp: String
    public var version = "1.0.3"

    public init(transcript: SessionTranscript, options: XAPIOptions) {
        let session = transcript.session
        // An abandoned session is stored as finished, but the trainee never reached an ending.
        let completed = session.status == .finished && session.outcome != .abandoned
        let (verbID, verbName) = completed ? (Self.completed, "completed")
            : session.status == .finished ? (Self.terminated, "terminated") : (Self.attempted, "attempted")
        id = NameBasedUUID.make(namespace: NameBasedUUID.url, name: "\(options.base)/sessions/\(session.id)#\(verbID)").uuidString.lowercased()
        actor = Self.agent(session.trainee, options: options)
        verb = Verb(id: verbID, display: ["en-US": verbName])
        let locale = Self.languageTag(session.language)
        // The title is stored in the language the session was played in, so it is tagged with that language.
        let name = [locale: session.scenarioTitle ?? session.scenarioID]
        object = Activity(id: options.scenarioIRI(session.scenarioID),
                          definition: .init(name: name, description: nil, type: "http://adlnet.gov/expapi/activities/simulation"))
        let overall = session.overall ?? Self.mean(transcript.turns.compactMap { $0.score?.overall })
        var extensions: [String: Double] = [:]
        let scores = session.scores.isEmpty ? Self.turnMeans(transcript.turns) : session.scores
        for (dimension, value) in scores { extensions[options.extensionIRI(dimension.rawValue)] = (value * 10).rounded() / 10 }
        if let hints = session.hintUsage {
            extensions[options.extensionIRI("hints")] = Double(hints.count)
            extensions[options.extensionIRI("hint-penalty")] = Double(hints.penalty)
        }
        let end = session.endedAt ?? transcript.turns.last?.createdAt
        // Replies piped with "[+12s]" timestamps take no wall time; their own clock is the better measure then.
        let answering = transcript.turns.compactMap(\.latencyRaw).reduce(0, +)
        result = Result(
            score: overall.map { Score(scaled: min(1, max(0, ($0 / 100 * 1000).rounded() / 1000)), raw: ($0 * 10).rounded() / 10, min: 0, max: 100) },
            success: completed ? session.outcome == .resolved : nil, completion: completed,
            duration: end.map { Self.duration(max(0, $0.timeIntervalSince(session.startedAt), answering)) },
            extensions: extensions.isEmpty ? nil : extensions)
        var contextExtensions = [options.extensionIRI("mode"): session.mode, options.extensionIRI("seed"): String(session.seed)]
        if let outcome = session.outcome { contextExtensions[options.extensionIRI("outcome")] = outcome.rawValue }
        context = Context(registration: session.id, language: locale, platform: "Hotseat", extensions: contextExtensions)
        timestamp = ISO8601.string(end ?? session.startedAt)
    }

    static func agent(_ trainee: String, options: XAPIOptions) -> Agent {
        let looksLikeEmail = trainee.range(of: #"^[^@\s]+@[^@\s]+\.[^@\s]+$"#, options: .regularExpression) != nil
        if looksLikeEmail { return Agent(name: trainee, mbox: "mailto:" + trainee.lowercased(), account: nil) }
        return Agent(name: trainee, mbox: nil, account: .init(homePage: options.accountHomePage, name: trainee))
    }

    static func languageTag(_ language: Language) -> String {
        switch language {
        case .en: "en-US"
        case .nl: "nl-NL"
        case .nb: "nb-NO"
        }
    }

    /// ISO 8601 duration with hundredths of a second, as xAPI recommends (`PT4M12.5S`).
    static func duration(_ seconds: TimeInterval) -> String {
        let hundredths = Int((seconds * 100).rounded())
        let hours = hundredths / 360_000, minutes = (hundredths / 6_000) % 60
        let rest = Double(hundredths % 6_000) / 100
        var text = "PT"
        if hours > 0 { text += "\(hours)H" }
        if minutes > 0 { text += "\(minutes)M" }
        let secondsText = rest == rest.rounded() ? String(Int(rest)) : String(format: "%.2f", rest).replacingOccurrences(of: #"0+$"#, with: "", options: .regularExpression)
        if rest > 0 || text == "PT" { text += "\(secondsText)S" }
        return text
    }

    static func mean(_ values: [Double]) -> Double? { values.isEmpty ? nil : values.reduce(0, +) / Double(values.count) }

    static func turnMeans(_ turns: [TurnRecord]) -> [HotseatCore.Dimension: Double] {
        var result: [HotseatCore.Dimension: Double] = [:]
        for dimension in HotseatCore.Dimension.allCases {
            if let value = mean(turns.compactMap { $0.score?.scores[dimension] }) { result[dimension] = value }
        }
        return result
    }
}
