/// The parts of the structure that only reading the body can give: the dateline opening its
/// first paragraph, and an issuer the body introduces ("X issued the following statement:").
extension Reading {
    /// "WASHINGTON (Nov. 30, 2021) —": kept as the paragraph's dateline, with its place and date.
    mutating func noteDateline(in p: ParagraphText) {
        // "LAUREL, Md. -": the segmenter may have ended a sentence at the place's stop.
        guard let first = p.sentences.first else { return }
        let reach = first.lowerBound..<p.sentences[min(2, p.sentences.count - 1)].upperBound
        guard let end = Dateline.end(in: p, sentence: reach) else { return }
        let tokens = first.lowerBound..<end
        let text = p.substring(ofTokens: tokens)
        structure.structure.datelines.append(ParagraphDateline(paragraph: p.index, span: p.span(ofTokens: tokens)))
        if structure.structure.place == nil { structure.structure.place = DateParagraph.place(inDateline: text) }
        if structure.structure.date == nil { structure.structure.date = ReleaseDate.first(in: text)?.iso }
    }

    /// After the body's first paragraph: whoever it says issues the statement, when it ends
    /// introducing it ("… today issued the following statement:", "Prime Minister Theresa May
    /// said:", "Minister for the Middle East Mr Tobias Ellwood:").
    mutating func noteIntroducedIssuer(in p: ParagraphText, reporters: [Int?]) {
        guard p.index == structure.firstBody else { return }
        if let id = cast.statementIssuer {
            introducedIssuer = id
            return
        }
        guard let last = p.sentences.last, !last.isEmpty, p.tokens[last.upperBound - 1].is(":") else { return }
        if let id = reporters.last ?? nil {
            introducedIssuer = id
        } else if p.sentences.count == 1, last.count <= 16, let id = cast.lastNamed(inSentence: sentenceNumber - 1) {
            introducedIssuer = id
        }
    }

    /// Once the body names the issuer the parts gave, "we" and "the statement" in the
    /// narration are theirs unless someone nearer speaks. Looked for in the body's first
    /// sentences only.
    mutating func noteIssuerVoice(sentence number: Int) {
        guard cast.voice == nil || cast.statementIssuer == nil, let issuer = structure.structure.issuer,
              number < firstBodySentence + 4, let id = cast.entity(named: issuer)
        else { return }
        if cast.voice == nil { cast.voice = id }
        if cast.statementIssuer == nil { cast.statementIssuer = id }
    }

    /// The structure as found, with the body's issuer where it is nearer than the parts', and
    /// the issuer among the speakers.
    func finishedStructure(speakers: [Speaker]) -> StatementStructure {
        var found = structure.structure
        let named = found.issuer.flatMap { cast.entity(named: $0) }
        if let first = introducedIssuer, let name = cast.name(of: first), !speaksFor(first, found.issuer) {
            found.issuer = name
        } else if let named, let name = cast.name(of: named), name.first?.isUppercase == true {
            // "EPA" from a contact line is the "U.S. Environmental Protection Agency (EPA)" of the body.
            found.issuer = name
        }
        if let issuer = found.issuer {
            let key = issuer.lowercased()
            found.issuerSpeaker = speakers.firstIndex { speaker in
                speaker.name.lowercased() == key || speaker.aliases.contains { $0.lowercased() == key }
            }
        }
        return found
    }

    /// "NASA Associate Administrator … David Weaver" introduces NASA's statement: a person
    /// whose role names the issuer the parts gave speaks for it.
    private func speaksFor(_ id: Int, _ issuer: String?) -> Bool {
        guard let issuer, let role = cast.role(of: id) else { return false }
        return role.split(separator: " ").contains { $0 == issuer[...] }
    }
}
