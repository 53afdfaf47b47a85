import GRDB

/// Writes into a database the way a future version of Communique would.
struct DatabaseQueueForTests {
    let queue: DatabaseQueue
    init(path: String) throws { queue = try DatabaseQueue(path: path) }

    func insertFutureMigration() throws {
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
        }
    }
}
