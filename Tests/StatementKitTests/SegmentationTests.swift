import Testing
@testable import StatementKit

@Suite("Paragraphs")
struct ParagraphTests {
    /// The reader shows `analysing N%` from these: between 0 and 1, never going back, for a
    /// text analysed whole and for an outline analysed later.
    @Test func progressRunsFromZeroToOne() {
        let text = (0..<2000).map { "Paragraph \($0) said “words”." }.joined(separator: "\n\n")
        var fromText: [Double] = []
        _ = Analyzer.analyze(text) { fromText.append($0) }
        var fromOutline: [Double] = []
        _ = Analyzer.analyze(outline: Analyzer.outline(text)) { fromOutline.append($0) }
        for reports in [fromText, fromOutline] {
            #expect(reports.count == 4)  // every 512 paragraphs
            #expect(reports.allSatisfy { (0...1).contains($0) })
            #expect(reports == reports.sorted())
            #expect(reports.last! > 0.7)
        }
    }

    @Test func blankLinesSeparateParagraphs() {
        #expect(paragraphTexts("One line\nstill one.\n\nTwo.\n\n\nThree.") == ["One line\nstill one.", "Two.", "Three."])
    }

    @Test func textWithoutBlankLinesHasOneParagraphPerLine() {
        #expect(paragraphTexts("First.\nSecond.\n  \tThird.\n") == ["First.", "Second.", "Third."])
    }

    @Test func whitespaceOnlyLinesCountAsBlank() {
        #expect(paragraphTexts("A.\n   \t\nB.") == ["A.", "B."])
    }

    @Test(arguments: ["A.\r\n\r\nB.", "A.\r\rB.", "A.\n\nB."])
    func lineEndingsOfEveryKind(_ text: String) {
        #expect(paragraphTexts(text) == ["A.", "B."])
    }

    @Test func spansCountUnicodeScalars() {
        let document = analyze("“Ünïcode” 日本\n\nNext")
        #expect(document.paragraphs[1].span == TextSpan(start: 14, end: 18))
    }

    @Test func emptyAndBlankTextsHaveNoParagraphs() {
        #expect(analyze("").paragraphs.isEmpty)
        #expect(analyze(" \n\n\t\n").paragraphs.isEmpty)
    }
}

@Suite("Sentences and tokens")
struct SentenceTests {
    @Test func abbreviationsAndInitialsDoNotEndSentences() {
        #expect(sentences("Mr. Smith met Gen. Jones in Jan. 2020 in the U.S. capital. Michael R. Pompeo agreed.")
            == ["Mr. Smith met Gen. Jones in Jan. 2020 in the U.S. capital.", "Michael R. Pompeo agreed."])
    }

    @Test func militaryRanksDoNotEndSentences() {
        #expect(sentences("Lt. Cmdr. Jane Roe met Brig. Gen. John Doe and Pvt. Ann Poe. They agreed.")
            == ["Lt. Cmdr. Jane Roe met Brig. Gen. John Doe and Pvt. Ann Poe.", "They agreed."])
    }

    @Test func decimalsStayInOneWord() {
        #expect(sentences("Growth was 3.5 percent. It fell.") == ["Growth was 3.5 percent.", "It fell."])
        #expect(tokens("3.5 percent").first?.text == "3.5")
    }

    @Test func aMissingSpaceAfterAFullStopStillEndsTheSentence() {
        #expect(sentences("Move the process forward.It is time.") == ["Move the process forward.", "It is time."])
    }

    @Test func anInitialismCanEndASentence() {
        #expect(sentences("She lives in the U.S. The rest is history.") == ["She lives in the U.S.", "The rest is history."])
    }

    @Test func closingMarksStayWithTheirSentence() {
        #expect(sentences("He said “Stop.” Then he left. Why? Nobody knows!")
            == ["He said “Stop.”", "Then he left.", "Why?", "Nobody knows!"])
    }

    @Test func apostrophesStayInsideWords() {
        let words = tokens("NATO’s allies don't can`t").filter { $0.kind == .word }.map(\.text)
        #expect(words == ["NATO’s", "allies", "don't", "can`t"])
    }

    @Test func websitesAndHyphenatedNamesAreOneWord() {
        let words = tokens("Gawker.com and al-Amr use alt.religion.scientology").map(\.text)
        #expect(words == ["Gawker.com", "and", "al-Amr", "use", "alt.religion.scientology"])
    }
}

@Suite("Tokenizer")
struct TokenizerTests {
    /// Words are cut from the text's UTF-8, eight ASCII bytes at a step, but offsets count
    /// scalars: each token's scalars, and its bytes found through its shift, are its spelling,
    /// in words that are longer than eight bytes, end in a sign, stand beyond ASCII or at the
    /// very end of the text (where fewer than eight bytes are left to read). A paragraph's
    /// substrings are cut by the same shifts.
    @Test(arguments: [
        "Internationalisation, well-known U.S.-led talks; 3,500.75 people",
        "Ženevská “úmluva” naïve café’s — déjà vu e\u{301}lan 日本語の文章 👩‍👩‍👧 said.",
        "“Quote,” he said.\u{00A0}Nobody’s fault ends here: a-b",
        "x", "ab.", "Mr. R. Pompeo", "é",
    ])
    func tokenOffsetsCountScalarsAndShiftsFindTheirBytes(_ text: String) {
        var vocabulary = Vocabulary()
        let tokens = Tokenizer.tokens(in: text, vocabulary: &vocabulary)
        let scalars = Array(text.unicodeScalars)
        let bytes = Array(text.utf8)
        for token in tokens {
            let spelling = vocabulary.text(of: token)
            #expect(String(String.UnicodeScalarView(scalars[token.start..<token.end])) == spelling)
            let first = token.start + Int(token.utf8Shift)
            #expect(String(decoding: bytes[first..<(first + spelling.utf8.count)], as: UTF8.self) == spelling)
        }
        #expect(tokens.map { vocabulary.text(of: $0) }.joined() == text.unicodeScalars.filter { !$0.isWhitespace }.map(String.init).joined())
        let read = firstParagraph(text)
        for first in read.tokens.indices {
            for last in first..<read.tokens.count {
                let expected = String(String.UnicodeScalarView(scalars[read.tokens[first].start..<read.tokens[last].end]))
                #expect(String(read.substring(ofTokens: first..<(last + 1))) == expected)
            }
        }
    }

    /// The shift went into bytes the token's layout had spare: forty bytes, as before.
    @Test func aTokenStillTakesFortyBytes() {
        #expect(MemoryLayout<Token>.stride == 40)
    }

    /// A full stop joins only before a letter or digit, so `U.S.-led` is the initialism and
    /// then `-led`, as it always was.
    @Test func longWordsAndSignsAreCutAsBefore() {
        #expect(tokens("Internationalisation, well-known U.S.-led talks; 3,500.75 people").map(\.text)
            == ["Internationalisation", ",", "well-known", "U.S.", "-", "led", "talks", ";", "3,500.75", "people"])
    }

    /// Eight bytes tested at once count the leading ASCII letters and digits as a byte at a
    /// time does: every byte value in every position, and runs of every length.
    @Test func eightBytesAtATimeCountAsOneByOne() {
        func expected(_ bytes: [UInt8]) -> Int {
            bytes.prefix { $0 < 0x80 && (Unicode.Scalar($0).isLetter || Unicode.Scalar($0).isDigit) }.count
        }
        var generator = SystemRandomNumberGenerator()
        for position in 0..<8 {
            for value in 0...255 {
                var bytes = (0..<8).map { _ in UInt8(ascii: "a") + UInt8.random(in: 0..<26, using: &generator) }
                bytes[position] = UInt8(value)
                let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * $1.offset) }
                #expect(Tokenizer.alphanumericRun(word) == expected(bytes), "\(bytes)")
            }
        }
    }
}

@Suite("Vocabulary")
struct VocabularyTests {
    /// The word table grows and probes past collisions: every word comes back as itself, with
    /// what the lexicon says of it, however many came before.
    @Test func everyWordComesBackAsItself() {
        var vocabulary = Vocabulary()
        let words = (0..<20_000).map { "Word\($0)" } + ["U.S", "Mr", "NATO", "naïve", "日本", "said", "SAID"]
        for _ in 0..<2 {
            for word in words {
                let token = vocabulary.word(word).prototype
                #expect(vocabulary.text(of: token) == word)
                #expect(vocabulary.lower(of: token) == word.lowercased())
            }
        }
        #expect(vocabulary.word("U.S").isAbbreviation)
        #expect(vocabulary.word("Mr").isAbbreviation)
        #expect(!vocabulary.word("said").isAbbreviation)
        #expect(vocabulary.word("NATO").isAcronym)
        #expect(vocabulary.word("said").flags.contains(.reporting))
    }
}

@Suite("Spelling flags")
struct SpellingFlagTests {
    /// What the rules ask of nearly every token is answered once per spelling: whether it can
    /// be part of a name, whether it ends a sentence, whether a reporting frame can turn on it.
    @Test(arguments: [
        ("Kay", true), ("NATO", true), ("US", true), ("us", false), ("He", false), ("Monday", false),
        ("said", false), ("3", false), ("al-Amr", true), ("Ženeva", true),
    ])
    func aNamePartIsCapitalisedAndNoDayOrPronoun(_ word: String, _ expected: Bool) {
        var vocabulary = Vocabulary()
        #expect(vocabulary.word(word).flags.contains(.namePart) == expected)
    }

    @Test func signsThatEndASentenceAndWordsThatCueAFrame() {
        var vocabulary = Vocabulary()
        for sign in [".", "!", "?", "…"] { #expect(vocabulary.word(sign).flags.contains(.sentenceEnd), "\(sign)") }
        for sign in [",", ";", ":", "-", "”"] { #expect(!vocabulary.word(sign).flags.contains(.sentenceEnd), "\(sign)") }
        for word in ["said", "according", "words", "told"] { #expect(vocabulary.word(word).flags.contains(.frameCue), "\(word)") }
        for word in ["table", "accord", "word"] { #expect(!vocabulary.word(word).flags.contains(.frameCue), "\(word)") }
    }
}

@Suite("Byte hash")
struct ByteHashTests {
    /// Eight bytes at a step, the last step overlapping: at every length up to forty, changing
    /// any one byte changes the hash (so no byte is skipped), and the same bytes hash the same.
    @Test func everyByteCounts() {
        for length in 0...40 {
            let bytes = (0..<length).map { UInt8(0x41 + ($0 * 7) % 58) }
            let hash = bytes.withUnsafeBufferPointer { ByteHash.of($0) }
            #expect(ByteHash.of(String(decoding: bytes, as: UTF8.self)) == hash)
            for position in 0..<length {
                var changed = bytes
                changed[position] ^= 0x01
                #expect(changed.withUnsafeBufferPointer { ByteHash.of($0) } != hash, "length \(length), byte \(position)")
            }
        }
        #expect(ByteHash.of("") != ByteHash.of("\0"))
        #expect(NameKey("kay bailey hutchison") == NameKey("kay bailey hutchison"))
        #expect(NameKey("kay bailey hutchison") != NameKey("kay bailey hutchisoN"))
    }
}

@Suite("Memo of phrases")
struct ReferenceMemoTests {
    /// Spelling numbers start again when the vocabulary is emptied, so a phrase met after that
    /// can have the numbers of a different phrase met before: the memo must not answer with
    /// the old phrase's reference.
    @Test func aPhraseAfterTheVocabularyIsEmptiedIsParsedAfresh() throws {
        var vocabulary = Vocabulary(limit: 2)
        var memo = ReferenceMemo()
        func phrase(_ text: String) -> ArraySlice<Token> {
            vocabulary.startParagraph()
            return Tokenizer.tokens(in: text, vocabulary: &vocabulary)[...]
        }
        func name(_ reference: Reference?) -> String? {
            if case .name(let name) = reference { return name.name }
            return nil
        }
        let first = phrase("Alpha Beta")
        #expect(name(memo.parse(first, in: vocabulary)) == "Alpha Beta")
        #expect(name(memo.known(first, generation: vocabulary.generation) ?? nil) == "Alpha Beta")
        let second = phrase("Gamma Delta")  // a new generation: numbered 0 and 1, like Alpha Beta
        #expect(second.map(\.spelling) == first.map(\.spelling))
        #expect(memo.known(second, generation: vocabulary.generation) == nil)
        #expect(name(memo.parse(second, in: vocabulary)) == "Gamma Delta")
    }
}

@Suite("Character classes")
struct CharacterClassTests {
    /// General punctuation (dashes, curly quotes, the ellipsis) is answered without the Unicode
    /// tables; the answers must be the tables' own.
    @Test func generalPunctuationAnswersAsTheUnicodeTablesDo() {
        for value in UInt32(0x2000)...UInt32(0x206F) {
            let scalar = Unicode.Scalar(value)!
            let properties = scalar.properties
            #expect(scalar.isLetter == properties.isAlphabetic)
            #expect(scalar.isDigit == (properties.numericType == .decimal))
            #expect(scalar.isUppercase == properties.isUppercase)
            #expect(scalar.isLowercase == properties.isLowercase)
            #expect(scalar.isWhitespace == properties.isWhitespace)
        }
    }
}

@Suite("Initialisms")
struct InitialismTests {
    /// Single capitals joined by full stops, checked byte by byte for ASCII and by characters
    /// otherwise: both ways must agree.
    @Test(arguments: [("U.S", true), ("R", true), ("K.C", true), ("É.U", true), ("Ü", true), ("U.S.", false), ("", false),
                      ("Us", false), ("U..S", false), ("u.s", false), ("É.u", false), ("NATO", false)])
    func singleCapitalsJoinedByFullStops(_ word: String, _ expected: Bool) {
        #expect(Lexicon.isInitialism(word) == expected)
    }
}
