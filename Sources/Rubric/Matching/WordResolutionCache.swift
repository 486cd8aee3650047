import HotseatCore

/// A batch worker's memo of which vocabulary terms a reply word resolves to.
///
/// Resolving a word probes the exact table, every prefix length and, for unknown words, every
/// one-letter deletion (the typo check); replies repeat the same few thousand words, so one probe
/// here usually replaces all of that. Resolution is a pure function of the folded word and the
/// language, so the memo cannot change a result; words are keyed by the same 64-bit hash the
/// exact table is looked up by, plus their length, letters flag and language.
///
/// ```swift
/// let memo = WordResolutionCache().memo
/// if !memo.lookup(hash: h, key: key, into: &ids) { /* resolve, then */ memo.store(hash: h, key: key, ids: ids[start...]) }
/// ```
final class WordResolutionCache: @unchecked Sendable {
    fileprivate struct Entry {
        var hash: UInt64
        /// `WordResolutionCache.key(...)` with the number of ids in bits 24–26; 0 is an empty entry.
        var key: UInt32
        var ids: (Int32, Int32, Int32, Int32)
        /// Bit 0: whether the word's plausibility is known; bit 1: it looks like keyboard mash.
        var facts: UInt32 = 0
    }

    private let storage = MemoStorage(count: WordMemo.size, empty: Entry(hash: 0, key: 0, ids: (0, 0, 0, 0)))

    /// The table itself, to read and write in a loop without reference counting (valid while the cache lives).
    var memo: WordMemo { WordMemo(entries: storage.entries) }
}

/// The fixed-size memory of a worker's memo table, allocated once and freed with the table.
final class MemoStorage<Entry>: @unchecked Sendable {
    let entries: UnsafeMutablePointer<Entry>

    init(count: Int, empty: Entry) {
        entries = .allocate(capacity: count)
        entries.initialize(repeating: empty, count: count)
    }

    deinit { entries.deallocate() }
}

/// `WordResolutionCache`'s table, read and written through a pointer.
struct WordMemo {
    fileprivate let entries: UnsafeMutablePointer<WordResolutionCache.Entry>
    fileprivate static let size = 4096
    private static let countShift: UInt32 = 24
    private static let countMask: UInt32 = 7 << 24

    /// The part of a word's identity besides its hash; never 0.
    @inline(__always)
    static func key(length: Int, isLetters: Bool, language: Language) -> UInt32 {
        let lang: UInt32 = switch language {
        case .en: 0
        case .nl: 1
        case .nb: 2
        }
        return 1 << 31 | lang << 28 | (isLetters ? 1 << 27 : 0) | UInt32(min(length, 0xFF_FFFF))
    }

    @inline(__always)
    private func slot(_ hash: UInt64, _ key: UInt32) -> Int {
        HashTable.slot(hash ^ UInt64(key), Self.size - 1)
    }

    /// Appends the remembered ids of the word to `ids`; false when the word is not remembered.
    @inline(__always)
    func lookup(hash: UInt64, key: UInt32, into ids: inout [Int32]) -> Bool {
        let e = entries[slot(hash, key)]
        guard e.hash == hash, e.key & ~Self.countMask == key else { return false }
        let n = (e.key & Self.countMask) >> Self.countShift
        if n > 0 { ids.append(e.ids.0) }
        if n > 1 { ids.append(e.ids.1) }
        if n > 2 { ids.append(e.ids.2) }
        if n > 3 { ids.append(e.ids.3) }
        return true
    }

    /// Remembers what the word resolved to (words with more than four terms are not kept).
    @inline(__always)
    func store(hash: UInt64, key: UInt32, ids: ArraySlice<Int32>) {
        guard ids.count <= 4 else { return }
        var e = WordResolutionCache.Entry(hash: hash, key: key | UInt32(ids.count) << Self.countShift, ids: (0, 0, 0, 0), facts: 0)
        var i = ids.startIndex
        if i < ids.endIndex { e.ids.0 = ids[i]; i += 1 }
        if i < ids.endIndex { e.ids.1 = ids[i]; i += 1 }
        if i < ids.endIndex { e.ids.2 = ids[i]; i += 1 }
        if i < ids.endIndex { e.ids.3 = ids[i] }
        entries[slot(hash, key)] = e
    }

    /// What is known about the remembered word besides its terms (`WordFacts`); nil when it is not remembered.
    @inline(__always)
    func facts(hash: UInt64, key: UInt32) -> WordFacts? {
        let e = entries[slot(hash, key)]
        guard e.hash == hash, e.key & ~Self.countMask == key else { return nil }
        return WordFacts(bits: e.facts)
    }

    /// Notes facts on the word's entry (if the word is remembered).
    @inline(__always)
    func setFacts(hash: UInt64, key: UInt32, _ facts: WordFacts) {
        let i = slot(hash, key)
        guard entries[i].hash == hash, entries[i].key & ~Self.countMask == key else { return }
        entries[i].facts = facts.bits
    }
}

/// Facts about a word that statistics need, each with a "known" bit so a memo can hold them.
struct WordFacts {
    var bits: UInt32 = 0

    /// The function-word table's language bits for the word (nil: not a function word), if known.
    var functionWord: Int32?? {
        get { bits & 4 == 0 ? nil : .some(bits & 64 == 0 ? nil : Int32((bits >> 3) & 7)) }
        set {
            bits &= ~UInt32(4 | 64 | 56)
            if let known = newValue { bits |= 4; if let v = known { bits |= 64 | (UInt32(v & 7) << 3) } }
        }
    }

    /// Whether the word looks like keyboard mash, if known.
    var implausible: Bool? {
        get { bits & 1 == 0 ? nil : bits & 2 != 0 }
        set {
            bits &= ~UInt32(3)
            if let v = newValue { bits |= v ? 3 : 1 }
        }
    }
}

/// A batch worker's memo of whether a reply word names one of a scenario's topic words.
///
/// Checking a word compares it with every topic word of the same first letter (endings and one
/// typo allowed); the answer depends only on the word and the topic list, so a worker remembers
/// it per (word, list). Lists get ids from the worker (`TopicIndex.memoID`), never reused.
final class TopicMemoTable: @unchecked Sendable {
    fileprivate struct Entry {
        var hash: UInt64
        /// The topic list's id; 0 is an empty entry.
        var list: UInt32
        var length: UInt16
        var named: Bool
    }

    fileprivate static let size = 8192
    private let storage = MemoStorage(count: size, empty: Entry(hash: 0, list: 0, length: 0, named: false))
    /// The id the next topic list gets.
    var nextListID: UInt32 = 1

    var memo: TopicMemo { TopicMemo(entries: storage.entries) }
}

/// `TopicMemoTable`'s entries, read and written through a pointer.
struct TopicMemo {
    fileprivate let entries: UnsafeMutablePointer<TopicMemoTable.Entry>

    @inline(__always)
    private func slot(_ hash: UInt64, _ list: UInt32) -> Int {
        HashTable.slot(hash ^ (UInt64(list) &* 0x9E37_79B9), TopicMemoTable.size - 1)
    }

    /// Whether the word (by folded hash and length) names a topic of list `list`, if remembered.
    @inline(__always)
    func named(hash: UInt64, length: Int, list: UInt32) -> Bool? {
        let e = entries[slot(hash, list)]
        guard e.list == list, e.hash == hash, Int(e.length) == length else { return nil }
        return e.named
    }

    @inline(__always)
    func remember(hash: UInt64, length: Int, list: UInt32, named: Bool) {
        guard length <= Int(UInt16.max) else { return }
        entries[slot(hash, list)] = TopicMemoTable.Entry(hash: hash, list: list, length: UInt16(length), named: named)
    }
}

/// A batch worker's memo of what language detection reads off a word: its function-word bits
/// and its Norwegian (æ ø å) and Dutch ("ij") letter hints. All of it depends on the word alone.
final class DetectionMemoTable: @unchecked Sendable {
    fileprivate struct Entry {
        var hash: UInt64
        /// Length + 1 (0: an empty entry).
        var length: UInt32
        var functionBits: Int16
        var nlHints: UInt8
        var nbHints: UInt8
        /// `Vocabulary.bit` of the one language whose rubric phrases use the word, else 0.
        var vocabularyBit: UInt8
    }

    fileprivate static let size = 4096
    private let storage = MemoStorage(count: size, empty: Entry(hash: 0, length: 0, functionBits: 0, nlHints: 0, nbHints: 0, vocabularyBit: 0))

    var memo: DetectionMemo { DetectionMemo(entries: storage.entries) }
}

/// `DetectionMemoTable`'s entries, read and written through a pointer.
struct DetectionMemo {
    fileprivate let entries: UnsafeMutablePointer<DetectionMemoTable.Entry>

    /// (function-word bits or -1 for none, Dutch hints, Norwegian hints, vocabulary bit) of a remembered word.
    @inline(__always)
    func facts(hash: UInt64, length: Int) -> (functionBits: Int32, nl: Int, nb: Int, vocabularyBit: UInt8)? {
        let e = entries[HashTable.slot(hash, DetectionMemoTable.size - 1)]
        guard e.hash == hash, Int(e.length) == length + 1 else { return nil }
        return (Int32(e.functionBits), Int(e.nlHints), Int(e.nbHints), e.vocabularyBit)
    }

    @inline(__always)
    func remember(hash: UInt64, length: Int, functionBits: Int32, nl: Int, nb: Int, vocabularyBit: UInt8) {
        guard length < Int(UInt32.max), nl <= 255, nb <= 255 else { return }
        entries[HashTable.slot(hash, DetectionMemoTable.size - 1)] = DetectionMemoTable.Entry(
            hash: hash, length: UInt32(length + 1), functionBits: Int16(functionBits), nlHints: UInt8(nl), nbHints: UInt8(nb),
            vocabularyBit: vocabularyBit)
    }
}
