import Foundation

/// Bounds and cleans what a trainee typed or pasted before anything scores it.
///
/// Terminals deliver bytes: a 1 MB paste, invalid UTF-8, escape sequences from arrow keys pressed
/// in a pipe. The engine and the store should only ever see bounded, printable text.
///
/// ```swift
/// let clean = ReplySanitizer().clean(bytes: Array("I'm sorry\u{1B}[A".utf8))
/// clean.text        // "I'm sorry[A"
/// clean.truncated   // false
/// ```
public struct ReplySanitizer: Sendable {
    /// Replies longer than this many characters are cut; nobody types more to an upset customer.
    public var maxCharacters: Int

    public init(maxCharacters: Int = 4_000) { self.maxCharacters = maxCharacters }

    public struct Cleaned: Sendable, Equatable {
        public var text: String
        /// True when the reply was cut at ``ReplySanitizer/maxCharacters``.
        public var truncated: Bool
        /// How many characters the original had (after decoding), to tell the trainee.
        public var originalCharacters: Int
    }

    /// Decodes bytes leniently: invalid UTF-8 becomes U+FFFD rather than an error.
    public func clean(bytes: [UInt8]) -> Cleaned {
        clean(String(decoding: bytes, as: UTF8.self))
    }

    public func clean(_ raw: String) -> Cleaned {
        // Tabs and newlines become spaces (a continued reply is one reply); other control
        // characters (ESC, BEL, DEL, C1) and the replacement character are dropped.
        var scalars = String.UnicodeScalarView()
        var kept = 0
        var total = 0
        for scalar in raw.unicodeScalars {
            let value = scalar.value
            let mapped: Unicode.Scalar?
            switch value {
            case 0x09, 0x0A, 0x0D: mapped = " "
            case 0x00..<0x20, 0x7F, 0x80..<0xA0, 0xFFFD: mapped = nil
            // Invisible or line-breaking (zero-width space and non-joiner, direction marks, soft
            // hyphen, word joiner); the zero-width joiner stays, for emoji sequences.
            case 0x200B, 0x200C, 0x200E, 0x200F, 0x00AD, 0x2060...0x2064, 0x2028, 0x2029, 0xFEFF: mapped = nil
            // Bidirectional overrides and isolates can make a quoted reply read backwards in a
            // transcript or report (the "Trojan Source" trick); letters never need them.
            case 0x202A...0x202E, 0x2066...0x2069: mapped = nil
            default: mapped = scalar
            }
            guard let mapped else { continue }
            total += 1
            if kept < maxCharacters * 2 { scalars.append(mapped); kept += 1 }   // scalars ≥ characters
        }
        var text = String(scalars)
        text = text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        let characters = text.count
        var truncated = false
        if characters > maxCharacters {
            text = String(text.prefix(maxCharacters))
            truncated = true
        }
        return Cleaned(text: text, truncated: truncated || total > kept, originalCharacters: max(characters, total))
    }
}
