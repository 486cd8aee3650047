import Foundation
import GRDB

extension StoreError {
    /// Translates a SQLite failure into words about the store file, never about SQLite internals.
    static func from(_ error: any Error, path: String) -> StoreError {
        guard let error = error as? DatabaseError else {
            if let storeError = error as? StoreError { return storeError }
            if let conflict = error as? TurnConflict { return conflict.storeError(path: path) }
            return StoreError(.database, "the store at \(path) failed: \(error)", context: ["path": path])
        }
        var context = ["path": path, "sqlite": "\(error.extendedResultCode.rawValue)"]
        if let message = error.message { context["detail"] = message }
        switch error.resultCode {
        case .SQLITE_FULL:
            return StoreError(.diskFull, "the disk holding the store at \(path) is full", context: context,
                              fix: "free some space; unsaved turns are kept in memory and saved when it can write again")
        case .SQLITE_READONLY, .SQLITE_PERM:
            return StoreError(.readOnly, "the store at \(path) is read-only", context: context,
                              fix: "give yourself write permission on the file and its folder, or use --store PATH for another store")
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return StoreError(.locked, "the store at \(path) is locked by another program", context: context,
                              fix: "wait for it to finish, or close the other program that holds it")
        case .SQLITE_NOTADB:
            return StoreError(.notADatabase, "the file at \(path) is not a Hotseat store (not an SQLite database)", context: context,
                              fix: "Hotseat left it untouched; use --store PATH or HOTSEAT_STORE to point to another file")
        case .SQLITE_CORRUPT:
            return StoreError(.corrupted, "the store at \(path) is damaged", context: context,
                              fix: "Hotseat left it untouched; restore it from a backup, or move it aside to start a new store")
        case .SQLITE_IOERR:
            return StoreError(.ioError, "cannot read or write the store at \(path) (input/output error)", context: context,
                              fix: "check the disk and that the folder is still mounted")
        case .SQLITE_CANTOPEN:
            return StoreError(.cannotCreate, "cannot open the store at \(path)", context: context,
                              fix: "check that the folder exists and that you may write to it")
        default:
            return StoreError(.database, "the store at \(path) failed: \(error.message ?? "\(error.resultCode)")", context: context)
        }
    }
}
