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
