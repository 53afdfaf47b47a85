import Foundation
import Testing
@testable import AnnotationStore
import StatementKit

/// A fresh directory per test, removed afterwards.
final class TemporaryDirectory {
    let path: String
    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("communique-store-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    deinit {
        chmod(path, 0o700)
        try? FileManager.default.removeItem(atPath: path)
    }
}

func note(_ id: String, start: Int = 0, text: String = "a note", document: String = "doc") -> Annotation {
    Annotation(id: id, document: document,
               anchor: TextAnchor(exact: "words", prefix: "before ", suffix: " after", start: start, end: start + 5),
               paragraph: 0, colour: 1, note: text, created: "2026-11-29T10:00:00Z", updated: "2026-11-29T10:00:00Z")
}

func openReady(_ directory: String) throws -> AnnotationDatabase {
    switch AnnotationDatabase.open(directory: directory, now: "2026-11-29T10:00:00Z") {
    case .ready(let database, _): return database
    case .readOnly(_, let notice): throw StoreTestError(message: notice)
    case .unavailable(let reason): throw StoreTestError(message: reason)
    }
}

struct StoreTestError: Error { var message: String }

@Suite("Annotation store")
struct StoreTests {
    @Test func migratesAnEmptyDirectoryAndCreatesThePrivateFile() throws {
        let directory = try TemporaryDirectory()
        let database = try openReady(directory.path + "/nested/data")
        let attributes = try FileManager.default.attributesOfItem(atPath: database.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try database.annotations(for: "doc").isEmpty)
        #expect(try database.integrityCheck() == "ok")
    }

    @Test func createsUpdatesAndDeletes() throws {
        let directory = try TemporaryDirectory()
        let database = try openReady(directory.path)
        try database.save(note("a"))
        var changed = note("a", text: "changed #tag")
        changed.updated = "2026-11-29T11:00:00Z"
        try database.save(changed)
        try database.save(note("b", start: 10))
        let stored = try database.annotations(for: "doc")
        #expect(stored.map(\.id) == ["a", "b"])
        #expect(stored[0].note == "changed #tag" && stored[0].tags == ["tag"] && stored[0].created == "2026-11-29T10:00:00Z")
        try database.deleteAnnotation(id: "a")
        #expect(try database.annotations(for: "doc").map(\.id) == ["b"])
        // A second connection sees what the first committed.
        #expect(try openReady(directory.path).annotations(for: "doc").map(\.id) == ["b"])
    }

    @Test func remembersTheReadingSession() throws {
        let directory = try TemporaryDirectory()
        let database = try openReady(directory.path)
        let session = ReadingSession(document: "doc", paragraph: 7, offset: 900, hiddenPanes: ["Speakers"], theme: "dark", updated: "now")
        try database.save(session)
        #expect(try openReady(directory.path).session(for: "doc") == session)
    }

    @Test func twoConnectionsWritingAtOnceLoseNothing() async throws {
        let directory = try TemporaryDirectory()
        let first = try openReady(directory.path)
        let second = try openReady(directory.path)
        await withTaskGroup(of: Void.self) { group in
            for (name, database) in [("x", first), ("y", second)] {
                group.addTask {
                    for index in 0..<100 { try? database.save(note("\(name)\(index)", start: index)) }
                }
            }
        }
        #expect(try first.annotations(for: "doc").count == 200)
        #expect(try first.integrityCheck() == "ok")
    }

    @Test func anUnwritableDirectoryIsUnavailableNotACrash() throws {
        guard getuid() != 0 else {
            // Root writes everywhere; a path under a regular file cannot be created by anyone.
            let directory = try TemporaryDirectory()
            _ = FileManager.default.createFile(atPath: directory.path + "/file", contents: Data())
            if case .unavailable(let reason) = AnnotationDatabase.open(directory: directory.path + "/file/data", now: "t") {
                #expect(reason.contains("cannot create"))
            } else {
                Issue.record("expected unavailable")
            }
            return
        }
        let directory = try TemporaryDirectory()
        chmod(directory.path, 0o500)
        if case .unavailable = AnnotationDatabase.open(directory: directory.path + "/data", now: "t") {} else {
            Issue.record("expected unavailable")
        }
    }

    @Test func aCorruptFileIsSetAsideAndANewOneMade() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path + "/" + AnnotationDatabase.fileName
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        switch AnnotationDatabase.open(directory: directory.path, now: "2026-11-29T10:00:00Z") {
        case .ready(let database, let notice):
            #expect(notice?.contains("damaged") == true)
            #expect(try database.integrityCheck() == "ok")
            let kept = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.contains(".corrupt-") }
            #expect(kept.count == 1)
            let old = try Data(contentsOf: URL(fileURLWithPath: directory.path + "/" + kept[0]))
            #expect(old.count == 4096)
        default:
            Issue.record("expected a fresh database")
        }
    }

    @Test func aNewerSchemaIsOpenedReadOnly() throws {
        let directory = try TemporaryDirectory()
        let database = try openReady(directory.path)
        try database.save(note("a"))
        // A later version's migration, unknown to this build.
        let raw = try DatabaseQueueForTests(path: database.path)
        try raw.insertFutureMigration()
        switch AnnotationDatabase.open(directory: directory.path, now: "t") {
        case .readOnly(let readOnly, let notice):
            #expect(notice.contains("newer"))
            #expect(try readOnly.annotations(for: "doc").count == 1)
            #expect(throws: AnnotationDatabase.ReadOnlyError.self) { try readOnly.save(note("b")) }
        default:
            Issue.record("expected read-only")
        }
    }
}
