import PropertyBased
import Testing
@testable import ReaderUI
import StatementKit

@Suite("Search")
struct SearchTests {
    /// Text of a few letters, so that queries match often, with capitals, curly quotes and a
    /// wide glyph among them.
    static let text = Gen.oneOf(Gen.always("ab"), Gen.always("ba"), Gen.always("c"), Gen.always(" "), Gen.always("A"),
                                Gen.always("“"), Gen.always("é"), Gen.always("日"), Gen.always("\n\n"))
        .array(of: 0...80).map { $0.joined() }
    static let query = Gen.oneOf(Gen.always("a"), Gen.always("ab"), Gen.always("abc"), Gen.always("b"), Gen.always("A"),
                                 Gen.always("ba"), Gen.always("c "), Gen.always("é"), Gen.always("aba"), Gen.always("aa"))

    /// Typing on looks only at the matches it had: it must find what a search made afresh finds.
    @Test func aSearchTypedOnIsASearchMadeAfresh() async {
        await propertyCheck(count: 300, input: Self.text, Self.query, Self.query, Gen.int(in: 0...100)) { text, first, more, origin in
            let scalars = StatementScalars(text)
            let from = min(origin, scalars.count)
            let typed = Search(query: first, forward: true, in: scalars, from: from)
                .extended(to: first + more, forward: true, in: scalars, from: from)
            let fresh = Search(query: first + more, forward: true, in: scalars, from: from)
            #expect(typed.matches == fresh.matches && typed.current == fresh.current)
        }
    }

    /// A long statement finds its matches one at a time instead of listing them: for a query
    /// whose matches cannot overlap (so that every occurrence is a match of the list), it must
    /// land where the list lands, step through the same matches in the same order, say when
    /// it goes round, and paint the same matches on screen.
    @Test func findingOneAtATimeAgreesWithTheList() async {
        await propertyCheck(count: 300, input: Self.text, Self.query, Gen.int(in: 0...100), Gen.bool) { text, query, origin, forward in
            guard !Search.canOverlapItself(Array(query.unicodeScalars)) else { return }
            let scalars = StatementScalars(text)
            let from = min(origin, scalars.count)
            var listed = Search(query: query, forward: forward, in: scalars, from: from, listed: true)
            var lazy = Search(query: query, forward: forward, in: scalars, from: from, listed: false)
            #expect(lazy.currentMatch == listed.currentMatch)
            for step in 0..<(listed.matches.count + 2) {
                let ahead = step % 3 != 2
                guard let (nextListed, wrappedListed) = listed.stepped(forward: ahead, in: scalars),
                      let (nextLazy, wrappedLazy) = lazy.stepped(forward: ahead, in: scalars) else {
                    #expect(listed.matches.isEmpty && lazy.currentMatch == nil)
                    break
                }
                #expect(nextLazy.currentMatch == nextListed.currentMatch && wrappedLazy == wrappedListed)
                (listed, lazy) = (nextListed, nextLazy)
            }
            for start in stride(from: 0, through: scalars.count, by: 7) {
                let range = start..<min(scalars.count, start + 11)
                #expect(lazy.matches(overlapping: range, in: scalars) == listed.matches(overlapping: range, in: scalars))
            }
        }
    }

    /// The reader on a statement too long to list its matches: `/` finds the nearest, `n` the
    /// next, the status line says there is a match without counting, and the end wraps.
    @Test func aLongStatementIsSearchedOneMatchAtATime() {
        let paragraph = "The council urged the provinces to publish the river data. "
        let text = Array(repeating: paragraph + "\n\n", count: Search.listingLimit / paragraph.count + 10).joined()
            + "The last word is zebra."
        var reader = AppState(document: Analyzer.outline(text), width: 100, height: 20)
        reader.type("/zebra")
        #expect(reader.search?.isListed == false)
        #expect(reader.search?.matches.isEmpty == true)
        #expect(reader.search?.currentMatch.map { String(scalars: reader.scalars[$0.start..<$0.end]) } == "zebra")
        #expect(reader.screen.contains("a match"))
        reader.press(.enter)
        #expect(reader.focusParagraph == reader.document.paragraphs.count - 1)
        let current = Screen.render(reader).cells.filter { $0.role == .currentMatch }.map(\.text).joined()
        #expect(current == "zebra")
        // The other matches on screen are found when the frame is drawn, and painted.
        reader.type("/river")
        reader.press(.enter)
        let cells = Screen.render(reader).cells
        #expect(cells.filter { $0.role == .currentMatch }.map(\.text).joined() == "river")
        #expect(cells.filter { $0.role == .searchMatch }.count >= 2 * "river".count)
        reader.type("/zebra")
        reader.press(.enter)
        reader.type("n")
        #expect(reader.message?.contains("continuing at the top") == true)
        reader.type("/nothing-like-this")
        reader.press(.enter)
        #expect(reader.message?.contains("Pattern not found") == true)
    }
}
