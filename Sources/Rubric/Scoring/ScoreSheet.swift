import HotseatCore

/// A set of behaviours as bits: checked and filled many times per reply, so no hashing.
struct BehaviourSet {
    private var bits: UInt32 = 0

    @inline(__always) private static func bit(_ b: Behaviour) -> UInt32 {
        switch b {
        case .apologised: 1 << 0
        case .acknowledgedFeeling: 1 << 1
        case .tookOwnership: 1 << 2
        case .offeredRemedy: 1 << 3
        case .promisedFollowUp: 1 << 4
        case .askedQuestion: 1 << 5
        case .explainedCause: 1 << 6
        case .setBoundary: 1 << 7
        case .blamed: 1 << 8
        case .minimised: 1 << 9
        case .shouted: 1 << 10
        case .swore: 1 << 11
        case .sarcastic: 1 << 12
        case .promisedPrevention: 1 << 13
        }
    }

    func contains(_ b: Behaviour) -> Bool { bits & Self.bit(b) != 0 }
    mutating func insert(_ b: Behaviour) { bits |= Self.bit(b) }
    /// In `Behaviour` order.
    func sorted() -> [Behaviour] { Behaviour.allCases.filter(contains) }

    /// In `Behaviour` order, without making an array.
    var inOrder: LazyFilterSequence<[Behaviour]> { Behaviour.allCases.lazy.filter(contains) }
}

/// What scoring one reply accumulates before it becomes a `ReplyScore`.
struct ScoreSheet {
    var evidence: [Evidence] = []
    var behaviours = BehaviourSet()
    var flags: [ScoreFlag] = []
    /// Tips with a sort key: the most costly problem first.
    var tips: [(weight: Double, order: Int, tip: CoachingTip)] = []
    /// False when the caller needs no coaching (JSONL output): tips are then not even looked up.
    var collectsTips = true
    /// False when the caller quotes each item from the reply itself (JSONL output): `text` is then
    /// left empty, saving a string per item. Every item's text is the reply's scalars `start..<end`.
    var quotesText = true

    /// An empty sheet, with the evidence and flag arrays of a batch worker's scratch if given.
    init(reusing scratch: ScoringScratch? = nil) {
        if let scratch {
            evidence = [Evidence].reusing(&scratch.evidence)
            flags = [ScoreFlag].reusing(&scratch.flags)
        }
        evidence.reserveCapacity(8) // the usual count
    }

    mutating func add(_ evidence: Evidence) { self.evidence.append(evidence) }

    mutating func flag(_ code: String, rubric: CompiledRubric) {
        guard !flags.contains(where: { $0.code == code }) else { return }
        flags.append(ScoreFlag(code: code, message: rubric.settings.antiGaming.messages[code] ?? code))
    }

    mutating func tip(_ text: String?, dimension: Dimension, principle: String, quote: String?, weight: Double) {
        guard collectsTips, let text, !text.isEmpty else { return }
        if tips.contains(where: { $0.tip.message == text && $0.tip.quote == quote }) { return }
        tips.append((weight, tips.count, CoachingTip(dimension: dimension, message: text, principle: principle, quote: quote)))
    }
}
