import Foundation

/// The store file on disk, before SQLite sees it.
enum StoreFile {
    static let sqliteHeader = Array("SQLite format 3\0".utf8)

    /// Creates the folder (0700) and an empty file (0600) when missing, so that SQLite — which
    /// gives its -wal and -shm files the database's mode — never creates anything world-readable;
    /// and refuses a file that is plainly not SQLite before SQLite can touch it.
    static func prepare(_ url: URL, access: Store.Access) throws(StoreError) {
        let path = url.path
        let fm = FileManager.default
        if !fm.fileExists(atPath: path) {
            guard access == .readWrite else {
                throw StoreError(.storeMissing, "there is no store at \(path) yet", context: ["path": path],
                                 fix: "play a scenario first (hotseat play), or point --store / HOTSEAT_STORE at your store")
            }
            let folder = url.deletingLastPathComponent().path
            do {
                try fm.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw StoreError(.cannotCreate, "cannot create the folder \(folder) for the store", context: ["path": path],
                                 fix: "check that you may write there, or use --store PATH")
            }
            let fd = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
            if fd < 0 && errno != EEXIST {
                throw StoreError(.cannotCreate, "cannot create the store at \(path): \(String(cString: strerror(errno)))",
                                 context: ["path": path], fix: "check that you may write to the folder, or use --store PATH")
            }
            if fd >= 0 { close(fd) }
            return
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError(.readOnly, "cannot read the store at \(path)", context: ["path": path],
                             fix: "check the file's permissions")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: sqliteHeader.count)) ?? Data()
        if !head.isEmpty && Array(head) != sqliteHeader {
            throw StoreError(.notADatabase, "the file at \(path) is not a Hotseat store (not an SQLite database)",
                             context: ["path": path],
                             fix: "Hotseat left it untouched; use --store PATH or HOTSEAT_STORE to point to another file")
        }
    }
}
