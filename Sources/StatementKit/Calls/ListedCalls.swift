/// "We recommend that Iraq:" over "1. Protects the right …", "2. Strengthens …": a call whose
/// actions stand as the items of a list in the paragraphs after it. Each item is a call of its
/// own, cued by its first word, asking whom the frame names.
struct ListedCallFrame {
    var addressee: Substring?
    var actor: Int?
    var strength: CallToAction.Strength

    /// The frame a paragraph ends with: a cue in the narration, whom it asks ("that Iraq",
    /// "the Government to", "on all parties to", or no one), then the colon that opens the list.
    static func cue(in p: ParagraphText) -> (cue: Int, addressee: Range<Int>?)? {
        let tokens = p.tokens
        guard let last = p.sentences.last, last.count >= 3, tokens[last.upperBound - 1].is(":") else { return nil }
        let colon = last.upperBound - 1
        // "His message to world leaders was simple:", "Our appeal to all parties is clear:": a
        // message or a call's noun, whom it is to, and a word or two saying what it is like.
        if let noun = (last.lowerBound..<colon).first(where: { index in
               tokens[index].isWord && !tokens[index].isCapitalized && index + 2 < colon && tokens[index + 1].is(.to)
                   && (tokens[index].cue > 0 && CueGrammar.all[Int(tokens[index].cue) - 1].partOfSpeech == .noun
                       || p.text(ofTokens: index..<(index + 1)).lowercased() == "message")
           }),
           let copula = ((noun + 2)..<colon).first(where: { tokens[$0].is(oneOf: [.is, .was]) }), copula > noun + 2,
           colon - copula <= 3, ((noun + 2)..<copula).allSatisfy({ tokens[$0].isWord && !p.isVerb($0) }) {
            return (noun, (noun + 2)..<copula)
        }
        // A verb, not a noun after its determiner ("Doe’s request that Congress act:").
        guard let cue = (last.lowerBound..<colon).first(where: { index in
            tokens[index].cue > 0 && !tokens[index].isCapitalized
                && CueGrammar.all[Int(tokens[index].cue) - 1].partOfSpeech == .verb
                && !(index > 0 && (tokens[index - 1].flags.contains(.determiner) || ReferenceParser.isPossessive(tokens[index - 1])))
        }) else { return nil }
        var start = cue + 1
        if start < colon, tokens[start].is(oneOf: [.on, .upon, .that]) { start += 1 }
        var end = colon
        if end > start, tokens[end - 1].is(.to) { end -= 1 }
        // Whom, with no verb of its own: "to act now:" has asked already.
        guard (start..<end).allSatisfy({ (tokens[$0].isWord && !tokens[$0].is(.to) && !p.isVerb($0)) || tokens[$0].is(",") }),
              end - start <= 12, end == start || !tokens[end - 1].flags.contains(.baseVerb)
        else { return nil }
        return (cue, start < end ? start..<end : nil)
    }

    /// The words of a list item after its marker ("1.", "2)", "(a)", "•", "-"), or of one that
    /// opens with its verb ("Protects the right …"); nil when the paragraph is no item.
    static func item(in p: ParagraphText) -> Range<Int>? {
        let tokens = p.tokens
        guard let first = tokens.first else { return nil }
        var start = 0
        if first.kind == .number || (first.isWord && p.text(ofTokens: 0..<1).count == 1), tokens.count > 2,
           tokens[1].is(".") || tokens[1].is(")") {
            start = 2
        } else if first.is("("), tokens.count > 3, tokens[2].is(")") {
            start = 3
        } else if first.is("•") || first.is("-") || first.is("–") || first.is("*") {
            start = 1
        } else if !(first.isWord && first.isCapitalized && opensWithVerb(p)) {
            return nil
        }
        var end = tokens.count
        while end > start, !tokens[end - 1].isWord, tokens[end - 1].kind != .quoteMark { end -= 1 }
        guard end > start, tokens[start].isWord else { return nil }
        return start..<end
    }

    /// "Check the advice …; Forward suspicious emails …; Do not click …": items run together in
    /// one paragraph, parted by semicolons, each opening with its verb, are a call each.
    static func parts(of item: Range<Int>, in p: ParagraphText) -> [Range<Int>] {
        let tokens = p.tokens
        var parts: [Range<Int>] = []
        var start = item.lowerBound
        for index in item where tokens[index].is(";") && p.quote(ofToken: index) == nil {
            var next = index + 1
            if next < item.upperBound, tokens[next].is(oneOf: [.and, .or]) { next += 1 }
            guard next < item.upperBound, tokens[next].isWord,
                  CallFinder.opensAListedAct(tokens[next]) || p.isVerb(next)
            else { continue }
            if index > start { parts.append(start..<index) }
            start = next
        }
        parts.append(start..<item.upperBound)
        return parts
    }

    /// "Release all prisoners", "Protects the right": a bare verb or its form in -s opens the item.
    private static func opensWithVerb(_ p: ParagraphText) -> Bool {
        if p.tokens[0].flags.contains(.baseVerb) || p.isVerb(0) { return true }
        let word = p.text(ofTokens: 0..<1).lowercased()
        // "Re-start dialogue", "Co-operate fully": a bare verb behind a short prefix and its hyphen.
        if let hyphen = word.firstIndex(of: "-"), word.distance(from: word.startIndex, to: hyphen) <= 3,
           Lexicon.flagTable[String(word[word.index(after: hyphen)...])]?.contains(.baseVerb) == true {
            return true
        }
        guard word.hasSuffix("s") else { return false }
        let stems = [String(word.dropLast()), word.hasSuffix("es") ? String(word.dropLast(2)) : ""]
        return stems.contains { Lexicon.flagTable[$0]?.contains(.baseVerb) == true }
    }
}

extension Reading {
    /// Notes a list's frame at the end of a paragraph, and makes the calls of the items after it.
    /// `frame` is the paragraph's own, found once by the caller.
    mutating func readListedCalls(in p: ParagraphText, frame found: (cue: Int, addressee: Range<Int>?)?, quoteSpeakers: [Int?]) {
        if let frame = listedCallFrame, let whole = ListedCallFrame.item(in: p) {
            for item in ListedCallFrame.parts(of: whole, in: p) {
                let cue = item.lowerBound..<(item.lowerBound + 1)
                calls.append(CallToAction(
                    paragraph: p.index, span: p.span(ofTokens: item), actor: nil, cue: p.text(ofTokens: cue),
                    addressee: frame.addressee, action: p.substring(ofTokens: item), strength: frame.strength,
                    cueSpan: p.span(ofTokens: cue), addresseeSpan: nil, actionSpan: p.span(ofTokens: item), group: calls.count))
                callActors.append(frame.actor)
            }
            return
        }
        listedCallFrame = nil
        guard let (cue, addressee) = found else { return }
        let quote = p.quote(ofToken: cue)
        var actor: Int? = quote.flatMap { quoteSpeakers[$0] }
        // "His message to world leaders was simple:": the owner of the message asks.
        let owners: [KnownWord: Lexicon.Pronoun] = [.his: .he, .her: .she, .their: .they, .our: .we, .its: .it]
        if quote == nil, cue > 0, let known = p.tokens[cue - 1].known, let pronoun = owners[known] {
            actor = cast.resolve(.pronoun(pronoun), sentence: sentenceNumber - 1, position: cue - 1, scope: cast.voice)
        } else if quote == nil, let sentence = p.sentences.last {
            let clause = FrameFinder.clauseStart(before: cue, in: p, sentence: sentence)
            var k = cue - 1
            while k >= clause, p.standsBeforeVerb(k) { k -= 1 }
            if k >= clause, let subject = FrameFinder.subject(endingAt: k, clauseStart: clause, in: p, sentence: sentence),
               let reference = reference(of: p.tokens[subject]) {
                actor = cast.resolve(reference, sentence: sentenceNumber - 1, position: subject.lowerBound, scope: cast.voice)
            }
        }
        listedCallFrame = ListedCallFrame(
            addressee: addressee.map { p.substring(ofTokens: $0) }, actor: actor,
            strength: p.tokens[cue].cue > 0 ? CueGrammar.all[Int(p.tokens[cue].cue) - 1].strength : .request)
    }
}
