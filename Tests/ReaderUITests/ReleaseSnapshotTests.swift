import SnapshotTesting
import Testing
@testable import ReaderUI
import StatementKit

/// A release's looks: the header line, folds shut and open, and the issuer in the Speakers pane.
@Suite("Release snapshots")
struct ReleaseSnapshotTests {
    @Test(arguments: [(80, 24), (200, 50)])
    func release(width: Int, height: Int) {
        assertSnapshot(of: Release.reader(width: width, height: height).screen, as: .lines, named: "release-\(width)x\(height)")
    }

    @Test func foldsOpen() {
        var reader = Release.reader(width: 100, height: 30)
        reader.type("o")
        assertSnapshot(of: reader.screen, as: .lines)
    }

    @Test func anIssuerWhoIsNoSpeaker() {
        var reader = Release.reader(issuerIsSpeaker: false, width: 80, height: 24)
        reader.press(.tab, .tab)
        assertSnapshot(of: reader.screen, as: .lines)
    }
}
