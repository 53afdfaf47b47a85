/// The label that opens a turn in a briefing's transcript: "MR MILLER: Sure.", "QUESTION: Why?".
/// Transcripts set their speakers' labels in capitals; a label asks, or speaks in the turn's
/// "we" and "I".
struct TranscriptLabel {
    /// The label's words, before its colon.
    let tokens: Range<Int>
    /// "QUESTION", "Q", "MODERATOR": someone asking or chairing, not a speaker the text names.
    let isQuestioner: Bool

    static func speaker(in p: ParagraphText) -> TranscriptLabel? {
        let tokens = p.tokens
        guard let colon = tokens.indices.prefix(5).first(where: { tokens[$0].is(":") }), colon > 0, colon + 1 < tokens.count,
              tokens[colon + 1].isWord || tokens[colon + 1].kind == .quoteMark
        else { return nil }
        let words = 0..<colon
        guard words.allSatisfy({ (tokens[$0].isWord || tokens[$0].is(".")) && p.text(ofTokens: $0..<($0 + 1)).allSatisfy { !$0.isLowercase } })
        else { return nil }
        let label = p.text(ofTokens: words).lowercased()
        if questioners.contains(label) { return TranscriptLabel(tokens: words, isQuestioner: true) }
        // "MR MILLER", "SECRETARY BLINKEN": a title and a name ("NOTE:", "WASHINGTON:" are neither).
        let wordCount = words.filter { tokens[$0].isWord && !tokens[$0].is(".") }.count
        guard (2...4).contains(wordCount), tokens[0].flags.contains(.title) else { return nil }
        return TranscriptLabel(tokens: words, isQuestioner: false)
    }

    static let questioners: Set<String> = ["question", "q", "moderator", "operator", "reporter", "audience member"]
}
