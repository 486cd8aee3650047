import ArgumentParser
import Foundation
import HotseatCore

/// `--lang` for the commands that only print (history, progress): the same choice, and the same
/// default from the locale, as the drill's own `--lang`.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "Language of the output: en, nl or nb (default: from LC_ALL, LC_MESSAGES or LANG, else en).")
    var lang: Language?

    var language: Language { lang ?? .fromLocaleEnvironment() }
}

extension Language {
    /// The first of LC_ALL, LC_MESSAGES and LANG that names en, nl or nb; else English.
    static func fromLocaleEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        namedByLocale(environment) ?? .en
    }

    /// The first of LC_ALL, LC_MESSAGES and LANG that names en, nl or nb, or nil when none does
    /// (an empty variable is skipped, as the C library skips it).
    static func namedByLocale(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Language? {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty, let language = Language(environment: value) { return language }
        }
        return nil
    }
}
