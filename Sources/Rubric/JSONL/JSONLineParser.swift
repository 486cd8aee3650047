#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small, strict reader for one JSONL input line: a flat JSON object whose values we need are
/// strings, numbers, booleans or null. Nested values are skipped (unknown keys are ignored).
/// Works on bytes, so invalid UTF-8 becomes an error message instead of a crash.
///
/// Every value is read the same way (`raw`), checked but not turned into a `String` unless the
/// caller asks: the JSONL scorer only needs the reply and the customer line as strings, and
/// reads the id, language and scenario from the line's bytes.
struct JSONLineParser {
    enum Value: Equatable {
        case string(String)
        case number(Double, literal: String)
        case bool(Bool)
        case null
        case nested
    }

    struct Failure: Error, Equatable {
        var message: String
    }

    /// A value as read: its kind and where its bytes are. Plain values only, so the known
    /// fields of a line cost nothing to keep or drop.
    struct Raw {
        enum Kind: UInt8 { case string, number, bool, null, nested }
        var kind: Kind
        /// A string's bytes without its quotes or a number's literal: a range of the line, or of
        /// the unescaped bytes (`RawFields.unescaped`) for a string that had escapes.
        var range: Range<Int> = 0..<0
        var escaped = false
        /// A number's value; a boolean's is 1 or 0.
        var number: Double = 0
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0
    /// The strings with escapes so far, unescaped, one after the other.
    private var unescaped: [UInt8] = []
    /// The last string read, when it was asked for.
    private var text: String?

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    static func parseObject(_ line: ArraySlice<UInt8>) -> Result<[String: Value], Failure> {
        line.withUnsafeBufferPointer { buffer in
            var parser = JSONLineParser(buffer)
            do throws(Failure) {
                return .success(try parser.object())
            } catch {
                return .failure(error)
            }
        }
    }

    /// The known keys' values as read (first occurrence of each), with the customer line as a
    /// string when it is one (the reply is read from the line's bytes).
    struct RawFields {
        var id: Raw?
        var reply: Raw?
        var lang: Raw?
        var scenario: Raw?
        var turn: Raw?
        var latency: Raw?
        var customer: Raw?
        var customerText: String?
        /// The line's strings that had escapes, unescaped (most lines have none).
        var unescaped: [UInt8] = []

        /// A string's UTF-8 (unescaped), or a number's literal.
        @inline(__always)
        func withUTF8<R>(of raw: Raw, in line: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
            if raw.escaped { return unescaped.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[raw.range])) } }
            return body(UnsafeBufferPointer(rebasing: line[raw.range]))
        }

        /// The `Value` of a value of this line (its strings are valid UTF-8: they were checked).
        func value(_ raw: Raw, in line: UnsafeBufferPointer<UInt8>) -> Value {
            switch raw.kind {
            case .string: .string(withUTF8(of: raw, in: line) { String(decoding: $0, as: UTF8.self) })
            case .number: .number(raw.number, literal: String(decoding: UnsafeBufferPointer(rebasing: line[raw.range]), as: UTF8.self))
            case .bool: .bool(raw.number != 0)
            case .null: .null
            case .nested: .nested
            }
        }
    }

    /// Reads the known keys' values of `line` into `fields` (empty).
    static func parseRawFields(_ line: UnsafeBufferPointer<UInt8>, into fields: inout RawFields) throws(Failure) {
        var parser = JSONLineParser(line)
        try parser.members { key, reader throws(Failure) in
            let known = Self.knownKey(key)
            // The first occurrence wins, so a later duplicate cannot smuggle in a value.
            switch known {
            case 1: let v = try reader.raw(depth: 0); if fields.id == nil { fields.id = v }
            case 2:
                // The reply is scored from its bytes (checked as UTF-8 like every string): no String for it.
                let v = try reader.raw(depth: 0)
                if fields.reply == nil { fields.reply = v }
            case 3: let v = try reader.raw(depth: 0); if fields.lang == nil { fields.lang = v }
            case 4: let v = try reader.raw(depth: 0); if fields.scenario == nil { fields.scenario = v }
            case 5: let v = try reader.raw(depth: 0); if fields.turn == nil { fields.turn = v }
            case 6: let v = try reader.raw(depth: 0); if fields.latency == nil { fields.latency = v }
            case 7:
                let v = try reader.raw(depth: 0, text: fields.customer == nil)
                if fields.customer == nil { fields.customer = v; fields.customerText = reader.text.take() }
            default: _ = try reader.raw(depth: 0)
            }
        }
        fields.unescaped = parser.unescaped
    }

    /// Reads the line as one flat object, handing each member's key bytes (checked as UTF-8) to
    /// `visit`, which reads its value; both readers share it, so they accept and refuse the same lines.
    private mutating func members(_ visit: (UnsafeBufferPointer<UInt8>, inout JSONLineParser) throws(Failure) -> Void) throws(Failure) {
        skipSpace()
        guard peek() == UInt8(ascii: "{") else { throw Failure(message: "the line is not a JSON object") }
        i += 1
        skipSpace()
        if peek() == UInt8(ascii: "}") {
            i += 1
        } else {
            while true {
                skipSpace()
                guard peek() == UInt8(ascii: "\"") else { throw Failure(message: "expected a quoted key at byte \(i + 1)") }
                let key: (range: Range<Int>, escaped: Bool, ascii: Bool)
                if let short = shortKey() { key = short } else { key = try stringBytes() }
                // Keys are validated like any string (non-ASCII bytes must be UTF-8).
                if !key.ascii, !withBytes(of: key, { Self.checkedText($0, ascii: false, wanted: false).valid }) {
                    throw Failure(message: "a string is not valid UTF-8")
                }
                skipSpace()
                guard peek() == UInt8(ascii: ":") else {
                    let name = withBytes(of: key) { String(decoding: $0, as: UTF8.self) }
                    throw Failure(message: "expected ':' after key \"\(name)\"")
                }
                i += 1
                skipSpace()
                if key.escaped {
                    // A key with escapes is rare: copy it out, so the visitor may move the reader on.
                    let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: key.range.count)
                    defer { copy.deallocate() }
                    _ = copy.initialize(from: unescaped[key.range])
                    unescaped.removeLast(key.range.count)
                    try visit(UnsafeBufferPointer(copy), &self)
                } else {
                    try visit(UnsafeBufferPointer(rebasing: bytes[key.range]), &self)
                }
                skipSpace()
                if peek() == UInt8(ascii: ",") { i += 1; continue }
                if peek() == UInt8(ascii: "}") { i += 1; break }
                throw Failure(message: "expected ',' or '}' at byte \(i + 1)")
            }
        }
        skipSpace()
        guard i == bytes.count else { throw Failure(message: "unexpected text after the JSON object at byte \(i + 1)") }
    }

    /// 1…7 for id, reply, lang, scenario, turn, latency_s, customer; 0 for any other key.
    private static func knownKey(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        func equals(_ name: StaticString) -> Bool {
            let n = name.utf8CodeUnitCount
            guard key.count == n else { return false }
            for k in 0..<n where key[k] != name.utf8Start[k] { return false }
            return true
        }
        switch key.count {
        case 2: return equals("id") ? 1 : 0
        case 5: return equals("reply") ? 2 : 0
        case 4: return equals("lang") ? 3 : equals("turn") ? 5 : 0
        case 8: return equals("scenario") ? 4 : equals("customer") ? 7 : 0
        case 9: return equals("latency_s") ? 6 : 0
        default: return 0
        }
    }

    private mutating func object() throws(Failure) -> [String: Value] {
        var fields: [String: Value] = [:]
        let line = bytes
        try members { key, reader throws(Failure) in
            let name = String(decoding: key, as: UTF8.self)
            let raw = try reader.raw(depth: 0)
            let value = RawFields(unescaped: reader.unescaped).value(raw, in: line)
            if fields[name] == nil { fields[name] = value }
        }
        return fields
    }

    private func peek() -> UInt8? { i < bytes.count ? bytes[i] : nil }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D || bytes[i] == 0x0A { i += 1 }
    }

    /// Reads one value; a string is checked as UTF-8, and left in `text` if `text` is set.
    private mutating func raw(depth: Int, text: Bool = false) throws(Failure) -> Raw {
        guard let c = peek() else { throw Failure(message: "the line ends where a value was expected") }
        switch c {
        case UInt8(ascii: "\""): return try string(text: text)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            try skipNested(depth: depth)
            return Raw(kind: .nested)
        case UInt8(ascii: "t"): try literal("true"); return Raw(kind: .bool, number: 1)
        case UInt8(ascii: "f"): try literal("false"); return Raw(kind: .bool, number: 0)
        case UInt8(ascii: "n"): try literal("null"); return Raw(kind: .null)
        default: return try number()
        }
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let count = word.utf8CodeUnitCount
        guard i + count <= bytes.count else { throw Failure(message: "unexpected end of line") }
        for k in 0..<count where bytes[i + k] != word.utf8Start[k] {
            throw Failure(message: "unexpected text at byte \(i + 1)")
        }
        i += count
    }

    private mutating func number() throws(Failure) -> Raw {
        let start = i
        while i < bytes.count, let c = Optional(bytes[i]),
              (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
            i += 1
        }
        let literal = UnsafeBufferPointer(rebasing: bytes[start..<i])
        guard i > start, let value = Self.plainDecimal(literal) ?? Double(String(decoding: literal, as: UTF8.self)), value.isFinite else {
            throw Failure(message: "expected a value at byte \(start + 1)")
        }
        return Raw(kind: .number, range: start..<i, number: value)
    }

    private static let exactPowersOfTen: [Double] = (0...22).map { (0..<$0).reduce(1.0) { r, _ in r * 10 } }

    /// The value of a literal like `104`, `-3` or `12.50` (at most 15 digits) without going
    /// through a `String`: the digits and the power of ten are exact doubles, so one division
    /// rounds correctly, giving what `Double(String)` gives. Anything else is nil (the caller
    /// asks `Double(String)`).
    static func plainDecimal(_ literal: UnsafeBufferPointer<UInt8>) -> Double? {
        var k = 0
        let n = literal.count
        let negative = n > 0 && literal[0] == UInt8(ascii: "-")
        if negative { k = 1 }
        guard k < n else { return nil }
        // No leading zero before other digits ("0123" is left to the full reader).
        if literal[k] == UInt8(ascii: "0"), k + 1 < n, literal[k + 1] != UInt8(ascii: ".") { return nil }
        var mantissa: UInt64 = 0
        var digits = 0, fraction = 0
        var seenPoint = false
        while k < n {
            let c = literal[k]
            if c >= 0x30 && c <= 0x39 {
                mantissa = mantissa * 10 + UInt64(c - 0x30)
                digits += 1
                if seenPoint { fraction += 1 }
            } else if c == UInt8(ascii: "."), !seenPoint, digits > 0 {
                seenPoint = true
            } else {
                return nil
            }
            k += 1
        }
        guard digits > 0, digits <= 15, !seenPoint || fraction > 0 else { return nil }
        var value = Double(mantissa)
        if fraction > 0 { value /= exactPowersOfTen[fraction] }
        return negative ? -value : value
    }

    private mutating func skipNested(depth: Int) throws(Failure) {
        guard depth < 64 else { throw Failure(message: "the line is nested too deeply") }
        let close: UInt8 = bytes[i] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
        i += 1
        while true {
            skipSpace()
            guard let c = peek() else { throw Failure(message: "a nested value is not closed") }
            if c == close { i += 1; return }
            if c == UInt8(ascii: ",") || c == UInt8(ascii: ":") { i += 1; continue }
            _ = try raw(depth: depth + 1)
        }
    }

    private mutating func string(text wanted: Bool) throws(Failure) -> Raw {
        let read = try stringBytes()
        let (valid, text) = withBytes(of: read) { Self.checkedText($0, ascii: read.ascii, wanted: wanted) }
        guard valid else { throw Failure(message: "a string is not valid UTF-8") }
        if wanted { self.text = text }
        return Raw(kind: .string, range: read.range, escaped: read.escaped)
    }

    /// The bytes of a string read by `stringBytes`.
    private func withBytes<R>(of read: (range: Range<Int>, escaped: Bool, ascii: Bool), _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if read.escaped { return unescaped.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[read.range])) } }
        return body(UnsafeBufferPointer(rebasing: bytes[read.range]))
    }

    /// Whether these bytes are valid UTF-8, and their string if `wanted`.
    ///
    /// Decoding repairs invalid UTF-8 (so the bytes would change) and keeps valid UTF-8 byte for
    /// byte; comparing the two is the same check as `String(validating:)`, at the speed of
    /// decoding. ASCII (known from the scan) needs no check.
    @inline(__always)
    static func checkedText(_ buffer: UnsafeBufferPointer<UInt8>, ascii: Bool, wanted: Bool) -> (valid: Bool, text: String?) {
        if ascii { return (true, wanted ? String(decoding: buffer, as: UTF8.self) : nil) }
        let text = String(decoding: buffer, as: UTF8.self)
        guard text.utf8.count == buffer.count else { return (false, nil) }
        let same = text.utf8.withContiguousStorageIfAvailable { decoded in
            decoded.isEmpty || memcmp(decoded.baseAddress!, buffer.baseAddress!, decoded.count) == 0
        } ?? text.utf8.elementsEqual(buffer)
        return (same, same && wanted ? text : nil)
    }

    static func isASCII(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let n = buffer.count
        var i = 0
        while i + 8 <= n {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < n {
            if base[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    /// A key of up to 16 plain ASCII bytes (as every key the scorer reads), read without the
    /// general string scan; nil leaves the reader where it was, for `stringBytes`.
    @inline(__always)
    private mutating func shortKey() -> (range: Range<Int>, escaped: Bool, ascii: Bool)? {
        let start = i + 1
        var k = start
        let end = min(bytes.count, start + 16)
        while k < end {
            let c = bytes[k]
            if c == UInt8(ascii: "\"") {
                i = k + 1
                return (start..<k, false, true)
            }
            if c == UInt8(ascii: "\\") || c < 0x20 || c >= 0x80 { return nil }
            k += 1
        }
        return nil
    }

    /// A string's bytes without its quotes, unescaped (not yet checked as UTF-8): a range of
    /// the line when it holds no escapes (the usual case), else of `unescaped`; and whether
    /// they are all ASCII.
    private mutating func stringBytes() throws(Failure) -> (range: Range<Int>, escaped: Bool, ascii: Bool) {
        let start = i + 1
        var k = start
        var seen: UInt64 = 0 // the bits of every byte so far, for the ASCII check
        // Eight bytes at a time while none is a quote, a backslash or a control character.
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
            while k + 8 <= bytes.count {
                let v = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                let q = v ^ (ones &* 0x22), s = v ^ (ones &* 0x5C)
                if ((v &- ones &* 0x20) & ~v | (q &- ones) & ~q | (s &- ones) & ~s) & high != 0 { break }
                seen |= v
                k += 8
            }
        }
        while k < bytes.count {
            let c = bytes[k]
            if c == UInt8(ascii: "\"") {
                i = k + 1
                return (start..<k, false, seen & 0x8080_8080_8080_8080 == 0)
            }
            if c == UInt8(ascii: "\\") || c < 0x20 { break }
            seen |= UInt64(c)
            k += 1
        }
        let from = unescaped.count
        try unescapedString()
        let range = from..<unescaped.count
        let ascii = unescaped.withUnsafeBufferPointer { Self.isASCII(UnsafeBufferPointer(rebasing: $0[range])) }
        return (range, true, ascii)
    }

    /// The byte-by-byte reading of a string with escapes (or an error in it), onto `unescaped`.
    private mutating func unescapedString() throws(Failure) {
        i += 1 // opening quote
        while true {
            guard i < bytes.count else { throw Failure(message: "a string is not closed") }
            let c = bytes[i]
            i += 1
            switch c {
            case UInt8(ascii: "\""):
                return
            case UInt8(ascii: "\\"):
                guard i < bytes.count else { throw Failure(message: "a string is not closed") }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): unescaped.append(e)
                case UInt8(ascii: "b"): unescaped.append(0x08)
                case UInt8(ascii: "f"): unescaped.append(0x0C)
                case UInt8(ascii: "n"): unescaped.append(0x0A)
                case UInt8(ascii: "r"): unescaped.append(0x0D)
                case UInt8(ascii: "t"): unescaped.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar), i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                        i += 2
                        let low = try hex4()
                        if (0xDC00...0xDFFF).contains(low) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            scalar = 0xFFFD
                        }
                    }
                    // A lone surrogate cannot be text; keep the line and mark the spot.
                    let s = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                    unescaped.append(contentsOf: Array(String(s).utf8))
                default:
                    throw Failure(message: "unknown escape '\\\(Character(Unicode.Scalar(e)))' in a string")
                }
            default:
                if c < 0x20 { throw Failure(message: "a string holds a raw control character (escape it as \\u00XX)") }
                unescaped.append(c)
            }
        }
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard i + 4 <= bytes.count else { throw Failure(message: "a \\u escape is cut short") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[i]
            i += 1
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw Failure(message: "a \\u escape has a non-hex digit")
            }
            v = v << 4 | d
        }
        return v
    }
}
