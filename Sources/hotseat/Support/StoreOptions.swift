import ArgumentParser
import Drill
import Foundation
import HotseatCore
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

    /// The recorder for a drill (see ``DrillStore/recorder(scenarios:)``).
    func recorder(scenarios: [Scenario], language: Language = .en) -> SessionRecorder {
        openForDrill(language: language).recorder(scenarios: scenarios)
    }

    enum DrillStore {
        case opened(Store)
        /// Not now, but maybe on a later turn.
        case later(URL)
        case unavailable

        var store: Store? { if case let .opened(store) = self { store } else { nil } }

        /// The store's recorder when it opened; when it could not open for a passing reason
        /// (locked, disk full, folder not writable yet), one that keeps the session in memory and
        /// saves it once the store opens; otherwise one that saves nothing, so that a broken store
        /// never stops anyone from practising (the command exits 1 at the end).
        func recorder(scenarios: [Scenario]) -> SessionRecorder {
            switch self {
            case let .opened(store): StoreRecorder(store: store, scenarios: scenarios)
            // Tried again at every turn: each try is short, so a locked store does not hold up the drill.
            case let .later(url): DeferredStoreRecorder(scenarios: scenarios) { try Store.open(at: url, busyTimeout: 0.25, openRetry: 0.5) }
            case .unavailable: NotSavingRecorder()
            }
        }
    }

    /// The store for a drill, after at most one warning: practising never depends on it.
    func openForDrill(language: Language = .en) -> DrillStore {
        let localizer = Localizer(language)
        let location: StoreLocation
        do {
            location = try StoreLocation.resolve(option: store, environment: ProcessInfo.processInfo.environment)
        } catch {
            Console.warning(localizer.format(.sessionNotSaved, "\(error)"))
            return .unavailable
        }
        do {
            // A short wait: a drill should start promptly even when another program holds the
            // store (it is tried again at every turn, so nothing is lost by giving up early).
            return .opened(try Store.open(at: location.url, busyTimeout: 1, openRetry: 2))
        } catch where error.isTransient {
            Console.warning(localizer.format(.sessionKeptInMemory, "\(error)"))
            return .later(location.url)
        } catch {
            Console.warning(localizer.format(.sessionNotSaved, "\(error)"))
            return .unavailable
        }
    }
}

/// The trainee a store command is about: `--trainee`, else the name the home screen remembered,
/// else the login name.
func resolvedTrainee(_ option: String?) -> String {
    if let option, !option.isEmpty { return option }
    return TraineeName().load() ?? ProcessInfo.processInfo.environment["USER"] ?? "trainee"
}
