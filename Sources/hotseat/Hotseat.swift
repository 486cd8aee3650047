import ArgumentParser
import Foundation

@main
struct Hotseat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hotseat",
        abstract: "Practise handling upset customers, and get coached on empathy, ownership, speed and calm.",
        // Each command lives in its own file under Commands/; add it here, one line each.
        subcommands: [
            VersionCommand.self,
            ValidateCommand.self,
            ExploreCommand.self,
            NewCommand.self,
            TestCommand.self,
            ReplayCommand.self,
            ScoreCommand.self,
            CalibrateCommand.self,
            RubricCommand.self,
            HomeCommand.self,
            PlayCommand.self,
            ListCommand.self,
            ScreenCommand.self,
            VerifyCommand.self,
            ReportCommand.self,
            ResumeCommand.self,
            ProgressCommand.self,
            HistoryCommand.self,
            ShowCommand.self,
            ExportCommand.self,
            ForgetCommand.self,
        ],
        defaultSubcommand: HomeCommand.self
    )

    static func main() {
        if let message = UnknownCommand.message(for: Array(CommandLine.arguments.dropFirst())) {
            Console.error(message)
            // The exit status of ArgumentParser's own usage errors, so scripts see one kind of mistake.
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        main(nil)
    }
}
