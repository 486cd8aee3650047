import Foundation
import Testing
@testable import HotseatCore

/// `SafeYAML.firstTooDeepLine` skips through quoted text and comments over the UTF-8 buffer;
/// it must find exactly what the byte-by-byte scan it replaced found.
@Suite struct DepthScanTests {
    /// The scan as it was before it skipped through quotes and comments, kept as the reference.
    static func reference(_ text: String, limits: SafeYAML.Limits) -> (line: Int, column: Int)? {
        let separators: Set<UInt8> = [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: "-")]
        var line = 1, column = 0, flowDepth = 0, indent = 0, atLineStart = true
        var quote: UInt8? = nil
        var inComment = false
        var previous: UInt8 = UInt8(ascii: " ")
        let maxIndent = limits.maxDepth * 4
        for byte in text.utf8 {
            column += 1
            if byte == UInt8(ascii: "\n") {
                line += 1; column = 0; indent = 0; atLineStart = true; inComment = false
                previous = byte
                continue
            }
            if inComment { continue }
            defer { previous = byte }
            if atLineStart {
                if byte == UInt8(ascii: " ") {
                    indent += 1
                    if indent > maxIndent { return (line, column) }
                    continue
                }
                atLineStart = false
            }
            if let q = quote {
                if byte == q { quote = nil }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                if separators.contains(previous) || column == indent + 1 { quote = byte }
            case UInt8(ascii: "#") where previous == UInt8(ascii: " ") || column == indent + 1:
                inComment = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flowDepth += 1
                if flowDepth > limits.maxDepth { return (line, column) }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                flowDepth = max(0, flowDepth - 1)
            default:
                break
            }
        }
        return nil
    }

    static func same(_ a: (line: Int, column: Int)?, _ b: (line: Int, column: Int)?) -> Bool {
        a?.line == b?.line && a?.column == b?.column
    }

    @Test func agreesWithTheByteByByteScanOnRandomDocuments() {
        // Deterministic: a small linear congruential generator over the bytes that matter.
        let alphabet = Array(" \n\"'#[]{}:,-ab\t".utf8) + Array("é".utf8)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        let limits = SafeYAML.Limits(maxBytes: 1 << 20, maxDepth: 3, maxExpandedNodes: 1000)
        var found = 0
        for _ in 0..<20_000 {
            let length = next() % 120
            var bytes: [UInt8] = []
            for _ in 0..<length {
                // Runs of spaces make deep indentation likely enough to be tested too.
                if next() % 5 == 0 { bytes += Array(repeating: UInt8(ascii: " "), count: next() % 16) } else { bytes.append(alphabet[next() % alphabet.count]) }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let expected = Self.reference(text, limits: limits)
            if expected != nil { found += 1 }
            #expect(Self.same(SafeYAML.firstTooDeepLine(text, limits: limits), expected), "\(text.debugDescription)")
        }
        #expect(found > 1000, "the random documents should often be too deep")
    }

    @Test func agreesOnTheShippedFiles() throws {
        for url in ResolverIndependenceTests.shippedFiles {
            let text = try String(contentsOf: url, encoding: .utf8)
            for depth in [1, 2, 3, 64] {
                let limits = SafeYAML.Limits(maxBytes: 1 << 22, maxDepth: depth, maxExpandedNodes: 250_000)
                #expect(Self.same(SafeYAML.firstTooDeepLine(text, limits: limits), Self.reference(text, limits: limits)), "\(url.lastPathComponent) at depth \(depth)")
            }
        }
    }
}
