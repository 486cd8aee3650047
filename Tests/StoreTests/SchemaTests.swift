import Foundation
import GRDB
import Testing
@testable import Store

@Suite("Store file and schema")
struct SchemaTests {
    @Test("an empty folder gets a migrated store with mode 0600, also for -wal and -shm")
    func migratesFromEmpty() throws {
        let folder = TemporaryFolder()
        let url = folder.url.appendingPathComponent("nested/dir/hotseat.sqlite")
        let store = try Store.open(at: url)
        let tables = try store.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        #expect(tables.contains("trainees") && tables.contains("sessions") && tables.contains("turns"))
        let version = try store.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        #expect(version == StoreSchema.currentVersion)
        let journal = try store.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(journal == "wal")
        store.startSession(Sample.session())
        for suffix in ["", "-wal", "-shm"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path + suffix)
            let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
            #expect(mode & 0o077 == 0, "\(suffix.isEmpty ? "database" : suffix) is readable by others: \(String(mode, radix: 8))")
        }
    }

    @Test("opening twice does not migrate again and keeps the data")
    func reopenKeepsData() throws {
        let folder = TemporaryFolder()
        let session = Sample.session()
        do {
            let store = try Store.open(at: folder.storeURL)
            #expect(store.startSession(session) == .saved)
        }
        let again = try Store.open(at: folder.storeURL)
        #expect(try again.sessions().map(\.session.id) == [session.id])
    }

    @Test("programs creating one new store at the same moment all get it, and it is migrated once")
    func concurrentCreationOfANewStore() async throws {
        // Each round is a fresh file opened by several stores at once: the race is in the first
        // migration only. Without the retry about one round in five lost a writer on this machine,
        // so forty rounds fail it reliably.
        for round in 0..<40 {
            let folder = TemporaryFolder()
            let url = folder.url.appendingPathComponent("hotseat.sqlite")
            let outcomes = await withTaskGroup(of: String?.self) { group in
                for writer in 0..<6 {
                    group.addTask {
                        do {
                            let store = try Store.open(at: url)
                            let saved = store.startSession(Sample.session(trainee: "t\(round)-\(writer)"))
                            return saved == .saved ? nil : "writer \(writer): \(saved)"
                        } catch {
                            return "writer \(writer): \(error)"
                        }
                    }
                }
                var failures: [String] = []
                for await failure in group { if let failure { failures.append(failure) } }
                return failures
            }
            #expect(outcomes.isEmpty, "round \(round): \(outcomes)")
            let check = try Store.open(at: url)
            let migrations = try check.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM grdb_migrations") }
            #expect(migrations == StoreSchema.migrator.migrations.count)
            let sessions = try check.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sessions") }
            #expect(sessions == 6, "round \(round)")
        }
    }

    @Test("a store from a newer schema is refused and left untouched")
    func refusesNewerSchema() throws {
        let folder = TemporaryFolder()
        let session = Sample.session()
        do {
            let store = try Store.open(at: folder.storeURL)
            store.startSession(session)
            try store.write { db in
                try db.execute(sql: "PRAGMA user_version = 7")
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v7-from-the-future')")
            }
        }
        let error = #expect(throws: StoreError.self) { try Store.open(at: folder.storeURL) }
        #expect(error?.code == .newerSchema)
        #expect(error?.description.contains("newer Hotseat") == true)
        // The data is still there for the newer Hotseat.
        let raw = try DatabaseQueue(path: folder.storeURL.path)
        #expect(try raw.read { db in try String.fetchOne(db, sql: "SELECT id FROM sessions") } == session.id)
    }

    @Test("refusing a newer store writes not one byte of it, header included")
    func refusingANewerStoreChangesNoByte() throws {
        let folder = TemporaryFolder()
        do {
            let store = try Store.open(at: folder.storeURL)
            store.startSession(Sample.session())
            try store.write { db in try db.execute(sql: "PRAGMA user_version = 9") }
        }
        // As another program leaves it: a plain rollback journal, no WAL files beside it.
        let raw = try DatabaseQueue(path: folder.storeURL.path)
        try raw.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
        try raw.close()
        let files = [folder.storeURL.path, folder.storeURL.path + "-wal", folder.storeURL.path + "-shm"]
        let before = files.map { FileManager.default.contents(atPath: $0) }
        #expect(throws: StoreError.self) { try Store.open(at: folder.storeURL) }
        #expect(files.map { FileManager.default.contents(atPath: $0) } == before)
    }

    @Test("a file that is not a database is refused and not overwritten")
    func refusesForeignFile() throws {
        let folder = TemporaryFolder()
        let text = "my shopping list, not a database\n"
        try text.write(to: folder.storeURL, atomically: true, encoding: .utf8)
        let error = #expect(throws: StoreError.self) { try Store.open(at: folder.storeURL) }
        #expect(error?.code == .notADatabase)
        #expect(try String(contentsOf: folder.storeURL, encoding: .utf8) == text)
    }

    @Test("a damaged database is reported, not repaired")
    func reportsCorruption() throws {
        let folder = TemporaryFolder()
        do {
            let store = try Store.open(at: folder.storeURL)
            for index in 0..<50 { store.startSession(Sample.session(trainee: "t\(index)")) }
            _ = try store.pool.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        }
        // Keep the SQLite header but scribble over the schema and data pages.
        var bytes = try Data(contentsOf: folder.storeURL)
        for offset in stride(from: 100, to: bytes.count, by: 7) { bytes[offset] = 0xA5 }
        try bytes.write(to: folder.storeURL)
        let before = try Data(contentsOf: folder.storeURL)
        let error = #expect(throws: StoreError.self) {
            let store = try Store.open(at: folder.storeURL)
            _ = try store.sessions()
        }
        #expect([.corrupted, .notADatabase].contains(error?.code))
        #expect(try Data(contentsOf: folder.storeURL) == before)
    }

    @Test("a read-only open of a missing store says so instead of creating it")
    func missingStoreReadOnly() throws {
        let folder = TemporaryFolder()
        let error = #expect(throws: StoreError.self) { try Store.open(at: folder.storeURL, access: .readOnly) }
        #expect(error?.code == .storeMissing)
        #expect(!FileManager.default.fileExists(atPath: folder.storeURL.path))
    }

    @Test("the location follows --store, then HOTSEAT_STORE, then XDG_DATA_HOME, then HOME")
    func location() throws {
        #expect(try StoreLocation.resolve(option: "/a/b.sqlite", environment: ["HOTSEAT_STORE": "/c"]).url.path == "/a/b.sqlite")
        #expect(try StoreLocation.resolve(option: nil, environment: ["HOTSEAT_STORE": "/c/d.sqlite"]).url.path == "/c/d.sqlite")
        #expect(try StoreLocation.resolve(option: nil, environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]).url.path
                == "/x/hotseat/hotseat.sqlite")
        #expect(try StoreLocation.resolve(option: nil, environment: ["XDG_DATA_HOME": "relative", "HOME": "/h"]).url.path
                == "/h/.local/share/hotseat/hotseat.sqlite")
        #expect(throws: StoreError.self) { try StoreLocation.resolve(option: nil, environment: [:]) }
    }
}
