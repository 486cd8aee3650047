import ArgumentParser
import Drill
import Foundation
import Scenarios
import Store

/// `--store PATH` for every command that reads or writes the session store.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The session store (default: $HOTSEAT_STORE, else $XDG_DATA_HOME/hotseat/hotseat.sqlite).",
                                            valueName: "path"))
    var store: String?

    /// Opens the store or prints one clear line and exits non-zero.
    func open(_ access: Store.Access) throws -> Store {
        do {
            let location = try StoreLocation.resolve(option: store, environment: ProcessInfo.processInfo.environment)
            return try Store.open(at: location.url, access: access)
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
    }

    /// The recorder for a drill: the store when it opens, else a warning and no recording,
    /// so that a broken store never stops anyone from practising.
    func recorder(scenarios: [Scenario], resuming: String? = nil) -> SessionRecorder {
        guard let opened = openForDrill() else { return NoSessionRecorder() }
        return StoreRecorder(store: opened, scenarios: scenarios, resuming: resuming)
    }

    /// The store for a drill, or nil after one warning: practising never depends on it.
    func openForDrill() -> Store? {
        do {
            let location = try StoreLocation.resolve(option: store, environment: ProcessInfo.processInfo.environment)
            return try Store.open(at: location.url)
        } catch {
            Console.warning("this session will not be saved: \(error)")
            return nil
        }
    }
}

/// The trainee a store command is about: `--trainee`, else the name the home screen remembered,
/// else the login name.
func resolvedTrainee(_ option: String?) -> String {
    if let option, !option.isEmpty { return option }
    return TraineeName().load() ?? ProcessInfo.processInfo.environment["USER"] ?? "trainee"
}
