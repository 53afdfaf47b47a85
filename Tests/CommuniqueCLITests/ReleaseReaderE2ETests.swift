import Foundation
import Testing

/// A press release as published, in a real terminal: the header line across the top, the
/// contact folded into one line, and Enter opening it.
extension ReaderE2ETests {
    static let release = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Corpus/releases/dev/noaa-hurricane-outlook-update-2017.txt").path

    @Test(arguments: [(80, 24), (200, 50)])
    func aReleaseShowsItsHeaderLineAndFolds(width: Int, height: Int) async throws {
        let (screen, directory) = try session(Self.release, width: width, height: height)
        let first = try await screen.waitFor("the first screen") { $0.contains("   1▌") }
        let header = String(first.split(separator: "\n", omittingEmptySubsequences: false)[0])
        #expect(header.contains("NOAA to update 2017"))
        #expect(header.contains("2017-08-07 · by NOAA"))
        #expect(first.contains("   1▌NOAA to update 2017 Atlantic hurricane season outlook"))
        // The contact is the last paragraph: one dim line under its number.
        try screen.keys("G")
        let folded = try await screen.waitFor("the contact's fold") { $0.contains("  10▌") }
        #expect(folded.contains("  10▌⋯ contact: Susan Buchanan, 301-427-9000"))
        #expect(!folded.contains("Media contact:"))
        try screen.keys("Enter")
        let opened = try await screen.waitFor("the contact opened") { $0.contains("  10▌Media contact:") }
        #expect(opened.contains("Susan Buchanan, 301-427-9000"))
        #expect(!opened.contains("⋯ contact:"))
        try screen.keys("o")
        try await screen.waitFor("every fold closed") { $0.contains("  10▌⋯ contact: Susan Buchanan") }
        try screen.keys("q")
        try await assertRestored(directory, screen: screen)
    }
}
