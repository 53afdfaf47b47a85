/// A statement taken out of a page or a Markdown file: the text the analysis, the reader and
/// the notes work on, and what the page says about itself.
///
/// Offsets count Unicode scalars of `text`, as the analysis's do.
public struct ExtractedStatement: Sendable, Equatable {
    public var format: InputFormat
    /// Blocks (headings, paragraphs, list items, table rows) separated by blank lines; a line
    /// break inside a block is a single newline.
    public var text: String
    /// `og:title`, else `<title>`, else front matter's `title`, else the first headline.
    public var title: String?
    /// As the page gives it (`article:published_time`, `<time datetime>`, a `dcterms` date).
    public var date: String?
    /// Who published it: `og:site_name`, else the `author`.
    public var issuer: String?
    /// `<link rel=canonical>`, else `og:url`.
    public var url: String?
    /// Which blocks are headings: their index among the blocks, with the heading's level.
    public var headings: [Heading]
    /// Where code kept verbatim lies, in scalars of `text`: no quotes are looked for there.
    public var verbatim: [Range<Int>]
    /// Problems worth one line on stderr (broken markup, an unknown encoding).
    public var warnings: [String]

    public struct Heading: Sendable, Equatable {
        /// The block's index: blocks are counted as paragraphs are, one per blank-line gap.
        public var block: Int
        /// 1 for `h1` or `#`, up to 6.
        public var level: Int
        public init(block: Int, level: Int) {
            self.block = block
            self.level = level
        }
    }

    public init(format: InputFormat, text: String, title: String? = nil, date: String? = nil, issuer: String? = nil,
                url: String? = nil, headings: [Heading] = [], verbatim: [Range<Int>] = [], warnings: [String] = [])
    {
        self.format = format
        self.text = text
        self.title = title
        self.date = date
        self.issuer = issuer
        self.url = url
        self.headings = headings
        self.verbatim = verbatim
        self.warnings = warnings
    }

    /// The date's day (`2019-11-14`) when it is given in ISO 8601 with a time, else as given.
    public var shortDate: String? {
        guard let date else { return nil }
        let digits = date.unicodeScalars.prefix(10).map { $0.properties.numericType != nil }
        let iso = digits.count == 10 && digits.enumerated().allSatisfy { index, isDigit in index == 4 || index == 7 ? !isDigit : isDigit }
        return iso ? String(date.prefix(10)) : date
    }

    /// True when nothing readable was found.
    public var isEmpty: Bool { text.allSatisfy(\.isWhitespace) }
}
