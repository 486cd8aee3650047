/// Writes JSON bytes with sorted keys and fixed number formatting, so the same input always
/// gives byte-identical output.
///
/// Writes into a buffer of its own (no array bookkeeping per byte); `bytes` copies the result out.
struct JSONWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int

    init(capacity: Int = 1024) {
        self.capacity = max(64, capacity)
        base = UnsafeMutablePointer<UInt8>.allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// What was written so far.
    var bytes: [UInt8] { [UInt8](UnsafeBufferPointer(start: base, count: count)) }

    @inline(__always)
    private mutating func reserve(_ n: Int) {
        if count + n > capacity { grow(count + n) }
    }

    private mutating func grow(_ needed: Int) {
        var c = capacity * 2
        while c < needed { c *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        bigger.update(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = c
    }

    @inline(__always)
    private mutating func byte(_ b: UInt8) {
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

    /// Keys and marks are a few bytes: a loop beats a call to memmove.
    @inline(__always)
    private static func copy(_ source: UnsafePointer<UInt8>, _ n: Int, to destination: UnsafeMutablePointer<UInt8>) {
        if n <= 16 {
            for k in 0..<n { destination[k] = source[k] }
        } else {
            destination.update(from: source, count: n)
        }
    }

    /// Appends the UTF-8 of `text` as it is (an id's number literal).
    mutating func rawUTF8(_ text: String) {
        for b in text.utf8 { byte(b) }
    }

    mutating func string(_ text: String) {
        let n = text.utf8.count
        reserve(n + 2)
        base[count] = UInt8(ascii: "\"")
        // Most strings need no escaping: copy them in one go, straight from their storage.
        let destination = base + count + 1
        let copied: Bool? = text.utf8.withContiguousStorageIfAvailable { utf8 in
            for b in utf8 where b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F { return false }
            if let source = utf8.baseAddress { destination.update(from: source, count: utf8.count) }
            return true
        }
        count += 1
        if copied == true {
            count += n
            base[count] = UInt8(ascii: "\"")
            count += 1
            return
        }
        for b in text.utf8 {
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
        byte(UInt8(ascii: "\""))
    }

    @inline(__always)
    private static func hexDigit(_ v: UInt8) -> UInt8 { v < 10 ? UInt8(ascii: "0") + v : UInt8(ascii: "a") + v - 10 }

    /// Scores and points: always one decimal ("85.0", "-12.5").
    @inline(__always)
    mutating func decimal(_ value: Double) {
        let tenths = Int((value * 10).rounded())
        if tenths < 0 { byte(UInt8(ascii: "-")) }
        let magnitude = tenths.magnitude
        integer(Int(magnitude / 10))
        reserve(2)
        base[count] = UInt8(ascii: ".")
        base[count + 1] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        count += 2
    }

    @inline(__always)
    mutating func integer(_ value: Int) {
        if value < 0 { byte(UInt8(ascii: "-")) }
        // Digits are written in place and reversed, so no temporary array per number.
        reserve(20)
        let start = count
        var v = value.magnitude
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
}
