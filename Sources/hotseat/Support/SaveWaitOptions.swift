import ArgumentParser

/// `--save-wait SECONDS` for the commands that play a drill: how long, at exit, to keep retrying
/// a session store that another program holds before giving up (and exiting 1).
struct SaveWaitOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("At exit, how long to keep retrying a store another program holds before the session is given up as unsaved (exit status 1).",
                                            valueName: "seconds"))
    var saveWait: Double = 30

    func validate() throws {
        guard saveWait.isFinite, saveWait >= 0, saveWait <= 3600 else {
            throw ValidationError("--save-wait must be a number of seconds from 0 to 3600 (got \(saveWait))")
        }
    }
}

/// Whether every drill a command played was saved; the command exits 1 when one was not, so a
/// script can tell that a session exists only in what the terminal showed.
final class SaveOutcome {
    private(set) var allSaved = true
    func record(_ saved: Bool) { if !saved { allSaved = false } }
}
