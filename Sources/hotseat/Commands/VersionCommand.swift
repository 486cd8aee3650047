import ArgumentParser

struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "version", abstract: "Print Hotseat's version.")
    func run() { print("hotseat 0.1.0") }
}
