import Foundation
import Screening
import Store

/// What `hotseat forget` erases outside the store: the line-editing history and the remembered
/// trainee name. History lines carry no name, so they are erased only when the person being
/// forgotten is the remembered trainee of this account (the one whose replies they most
/// likely are); otherwise the output says the history was left alone and how to clear it.
/// A hiring screen's audit log and signed result hold the candidate's replies too; they are the
/// record of the screen, so forget never deletes them: it lists them and gives the command.
struct ForgetTraces {
    let history = HistoryFile()
    let remembered = TraineeName()
    let screens = ScreenFiles(environment: ProcessInfo.processInfo.environment)

    func isRememberedTrainee(_ name: String) -> Bool { remembered.load() == name }

    /// Erases the traces when `name` is the remembered trainee; returns one line per fact.
    func erase(for name: String) -> [String] {
        var lines: [String] = []
        if isRememberedTrainee(name) {
            let path = history.url?.path
            if history.clear() {
                if let path { lines.append("Cleared the line-editing history (\(path)).") }
            } else if let path {
                lines.append("Could not clear the line-editing history (\(path)); delete it with: rm \(ShellWord.quote(path))")
            }
            do {
                try FileManager.default.removeItem(at: remembered.url)
                lines.append("Removed the remembered trainee name (\(remembered.url.path)).")
            } catch {
                lines.append("Could not remove the remembered trainee name (\(remembered.url.path)); delete it with: rm \(ShellWord.quote(remembered.url.path))")
            }
        } else if let path = history.url?.path, FileManager.default.fileExists(atPath: path) {
            lines.append("The shared line-editing history (\(path)) was not touched: its lines carry no name and \(name) is not the remembered trainee here. To clear it: rm \(ShellWord.quote(path))")
        }
        return lines + screenFiles(for: name)
    }

    /// The hiring-screen files that still hold `name`'s replies, and how to remove them.
    func screenFiles(for name: String) -> [String] {
        let paths = screens.files(candidate: name).map(\.path)
        guard !paths.isEmpty else { return [] }
        return ["Hiring-screen files still hold \(name)'s replies (forget does not delete signed screen records):"]
            + paths.map { "  \($0)" }
            + ["To remove them too: rm " + paths.map(ShellWord.quote).joined(separator: " ")]
    }
}
