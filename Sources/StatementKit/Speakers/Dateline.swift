/// The dateline that opens a news release's first paragraph: "WASHINGTON –", "LONDON, June 3
/// (Reuters) —", "(GENEVA, Switzerland) –". It names a place, not someone who speaks, and the
/// sentence's subject starts after its dash.
enum Dateline {
    /// The first token after the dateline's dash when the paragraph's first sentence opens with
    /// one; nil otherwise.
    static func end(in p: ParagraphText, sentence: Range<Int>) -> Int? {
        let tokens = p.tokens
        guard sentence.lowerBound == 0 else { return nil }
        var index = sentence.lowerBound
        if index < sentence.upperBound, tokens[index].is("(") { index += 1 }
        // The place in capitals.
        guard index < sentence.upperBound, tokens[index].isWord, tokens[index].isAcronym else { return nil }
        let limit = min(sentence.upperBound, sentence.lowerBound + 14)
        while index < limit {
            let token = tokens[index]
            if token.isDash { return index + 1 < sentence.upperBound ? index + 1 : nil }
            let fits = (token.isWord && token.isCapitalized) || token.kind == .number || token.is(",") || token.is("(")
                || token.is(")") || token.is(".") || token.is("/")
            guard fits else { return nil }
            index += 1
        }
        return nil
    }
}
