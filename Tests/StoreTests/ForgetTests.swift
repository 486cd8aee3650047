import Foundation
import GRDB
import Testing
@testable import Store

@Suite("Forgetting a trainee")
struct ForgetTests {
    @Test("forget erases the trainee, their sessions and turns, counts the sessions, and spares others")
    func forgetsOnlyThatPerson() throws {
        let folder = TemporaryFolder()
        let store = try Store.open(at: folder.storeURL)
        for _ in 0..<3 {
            let session = Sample.session(trainee: "Åse Ødegård")
            store.startSession(session)
            for index in 0..<2 { store.recordTurn(Sample.turn(session, index: index, reply: "secret-words-of-ase")) }
        }
        let other = Sample.session(trainee: "bo")
        store.startSession(other)
        store.recordTurn(Sample.turn(other, index: 0, reply: "bo's reply"))

        #expect(try store.forget(trainee: "Åse Ødegård") == 3)
        #expect(try store.sessions(trainee: "Åse Ødegård").isEmpty)
        #expect(try store.trainees() == ["bo"])
        let orphans = try store.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM turns WHERE session_id NOT IN (SELECT id FROM sessions)")
        }
        #expect(orphans == 0)
        #expect(try store.turns(session: other.id).count == 1)
        // secure_delete plus a truncating checkpoint: the words are not left in the file.
        let bytes = try Data(contentsOf: folder.storeURL) + ((try? Data(contentsOf: URL(fileURLWithPath: folder.storeURL.path + "-wal"))) ?? Data())
        #expect(bytes.range(of: Data("secret-words-of-ase".utf8)) == nil)
        #expect(try store.forget(trainee: "nobody") == 0)
    }
}
