import Foundation
import GRDB
import StatementKit

/// The schema, as GRDB migrations: each one runs once, in order, and a database that has seen
/// migrations this build does not know is left alone.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: documents, annotations, reading sessions") { db in
            try db.execute(sql: """
                CREATE TABLE document (
                    hash TEXT PRIMARY KEY NOT NULL,
                    path TEXT NOT NULL,
                    title TEXT NOT NULL,
                    lastOpened TEXT NOT NULL
                );
                CREATE TABLE annotation (
                    id TEXT PRIMARY KEY NOT NULL,
                    document TEXT NOT NULL,
                    exact TEXT NOT NULL,
                    prefix TEXT NOT NULL,
                    suffix TEXT NOT NULL,
                    start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL,
                    paragraph INTEGER NOT NULL,
                    colour INTEGER NOT NULL,
                    note TEXT NOT NULL,
                    tags TEXT NOT NULL,
                    created TEXT NOT NULL,
                    updated TEXT NOT NULL,
                    state TEXT NOT NULL
                );
                CREATE INDEX annotation_document ON annotation(document, start);
                CREATE TABLE readingSession (
                    document TEXT PRIMARY KEY NOT NULL,
                    paragraph INTEGER NOT NULL,
                    offset INTEGER NOT NULL,
                    hiddenPanes TEXT NOT NULL,
                    theme TEXT,
                    updated TEXT NOT NULL
                );
                """)
        }
        return migrator
    }
}
