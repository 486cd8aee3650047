import HotseatCore

/// How the screen tells a candidate to type a best/worst pick, in their language, next to the
/// parser that reads it. The format is shown with placeholders, never with an example pair: any
/// pair of letters is some item's key (`best: B, worst: D` was `sjt-double-charge`'s) and an
/// example anchors candidates on it.
///
/// ```swift
/// SJTAnswerFormat.instruction(.en)   // "Type the best and the worst response in the form best: <letter>, worst: <letter>"
/// ```
public enum SJTAnswerFormat {
    /// The labelled form with a placeholder for each letter; the labels are ones ``SJTAnswerParser`` reads.
    static let template: [Language: String] = [
        .en: "best: <letter>, worst: <letter>",
        .nl: "beste: <letter>, slechtste: <letter>",
        .nb: "beste: <bokstav>, dårligste: <bokstav>",
    ]
    static let placeholder: [Language: String] = [.en: "<letter>", .nl: "<letter>", .nb: "<bokstav>"]

    /// Shown under every situational-judgement item.
    public static func instruction(_ language: Language) -> String {
        switch language {
        case .en: "Type the best and the worst response in the form \(template[.en]!)"
        case .nl: "Typ de beste en de slechtste reactie in de vorm \(template[.nl]!)"
        case .nb: "Skriv det beste og det dårligste svaret på formen \(template[.nb]!)"
        }
    }

    /// Shown when an answer could not be read as two letters.
    public static func retry(_ language: Language) -> String {
        switch language {
        case .en: "Please answer with two letters in the form \(template[.en]!)"
        case .nl: "Antwoord met twee letters in de vorm \(template[.nl]!)"
        case .nb: "Svar med to bokstaver på formen \(template[.nb]!)"
        }
    }
}
