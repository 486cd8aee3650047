import Foundation
import HotseatCore

/// The rubric engine: scores a reply on empathy, ownership, speed and calm with evidence for
/// every point, from the rules in a `scoring/` folder.
///
/// Loaded once, immutable, and safe to share across threads.
/// ```swift
/// let engine = try RubricEngine.load(directory: URL(fileURLWithPath: "scoring"))
/// let score = engine.score("I'm so sorry you were stuck in the cold for an hour.",
///                          context: ScoringContext(language: .en, latency: 12))
/// score.scores[.empathy]  // e.g. 70
/// score.evidence.first?.rule  // "empathy.apology"
/// ```
public struct RubricEngine: ReplyScoring, Sendable {
    let rubric: CompiledRubric
    /// Per-worker copies of `rubric` for batch scoring.
    let pool = RubricPool()
    /// The rubric files that were loaded, sorted.
    public let files: [String]

    /// Loads and self-tests every rubric file in `directory`. Any bad file, bad pattern or failing
    /// example refuses the whole folder with `file:line:col` diagnostics; nothing is half-loaded.
    public static func load(directory: URL) throws(DiagnosticsError) -> RubricEngine {
        let (rubric, files) = try RubricLoader.load(directory: directory)
        return RubricEngine(rubric: rubric, files: files)
    }

    /// The rubric files a folder holds, sorted: every `*.yaml` / `*.yml` directly inside it, the
    /// ones ``load(directory:)`` reads. Nil when the folder cannot be read.
    public static func fileNames(in directory: URL) -> [String]? {
        RubricLoader.fileNames(in: directory)
    }

    /// Scores one reply. Never fails: empty, huge, binary-looking or emoji-only replies get a score with flags.
    public func score(_ reply: String, context: ScoringContext) -> ReplyScore {
        var reply = reply
        return reply.withUTF8 { utf8 in
            var scorer = ReplyScorer(rubric: rubric, reply: utf8, context: context)
            return scorer.score()
        }
    }

    /// Scores one reply reusing a worker's folded topic words (batch paths).
    func score(_ reply: String, context: ScoringContext, cache: TopicFoldCache) -> ReplyScore {
        var reply = reply
        return reply.withUTF8 { utf8 in
            var scorer = ReplyScorer(rubric: cache.rubric, reply: utf8, context: context, cache: cache)
            let score = scorer.score()
            scorer.recycle(into: cache.scratch)
            return score
        }
    }

    /// Scores one reply (its UTF-8, valid) without coaching (JSONL output has none), reusing a worker's scratch if given.
    func scoreWithoutCoaching(_ reply: UnsafeBufferPointer<UInt8>, context: consuming ScoringContext, cache: TopicFoldCache?) -> ScoredReply {
        var scorer = ReplyScorer(rubric: cache?.rubric ?? rubric, reply: reply, context: context, cache: cache)
        scorer.sheet.collectsTips = false
        scorer.sheet.quotesText = false
        let score = scorer.scoreParts()
        if let cache { scorer.recycle(into: cache.scratch) }
        return score
    }

    /// Guesses the language of a text from its function words.
    ///
    /// ```swift
    /// engine.detectLanguage("Het spijt me echt dat u zo lang moest wachten.") // .nl
    /// ```
    public func detectLanguage(_ text: String) -> Language {
        LanguageDetector.detect(TokenizedText(text, limit: rubric.settings.antiGaming.maxScalars), functionWords: rubric.functionWords, vocabulary: rubric.words)
    }

    /// Evidence explanations and flag messages in a reader's language, from rubric.yaml's
    /// `explanations:` table; scores keep the English, so this is for display. A text this rubric
    /// cannot translate (from an older rubric) stays in English.
    public var explanationTranslator: ExplanationTranslator {
        let translation = ExplanationTranslation(rubric.settings)
        return ExplanationTranslator { text, language in translation.translate(text, to: language) ?? text }
    }

    /// The band a score falls in.
    public func band(for score: Double) -> Band { Band(score: score) }

    /// How much the rubric holds, for `hotseat rubric check`.
    public var summary: RubricSummary {
        var matchExamples = 0, noMatchExamples = 0, patterns = 0
        for c in rubric.criteria {
            for (_, e) in c.examples { matchExamples += e.match.count; noMatchExamples += e.noMatch.count }
            for (_, p) in c.patterns { patterns += p.count }
        }
        return RubricSummary(files: files.count, criteria: rubric.criteria.count, patterns: patterns,
                             matchExamples: matchExamples, noMatchExamples: noMatchExamples, contextRules: rubric.settings.contextRules.count)
    }

    /// The source the rubric cites for a rule id, if it is a rubric rule.
    public func source(ofRule id: String) -> String? {
        if let i = rubric.criterionByID[id] { return rubric.criteria[Int(i)].source }
        return rubric.settings.builtIns[id]?.source ?? rubric.settings.contextRules.first { $0.id == id }?.source
    }
}

/// Counts reported by `hotseat rubric check`.
public struct RubricSummary: Sendable, Equatable {
    public var files: Int
    public var criteria: Int
    public var patterns: Int
    public var matchExamples: Int
    public var noMatchExamples: Int
    public var contextRules: Int
}
