import Foundation

/// Marks a session as being played by this process, so that another Hotseat on the same store
/// does not resume it at the same time (one of the two would lose its turns).
///
/// The mark is an exclusive `flock` on `<store>.locks/<session>.lock`: the kernel drops it when
/// the process ends for any reason, `kill -9` included, so a crashed session can always be
/// resumed and there is no stale state in the store to clean up.
///
/// ```swift
/// guard let lease = SessionLease.acquire(session: saved.id, store: store) else {
///     // another Hotseat is playing it right now
/// }
/// // keep `lease` alive while playing; dropping it releases the session
/// ```
public final class SessionLease: @unchecked Sendable {
    private let descriptor: Int32
    public let sessionID: String

    private init(descriptor: Int32, sessionID: String) {
        self.descriptor = descriptor
        self.sessionID = sessionID
    }

    deinit { close(descriptor) }

    /// The lease, or nil when another live process holds it. When the lock file cannot even be
    /// made (a read-only folder), there is nothing to coordinate with, and the lease is granted.
    public static func acquire(session id: String, store: Store) -> SessionLease? {
        let folder = store.url.path + ".locks"
        mkdir(folder, 0o700)
        let path = folder + "/" + id.filter { $0.isLetter || $0.isNumber || $0 == "-" } + ".lock"
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return SessionLease(descriptor: -1, sessionID: id) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            return nil
        }
        return SessionLease(descriptor: fd, sessionID: id)
    }

    /// True when another live process is playing the session now.
    public static func isHeld(session id: String, store: Store) -> Bool {
        acquire(session: id, store: store) == nil
    }
}
