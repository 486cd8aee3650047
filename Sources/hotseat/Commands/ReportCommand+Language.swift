import Foundation
import HotseatCore
import Scenarios
import Store

extension ReportCommand {
    /// The reader's language from the locale, as `TerminalOptions.language` reads it. A copy of
    /// that lookup: `report` cannot take TerminalOptions (its --color means text reports only, and
    /// --no-readline means nothing here), so keep the two alike.
    static func environmentLanguage(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[key], !value.isEmpty, let language = Language(environment: value) { return language }
        }
        return .en
    }

    /// The scenarios `progress` recommends from, with their titles and what they train in `language`.
    /// Their focus is `ProgressCommand.profiles()`'s, so both commands recommend alike; only the
    /// words change, which takes a second read of the scenario files for Dutch or Norwegian.
    static func scenarioProfiles(in language: Language) -> [ScenarioProfile] {
        let profiles = ProgressCommand.profiles()
        guard language != .en, !profiles.isEmpty, let catalog = try? Resources.load().catalog else { return profiles }
        return profiles.map { profile in
            guard let scenario = catalog.scenario(id: profile.id) else { return profile }
            var localized = profile
            localized.title = scenario.title.text(in: language)
            localized.trains = scenario.trains.text(in: language)
            return localized
        }
    }
}
