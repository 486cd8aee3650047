import Foundation
import HotseatCore
import Rubric
import Scenarios
import Screening

/// Loading and error handling shared by `screen`, `verify` and `report`.
enum ScreenSupport {
    /// One clear line on stderr and a non-zero exit; never a stack trace.
    static func fail(_ message: String, code: Int32 = 1) -> Never {
        FileHandle.standardError.write(Data("hotseat: \(message)\n".utf8))
        Foundation.exit(code)
    }

    static func warn(_ message: String) {
        FileHandle.standardError.write(Data("hotseat: warning: \(message)\n".utf8))
    }

    static func now() -> Double { Date().timeIntervalSince1970 }

    /// The organisation key, or a refusal naming what is wrong. Warnings go to stderr.
    static func orgKey(for purpose: OrgKey.Purpose) -> OrgKey {
        do {
            let (key, warnings) = try OrgKey.load(environment: ProcessInfo.processInfo.environment, for: purpose)
            warnings.forEach(warn)
            return key
        } catch {
            fail(error.message + (error.context["fix"].map { " (\($0))" } ?? ""))
        }
    }

    static func root() -> URL {
        do { return try ResourceLocator().root() } catch { fail("\(error)") }
    }

    /// Where the screen packs and their SJT items live.
    static var screensDirectory: URL { root().appendingPathComponent("scenarios/screens") }

    /// The pack, its scenarios and items, checked to be complete.
    static func content(packID: String) -> ScreenContent {
        let locator = ResourceLocator()
        let screens = screensDirectory
        let library = ScreenLibrary.load(directory: screens)
        guard let pack = library.pack(id: packID) else {
            let known = library.packs.map(\.id).sorted().joined(separator: ", ")
            library.diagnostics.forEach { FileHandle.standardError.write(Data("\($0)\n".utf8)) }
            fail("no screen pack '\(packID)' in \(screens.path)" + (known.isEmpty ? "" : " (available: \(known))"))
        }
        let directories: [URL]
        do { directories = try locator.scenarioDirectories() } catch { fail("\(error)") }
        let catalog = ScenarioCatalog.load(directories: directories)
        do {
            return try ScreenContent(pack: pack, catalog: catalog, items: library.items)
        } catch {
            fail(error.message)
        }
    }

    /// SHA-256 of every file the scores depend on, recorded in the run's start.
    static func contentHashes(_ content: ScreenContent) -> [String: String] {
        guard let scoring = try? ResourceLocator().scoringDirectory() else { return [:] }
        return ContentHashes.compute(content: content, scoringDirectory: scoring, root: root())
    }

    static func engine() -> RubricEngine {
        do {
            return try RubricEngine.load(directory: try ResourceLocator().scoringDirectory())
        } catch let error as DiagnosticsError {
            error.diagnostics.forEach { FileHandle.standardError.write(Data("\($0)\n".utf8)) }
            fail("the rubric does not load; the screen will not start")
        } catch {
            fail("\(error)")
        }
    }

    static func checkCandidate(_ id: String) {
        do { try ScreenFiles.checkCandidateID(id) } catch { fail(error.message) }
    }
}
