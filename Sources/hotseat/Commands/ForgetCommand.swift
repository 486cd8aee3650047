import ArgumentParser
import Foundation
import Store

struct ForgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Erase every stored session, turn and reply of one trainee.",
        discussion: """
        Asks for confirmation unless --yes is given. This cannot be undone. When NAME is the remembered \
        trainee of this account, the line-editing history and the remembered name are erased too (history \
        lines carry no name); otherwise the history is left alone and the output says how to clear it. \
        Hiring-screen audit logs and signed results of that candidate ($HOTSEAT_SCREEN_DIR) are not \
        deleted: the output lists them with the command that removes them.
        """
    )

    @Option(help: "The trainee to erase, exactly as stored (see `hotseat history --all`).")
    var trainee: String

    @Flag(help: "Do not ask for confirmation.")
    var yes = false

    @OptionGroup var storage: StoreOptions

    func run() throws {
        let store = try storage.open(.readWrite)
        let count: Int
        do { count = try store.sessions(trainee: trainee).count } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        let traces = ForgetTraces()
        let remembered = traces.isRememberedTrainee(trainee)
        guard count > 0 || remembered || (try? store.trainees().contains(trainee)) == true else {
            Console.out("Nothing stored about \(trainee) in \(store.path).")
            for line in traces.erase(for: trainee) { Console.out(line) }
            return
        }
        if !yes {
            let extra = remembered ? " and, as the remembered trainee here, the line-editing history and the remembered name" : ""
            FileHandle.standardOutput.write(Data("Erase all \(count) session(s) of \(trainee) from \(store.path)\(extra)? This cannot be undone. [y/N] ".utf8))
            let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            guard answer == "y" || answer == "yes" else {
                Console.out("Nothing erased.")
                return
            }
        }
        do {
            let removed = try store.forget(trainee: trainee)
            Console.out("Erased \(trainee): \(removed) session\(removed == 1 ? "" : "s") removed from \(store.path).")
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
        for line in traces.erase(for: trainee) { Console.out(line) }
    }
}
