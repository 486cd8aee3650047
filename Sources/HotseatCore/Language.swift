/// A language Hotseat speaks: for scenarios, rubric phrase packs and the interface.
///
/// ```swift
/// let lang = Language(environment: "nb_NO.UTF-8") // .nb
/// ```
public enum Language: String, CaseIterable, Codable, Sendable, Comparable, CustomStringConvertible {
    case en, nl, nb

    public var description: String { rawValue }

    /// The language's own name, for menus.
    public var displayName: String {
        switch self {
        case .en: "English"
        case .nl: "Nederlands"
        case .nb: "Norsk bokmål"
        }
    }

    public static func < (lhs: Language, rhs: Language) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// Reads a POSIX locale string such as `nl_NL.UTF-8`, `no_NO` or `nb`; nil when unknown.
    public init?(environment value: String) {
        let code = value.lowercased().prefix { $0.isLetter }
        switch code {
        case "en": self = .en
        case "nl": self = .nl
        case "nb", "no", "nn": self = .nb
        default: return nil
        }
    }
}
