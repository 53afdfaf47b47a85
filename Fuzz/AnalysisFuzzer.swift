// Compiled into one module with StatementKit's and StatementInput's sources by scripts/fuzz
// (libFuzzer provides main), so there is no `import StatementKit` here.

/// One fuzzer input: bytes decoded as a statement, analysed, rendered as JSON and Markdown,
/// and checked for the invariants every analysis must keep. A broken invariant traps, which
/// libFuzzer reports as a crash with the input that caused it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = SourceText(decoding: UnsafeBufferPointer(start: data, count: size))
    let document = Analyzer.analyze(source.text, source: "fuzz")
    let length = source.text.unicodeScalars.count
    var sentencesInParagraphs = 0
    for paragraph in document.paragraphs {
        precondition(paragraph.span.start >= 0 && paragraph.span.end <= length, "paragraph outside the text")
        for sentence in document.sentences(inParagraph: paragraph.index) {
            precondition(paragraph.span.contains(sentence) && !sentence.isEmpty, "sentence outside its paragraph, or empty")
            sentencesInParagraphs += 1
        }
    }
    precondition(sentencesInParagraphs == document.sentences.count, "a sentence in no paragraph")
    precondition(zip(document.sentences, document.sentences.dropFirst()).allSatisfy { $0.end <= $1.start }, "sentences out of order")
    var previousEnd = 0
    for quote in document.quotes {
        precondition(document.paragraphs[quote.paragraph].span.contains(quote.span), "quote outside its paragraph")
        precondition(quote.span.start >= previousEnd, "quotes overlap")
        previousEnd = quote.span.end
    }
    for call in document.callsToAction {
        precondition(document.paragraphs[call.paragraph].span.contains(call.span), "call outside its paragraph")
    }
    // Texts are views into the statement located by UTF-8 offsets: each must be what its span covers.
    let scalars = StatementScalars(source.text)
    precondition(Array(scalars) == Array(source.text.unicodeScalars), "compact scalars differ from the text's")
    for paragraph in document.paragraphs {
        precondition(paragraph.text.unicodeScalars.elementsEqual(scalars[paragraph.span.start..<paragraph.span.end]), "paragraph text is not its span")
    }
    for quote in document.quotes {
        precondition(quote.text.unicodeScalars.elementsEqual(scalars[quote.span.start..<quote.span.end]), "quote text is not its span")
    }
    let outline = Analyzer.outline(source.text)
    precondition(outline.paragraphs == document.paragraphs, "outline paragraphs differ")
    let fromOutline = Analyzer.analyze(outline: outline) { _ in }
    precondition(fromOutline.sentences == document.sentences && fromOutline.quotes == document.quotes
                 && fromOutline.callsToAction == document.callsToAction && fromOutline.speakers == document.speakers,
                 "the analysis of an outline differs")
    let json = JSONReport.render(document)
    precondition(json.hasPrefix("{") && json.hasSuffix("}\n"), "JSON not closed")
    _ = MarkdownReport.render(document)
    _ = TextReport.render(document)
    let bytes = UnsafeBufferPointer(start: data, count: size)
    checkExtraction(HTMLExtractor.extract(bytes))
    checkExtraction(MarkdownExtractor.extract(bytes))
    return 0
}

/// The same bytes as a page and as Markdown: the extracted text is clean, its headings and
/// code lie within it, and its analysis (code left unread) keeps the invariants above.
func checkExtraction(_ page: ExtractedStatement) {
    let length = page.text.unicodeScalars.count
    precondition(!page.text.unicodeScalars.contains { $0 == "\0" || ($0.value < 0x20 && $0 != "\n" && $0 != "\t") },
                 "a control character in extracted text")
    precondition(page.verbatim.allSatisfy { $0.lowerBound >= 0 && $0.upperBound <= length }, "verbatim range outside the text")
    let document = Analyzer.analyze(page.text, verbatim: page.verbatim)
    for heading in page.headings {
        precondition(heading.block < max(1, document.paragraphs.count), "a heading past the last paragraph")
    }
    for quote in document.quotes {
        precondition(!page.verbatim.contains { $0.overlaps(quote.span.start..<quote.span.end) }, "a quote found in code")
    }
}
