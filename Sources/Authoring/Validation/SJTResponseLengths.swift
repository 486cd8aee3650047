import Foundation
import HotseatCore
import Yams

/// How long each response of one SJT item is, per language, and where its text sits in the file.
///
/// Read straight from the YAML tree rather than from the screen's item type, so a warning can
/// point at the very text to shorten or lengthen. Anything malformed is skipped here: the item
/// loader already reports it as an error.
///
/// ```swift
/// let lengths = SJTResponseLengths.read(try SafeYAML.parse(text, path: "items/x.yaml"), path: "items/x.yaml")
/// lengths?.languages.first?.code          // "en"
/// lengths?.languages.first?.texts.count   // 4, A to D
/// ```
public struct SJTResponseLengths: Sendable, Equatable {
    public struct Text: Sendable, Equatable {
        public var letter: String
        /// Characters as a reader sees them, ignoring surrounding whitespace (a block scalar's last newline).
        public var length: Int
        public var location: SourceLocation
    }

    /// The four responses in one language, A to D.
    public struct InLanguage: Sendable, Equatable {
        public var code: String
        public var texts: [Text]

        /// Whether `letter` is longer than every other response (a tie gives nothing away).
        public func isLongest(_ letter: String) -> Bool {
            guard let own = texts.first(where: { $0.letter == letter }) else { return false }
            return texts.allSatisfy { $0.letter == letter || $0.length < own.length }
        }
    }

    public static let letters = ["A", "B", "C", "D"]

    public var itemID: String
    /// The keyed best letter.
    public var best: String
    /// Only the declared languages in which all four responses have a text.
    public var languages: [InLanguage]

    public static func read(_ root: Node, path: String) -> SJTResponseLengths? {
        guard let item = root.mapping, item["kind"]?.string == "sjt", let id = item["id"]?.string,
              let best = item["key"]?.mapping?["best"]?.string, letters.contains(best),
              let responses = item["responses"]?.mapping else { return nil }
        let codes = item["languages"]?.sequence?.compactMap(\.string) ?? []
        var languages: [InLanguage] = []
        for code in codes {
            let texts: [Text] = letters.compactMap { letter in
                guard let node = responses[letter]?.mapping?[code], let text = node.string else { return nil }
                let length = text.trimmingCharacters(in: .whitespacesAndNewlines).count
                guard length > 0 else { return nil }
                return Text(letter: letter, length: length,
                            location: SourceLocation(file: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1))
            }
            if texts.count == letters.count { languages.append(InLanguage(code: code, texts: texts)) }
        }
        return SJTResponseLengths(itemID: id, best: best, languages: languages)
    }
}
