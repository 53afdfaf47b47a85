/// What a release is made of beyond its body: which paragraphs are headline, contact, end mark
/// and so on, and the title, date, place and issuer they give.
///
/// Only paragraphs that are not body are listed, so a plain statement (every paragraph body)
/// costs nothing however long it is.
public struct StatementStructure: Hashable, Sendable {
    /// The main headline, when the statement has one.
    public var title: String?
    /// ISO `YYYY-MM-DD`; nil when the text gives no full date with a year.
    public var date: String?
    /// The dateline's place ("WASHINGTON", "Ottawa, Ontario").
    public var place: String?
    /// Who issues the statement: an organisation or a person, as the text names it.
    public var issuer: String?
    /// The issuer among `Document.speakers`, when it is one of them.
    public var issuerSpeaker: Int?
    /// The paragraphs that are not body, in paragraph order.
    public var parts: [StatementPart]
    /// Datelines that open a body paragraph ("WASHINGTON, June 3 (Reuters) –"), in paragraph order.
    public var datelines: [ParagraphDateline]

    public init(
        title: String? = nil, date: String? = nil, place: String? = nil, issuer: String? = nil,
        issuerSpeaker: Int? = nil, parts: [StatementPart] = [], datelines: [ParagraphDateline] = []
    ) {
        self.title = title
        self.date = date
        self.place = place
        self.issuer = issuer
        self.issuerSpeaker = issuerSpeaker
        self.parts = parts
        self.datelines = datelines
    }

    /// A statement that is all body and names nothing.
    public static let plain = StatementStructure()

    /// Title, date, place and issuer with their labels, those the statement gives, for a
    /// report's header.
    public var header: [(label: String, value: String)] {
        [("Title", title), ("Date", date), ("Place", place), ("Issuer", issuer)].compactMap { label, value in
            value.map { (label, $0) }
        }
    }

    /// The kind of paragraph `index`: body unless a part says otherwise.
    public func kind(ofParagraph index: Int) -> StatementPart.Kind {
        let found = Bisection.firstIndex(in: parts.count) { parts[$0].paragraph >= index }
        return found < parts.count && parts[found].paragraph == index ? parts[found].kind : .body
    }

    /// The dateline opening paragraph `index`, if it has one.
    public func dateline(ofParagraph index: Int) -> TextSpan? {
        let found = Bisection.firstIndex(in: datelines.count) { datelines[$0].paragraph >= index }
        return found < datelines.count && datelines[found].paragraph == index ? datelines[found].span : nil
    }
}

/// One paragraph that is not body, and what it is.
public struct StatementPart: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        case headline, subheadline, release, dateline, byline, contact
        case editorNote = "editor-note"
        case boilerplate
        case endMark = "end-mark"
        case trail, body

        /// Parts whose sentences are searched for quotes, calls and reported speech.
        public var isRead: Bool { self == .body || self == .subheadline || self == .editorNote }
        /// Parts the reader folds into one dim line until asked.
        public var isFolded: Bool { [.contact, .boilerplate, .endMark, .trail].contains(self) }
    }

    public var paragraph: Int
    public var kind: Kind

    public init(paragraph: Int, kind: Kind) {
        self.paragraph = paragraph
        self.kind = kind
    }
}

/// The dateline span at the start of a body paragraph.
public struct ParagraphDateline: Hashable, Sendable {
    public var paragraph: Int
    public var span: TextSpan

    public init(paragraph: Int, span: TextSpan) {
        self.paragraph = paragraph
        self.span = span
    }
}
