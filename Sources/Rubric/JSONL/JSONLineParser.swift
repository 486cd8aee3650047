/// A small, strict reader for one JSONL input line: a flat JSON object whose values we need are
/// strings, numbers, booleans or null. Nested values are skipped (unknown keys are ignored).
/// Works on bytes, so invalid UTF-8 becomes an error message instead of a crash.
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

    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0

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

    /// The values of the keys the JSONL scorer reads (first occurrence of each); other keys are
    /// parsed (so errors are the same) and dropped.
    struct Fields {
        var id: Value?
        var reply: Value?
        var lang: Value?
        var scenario: Value?
        var turn: Value?
        var latency: Value?
        var customer: Value?
    }

    /// Like `parseObject`, keeping only the known keys: no dictionary, no key strings.
    static func parseFields(_ line: ArraySlice<UInt8>) -> Result<Fields, Failure> {
        line.withUnsafeBufferPointer { buffer in
            var parser = JSONLineParser(buffer)
            do throws(Failure) {
                return .success(try parser.fields())
            } catch {
                return .failure(error)
            }
        }
    }

    private mutating func fields() throws(Failure) -> Fields {
        var fields = Fields()
        try members { key, value in
            // The first occurrence wins, so a later duplicate cannot smuggle in a value.
            switch Self.knownKey(key) {
            case 1: if fields.id == nil { fields.id = value }
            case 2: if fields.reply == nil { fields.reply = value }
            case 3: if fields.lang == nil { fields.lang = value }
            case 4: if fields.scenario == nil { fields.scenario = value }
            case 5: if fields.turn == nil { fields.turn = value }
            case 6: if fields.latency == nil { fields.latency = value }
            case 7: if fields.customer == nil { fields.customer = value }
            default: break
            }
        }
        return fields
    }

    /// Reads the line as one flat object, handing each member's key bytes (checked as UTF-8) and
    /// value to `visit` in order; both readers share it, so they accept and refuse the same lines.
    private mutating func members(_ visit: (UnsafeBufferPointer<UInt8>, Value) -> Void) throws(Failure) {
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
                let (range, owned) = try stringBytes()
                // Keys are validated like any string (non-ASCII bytes must be UTF-8).
                func isInvalid(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
                    key.contains(where: { $0 >= 0x80 }) && String(validating: key, as: UTF8.self) == nil
                }
                let invalid = owned.map { $0.withUnsafeBufferPointer(isInvalid) } ?? isInvalid(UnsafeBufferPointer(rebasing: bytes[range]))
                if invalid { throw Failure(message: "a string is not valid UTF-8") }
                skipSpace()
                guard peek() == UInt8(ascii: ":") else {
                    let key = owned.map { String(decoding: $0, as: UTF8.self) } ?? String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                    throw Failure(message: "expected ':' after key \"\(key)\"")
                }
                i += 1
                skipSpace()
                let value = try value(depth: 0)
                if let owned { owned.withUnsafeBufferPointer { visit($0, value) } } else { visit(UnsafeBufferPointer(rebasing: bytes[range]), value) }
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
        try members { key, value in
            let name = String(decoding: key, as: UTF8.self)
            if fields[name] == nil { fields[name] = value }
        }
        return fields
    }

    private func peek() -> UInt8? { i < bytes.count ? bytes[i] : nil }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D || bytes[i] == 0x0A { i += 1 }
    }

    private mutating func value(depth: Int) throws(Failure) -> Value {
        guard let c = peek() else { throw Failure(message: "the line ends where a value was expected") }
        switch c {
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            try skipNested(depth: depth)
            return .nested
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
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

    private mutating func number() throws(Failure) -> Value {
        let start = i
        while i < bytes.count, let c = Optional(bytes[i]),
              (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+") || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
            i += 1
        }
        let literal = String(decoding: bytes[start..<i], as: UTF8.self)
        guard i > start, let value = Double(literal), value.isFinite else {
            throw Failure(message: "expected a value at byte \(start + 1)")
        }
        return .number(value, literal: literal)
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
            _ = try value(depth: depth + 1)
        }
    }

    private mutating func string() throws(Failure) -> String {
        let (range, owned) = try stringBytes()
        let text: String?
        if let owned {
            text = String(validating: owned, as: UTF8.self)
        } else {
            let buffer = UnsafeBufferPointer(rebasing: bytes[range])
            // ASCII is valid UTF-8 as it stands: decoding it gives the same string, without the slower validation.
            text = Self.isASCII(buffer) ? String(decoding: buffer, as: UTF8.self) : String(validating: buffer, as: UTF8.self)
        }
        guard let text else { throw Failure(message: "a string is not valid UTF-8") }
        return text
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

    /// A string's bytes without its quotes, unescaped (not yet checked as UTF-8): a range of
    /// the line when it holds no escapes (the usual case), else a copy.
    private mutating func stringBytes() throws(Failure) -> (range: Range<Int>, owned: [UInt8]?) {
        let start = i + 1
        var k = start
        while k < bytes.count {
            let c = bytes[k]
            if c == UInt8(ascii: "\"") {
                i = k + 1
                return (start..<k, nil)
            }
            if c == UInt8(ascii: "\\") || c < 0x20 { break }
            k += 1
        }
        return (0..<0, try unescapedString())
    }

    /// The byte-by-byte reading of a string with escapes (or an error in it).
    private mutating func unescapedString() throws(Failure) -> [UInt8] {
        i += 1 // opening quote
        var out: [UInt8] = []
        out.reserveCapacity(64)
        while true {
            guard i < bytes.count else { throw Failure(message: "a string is not closed") }
            let c = bytes[i]
            i += 1
            switch c {
            case UInt8(ascii: "\""):
                return out
            case UInt8(ascii: "\\"):
                guard i < bytes.count else { throw Failure(message: "a string is not closed") }
                let e = bytes[i]
                i += 1
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
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
                    out.append(contentsOf: Array(String(s).utf8))
                default:
                    throw Failure(message: "unknown escape '\\\(Character(Unicode.Scalar(e)))' in a string")
                }
            default:
                if c < 0x20 { throw Failure(message: "a string holds a raw control character (escape it as \\u00XX)") }
                out.append(c)
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
