import Foundation
import Testing

extension ReaderE2ETests {
    /// The sample's reported speech walked with `]r` and `[r`, painted in its own colour, and
    /// the Quotes pane switched through direct quotes, reported speech and both with `r`.
    @Test func walksReportedSpeechAndTogglesTheKindsOfQuotes() async throws {
        let (screen, directory) = try session("", width: 120, height: 40)
        let first = try await screen.waitFor("the sample") { $0.contains("h help") }
        #expect(first.contains("│ Quotes 8\n"))
        #expect(!first.contains("≈"))
        // Reported content is painted in a role of its own (magenta, or dim italic underline
        // without colour): an attribute starts where "said that" ends.
        let colours = try screen.capture(escapes: true)
        #expect(colours.contains("said that \u{1B}["))
        #expect(colours.contains("mfishing communities downstream"))

        let paragraphs = [2, 4, 5, 7]
        for (index, paragraph) in paragraphs.enumerated() {
            try screen.type("]r")
            try await screen.waitFor("reported \(index + 1)/4") { $0.contains("¶ \(paragraph)/10") && $0.contains("reported \(index + 1)/4") }
        }
        try screen.type("]r")
        try await screen.waitFor("the end of reported speech") { $0.contains("No more reported speech below") }
        try screen.type("[r")
        try await screen.waitFor("back one") { $0.contains("¶ 5/10") && $0.contains("reported 3/4") }
        // ]q stays on direct quotes: the one inside this stretch.
        try screen.type("]q")
        try await screen.waitFor("the quote inside") { $0.contains("¶ 5/10") && $0.contains("quote 4/8") }

        try screen.type("r")
        let reported = try await screen.waitFor("reported speech listed") { $0.contains("Quotes: reported") }
        #expect(reported.contains(" · reported"))
        #expect(reported.contains("¶2 ≈ Council: fishing communities") && reported.contains("¶7 ≈ Lindqvist: the measurements"))
        #expect(!reported.contains("¶3 Council: We call"))
        try screen.type("r")
        let both = try await screen.waitFor("both listed") { $0.contains("Quotes: direct + reported") }
        #expect(both.contains("/12 · both"))
        #expect(both.contains("¶7 ≈ Lindqvist: the measurements") && both.contains("¶6 Reyes: The province"))
        try screen.type("r")
        let direct = try await screen.waitFor("direct quotes again") { $0.contains("Quotes: direct only") }
        #expect(direct.contains("/8\n"))
        #expect(!direct.contains("≈"))
        try screen.keys("q")
        try await assertRestored(directory, screen: screen)
    }
}
