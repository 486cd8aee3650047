import ArgumentParser
import Authoring
import Foundation
import HotseatCore

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new trainer file from a commented template.",
        subcommands: [NewScenarioCommand.self]
    )
}

struct NewScenarioCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scenario",
        abstract: "Write scenarios/NAME.yaml: a small complete scenario that passes validation, with every field explained.",
        discussion: """
          hotseat new scenario wrong-order --lang en,nl,nb
          hotseat validate --paths scenarios/wrong-order.yaml
        """
    )

    @Argument(help: "The scenario id: lowercase words joined by dashes, e.g. wrong-order.")
    var name: String

    @Option(help: "Languages to write, comma-separated: en, nl, nb.")
    var lang: String = "en"

    @Option(help: "Folder to write into (default: the shipped scenarios folder, or ./scenarios).")
    var directory: String?

    @Flag(help: "Replace the file if it exists.")
    var force = false

    /// Usage errors (exit 64, with this command's usage): a bad id or language.
    func validate() throws {
        let languages = try languages()
        do { _ = try ScenarioTemplate.render(id: name, languages: languages) } catch { throw ValidationError(error.description) }
    }

    func languages() throws -> [Language] {
        var languages: [Language] = []
        for code in lang.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !code.isEmpty {
            guard let language = Language(rawValue: code) else { throw ValidationError("unknown language '\(code)': use en, nl or nb") }
            if !languages.contains(language) { languages.append(language) }
        }
        return languages
    }

    func run() throws {
        let text: String
        do { text = try ScenarioTemplate.render(id: name, languages: try languages()) } catch { fail("\(error)") }
        let folder = directory.map { URL(fileURLWithPath: $0) }
            ?? (try? ResourceLocator().root().appendingPathComponent("scenarios"))
            ?? URL(fileURLWithPath: "scenarios")
        let file = folder.appendingPathComponent("\(name).yaml")
        // Ids are unique across every scenario folder: a second 'ski-lift' would be skipped when played.
        if let owner = Validator.idsElsewhere((try? ResourceLocator().scenarioDirectories()) ?? [], excluding: [file])[name] {
            fail("scenario id '\(name)' is already used by \(owner); ids are unique across all scenario folders, so choose another name")
        }
        if FileManager.default.fileExists(atPath: file.path) && !force {
            fail("\(file.path) already exists: choose another name, or pass --force to replace it")
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        } catch {
            fail("cannot write \(file.path): \(error.localizedDescription)")
        }
        print("wrote \(file.path)")
        print("next: edit it, then run `hotseat validate --paths \(file.path)`")
    }

    private func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("hotseat: \(message)\n".utf8))
        Foundation.exit(1)
    }
}
