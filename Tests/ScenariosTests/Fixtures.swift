import Foundation
import HotseatCore
@testable import Scenarios

/// A small, valid two-language scenario; tests break one thing in it at a time.
/// Line numbers matter: tests assert diagnostics at exact positions in this text.
enum Fixtures {
    static let valid = """
    id: cold-coffee
    title: {en: "Cold coffee", nl: "Koude koffie"}
    trains: {en: "Own a small mistake", nl: "Een kleine fout rechtzetten"}
    difficulty: 1
    languages: [en, nl]
    persona:
      name: Anna
      situation: {en: "Her coffee is cold", nl: "Haar koffie is koud"}
      wants: {en: "A hot coffee", nl: "Een warme koffie"}
    recovery: {severity: minor, failure: first, cause: internal}
    topic_words: {en: [coffee, cold], nl: [koffie, koud]}
    mood:
      start: 40
      effects: {offered_remedy: -20}
      walkout_at: 90
    turn_limit: 5
    start: opening
    beats:
      opening:
        line: {en: "This coffee is cold!", nl: "Deze koffie is koud!"}
        demands: offered_remedy
        next:
          - when: {any: [swore, shouted]}
            goto: manager
          - when: {all: [offered_remedy]}
            goto: resolved
          - goto: waiting
      waiting:
        line:
          en: ["Well?", "I'm still waiting."]
          nl: "Nou?"
        next:
          - when: {any: [offered_remedy, took_ownership], mood_below: 50}
            goto: resolved
          - goto: waiting
    endings:
      resolved: {outcome: resolved, line: {en: "Thanks.", nl: "Dank je."}}
      manager: {outcome: manager, line: {en: "Get me your manager.", nl: "Haal je manager."}}
      walkout: {outcome: walked_out, line: {en: "I'm leaving.", nl: "Ik ga."}}

    """

    /// Loads text as if it were `scenarios/<name>.yaml`.
    static func load(_ text: String, name: String = "cold-coffee") -> ScenarioFileResult {
        ScenarioLoader.parse(text, path: "scenarios/\(name).yaml")
    }

    /// The valid fixture with one substring replaced; fails loudly if the substring is absent,
    /// so a test never silently checks the unmodified text.
    static func valid(replacing old: String, with new: String) -> String {
        precondition(valid.contains(old), "fixture does not contain \(old)")
        return valid.replacingOccurrences(of: old, with: new)
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("hotseat-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
