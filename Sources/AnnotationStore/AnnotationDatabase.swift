import Foundation
import GRDB
import StatementKit

/// The reader's SQLite file: documents, their annotations and reading sessions.
///
/// Every change is its own transaction, committed before the call returns, so a reader killed
/// at any moment loses nothing it showed as saved; WAL lets two readers on the same statement
/// write without locking each other out for long.
public final class AnnotationDatabase: Sendable {
    public static let fileName = "communique.sqlite"

    /// What opening the data directory came to.
    public enum Opening: Sendable {
        /// Ready; `notice` says what happened on the way (a corrupt file set aside).
        case ready(AnnotationDatabase, notice: String?)
        /// Readable but written by a newer Communique: nothing will be changed.
        case readOnly(AnnotationDatabase, notice: String)
        /// No annotations this time, and why.
        case unavailable(reason: String)
    }

    public let path: String
    public let isReadOnly: Bool
    private let pool: DatabasePool

    private init(path: String, pool: DatabasePool, readOnly: Bool) {
        self.path = path
        self.pool = pool
        isReadOnly = readOnly
    }

    /// Opens (creating when needed, with mode 0600) the database in `directory`. A corrupt
    /// file is renamed, never deleted, and a new one made in its place.
    public static func open(directory: String, now: String) -> Opening {
        let manager = FileManager.default
        // mkdir(2) a level at a time, so the reason given is the system's own.
        var partial = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/") {
            partial += "/" + component
            if mkdir(partial, 0o700) != 0 && errno != EEXIST {
                return .unavailable(reason: "cannot create \(directory): \(String(cString: strerror(errno)).lowercased())")
            }
        }
        let path = (directory as NSString).appendingPathComponent(fileName)
        // Two readers starting at once would both create, switch to WAL and migrate the same new
        // file; a lock on a file beside it makes them take turns for the setup only.
        let lock = Foundation.open(path + ".lock", O_CREAT | O_RDWR, 0o600)
        if lock >= 0 { flock(lock, LOCK_EX) }
        defer {
            if lock >= 0 {
                flock(lock, LOCK_UN)
                close(lock)
            }
        }
        if !manager.fileExists(atPath: path) {
            // Created with mode 0600 before SQLite sees it; another reader may win the race.
            let descriptor = Foundation.open(path, O_CREAT | O_WRONLY | O_EXCL, 0o600)
            if descriptor < 0 && errno != EEXIST {
                return .unavailable(reason: "cannot create \(path): \(String(cString: strerror(errno)))")
            }
            if descriptor >= 0 { close(descriptor) }
        }
        guard manager.isWritableFile(atPath: path), manager.isWritableFile(atPath: directory) else {
            return .unavailable(reason: "\(directory) is not writable")
        }
        do {
            return try openExisting(path: path)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
            let aside = path + ".corrupt-" + now.filter { $0.isNumber }
            do {
                try manager.moveItem(atPath: path, toPath: aside)
                for suffix in ["-wal", "-shm"] where manager.fileExists(atPath: path + suffix) {
                    try? manager.moveItem(atPath: path + suffix, toPath: aside + suffix)
                }
                let descriptor = Foundation.open(path, O_CREAT | O_WRONLY | O_EXCL, 0o600)
                if descriptor >= 0 { close(descriptor) }
                switch try openExisting(path: path) {
                case .ready(let database, _):
                    return .ready(database, notice: "the annotation database was damaged; it is kept at \(aside) and a new one was started")
                case let other:
                    return other
                }
            } catch {
                return .unavailable(reason: "\(path) is damaged and could not be set aside: \(Self.describe(error))")
            }
        } catch {
            return .unavailable(reason: "cannot open \(path): \(Self.describe(error))")
        }
    }

    private static func openExisting(path: String) throws -> Opening {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        let pool = try DatabasePool(path: path, configuration: configuration)
        let migrator = Schema.migrator
        if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
            var readOnly = Configuration()
            readOnly.readonly = true
            readOnly.busyMode = .timeout(10)
            let reader = try DatabasePool(path: path, configuration: readOnly)
            return .readOnly(AnnotationDatabase(path: path, pool: reader, readOnly: true),
                             notice: "the annotation database was written by a newer Communique; it is open read-only")
        }
        try migrator.migrate(pool)
        return .ready(AnnotationDatabase(path: path, pool: pool, readOnly: false), notice: nil)
    }

    static func describe(_ error: Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        let text = (error as NSError).localizedFailureReason ?? error.localizedDescription
        return text
    }

    // MARK: Documents and sessions

    public func remember(document hash: String, path: String, title: String, openedAt: String) throws {
        try write { db in
            try db.execute(sql: """
                INSERT INTO document (hash, path, title, lastOpened) VALUES (?, ?, ?, ?)
                ON CONFLICT(hash) DO UPDATE SET path = excluded.path, title = excluded.title, lastOpened = excluded.lastOpened
                """, arguments: [hash, path, title, openedAt])
        }
    }

    /// Documents last seen at `path`, newest first: earlier versions of a statement that changed.
    public func documents(atPath path: String) throws -> [String] {
        try pool.read { db in
            try String.fetchAll(db, sql: "SELECT hash FROM document WHERE path = ? ORDER BY lastOpened DESC", arguments: [path])
        }
    }

    /// The annotations of a statement and of the earlier versions of it kept at the same path.
    public func annotations(for document: String, path: String) throws -> [Annotation] {
        var all = try annotations(for: document)
        for earlier in try documents(atPath: path) where earlier != document {
            all += try annotations(for: earlier)
        }
        return all
    }

    public func session(for document: String) throws -> ReadingSession? {
        try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM readingSession WHERE document = ?", arguments: [document]).map { row in
                ReadingSession(
                    document: row["document"], paragraph: row["paragraph"], offset: row["offset"],
                    hiddenPanes: (row["hiddenPanes"] as String? ?? "").split(separator: ",").map(String.init),
                    theme: row["theme"], updated: row["updated"])
            }
        }
    }

    public func save(_ session: ReadingSession) throws {
        try write { db in
            try db.execute(sql: """
                INSERT INTO readingSession (document, paragraph, offset, hiddenPanes, theme, updated) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT(document) DO UPDATE SET paragraph = excluded.paragraph, offset = excluded.offset,
                    hiddenPanes = excluded.hiddenPanes, theme = excluded.theme, updated = excluded.updated
                """, arguments: [session.document, session.paragraph, session.offset,
                                 session.hiddenPanes.joined(separator: ","), session.theme, session.updated])
        }
    }

    // MARK: Annotations

    public func annotations(for document: String) throws -> [Annotation] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM annotation WHERE document = ? ORDER BY start, created", arguments: [document])
                .map(Self.annotation)
        }
    }

    public func save(_ annotation: Annotation) throws {
        try write { db in
            try db.execute(sql: """
                INSERT INTO annotation (id, document, exact, prefix, suffix, start, "end", paragraph, colour, note, tags, created, updated, state)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(id) DO UPDATE SET exact = excluded.exact, prefix = excluded.prefix, suffix = excluded.suffix,
                    start = excluded.start, "end" = excluded."end", paragraph = excluded.paragraph, colour = excluded.colour,
                    note = excluded.note, tags = excluded.tags, updated = excluded.updated, state = excluded.state
                """, arguments: [
                    annotation.id, annotation.document, annotation.anchor.exact, annotation.anchor.prefix,
                    annotation.anchor.suffix, annotation.anchor.start, annotation.anchor.end, annotation.paragraph,
                    annotation.colour, annotation.note, annotation.tags.joined(separator: " "), annotation.created,
                    annotation.updated, annotation.state.rawValue,
                ])
        }
    }

    public func deleteAnnotation(id: String) throws {
        try write { db in try db.execute(sql: "DELETE FROM annotation WHERE id = ?", arguments: [id]) }
    }

    /// `PRAGMA integrity_check`: "ok" when the file is sound.
    public func integrityCheck() throws -> String {
        try pool.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") ?? "" }
    }

    private func write(_ change: @escaping @Sendable (Database) throws -> Void) throws {
        guard !isReadOnly else { throw ReadOnlyError() }
        try pool.write(change)
    }

    public struct ReadOnlyError: Error, CustomStringConvertible {
        public var description: String { "the annotation database is read-only" }
    }

    static func annotation(_ row: Row) -> Annotation {
        Annotation(
            id: row["id"], document: row["document"],
            anchor: TextAnchor(exact: row["exact"], prefix: row["prefix"], suffix: row["suffix"], start: row["start"], end: row["end"]),
            paragraph: row["paragraph"], colour: row["colour"], note: row["note"], created: row["created"],
            updated: row["updated"], state: AnchorState(rawValue: row["state"]) ?? .anchored)
    }
}
