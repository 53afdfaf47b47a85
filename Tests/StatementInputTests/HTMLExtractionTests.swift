import Testing
@testable import StatementInput

@Suite struct HTMLExtractionTests {
    func extract(_ html: String) -> ExtractedStatement { HTMLExtractor.extract(Array(html.utf8)) }

    @Test func metadataComesFromTheHead() {
        let page = TestPages.extract("gov-press-release.html")
        #expect(page.title == "Iran ambassador arrest")
        #expect(page.date == "2020-06-14T09:30:00+01:00")
        #expect(page.shortDate == "2020-06-14")
        #expect(page.issuer == "GOV.UK")
        #expect(page.url == "https://www.gov.uk/government/news/govuk-iran-ambassador-arrest-2020")
        let state = TestPages.extract("state-press-statement.html")
        #expect(state.headings.first == .init(block: 0, level: 1))
        #expect(state.text.hasPrefix("Iran juvenile executions\n\nThe Department of State is appalled"))
        #expect(state.issuer == "United States Department of State")
        #expect(state.url == "https://www.state.gov/state-iran-juvenile-executions-2019/")
    }

    @Test func titleFallsBackToTheTitleElementAndDatesToTimeOrDublinCore() {
        let page = extract("""
            <html><head><title>  Statement on\n the talks </title><meta name="DC.date" content="2011-05-20"></head>
            <body><h1>Statement</h1><p>The minister said the talks would resume on Monday, after a week.</p></body></html>
            """)
        #expect(page.title == "Statement on the talks")
        #expect(page.date == "2011-05-20")
        let timed = extract("""
            <html><body><article><h1>Talks</h1><time datetime="2019-03-08">March 8</time>
            <p>The minister said the talks would resume on Monday, after a week of delays, in Geneva.</p></article></body></html>
            """)
        #expect(timed.date == "2019-03-08")
        #expect(timed.title == "Talks")
    }

    @Test func authorIsTheIssuerWithoutASiteName() {
        let page = extract("""
            <html><head><meta name="author" content="Office of the Senator"></head><body><p>The senator said the bill, which passed on Tuesday, was long overdue.</p></body></html>
            """)
        #expect(page.issuer == "Office of the Senator")
    }

    @Test func chromeIsLeftOut() {
        let page = TestPages.extract("news-article-sidebar.html")
        for chrome in ["Most Read", "Subscribe", "FILE - People gather", "Related", "Comments are closed", "Privacy", "Live"] {
            #expect(!page.text.contains(chrome), "\(chrome)")
        }
    }

    @Test func scriptsAndStylesAreNeverText() {
        let page = extract("""
            <html><head><script>var s = "\\"We call on\\" all";</script><style>p::before { content: "“"; }</style></head>
            <body><script>document.write("<p>\\"no\\"</p>");</script><p>The statement said nothing more than that, in the end.</p>
            <noscript><p>"Enable JavaScript," the site said.</p></noscript></body></html>
            """)
        #expect(page.text == "The statement said nothing more than that, in the end.")
    }

    @Test func lineBreaksAreNewlinesAndTwoEndAParagraph() {
        let page = extract("<html><body><div class=content><p>First line<br>second line</p><p>Then A<br><br>then B, which is long enough.</p></div></body></html>")
        #expect(page.text == "First line\nsecond line\n\nThen A\n\nthen B, which is long enough.")
    }

    @Test func tablesAreRowsOfText() {
        let page = extract("""
            <html><body><article><p>Figures were published on Monday, as the ministry had promised, for each region.</p>
            <table><tr><th>Region</th><th>People</th></tr><tr><td>North</td><td>120,000</td></tr></table></article></body></html>
            """)
        #expect(page.text.hasSuffix("Region | People\n\nNorth | 120,000"))
    }

    @Test func aBlockQuotationWithoutMarksHasThemImplied() {
        let page = extract("""
            <html><body><article><p>The minister, speaking in Geneva on Tuesday, read out a short statement of her own:</p>
            <blockquote><p>We will not accept this.</p><p>We call on both sides to stop.</p></blockquote>
            <p>She said <q>nothing</q> more, according to reporters who were present.</p></article></body></html>
            """)
        #expect(page.text.contains("\n\n“We will not accept this.\n\n“We call on both sides to stop.”\n\n"))
        #expect(page.text.contains("She said “nothing” more"))
    }

    @Test func aBlockQuotationWithItsOwnMarksIsLeftAsItIs() {
        let page = TestPages.extract("statement-in-blockquote.html")
        #expect(page.text == TestPages.expected("statement-in-blockquote.html").dropLast())
    }

    @Test func entitiesAreDecoded() {
        let page = extract("<p>&ldquo;We&#8217;re ready,&rdquo; said the minister &mdash; &amp; so were they.</p>")
        #expect(page.text == "“We’re ready,” said the minister — & so were they.")
    }

    @Test func windows1252IsReadWhenDeclaredOrSniffed() {
        for name in ["windows-1252-declared.html", "windows-1252-sniffed.html"] {
            let page = TestPages.extract(name)
            #expect(page.text == TestPages.expected(name).dropLast(), "\(name)")
            #expect(page.warnings.isEmpty)
        }
        let latin1 = HTMLExtractor.extract([UInt8]("<meta charset=iso-8859-1><p>".utf8) + [0x93, 0x41, 0x94, 0x20, 0xE9] + [UInt8]("</p>".utf8))
        #expect(latin1.text == "“A” é")
    }

    @Test func aByteOrderMarkDecidesTheEncoding() {
        let units: [UInt8] = Array("<p>“Yes,” she said.</p>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let utf16: [UInt8] = [0xFF, 0xFE] + units
        #expect(HTMLExtractor.extract(utf16).text == "“Yes,” she said.")
        #expect(HTMLExtractor.extract([0xEF, 0xBB, 0xBF] + Array("<p>Café</p>".utf8)).text == "Café")
    }

    @Test func anUnknownEncodingIsOneWarning() {
        let page = extract("<meta charset=x-made-up><p>Plain words.</p>")
        #expect(page.text == "Plain words.")
        #expect(page.warnings == ["unknown encoding \"x-made-up\", read as UTF-8"])
    }

    @Test func brokenMarkupIsCountedNotPrinted() {
        let page = extract("<html><body><p>One <b>two</p><p>Three</i> four</div></p></body></html>")
        #expect(page.text == "One two\n\nThree four")
        #expect(page.warnings.count == 1)
        #expect(page.warnings.first?.hasSuffix("in the HTML, read as a browser would") == true)
        #expect(extract("<!DOCTYPE html><html><body><nav>x</nav><article><p>Clean.</p></article></body></html>").warnings.isEmpty)
    }

    @Test func preformattedTextKeepsItsLinesAndCodeIsVerbatim() {
        let page = extract("<pre>Line one\nline two\n\nNext paragraph</pre><pre><code>say \"hi\"\n  indented</code></pre>")
        #expect(page.text == "Line one\nline two\n\nNext paragraph\n\nsay \"hi\"\n  indented")
        let start = page.text.unicodeScalars.count - "say \"hi\"\n  indented".unicodeScalars.count
        #expect(page.verbatim == [start..<page.text.unicodeScalars.count])
    }

    @Test func headingsAreMarkedByBlock() {
        let page = TestPages.extract("subheadings.html")
        #expect(page.headings.map(\.level) == [1, 2, 3])
        let blocks = page.text.split(separator: "\n\n", omittingEmptySubsequences: false)
        #expect(page.headings.map { String(blocks[$0.block]) } == ["Iran enrichment monitoring", "Statement by the Press Secretary", "Background"])
    }

    @Test func aPageOfChromeOnlyHasNoStatement() {
        #expect(extract("<html><body><nav><a href=/>Home</a></nav><footer>© 2026</footer></body></html>").isEmpty)
        #expect(extract("").isEmpty)
    }
}
