import Foundation
import Testing

/// A store that another program holds when a drill starts must not cost the trainee the session:
/// the drill starts anyway, keeps the session in memory and saves all of it once the store opens.
@Suite struct LockedStoreAtStartTests {
    /// Another program holding an exclusive SQLite lock until it reads a line.
    final class LockHolder {
        let process = Process()
        let input = Pipe()
        let output = Pipe()

        init(store: String) throws {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "-c", """
                import sqlite3, sys
                db = sqlite3.connect(sys.argv[1], isolation_level=None)
                db.execute("BEGIN EXCLUSIVE")
                print("locked", flush=True)
                sys.stdin.readline()
                db.execute("ROLLBACK")
                """, store]
            process.standardInput = input
            process.standardOutput = output
            try process.run()
            _ = output.fileHandleForReading.availableData   // "locked"
        }

        func release() {
            input.fileHandleForWriting.write(Data("go\n".utf8))
            process.waitUntilExit()
        }
    }

    /// A real Hotseat store (created by a first drill) that another program now holds locked.
    static func lockedStore() throws -> (home: URL, store: String, holder: LockHolder) {
        let home = HotseatProcess.temporaryHome()
        let store = home.appendingPathComponent("hotseat.sqlite").path
        let created = try HotseatProcess.run(["play", "ski-lift", "--trainee", "Setup", "--store", store], lines: [":quit"])
        #expect(created.status == 0, "\(created.stderr)")
        return (home, store, try LockHolder(store: store))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
    func theSessionIsSavedOnceTheStoreOpens() throws {
        let (home, store, holder) = try Self.lockedStore()

        let process = Process()
        process.executableURL = HotseatProcess.binary
        process.arguments = ["play", "ski-lift", "--seed", "1", "--trainee", "Ana", "--store", store, "--no-readline"]
        process.environment = HotseatProcess.environment(home: home)
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        let errors = ErrorCollector(stderr.fileHandleForReading)
        try process.run()
        stdin.fileHandleForWriting.write(Data("[+9s] I'm so sorry, an hour in the cold with your kids must have been miserable.\n".utf8))
        // The first reply is scored and kept in memory while the lock holds; then the lock goes.
        Thread.sleep(forTimeInterval: 9)
        holder.release()
        stdin.fileHandleForWriting.write(Data("[+7s] I'll refund today's pass in full right now, and the kids get a free day pass for tomorrow.\n:quit\n".utf8))
        try stdin.fileHandleForWriting.close()
        _ = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let warnings = String(decoding: errors.wait(), as: UTF8.self)
        #expect(process.terminationStatus == 0)
        #expect(warnings.contains("kept in memory"), "\(warnings)")

        let exported = try HotseatProcess.run(["export", "--format", "json", "--trainee", "Ana", "--store", store])
        #expect(exported.status == 0, "\(exported.stderr)")
        let sessions = try #require(try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [[String: Any]])
        #expect(sessions.count == 1)
        let turns = sessions.first?["turns"] as? [[String: Any]] ?? []
        #expect(turns.count == 2, "every reply typed while the store was locked is saved")
    }

    /// A store held past the exit wait: the drill says what was lost and exits 1, so a script that
    /// ran it can tell that the session exists only in what the terminal showed.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/python3")))
    func aSessionStillUnsavedAtExitExitsOne() throws {
        let (_, store, holder) = try Self.lockedStore()
        let played = try HotseatProcess.run(["play", "ski-lift", "--seed", "1", "--trainee", "Ana", "--store", store, "--save-wait", "1"],
                                            lines: ["[+9s] I'm so sorry, an hour in the cold with your kids must have been miserable.", ":quit"])
        holder.release()
        #expect(played.status == 1, "\(played.stderr)")
        #expect(played.stderr.contains("waiting up to 1 s"), "\(played.stderr)")
        #expect(played.stderr.contains("could not save the session"), "\(played.stderr)")

        let exported = try HotseatProcess.run(["export", "--format", "json", "--trainee", "Ana", "--store", store])
        #expect(exported.status == 0, "\(exported.stderr)")
        let sessions = try #require(try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [[String: Any]])
        #expect(sessions.isEmpty, "the lock held throughout, so nothing of Ana's session reached the store")
    }

    @Test func saveWaitRefusesANegativeNumber() throws {
        let result = try HotseatProcess.run(["play", "ski-lift", "--save-wait=-1"], lines: [])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--save-wait must be a number of seconds from 0 to 3600"), "\(result.stderr)")
    }
}
