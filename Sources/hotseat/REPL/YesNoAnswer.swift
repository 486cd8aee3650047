import Foundation

/// A typed answer to a `[Y/n]` or `[y/N]` question, in any of the interface languages.
///
/// ```swift
/// YesNoAnswer("ja", defaultYes: false)    // .yes
/// YesNoAnswer(":quit", defaultYes: true)  // .quit: never read as consent
/// YesNoAnswer("maybe", defaultYes: true)  // .unclear: ask again
/// ```
enum YesNoAnswer: Equatable {
    case yes, no, quit, unclear

    init(_ raw: String, defaultYes: Bool) {
        let answer = raw.trimmingCharacters(in: .whitespaces).lowercased()
        switch answer {
        case "": self = defaultYes ? .yes : .no
        case "y", "yes", "j", "ja": self = .yes
        case "n", "no", "nee", "nei": self = .no
        case ":quit", ":q", ":exit": self = .quit
        default: self = .unclear
        }
    }
}
