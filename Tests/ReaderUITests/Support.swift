import Foundation
@testable import ReaderUI
import StatementKit

/// The seed statement, when `../shared` is beside the checkout (CI has it; a bare clone may not).
let seedPath: String = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    return root.deletingLastPathComponent().appendingPathComponent("shared/corpus/nato-afghanistan.txt").path
}()
let hasSeed = FileManager.default.fileExists(atPath: seedPath)

func seedDocument() -> Document {
    let text = (try? String(contentsOfFile: seedPath, encoding: .utf8)) ?? ""
    return Analyzer.analyze(text, source: "nato-afghanistan.txt")
}

let sampleDocument = Analyzer.analyze(SampleStatement.text, source: SampleStatement.name)

func state(_ document: Document = sampleDocument, width: Int = 120, height: Int = 40) -> AppState {
    AppState(document: document, width: width, height: height)
}

extension AppState {
    /// Types keys as a user would: `"]q"`, or named keys. Returns the effects they asked for.
    @discardableResult
    mutating func type(_ text: String) -> [Effect] {
        text.flatMap { update(.key(.character($0))) }
    }

    @discardableResult
    mutating func press(_ keys: Key...) -> [Effect] {
        keys.flatMap { update(.key($0)) }
    }

    /// Sends messages as the run loop would, returning the effects they asked for.
    @discardableResult
    mutating func send(_ messages: Message...) -> [Effect] {
        messages.flatMap { update($0) }
    }

    var screen: String { Screen.render(self).text }
}
