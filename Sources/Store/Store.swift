import Foundation
import GRDB
import HotseatCore

/// Every session and turn a trainee ever played, in one SQLite file (WAL, mode 0600).
///
/// Two programs may share a store: writes wait up to `busyTimeout` for each other. A write that
/// fails because the disk is full or the file became read-only is kept in memory, reported as
/// unsaved and retried on the next write or `flushPending()`.
///
/// ```swift
/// let location = try StoreLocation.resolve(option: nil, environment: ProcessInfo.processInfo.environment)
/// let store = try Store.open(at: location.url)
/// let session = SessionRecord(trainee: "ingrid", scenarioID: "ski-lift", language: .en)
/// store.startSession(session)
/// ```
public final class Store: @unchecked Sendable {
    public enum Access: Sendable { case readWrite, readOnly }

    public let url: URL
    public let access: Access
    let pool: DatabasePool
    let now: @Sendable () -> Date
    // Guards `pending`; held across a flush so that writes reach the file in the order they were made.
    let lock = NSLock()
    var pending: [PendingWrite] = []

    public var path: String { url.path }

    /// Opens (and for `.readWrite`, creates and migrates) the store at `url`.
    ///
    /// Never deletes, truncates or "repairs" an existing file: a damaged, foreign or newer store
    /// is refused with a ``StoreError`` that says what to do.
    ///
    /// `openRetry` bounds how long opening keeps trying while another program holds the file
    /// (default: three busy timeouts, at least 3 s, for two programs creating one store at once).
    /// A caller that retries later anyway, as a drill does at every turn, passes a short one so
    /// that nobody waits seconds after each reply.
    public static func open(at url: URL, access: Access = .readWrite, busyTimeout: TimeInterval = 10,
                            openRetry: TimeInterval? = nil) throws(StoreError) -> Store {
        try Store(url: url, access: access, busyTimeout: busyTimeout, openRetry: openRetry, now: { Date() }, prepare: nil)
    }

    /// The designated initialiser; tests use `prepare` to run pragmas on every connection.
    init(url: URL, access: Access, busyTimeout: TimeInterval, openRetry: TimeInterval? = nil, now: @escaping @Sendable () -> Date,
         prepare: (@Sendable (Database) throws -> Void)?) throws(StoreError) {
        self.url = url
        self.access = access
        self.now = now
        let path = url.path
        try StoreFile.prepare(url, access: access)
        // A newer store is refused before any writable connection touches it: even switching
        // the journal mode would rewrite its header, and "the file was left untouched" must be true.
        if access == .readWrite, FileManager.default.fileExists(atPath: path) {
            try Self.refuseNewerStore(path: path, busyTimeout: busyTimeout)
        }
        var configuration = Configuration()
        configuration.readonly = access == .readOnly
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.label = "hotseat-store"
        configuration.prepareDatabase { db in
            // Erased rows (hotseat forget) are overwritten, not just unlinked.
            try db.execute(sql: "PRAGMA secure_delete = ON")
            try prepare?(db)
        }
        // Two programs creating or migrating a new store at the same moment can see SQLITE_BUSY
        // from steps the busy handler does not cover (switching to WAL, the first schema read):
        // wait and try again rather than give up on the session.
        let deadline = Date().addingTimeInterval(openRetry ?? max(busyTimeout, 1) * 3)
        var pause: UInt32 = 20_000
        while true {
            do {
                let candidate = try Self.openPool(path: path, configuration: configuration)
                try Self.checkSchema(candidate, path: path, access: access)
                pool = candidate
                return
            } catch where error.code == .locked && Date() < deadline {
                usleep(pause)
                pause = min(pause * 2, 500_000)
            }
        }
    }

    private static func openPool(path: String, configuration: Configuration) throws(StoreError) -> DatabasePool {
        do {
            return try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreError.from(error, path: path)
        }
    }

    /// Reads the schema on a read-only connection and refuses a store from a newer Hotseat.
    private static func refuseNewerStore(path: String, busyTimeout: TimeInterval) throws(StoreError) {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        let facts: (version: Int, superseded: Bool)
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            facts = try queue.read { db in
                (try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0, try StoreSchema.migrator.hasBeenSuperseded(db))
            }
            try queue.close()
        } catch {
            // Not readable as a store at all: the full open below says why, in the usual words.
            return
        }
        try refuseIfNewer(version: facts.version, superseded: facts.superseded, path: path)
    }

    private static func refuseIfNewer(version: Int, superseded: Bool, path: String) throws(StoreError) {
        guard version > StoreSchema.currentVersion || superseded else { return }
        let known = version > StoreSchema.currentVersion
            ? "schema \(version); this one knows up to \(StoreSchema.currentVersion)"
            : "it records schema changes this Hotseat does not know"
        throw StoreError(.newerSchema, "the store at \(path) was written by a newer Hotseat (\(known))",
                         context: ["path": path, "schema": "\(version)"],
                         fix: "upgrade hotseat, or use --store PATH for a separate store; the file was left untouched")
    }

    /// Refuses a newer store; migrates an older or empty one when allowed to write.
    private static func checkSchema(_ pool: DatabasePool, path: String, access: Access) throws(StoreError) {
        let migrator = StoreSchema.migrator
        let (version, superseded, complete): (Int, Bool, Bool)
        do {
            (version, superseded, complete) = try pool.read { db in
                (try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
                 try migrator.hasBeenSuperseded(db),
                 try migrator.hasCompletedMigrations(db))
            }
        } catch {
            throw StoreError.from(error, path: path)
        }
        try refuseIfNewer(version: version, superseded: superseded, path: path)
        if complete { return }
        guard access == .readWrite else {
            throw StoreError(.needsUpgrade, "the store at \(path) needs its tables created or upgraded, which a read-only open cannot do",
                             context: ["path": path], fix: "run a command that writes (hotseat play) once, then try again")
        }
        try migrate(pool, with: migrator, path: path)
    }

    /// GRDB reads which migrations were applied before it opens each migration's transaction, so
    /// two programs creating one new store can both decide to create the tables; the later one then
    /// fails with "table already exists". When a failed attempt finds that another program applied
    /// migrations meanwhile, it reads again and carries on from there instead of losing the session.
    private static func migrate(_ pool: DatabasePool, with migrator: DatabaseMigrator, path: String) throws(StoreError) {
        var applied = (try? pool.read(migrator.appliedIdentifiers)) ?? []
        while true {
            do {
                try migrator.migrate(pool)
                return
            } catch {
                let nowApplied = (try? pool.read(migrator.appliedIdentifiers)) ?? applied
                guard nowApplied.isStrictSuperset(of: applied) else { throw StoreError.from(error, path: path) }
                applied = nowApplied
            }
        }
    }

    /// Runs a read, translating failures into ``StoreError``.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.read(body) } catch { throw StoreError.from(error, path: path) }
    }

    /// Runs a write in one transaction, translating failures into ``StoreError``.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.write(body) } catch { throw StoreError.from(error, path: path) }
    }
}
