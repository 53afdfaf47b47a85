/// The dateline that opens a news release's first paragraph: "WASHINGTON –", "LONDON, June 3
/// (Reuters) —", "(GENEVA, Switzerland) –", "Ottawa, Ontario – February 21, 2017 –". It names a place, not someone who speaks, and the
/// sentence's subject starts after its dash, or after the bracket that holds it.
enum Dateline {
    /// The first token after the dateline's dash when the paragraph's first sentence opens with
    /// one; nil otherwise.
    static func end(in p: ParagraphText, sentence: Range<Int>) -> Int? {
        let tokens = p.tokens
        guard sentence.lowerBound == 0 else { return nil }
        var index = placeStart(in: p, sentence: sentence)
        let bracketed = index < sentence.upperBound && tokens[index].is("(")
        if bracketed { index += 1 }
        // The place in capitals, or capitalised with a date after it.
        guard index < sentence.upperBound, tokens[index].isWord, tokens[index].isCapitalized else { return nil }
        let inCapitals = tokens[index].isAcronym
        // "March 16, 2022, OTTAWA, ON –": the date first, then the place.
        let dateFirst = index + 1 < sentence.upperBound && isDay(at: index + 1, in: p)
            && (tokens[index].flags.contains(.calendar) || ["March", "May", "June"].contains(p.text(ofTokens: index..<(index + 1))))
        // "Geneva (3 February 2016)- The …": a place, its date in brackets, then a dash (or a
        // hyphen the bracket closes up to).
        if index + 2 < sentence.upperBound, tokens[index + 1].is("("),
           let close = window(from: index + 2, to: min(sentence.upperBound, index + 9)).first(where: { tokens[$0].is(")") }),
           ((index + 2)..<close).contains(where: { tokens[$0].flags.contains(.calendar) || isMonth(at: $0, in: p, before: close) }),
           close + 2 < sentence.upperBound, tokens[close + 1].isDash || (tokens[close + 1].is("-") && tokens[close + 1].spaceAfter),
           tokens[close + 2].isCapitalized {
            return close + 2
        }
        // A capitalised place is followed by its region ("Ottawa, Ontario"); anything else is
        // the sentence's own first word, left at once.
        // ("(Washington DC, September 9, 2011) —": in brackets, the place's region needs no comma.)
        guard inCapitals || dateFirst || bracketed
                || (index + 1 < sentence.upperBound && (tokens[index + 1].is(",") || tokens[index + 1].isDash || tokens[index + 1].is("[")))
        else { return nil }
        var dated = dateFirst
        // "Washington, DC - …": a capitalised place with its region in capitals.
        let regioned = (!inCapitals && index + 2 < sentence.upperBound && tokens[index + 2].isAcronym
            && index + 3 < sentence.upperBound && (tokens[index + 3].isDash || (tokens[index + 3].is("-") && tokens[index + 3].spaceBefore)))
            // "Atlanta – The agency …", "Winnipeg - The Honourable …": a place alone before a dash (a
            // hyphen with spaces round it is one), a capital after it.
            || (index + 2 < sentence.upperBound && isSpacedDash(tokens[index + 1])
                && tokens[index + 2].isCapitalized && tokens[index].known == nil)
            // "Ottawa, Ontario - The Honourable …": a place and its region.
            || (!inCapitals && index + 4 < sentence.upperBound && tokens[index + 1].is(",") && tokens[index + 2].isWord
                && tokens[index + 2].isCapitalized && tokens[index + 2].known == nil && isSpacedDash(tokens[index + 3])
                && tokens[index + 4].isCapitalized && tokens[index].known == nil)
        // "Washington, DC: About 64 million households …": a place and its state's letters, then a
        // colon and a capital, as a dash would end them. (A person's honours, "Jane Roe, MP:", are no state.)
        let stateColon = !inCapitals && index + 4 < sentence.upperBound && tokens[index + 1].is(",") && tokens[index + 2].isAcronym
            && tokens[index + 3].is(":") && tokens[index + 4].isCapitalized && tokens[index].known == nil
            && DateParagraph.isAmerican(p.text(ofTokens: (index + 2)..<(index + 3)))
        if stateColon { return index + 4 }
        // "WINCHESTER, Virginia and BOISE, Idaho, Nov. 12, 2020 (GLOBE NEWSWIRE) —" runs to 17.
        let limit = min(sentence.upperBound, sentence.lowerBound + 20)
        // Brackets opened after the place: "UNITED NATIONS (Sputnik - 11th May, 2023) UN …".
        var depth = 0
        while index < limit {
            let token = tokens[index]
            if !bracketed, token.is("(") { depth += 1 }
            if !bracketed, token.is(")"), depth > 0 {
                depth -= 1
                // A credit or a date in brackets closes a place in capitals when a capitalised
                // word follows, not a dash.
                if depth == 0, inCapitals, index + 1 < sentence.upperBound, tokens[index + 1].isWord, tokens[index + 1].isCapitalized {
                    return index + 1
                }
                index += 1
                continue
            }
            // Inside them anything goes: a credit, a dash, a date. ("Washington, D.C. (June 3,
            // 2021) –": a date in them dates the place before them, as one outside would.)
            if depth > 0 {
                if token.flags.contains(.calendar) || isMonth(at: index, in: p, before: limit) { dated = true }
                index += 1
                continue
            }
            // "WASHINGTON -- NASA's …": two hyphens for a dash; set close after a place in capitals
            // ("BELO HORIZONTE, BRAZIL--U.S. Treasury …") too.
            let doubled = token.is("-") && index + 1 < limit && tokens[index + 1].is("-")
                && ((token.spaceBefore && tokens[index + 1].spaceAfter) || inCapitals)
            // ("(Washington D.C.) -- Renewing …": a place in brackets, closed, then its dash.)
            let afterBrackets = bracketed && index > sentence.lowerBound && tokens[index - 1].is(")")
            if doubled { index += 1 }
            // "CANBERRA, Tuesday 5 March 2019: The …": a colon ends a dated place as a dash does.
            if token.isDash || doubled || (token.is(":") && dated && index + 1 < sentence.upperBound && tokens[index + 1].isCapitalized) {
                // "Ottawa, Ontario – February 21, 2017 –": the date between two dashes is the dateline's,
                // whatever its month ("March", "May" are verbs too) and its order ("– 3 March 2019 –").
                // ("WASHINGTON, D.C. – (Nov. 23, 2011) –": the date may sit in brackets between them.)
                let bracketedDate = index + 2 < limit && tokens[index + 1].is("(")
                    && window(from: index + 2, to: min(limit, index + 8)).contains { tokens[$0].flags.contains(.calendar) || isMonth(at: $0, in: p, before: limit) }
                if !dated, index + 1 < limit, tokens[index + 1].flags.contains(.calendar) || isMonth(at: index + 1, in: p, before: limit)
                    || (isDay(at: index + 1, in: p) && index + 2 < limit && isMonth(at: index + 2, in: p, before: limit)) || bracketedDate {
                    index += 1
                    continue
                }
                guard inCapitals || dated || regioned || afterBrackets else { return nil }
                return index + 1 < sentence.upperBound ? index + 1 : nil
            }
            // "(Washington, D.C.-May 25, 2005) As Americans …", "(Jackson, Mississippi) Today, …":
            // a place in brackets closes with them.
            if bracketed, token.is(")"), index > sentence.lowerBound + 2, index + 1 < sentence.upperBound,
               tokens[index + 1].isCapitalized {
                return index + 1
            }
            // "WASHINGTON, D.C., March 1, 2010 The Peace Corps …": a copy that lost the dash ends
            // the dateline at its year when a capitalised word opens the sentence after it.
            if inCapitals || dated, dated || (index >= 3 && ReleaseDate.months[p.text(ofTokens: (index - 3)..<(index - 2)).lowercased()] != nil),
               token.kind == .number, p.text(ofTokens: index..<(index + 1)).count == 4,
               index + 1 < sentence.upperBound, tokens[index + 1].isWord, tokens[index + 1].isCapitalized,
               !tokens[index + 1].flags.contains(.calendar) {
                return index + 1
            }
            // "Brussels, 23.11.2011 –", "GENEVA, 23-Nov-2011 -": a date written close, in one piece.
            if let close = compactDate(at: index, in: p, before: limit) {
                dated = true
                index = close
                continue
            }
            // "March 5", "5 May": a month that is also a verb is a month beside a number.
            if token.flags.contains(.calendar) || isMonth(at: index, in: p, before: limit) { dated = true }
            // "WINCHESTER, Virginia and BOISE, Idaho": two places in capitals.
            let joinsPlaces = inCapitals && token.is(.and) && index + 1 < limit && tokens[index + 1].isAcronym
            let fits = (token.isWord && token.isCapitalized) || joinsPlaces || isDay(at: index, in: p) || token.is(",") || token.is("(")
                || token.is(")") || token.is(".") || token.is("/") || (bracketed && token.is("-"))
                // "Moscow [Russia], August 6 (ANI) :": the country in square brackets after the city.
                || token.is("[") || token.is("]")
            guard fits else { return nil }
            index += 1
        }
        return nil
    }

    /// Where a date written without spaces ("23.11.2011", "23-Nov-2011") that starts at `index` ends.
    static func compactDate(at index: Int, in p: ParagraphText, before limit: Int) -> Int? {
        let tokens = p.tokens
        guard tokens[index].kind == .number || isDay(at: index, in: p) || tokens[index].isWord else { return nil }
        var end = index + 1
        while end < limit, !tokens[end - 1].spaceAfter, !tokens[end].spaceBefore, end - index < 5,
              tokens[end].isWord || tokens[end].kind == .number || tokens[end].is("-") || tokens[end].is("/") || tokens[end].is(".") { end += 1 }
        let text = p.text(ofTokens: index..<end)
        guard text.first?.isASCIIDigit == true || ReleaseDate.months[String(text.prefix { $0.isLetter }).lowercased()] != nil,
              ReleaseDate.numeric(Substring(text), at: 0) != nil || ReleaseDate.isDateNumber(Substring(text)) else { return nil }
        return end
    }

    /// "March", "May" or "Sept." beside a day's number: a month, though the word alone may be a verb.
    static func isMonth(at index: Int, in p: ParagraphText, before limit: Int) -> Bool {
        let tokens = p.tokens
        guard tokens[index].isWord, tokens[index].isCapitalized,
              ReleaseDate.months[p.text(ofTokens: index..<(index + 1)).lowercased()] != nil else { return false }
        return (index + 1 < limit && isDay(at: index + 1, in: p)) || (index > 0 && isDay(at: index - 1, in: p))
    }

    /// A number, or a day's ordinal ("3rd", "21st"): releases write "Feb. 3rd, 2019" as well.
    static func isDay(at index: Int, in p: ParagraphText) -> Bool {
        let token = p.tokens[index]
        if token.kind == .number { return true }
        // (An ASCII digit first, asked of the scalar's value: a Unicode property costs a table look-up per word.)
        guard token.isWord, token.first.value &- 48 < 10 else { return false }
        let text = p.text(ofTokens: index..<(index + 1)).lowercased()
        let digits = text.prefix { $0.isASCIIDigit }
        return (1...2).contains(digits.count) && ["st", "nd", "rd", "th"].contains(String(text.dropFirst(digits.count)))
    }

    /// "–", "—", or "-" set off by spaces: not the hyphen inside "Jean-Pierre".
    static func isSpacedDash(_ token: Token) -> Bool {
        token.isDash && (!token.is("-") || (token.spaceBefore && token.spaceAfter))
    }

    /// Where the dateline's place starts: after a release number in brackets ("(03/78) TRENTON –").
    static func placeStart(in p: ParagraphText, sentence: Range<Int>) -> Int {
        let tokens = p.tokens
        let start = sentence.lowerBound
        guard start < sentence.upperBound, tokens[start].is("("),
              let close = window(from: start + 1, to: min(sentence.upperBound, start + 8)).first(where: { tokens[$0].is(")") }), close > start + 1,
              (start + 1..<close).allSatisfy({ tokens[$0].kind == .number || tokens[$0].is("/") || tokens[$0].is("-") }),
              (start + 1..<close).contains(where: { tokens[$0].kind == .number })
        else { return start }
        return close + 1
    }
}
