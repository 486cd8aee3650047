import ArgumentParser
import Foundation
import Store

struct ForgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forget",
        abstract: "Erase every stored session, turn and reply of one trainee.",
        discussion: "Asks for confirmation unless --yes is given. This cannot be undone."
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
        guard count > 0 || (try? store.trainees().contains(trainee)) == true else {
            Console.out("Nothing stored about \(trainee) in \(store.path).")
            return
        }
        if !yes {
            FileHandle.standardOutput.write(Data("Erase all \(count) session(s) of \(trainee) from \(store.path)? This cannot be undone. [y/N] ".utf8))
            let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            guard answer == "y" || answer == "yes" else {
                Console.out("Nothing erased.")
                return
            }
        }
        do {
            let removed = try store.forget(trainee: trainee)
            Console.out("Erased \(trainee): \(removed) session\(removed == 1 ? "" : "s") removed.")
        } catch {
            Console.error(error.description)
            throw ExitCode(1)
        }
    }
}
