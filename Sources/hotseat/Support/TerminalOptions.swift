import ArgumentParser
import Foundation
import HotseatCore

/// Options every interactive command shares.
struct TerminalOptions: ParsableArguments {
    @Option(name: .long, help: "Interface and scenario language: en, nl or nb (default: from LC_ALL, LC_MESSAGES or LANG, else en).")
    var lang: Language?

    @Option(name: .long, help: "Colour: auto (only on a terminal, honours NO_COLOR and TERM=dumb), always or never.")
    var color: ColorMode = .auto

    @Flag(name: .long, help: "Read plain lines without line editing (automatic when stdin is not a terminal).")
    var noReadline = false

    var language: Language { lang ?? .fromLocaleEnvironment() }

    var style: Style { Style(enabled: color.enabled()) }

    func makeEditor() -> LineEditor {
        if !noReadline && TerminalInfo.canUseReadline() { return ReadlineEditor() }
        return PlainLineReader()
    }
}

extension Language: ExpressibleByArgument {}
