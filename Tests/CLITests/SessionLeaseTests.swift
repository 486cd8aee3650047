import Foundation
import Testing

/// A session being played cannot be resumed by a second Hotseat at the same time (one of the two
/// would lose its turns); once the first stops, for any reason, it can.
@Suite struct SessionLeaseTests {
    @Test func aSessionInPlayIsNotResumedElsewhereUntilItStops() throws {
        let home = HotseatProcess.temporaryHome()
        let store = home.appendingPathComponent("hotseat.sqlite").path
        let env = ["HOME": home.path, "HOTSEAT_STORE": store]

        let first = Process()
        first.executableURL = HotseatProcess.binary
        first.arguments = ["play", "ski-lift", "--seed", "1", "--trainee", "Ana", "--no-readline"]
        first.environment = HotseatProcess.environment(home: home, extra: env)
        let stdin = Pipe(), stdout = Pipe()
        first.standardInput = stdin
        first.standardOutput = stdout
        first.standardError = FileHandle.nullDevice
        try first.run()
        stdin.fileHandleForWriting.write(Data("I'm so sorry, an hour in the cold with your kids must have been miserable.\n".utf8))
        // Wait until the first turn is saved, then try to take the session over from a second process.
        var saved = false
        for _ in 0..<100 where !saved {
            Thread.sleep(forTimeInterval: 0.1)
            let history = try HotseatProcess.run(["history", "--trainee", "Ana"], extraEnvironment: env)
            saved = history.stdout.contains("in progress") || history.stdout.contains("1     ")
        }
        #expect(saved)
        let refused = try HotseatProcess.run(["resume", "--trainee", "Ana"], lines: [":quit"], extraEnvironment: env)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("being played in another Hotseat"), "\(refused.stderr)")

        try stdin.fileHandleForWriting.close()   // the first Hotseat pauses the session and exits
        _ = stdout.fileHandleForReading.readDataToEndOfFile()
        first.waitUntilExit()
        let resumed = try HotseatProcess.run(["resume", "--trainee", "Ana"], lines: [":quit"], extraEnvironment: env)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("1 turn(s) saved"))
    }
}
