/// A stretch of quoted words found in one paragraph, before anyone is credited with it.
struct ScannedQuote: Sendable, Equatable {
    /// Scalar offsets inside the paragraph of the words between the marks, trimmed of spaces.
    var start: Int
    var end: Int
    /// Token index of the opening mark, nil when the quote runs in from the previous paragraph.
    var openMark: Int?
    /// Token index of the closing mark, nil when the quote runs on to the paragraph's end.
    var closeMark: Int?
    /// Token indices of the quoted words.
    var tokens: Range<Int>
    /// The quotation began in an earlier paragraph (newspaper style, with or without a new mark).
    var continuesQuotation: Bool
}
