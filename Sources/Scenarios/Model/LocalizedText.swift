import HotseatCore

/// Text a trainer wrote once per language.
public struct LocalizedText: Sendable, Equatable, Codable {
    public var values: [Language: String]

    public init(_ values: [Language: String]) { self.values = values }

    /// The text in `language`, falling back to English and then to any language present.
    public func text(in language: Language) -> String {
        values[language] ?? values[.en] ?? values.sorted { $0.key < $1.key }.first?.value ?? ""
    }
}

/// A customer line with optional variants per language; the drill picks one with its seeded RNG.
public struct LocalizedLines: Sendable, Equatable, Codable {
    public var variants: [Language: [String]]

    public init(_ variants: [Language: [String]]) { self.variants = variants }

    public func variants(in language: Language) -> [String] {
        if let lines = variants[language], !lines.isEmpty { return lines }
        return variants[.en] ?? variants.sorted { $0.key < $1.key }.first?.value ?? []
    }
}
