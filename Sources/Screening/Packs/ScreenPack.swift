import HotseatCore
import Scenarios

/// A hiring screen: a fixed set of free-text scenarios and situational-judgement items, run
/// under a time limit and scored against a versioned key. Loaded from `scenarios/screens/<id>.yaml`.
///
/// ```swift
/// let library = try ScreenLibrary.load(directory: URL(fileURLWithPath: "scenarios/screens"))
/// let pack = library.pack(id: "call-centre-basic")!
/// pack.sequence.count        // 9: three scenarios and six SJT items
/// pack.replyTimeLimit        // 120 seconds
/// ```
public struct ScreenPack: Sendable, Equatable {
    public var id: String
    /// Bumped whenever the sequence, the limits or the notice change; recorded in every result.
    public var version: Int
    public var title: LocalizedText
    /// The version of the expert key the SJT items are scored against. Different keys rank
    /// candidates differently (Bergman et al. 2006), so results always name the key they used.
    public var scoringKeyVersion: String
    public var languages: [Language]
    /// Shown before the first item: what is measured, how long it takes, that a person decides.
    public var notice: LocalizedText
    /// Seconds allowed per reply or per SJT answer.
    public var replyTimeLimit: Int
    /// Roughly how long the screen takes, for the notice.
    public var expectedMinutes: Int
    public var shuffle: ShufflePolicy
    public var sequence: [ScreenStep]
    /// Where each step of `sequence` is written, for cross-file diagnostics (empty when built in code).
    public var stepLocations: [SourceLocation]
    /// Where the pack was read from, for diagnostics.
    public var file: String

    public init(id: String, version: Int, title: LocalizedText, scoringKeyVersion: String, languages: [Language],
                notice: LocalizedText, replyTimeLimit: Int, expectedMinutes: Int, shuffle: ShufflePolicy,
                sequence: [ScreenStep], file: String = "", stepLocations: [SourceLocation] = []) {
        self.id = id
        self.version = version
        self.title = title
        self.scoringKeyVersion = scoringKeyVersion
        self.languages = languages
        self.notice = notice
        self.replyTimeLimit = replyTimeLimit
        self.expectedMinutes = expectedMinutes
        self.shuffle = shuffle
        self.sequence = sequence
        self.stepLocations = stepLocations
        self.file = file
    }
}

/// One entry of a pack's sequence.
public enum ScreenStep: Sendable, Equatable, Hashable, Codable {
    /// A free-text conversation with a scenario; `turnCap` ends it early so every candidate
    /// spends about the same time on it.
    case scenario(id: String, turnCap: Int?)
    /// A situational-judgement item, answered by picking the best and the worst response.
    case item(id: String)

    /// `scenario:ski-lift` or `item:sjt-refund`, for audit records and reports.
    public var key: String {
        switch self {
        case .scenario(let id, _): "scenario:\(id)"
        case .item(let id): "item:\(id)"
        }
    }
}

/// How the order of a pack's steps is chosen.
public enum ShufflePolicy: Sendable, Equatable, Codable {
    /// The pack order, unchanged.
    case none
    /// One seed for every candidate: everyone meets the same order, which makes results comparable.
    case fixed(seed: UInt64)
    /// A fresh seed per run, recorded in the audit log and the result so the order can be re-derived.
    case perCandidate
}

/// What of a pack refers to other files: its steps, where each is written, and the languages it
/// offers. Checked by ``ScreenLibrary/check(steps:scenarios:)`` for a pack that loaded and for one
/// refused for its own errors alike.
public struct ScreenPackSteps: Sendable, Equatable {
    public var packID: String
    public var languages: [Language]
    public var sequence: [ScreenStep]
    public var stepLocations: [SourceLocation]
    public var file: String
}

extension ScreenPack {
    public var steps: ScreenPackSteps {
        ScreenPackSteps(packID: id, languages: languages, sequence: sequence, stepLocations: stepLocations, file: file)
    }
}
