import Foundation

/// Thrown inside the write transaction when another Hotseat (a second terminal resuming the
/// same session) already saved this turn number: the transaction rolls back, so neither its
/// turn nor its drill snapshot is overwritten.
struct TurnConflict: Error {
    let sessionID: String
    let index: Int

    func storeError(path: String) -> StoreError {
        let short = String(sessionID.prefix(8))
        return StoreError(
            .turnConflict,
            "turn \(index + 1) of session \(short) was already saved by another Hotseat; this copy stops saving",
            context: ["path": path, "session": sessionID, "turn": "\(index + 1)"],
            fix: "carry on in the other terminal, or see what it saved with hotseat show \(short)")
    }
}
