/// `{0}`, `{1}`, … in a translated text, filled in by position so translators can reorder them.
///
/// ```swift
/// Placeholders.fill("{1} van {0}", with: ["Sanne", "Voortgang"])   // "Voortgang van Sanne"
/// ```
public enum Placeholders {
    public static func fill(_ text: String, with arguments: [CustomStringConvertible]) -> String {
        var text = text
        for (index, argument) in arguments.enumerated() {
            text = text.split(separator: "{\(index)}", omittingEmptySubsequences: false).joined(separator: argument.description)
        }
        return text
    }
}

/// A table of interface texts, each in English, Dutch and Norwegian Bokmål, read in one language:
/// the drill's words (``Localizer``), those of `history` and `progress` (``RecordsWording``) and
/// the reports' share the lookup and the placeholder filling.
///
/// ```swift
/// RecordsWording(.nl)[.columnTurns]               // "beurten"
/// Localizer(.nb).format(.hintCost, 5)             // "Dette hintet koster 5 poeng av totalskåren din."
/// ```
public protocol TranslatedTexts {
    associatedtype Key: Hashable & RawRepresentable<String>
    static var table: [Key: [Language: String]] { get }
    var language: Language { get }
}

extension TranslatedTexts {
    /// The text for `key` in this language (English if a translation is missing; tests check none is).
    public subscript(key: Key) -> String {
        Self.table[key]?[language] ?? Self.table[key]?[.en] ?? key.rawValue
    }

    /// The text with `{0}`, `{1}`, … replaced by `arguments`.
    public func format(_ key: Key, _ arguments: CustomStringConvertible...) -> String {
        Placeholders.fill(self[key], with: arguments)
    }
}
