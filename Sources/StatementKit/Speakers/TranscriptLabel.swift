/// The label that opens a turn in a briefing's transcript: "MR MILLER: Sure.", "QUESTION: Why?".
/// Transcripts set their speakers' labels in capitals; a label asks, or speaks in the turn's
/// "we" and "I".
struct TranscriptLabel {
    /// The label's words, before its colon.
    let tokens: Range<Int>
    /// "QUESTION", "Q", "MODERATOR": someone asking or chairing, not a speaker the text names.
    let isQuestioner: Bool

    /// `inTranscript`: a turn has been labelled before, so a name alone may label the next.
    static func speaker(in p: ParagraphText, inTranscript: Bool = false) -> TranscriptLabel? {
        let tokens = p.tokens
        guard let colon = tokens.indices.prefix(9).first(where: { tokens[$0].is(":") }), colon > 0, colon + 1 < tokens.count,
              tokens[colon + 1].isWord || tokens[colon + 1].kind == .quoteMark
        else { return nil }
        let words = 0..<colon
        if let named = namedInMixedCase(p, before: colon, inTranscript: inTranscript) { return named }
        guard colon < 8 else { return nil }
        // "Journalist:", "Question:": one asking, in capitals or not.
        if questioners.contains(p.text(ofTokens: words).lowercased()) { return TranscriptLabel(tokens: words, isQuestioner: true) }
        guard words.allSatisfy({ (tokens[$0].isWord || tokens[$0].is(".")) && p.text(ofTokens: $0..<($0 + 1)).allSatisfy { !$0.isLowercase } })
        else { return nil }
        // "MR MILLER", "SECRETARY BLINKEN", "PRESS SECRETARY JOHN F. KIRBY": a title and a name
        // ("NOTE:", "WASHINGTON:" are neither).
        let wordCount = words.filter { tokens[$0].isWord && !tokens[$0].is(".") }.count
        guard (2...6).contains(wordCount), tokens[0].flags.contains(.title) || (wordCount >= 3 && tokens[1].flags.contains(.title))
        else { return nil }
        return TranscriptLabel(tokens: words, isQuestioner: false)
    }

    /// The person a label in capitals names, as the body would write them: "PRESS SECRETARY
    /// JOHN F. KIRBY" is John F. Kirby, Press Secretary; "MR. KIRBY" is Kirby. Nil for a label
    /// in mixed case, which the reference parser reads as it is.
    func name(in p: ParagraphText) -> ProperName? {
        ProperName.person(inCapitals: p.text(ofTokens: tokens))
    }

    static let questioners: Set<String> = ["question", "q", "moderator", "operator", "reporter", "audience member", "journalist"]

    /// Who asks in a questioner's turn, for the list of speakers: "Reporter" for "QUESTION:"
    /// and "Q:", else the label's word ("Journalist", "Moderator"); nil for a named speaker's turn.
    func asker(in p: ParagraphText) -> ProperName? {
        guard isQuestioner else { return nil }
        let text = p.text(ofTokens: tokens)
        let lower = text.lowercased()
        let name = ["q", "question"].contains(lower) ? "Reporter" : lower.prefix(1).uppercased() + lower.dropFirst()
        return ProperName(name: name, role: nil, kind: .group, surface: text, gender: .unknown)
    }

    /// "Penny Wong, Foreign Minister: Morning everybody.": a person's name, then their post
    /// after a comma or not, as transcripts that do not set labels in capitals give them.
    /// ("Reducing Air Fatalities:" is a heading: a name alone labels a turn only in a transcript.)
    static func namedInMixedCase(_ p: ParagraphText, before colon: Int, inTranscript: Bool) -> TranscriptLabel? {
        let tokens = p.tokens
        let comma = (0..<colon).first { tokens[$0].is(",") } ?? colon
        guard (2...3).contains(comma), colon - comma <= 5, comma < colon || inTranscript, !(0..<comma).contains(where: p.isVerb)
        else { return nil }
        let name = (0..<comma).allSatisfy { tokens[$0].isWord && tokens[$0].isCapitalized && !tokens[$0].isAcronym
            && tokens[$0].known == nil && tokens[$0].flags.isDisjoint(with: [.title, .organisation, .nationality, .calendar, .pronoun]) }
        // The post after the comma is an office ("Foreign Minister", "Minister for Health").
        let post = comma == colon || (comma + 1 < colon && ((comma + 1)..<colon).allSatisfy { tokens[$0].isWord }
            && ((comma + 1)..<colon).contains { tokens[$0].flags.contains(.title) })
        return name && post ? TranscriptLabel(tokens: 0..<comma, isQuestioner: false) : nil
    }
}
