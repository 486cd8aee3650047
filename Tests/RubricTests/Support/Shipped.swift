import Foundation
import HotseatCore
@testable import Rubric

/// The shipped rubric, loaded once for all tests (loading self-tests every example).
enum Shipped {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let scoringDirectory = repository.appendingPathComponent("scoring")

    static let engine: RubricEngine = {
        do {
            return try RubricEngine.load(directory: scoringDirectory)
        } catch {
            fatalError("the shipped rubric does not load:\n\(error)")
        }
    }()

    static func score(_ reply: String, _ language: Language? = nil, traits: RecoveryTraits = RecoveryTraits(),
                      customer: String? = nil, latency: Double? = nil, turn: Int = 0, previous: [String] = [],
                      topics: [String] = [], expects: [Behaviour] = []) -> ReplyScore {
        engine.score(reply, context: ScoringContext(language: language, traits: traits, customerLine: customer, latency: latency, turn: turn,
                                                    previousReplies: previous, expectedBehaviours: expects, topicWords: topics))
    }

    /// Rule ids of the evidence that earned or cost points for actual words.
    static func rules(_ score: ReplyScore) -> [String] { score.evidence.filter { $0.end > $0.start }.map(\.rule) }
}

/// Reads a reply with spans marked like `I'm ⟦so sorry⟧ about that`, returning the plain reply and
/// the marked spans as Unicode-scalar offsets, the way `Evidence` reports them.
struct MarkedText {
    var text: String
    var spans: [Range<Int>]

    init(_ marked: String) {
        var plain = String.UnicodeScalarView()
        var spans: [Range<Int>] = []
        var open: Int?
        var offset = 0
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "⟦": open = offset
            case "⟧":
                if let start = open { spans.append(start..<offset) }
                open = nil
            default:
                plain.append(scalar)
                offset += 1
            }
        }
        text = String(plain)
        self.spans = spans
    }
}
