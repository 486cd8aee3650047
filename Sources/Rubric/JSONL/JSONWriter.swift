/// Writes JSON bytes with sorted keys and fixed number formatting, so the same input always
/// gives byte-identical output.
///
/// Writes into a buffer (no array bookkeeping per byte): its own, whose `bytes` are copied out,
/// or, with `collect`, the storage of the array it returns, so a JSONL worker's output for many
/// lines becomes one `[UInt8]` without a copy.
struct JSONWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int
    /// False while writing into storage it was lent (`collect`).
    private var ownsBuffer = true

    init(capacity: Int = 1024) {
        self.capacity = max(64, capacity)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    private init(lending buffer: UnsafeMutableBufferPointer<UInt8>) {
        base = buffer.baseAddress!
        capacity = buffer.count
        ownsBuffer = false
    }

    deinit { if ownsBuffer { base.deallocate() } }

    /// What was written so far.
    var bytes: [UInt8] { [UInt8](UnsafeBufferPointer(start: base, count: count)) }

    /// The bytes `body` writes, written straight into the returned array's storage (`capacity`
    /// is a guess; beyond it the writer moves to a buffer of its own, copied once at the end).
    static func collect(capacity: Int, _ body: (inout JSONWriter) -> Void) -> [UInt8] {
        var spilled: [UInt8]? = nil
        let bytes = [UInt8](unsafeUninitializedCapacity: max(64, capacity)) { buffer, initialized in
            var w = JSONWriter(lending: buffer)
            body(&w)
            if w.ownsBuffer {
                spilled = w.bytes
                initialized = 0
            } else {
                initialized = w.count
            }
        }
        return spilled ?? bytes
    }

    /// Forgets what was written, keeping the buffer.
    mutating func removeAll() { count = 0 }

    @inline(__always)
    mutating func reserve(_ n: Int) {
        if count + n > capacity { grow(count + n) }
    }

    private mutating func grow(_ needed: Int) {
        var c = capacity * 2
        while c < needed { c *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        bigger.update(from: base, count: count)
        if ownsBuffer { base.deallocate() }
        base = bigger
        capacity = c
        ownsBuffer = true
    }

    @inline(__always)
    mutating func byte(_ b: UInt8) {
        reserve(1)
        base[count] = b
        count += 1
    }

    @inline(__always)
    mutating func raw(_ text: StaticString) {
        let n = text.utf8CodeUnitCount
        reserve(n)
        Self.copy(text.utf8Start, n, to: base + count)
        count += n
    }

    /// Keys and marks are a few bytes: word copies beat a call to memmove (with `n` known, as for
    /// a literal, this is two or four moves).
    @inline(__always)
    private static func copy(_ source: UnsafePointer<UInt8>, _ n: Int, to destination: UnsafeMutablePointer<UInt8>) {
        let s = UnsafeRawPointer(source), d = UnsafeMutableRawPointer(destination)
        if n >= 8 && n <= 32 {
            // Overlapping 8-byte moves: the last one ends exactly at `n`.
            var k = 0
            while k + 8 < n {
                d.storeBytes(of: s.loadUnaligned(fromByteOffset: k, as: UInt64.self), toByteOffset: k, as: UInt64.self)
                k += 8
            }
            d.storeBytes(of: s.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self), toByteOffset: n - 8, as: UInt64.self)
        } else if n < 8 {
            for k in 0..<n { destination[k] = source[k] }
        } else {
            destination.update(from: source, count: n)
        }
    }

    /// Appends the UTF-8 of `text` as it is (an id's number literal).
    mutating func rawUTF8(_ text: String) {
        for b in text.utf8 { byte(b) }
    }

    /// Appends bytes as they are.
    mutating func rawBytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        Self.copy(source, bytes.count, to: base + count)
        count += bytes.count
    }

    mutating func string(_ text: String) {
        // Native and small strings are contiguous; only a bridged one is copied first.
        if text.utf8.withContiguousStorageIfAvailable({ string(utf8: $0) }) == nil {
            var copy = text
            copy.makeContiguousUTF8()
            copy.utf8.withContiguousStorageIfAvailable { string(utf8: $0) }
        }
    }

    /// A JSON string of these UTF-8 bytes (already known to be valid): quotes, `\"`, `\\`,
    /// `\n`, `\r`, `\t` and `\u00XX` for the other control characters and DEL.
    mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        let n = utf8.count
        reserve(n + 2)
        base[count] = UInt8(ascii: "\"")
        count += 1
        if let source = utf8.baseAddress, n > 0 {
            // Most strings need no escaping: copy them eight bytes at a time while checking them.
            let clean = Self.copyClean(source, n, to: base + count)
            count += clean
            if clean < n { escape(UnsafeBufferPointer(start: source + clean, count: n - clean)) }
        }
        byte(UInt8(ascii: "\""))
    }

    /// Copies the leading bytes that need no escaping (none is `"`, `\`, below 0x20 or 0x7F) to
    /// `destination` (room for `n`), and says how many there are.
    @inline(__always)
    static func copyClean(_ p: UnsafePointer<UInt8>, _ n: Int, to destination: UnsafeMutablePointer<UInt8>) -> Int {
        let s = UnsafeRawPointer(p), d = UnsafeMutableRawPointer(destination)
        var i = 0
        while i + 8 <= n {
            let v = s.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if needsEscape(v) { break }
            d.storeBytes(of: v, toByteOffset: i, as: UInt64.self)
            i += 8
        }
        if i < n, n >= 8, i + 8 > n {
            // The last, partial word: check the final eight bytes (they overlap the clean ones).
            let v = s.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
            if !needsEscape(v) {
                d.storeBytes(of: v, toByteOffset: n - 8, as: UInt64.self)
                return n
            }
        }
        while i < n {
            let b = p[i]
            if b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F { return i }
            destination[i] = b
            i += 1
        }
        return n
    }

    /// Whether any byte of `v` is below 0x20, `"`, `\` or 0x7F (exact for "any": a borrow can
    /// only mark bytes above a byte that is already a hit).
    @inline(__always)
    static func needsEscape(_ v: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        let below20 = (v &- ones &* 0x20) & ~v
        let q = v ^ (ones &* 0x22), s = v ^ (ones &* 0x5C), d = v ^ (ones &* 0x7F)
        let quote = (q &- ones) & ~q, slash = (s &- ones) & ~s, del = (d &- ones) & ~d
        return (below20 | quote | slash | del) & high != 0
    }

    private mutating func escape(_ rest: UnsafeBufferPointer<UInt8>) {
        for b in rest {
            switch b {
            case UInt8(ascii: "\""): raw("\\\"")
            case UInt8(ascii: "\\"): raw("\\\\")
            case 0x0A: raw("\\n")
            case 0x0D: raw("\\r")
            case 0x09: raw("\\t")
            case 0..<0x20, 0x7F:
                raw("\\u00")
                byte(Self.hexDigit(b >> 4))
                byte(Self.hexDigit(b & 0xF))
            default: byte(b)
            }
        }
    }

    @inline(__always)
    private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? UInt8(ascii: "0") + v : UInt8(ascii: "a") + v - 10 }

    /// Scores and points: always one decimal ("85.0", "-12.5"), rounded half away from zero.
    @inline(__always)
    mutating func decimal(_ value: Double) {
        let tenths = Self.roundedToInt(value * 10)
        if tenths < 0 { byte(UInt8(ascii: "-")) }
        let magnitude = tenths.magnitude
        integer(Int(magnitude / 10))
        reserve(2)
        base[count] = UInt8(ascii: ".")
        base[count + 1] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        count += 2
    }

    /// `Int(x.rounded())` without a call to `round`: the truncation's remainder is exact (for
    /// |x| below 2^52; above, x is whole and it is 0), so comparing it with ½ rounds the same.
    /// Like `Int(_:)`, traps on NaN and values beyond `Int`.
    @inline(__always)
    static func roundedToInt(_ x: Double) -> Int {
        let t = Int(x)
        let remainder = x - Double(t)
        if remainder >= 0.5 { return t + 1 }
        if remainder <= -0.5 { return t - 1 }
        return t
    }

    @inline(__always)
    mutating func integer(_ value: Int) {
        if value < 0 { byte(UInt8(ascii: "-")) }
        reserve(20)
        var v = value.magnitude
        if v < 10 {
            base[count] = UInt8(ascii: "0") + UInt8(v)
            count += 1
            return
        }
        // Digits are written in place and reversed, so no temporary array per number.
        let start = count
        repeat { base[count] = UInt8(ascii: "0") + UInt8(v % 10); count += 1; v /= 10 } while v > 0
        var i = start, j = count - 1
        while i < j { let t = base[i]; base[i] = base[j]; base[j] = t; i += 1; j -= 1 }
    }

    @inline(__always)
    mutating func key(_ name: StaticString) {
        let n = name.utf8CodeUnitCount
        reserve(n + 3)
        base[count] = UInt8(ascii: "\"")
        Self.copy(name.utf8Start, n, to: base + count + 1)
        base[count + 1 + n] = UInt8(ascii: "\"")
        base[count + 2 + n] = UInt8(ascii: ":")
        count += n + 3
    }

    /// Hands the written bytes to `body` without copying them.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: count))
    }
}
