import HotseatCore

/// The arrays a batch worker reuses from one reply to the next, so that scoring a reply does
/// not allocate and free them each time.
///
/// A scorer takes an array (leaving an empty one here), fills it, and gives it back when the
/// reply is scored (`ReplyScorer.recycle(into:)`). Owned by one worker at a time, like the rest of
/// `TopicFoldCache`.
final class ScoringScratch: @unchecked Sendable {
    var tokens: [Token] = []
    var folded: [Unicode.Scalar] = []
    var slots: [WordSlot] = []
    var ids: [Int32] = []
    var found: [PhraseMatch] = []
    var accepted: [PhraseMatch] = []
    var matches: [PhraseMatch] = []
    var wordHashes: [UInt64] = []
    /// Given back by JSONL scoring once a reply's line is written (other callers keep theirs in the `ReplyScore`).
    var evidence: [Evidence] = []
    var flags: [ScoreFlag] = []
    /// Where the tokenizer writes before the used part is copied into `tokens` and `folded`
    /// (a bound of one per scalar, far more than a reply uses).
    private(set) var rawTokens: UnsafeMutablePointer<Token>
    private(set) var rawFolded: UnsafeMutablePointer<Unicode.Scalar>
    private var rawCapacity = 1024

    init() {
        rawTokens = .allocate(capacity: rawCapacity)
        rawFolded = .allocate(capacity: rawCapacity)
    }

    deinit {
        rawTokens.deallocate()
        rawFolded.deallocate()
    }

    /// Makes room for `count` tokens and folded scalars in the raw buffers.
    func reserveRaw(_ count: Int) {
        guard count > rawCapacity else { return }
        rawTokens.deallocate()
        rawFolded.deallocate()
        rawCapacity = max(count, rawCapacity * 2)
        rawTokens = .allocate(capacity: rawCapacity)
        rawFolded = .allocate(capacity: rawCapacity)
    }
}

extension Array {
    /// Moves the array out of `storage` (leaving it empty) and empties it, keeping its capacity.
    @inline(__always)
    static func reusing(_ storage: inout [Element]) -> [Element] {
        var array: [Element] = []
        swap(&array, &storage)
        array.removeAll(keepingCapacity: true)
        return array
    }
}
