import SnapshotTesting
import Testing
@testable import ReaderUI
import StatementKit

/// The reader's pictures, as text, at the sizes people use. A change to any widget shows up
/// here as a diff of the screen.
@Suite("Screen snapshots")
struct ScreenSnapshotTests {
    static let sizes = [(120, 40), (80, 24), (40, 12)]

    @Test(arguments: sizes)
    func sample(width: Int, height: Int) {
        let grid = Screen.render(state(width: width, height: height))
        assertSnapshot(of: grid.text, as: .lines, named: "sample-\(width)x\(height)")
    }

    @Test(.enabled(if: hasSeed), arguments: sizes)
    func seed(width: Int, height: Int) {
        let grid = Screen.render(state(seedDocument(), width: width, height: height))
        assertSnapshot(of: grid.text, as: .lines, named: "seed-\(width)x\(height)")
    }

    @Test func helpScreen() {
        var reader = state(width: 100, height: 40)
        reader.type("h")
        assertSnapshot(of: reader.screen, as: .lines)
    }

    @Test func searchPrompt() {
        var reader = state(width: 100, height: 30)
        reader.type("/river")
        assertSnapshot(of: reader.screen, as: .lines)
    }

    @Test func speakersTabBelowTheText() {
        var reader = state(width: 80, height: 24)
        reader.press(.tab, .tab)
        reader.type("j")
        assertSnapshot(of: reader.screen, as: .lines)
    }

    @Test func tooSmallWindow() {
        let grid = Screen.render(state(width: 39, height: 9))
        #expect(grid.text.contains("needs at least 40×10"))
        #expect(grid.text.contains("39×9"))
    }
}
