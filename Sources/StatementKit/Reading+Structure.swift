/// The parts of the structure that only reading the body can give: the dateline opening its
/// first paragraph, an issuer the headline or the body introduces ("Statement from X:", "X
/// issued the following statement:"), and the issuer as the voice of the body's "we".
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
        let placeText = p.substring(ofTokens: Dateline.placeStart(in: p, sentence: reach)..<end)
        if structure.structure.place == nil, let place = DateParagraph.place(inDateline: placeText), DateParagraph.mayBeAPlace(place) {
            structure.structure.place = place
        }
        // "(Washington, D.C.-May 25, 2005)": the date set close after the place.
        if structure.structure.date == nil { structure.structure.date = ReleaseDate.first(in: text.replacing(".-", with: ". "))?.iso }
        if structure.structure.date == nil { structure.structure.date = DateParagraph.numericDate(inDateline: text)?.iso }
    }

    /// Once the body names the issuer the parts gave, "we" and "the statement" in the
    /// narration are theirs unless someone nearer speaks: the release's own word outranks a
    /// guess from the first sentence. Looked for in the body's first sentences only.
    mutating func noteIssuerVoice(sentence number: Int) {
        guard issuerInBody == nil, let issuer = structure.structure.issuer, number < firstBodySentence + 4,
              let id = cast.entity(named: issuer)
        else { return }
        cast.voice = id
        if cast.statementIssuer == nil { cast.statementIssuer = id }
        issuerInBody = id
    }

    /// "Statement from X", "Statement attributable to X" as the headline: X issues it, and
    /// the body's "we" is X's.
    mutating func noteHeadlineIssuer(in p: ParagraphText) {
        for sentence in p.sentences {
            noteIssuer(in: p, sentence: sentence, number: sentenceNumber)
        }
        if let id = cast.statementIssuer { headlineIssuer = id }
    }

    /// After the body's first paragraph: whoever it says issues the statement, when it ends
    /// introducing it ("… today issued the following statement:", "Prime Minister Theresa May
    /// said:", "Minister for the Middle East Mr Tobias Ellwood:").
    mutating func noteIntroducedIssuer(in p: ParagraphText, reporters: [Int?]) {
        guard p.index == structure.firstBody else { return }
        if let id = cast.statementIssuer, id != issuerInBody, id != headlineIssuer {
            introducedIssuer = id
        }
        if let last = p.sentences.last, !last.isEmpty, p.tokens[last.upperBound - 1].is(":") {
            if let id = reporters.last ?? nil {
                introducedIssuer = id
            } else if p.sentences.count == 1, last.count <= 16, let id = cast.lastNamed(inSentence: sentenceNumber - 1) {
                introducedIssuer = id
            }
        }
        // What follows an introduction is the introduced speaker's; else the issuer the parts
        // name speaks for the body's narration, named in it or not, before a guess from its
        // first sentence.
        if let id = introducedIssuer {
            cast.voice = id
        } else if issuerInBody == nil, let issuer = structure.structure.issuer {
            // "Scott Morrison" from a byline may be the body's "Mr Morrison"; "Transport Canada" is a body.
            let words = issuer.split(separator: " ")
            // "Transport Secretary" is an office: the body names who holds it, and speaks as them.
            if let last = words.last, Lexicon.isPostWord(last), words.count <= 3 { return }
            let body = words.count == 1 || Lexicon.namesABody(words)
            var name = ProperName(name: issuer, role: nil, kind: body ? .organisation : .group, surface: issuer, gender: .unknown)
            // "Governor Cooper" from a headline is the lede's "Governor Roy Cooper": the post before a
            // surname someone has been named in full with.
            let titles = words.prefix { Cast.isTitleWord($0) }
            if !body, !titles.isEmpty, titles.count < words.count, words.count - titles.count <= 3, cast.knowsSurname(String(words[words.count - 1])),
               words[titles.count...].allSatisfy({ $0.first?.isUppercase == true && !Cast.isTitleWord($0) && $0.allSatisfy { $0.isLetter || "-.'’".contains($0) } }) {
                let posts = titles.filter { !ReferenceParser.honorifics.contains($0.lowercased()) }
                name = ProperName(name: words[titles.count...].joined(separator: " "), role: posts.isEmpty ? nil : posts.joined(separator: " "),
                                  kind: .person, surface: issuer, gender: Gender.of(words: titles.map { $0.lowercased() }))
            }
            guard let id = cast.resolve(.name(name), sentence: sentenceNumber, position: 0) else { return }
            cast.voice = id
            if cast.statementIssuer == nil { cast.statementIssuer = id }
            issuerInBody = id
        }
    }

    /// "Prime Minister Jane Roe will welcome …": the named subject of the body's first sentence.
    mutating func openingSubject(in p: ParagraphText, sentence: Range<Int>, number: Int) -> Int? {
        var start = Dateline.end(in: p, sentence: sentence) ?? sentence.lowerBound
        // "WHAT: The Agency will host a briefing …": an advisory's label, then who hosts.
        if start + 1 < sentence.upperBound, p.text(ofTokens: start..<(start + 1)) == "WHAT" {
            start += p.tokens[start + 1].is(":") ? 2 : 1
            openingIsAdvisory = true
        }
        // "Today Governor Jane Roe issued …": a day's word before the name, with no comma, says when.
        if start + 1 < sentence.upperBound, Lexicon.dayWords.contains(p.text(ofTokens: start..<(start + 1)).lowercased()),
           p.tokens[start + 1].isCapitalized { start += 1 }
        guard start < sentence.upperBound, let subject = FrameFinder.mainSubject(in: p, from: start, before: sentence.upperBound),
              let reference = reference(of: p.tokens[subject]), case .name(let name) = reference
        else { return nil }
        let id = cast.entity(named: name.name)
        // "In response to several requests, the Service has reopened …": the adverbial is no part of the opening.
        // "Today I co-chaired …, Minister Wang": a chunk with a verb of its own is a clause.
        var opening = FrameFinder.firstChunkAfterAdverbials(from: start, before: sentence.upperBound, tokens: p.tokens)
        if (start..<opening).contains(where: { p.isVerb($0) }) { opening = start }
        if let id, subject.lowerBound - opening <= 1, cast.entities[id].kind == .organisation { openingIsBody = true }
        return id
    }

    /// The structure as found, with the body's issuer where it is nearer than the parts', and
    /// the issuer among the speakers.
    func finishedStructure(speakers: [Speaker]) -> StatementStructure {
        var found = structure.structure
        if found.date == nil { found.date = structure.footDate }
        if found.place == nil { found.place = structure.footPlace }
        if found.date == nil { found.date = structure.usDate }
        if found.date == nil { found.date = structure.todayDate }
        // "Prime Minister's statement on coronavirus (COVID-19): 16 March 2020": the headline's date after its colon.
        if found.date == nil, let title = found.title, let colon = title.lastIndex(of: ":") {
            found.date = ReleaseDate.first(in: title[title.index(after: colon)...])?.iso
        }
        if found.date == nil { found.date = structure.headlineDate }
        // "Statement of the Minister on the floods Tuesday, March 3, 2015": a full date ending the
        // headline, as copies run the date line into it, dates what the head dates nowhere else.
        if found.date == nil, let title = found.title, case let words = title.split(separator: " "), words.count > 3,
           let last = words.last, last.filter(\.isASCIIDigit).count == 4, last.allSatisfy({ $0.isASCIIDigit || ".)]".contains($0) }) {
            found.date = ReleaseDate.first(in: words.suffix(4).joined(separator: " ")[...])?.iso
        }
        let named = found.issuer.flatMap { entity(abbreviatedAs: $0) ?? cast.entity(named: $0) }
        if let first = introducedIssuer, let name = cast.name(of: first), !speaksFor(first, found.issuer) {
            found.issuer = name
        } else if let id = headlineIssuer, let name = cast.name(of: id), structure.issuerSource.map({ $0 >= .headline }) ?? true {
            found.issuer = name
        } else if let named, let name = cast.name(of: named), name.first?.isUppercase == true {
            // "EPA" from a contact line is the "U.S. Environmental Protection Agency (EPA)" of the body.
            found.issuer = name
        }
        // A release whose parts name no issuer: whoever the body's first sentence has speak, as its subject
        // ("Prime Minister Jane Roe will welcome …") or by a frame ("…, the ministry announced today"); an
        // advisory's host, or a body that opens it ("The Service is extending …"), speaking or not.
        if found.issuer == nil, !found.parts.isEmpty, let id = openingSpeaker,
           cast.speaks(id) || openingIsAdvisory || (openingIsBody && found.parts.contains { $0.kind != .body }),
           let name = cast.name(of: id), name.first?.isUppercase == true,
           // ("Journalist: Prime Minister, …" opens a transcript: the one who asks issues nothing.)
           !TranscriptLabel.questioners.contains(name.lowercased()) {
            found.issuer = name
        }
        // (A page's trail alone does not make a release: a news report has one too.)
        if found.issuer == nil, !found.datelines.isEmpty
            || found.parts.contains(where: { [.headline, .release, .byline, .dateline, .contact].contains($0.kind) }) {
            found.issuer = likeliestIssuer(speakers: speakers)
        }
        if let issuer = found.issuer, let id = person(titled: issuer), let name = cast.name(of: id) {
            found.issuer = name
        } else if let issuer = found.issuer, let name = Self.nameAfterPost(issuer) {
            found.issuer = name
        } else if let issuer = found.issuer, let names = people(surnamed: issuer) {
            found.issuer = names
        }
        if let issuer = found.issuer {
            let key = issuer.lowercased()
            found.issuerSpeaker = speakers.firstIndex { speaker in
                speaker.name.lowercased() == key || speaker.aliases.contains { $0.lowercased() == key }
            }
        }
        return found
    }

    /// A release names its issuer nowhere the parts or the first sentence show: the one who
    /// opens the body, else whoever speaks most in it.
    private func likeliestIssuer(speakers: [Speaker]) -> String? {
        func voices(_ s: Speaker) -> Int { s.quoteCount + s.reportedCount + s.callCount }
        // A person by full name, or a body by a name that says it is one: "Visit" or "Date" is neither.
        func isNamed(_ name: String, _ kind: Speaker.Kind) -> Bool {
            let words = name.split(separator: " ")
            return name.first?.isUppercase == true
                && (kind == .person ? words.count >= 2 : kind == .organisation && Lexicon.namesABody(words))
        }
        if let id = openingSpeaker, let speaker = speakers.first(where: { $0.name == cast.name(of: id) }),
           isNamed(speaker.name, speaker.kind) { return servedBody(of: speaker) ?? speaker.name }
        return speakers.filter { voices($0) > 0 && isNamed($0.name, $0.kind) }.max { voices($0) < voices($1) }.map { servedBody(of: $0) ?? $0.name }
    }

    /// "NIDA Director Nora Volkow", "Dr Jane Roe, Head of Extreme Events at PHE", "Reclamation
    /// Commissioner": an official whose post names the body they serve speaks for it, and the
    /// body issues the release. (A minister's or an elected member's post names what they hold.)
    private func servedBody(of speaker: Speaker) -> String? {
        guard speaker.kind == .person, let role = speaker.role else { return nil }
        let words = role.split { !$0.isLetter && $0 != "." }
        guard !words.contains(where: { PartCues.politicalPosts.contains($0.lowercased()) }) else { return nil }
        // "Met Office Chief Forecaster": a body's name in capitals opening the post, though the
        // text names the body nowhere else.
        if let post = words.firstIndex(where: Lexicon.isPostWord), post >= 2, case let body = words[..<post],
           body.allSatisfy({ $0.first?.isUppercase == true }), let last = body.last,
           Lexicon.flagTable[last.lowercased()]?.contains(.organisation) == true,
           !cast.entities.contains(where: { $0.kind == .organisation && $0.name.hasSuffix(last) }) {
            return body.joined(separator: " ")
        }
        return cast.entities.first { entity in
            guard entity.kind == .organisation, let last = entity.name.split(separator: " ").last else { return false }
            return words.contains { word in
                Cast.abbreviates(String(word), entity.name, orItsEnd: true)
                    || (word == last && word.first?.isUppercase == true && Lexicon.flagTable[word.lowercased()]?.contains(.title) != true)
            }
        }?.name
    }

    /// "Treasury Assistant Secretary Lowery" or "Lowery" for the body's "Clay Lowery": an issuer
    /// given by surname, with a title or not, or by a role alone, is the person the body names in full.
    private func person(titled issuer: String) -> Int? {
        let words = issuer.split(separator: " ")
        // "Foreign Secretary travels to Toronto": the person the body gives that role ("Governor
        // urges …" over "Gov. Henry McMaster": its short form too).
        if let last = words.last, Lexicon.isPostWord(last) {
            let post = issuer.lowercased()
            return cast.entities.firstIndex { $0.kind == .person && ($0.role?.lowercased().hasSuffix(post) == true || Cast.holds($0.role, described: post)) }
        }
        guard words.last?.first?.isUppercase == true, words.count == 1 || words.dropLast().contains(where: Lexicon.isPostWord) else { return nil }
        return cast.entities.firstIndex { entity in
            let name = entity.name.split(separator: " ")
            return entity.kind != .organisation && name.count >= 2 && words.last == name.last && !name.contains(where: Lexicon.isPostWord)
        }
    }

    /// "Portman, Blumenthal, Durbin, Grassley Urge …": a headline's surnames, two or more, are the
    /// people the body names in full, who issue it together.
    private func people(surnamed issuer: String) -> String? {
        guard issuer.contains(",") || issuer.contains(" and ") || issuer.contains(" & ") else { return nil }
        let surnames = issuer.split { $0 == "," || $0 == " " }.filter { $0 != "and" && $0 != "&" }
        guard (2...8).contains(surnames.count) else { return nil }
        var names: [String] = []
        for surname in surnames {
            guard surname.first?.isUppercase == true, surname.dropFirst().contains(where: \.isLowercase),
                  let id = cast.entities.indices.first(where: { index in
                      let entity = cast.entities[index]
                      let words = entity.name.split(separator: " ")
                      return entity.kind == .person && words.count >= 2 && words.last == surname && !words.contains(where: Cast.isTitleWord)
                  }), let name = cast.name(of: id) else { return nil }
            names.append(name)
        }
        return names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }

    /// "Canadian Heritage Minister Jane Roe": a person's name after their post is who issues the
    /// statement, when the body gives no fuller name; the post is no part of it.
    static func nameAfterPost(_ issuer: String) -> String? {
        let words = issuer.split(separator: " ")
        guard let post = words.lastIndex(where: { Lexicon.isPostWord($0) }),
              post > 0 || words.count > 2, case let name = words[(post + 1)...].joined(separator: " ")[...],
              IssuerFinder.isPersonsName(name) else { return nil }
        return String(name)
    }

    /// "USGS" for "the U.S. Geological Survey", "EPA" for "the U.S. Environmental Protection
    /// Agency": an issuer in capitals that is the initials of a name the body gives in full, the
    /// country's letters before them or not.
    private func entity(abbreviatedAs acronym: String) -> Int? {
        cast.entities.firstIndex { Cast.abbreviates(acronym, $0.name, orItsEnd: true) }
    }

    /// "NASA Associate Administrator … David Weaver" introduces NASA's statement: a person
    /// whose role names the issuer the parts gave speaks for it.
    private func speaksFor(_ id: Int, _ issuer: String?) -> Bool {
        guard let issuer, let role = cast.role(of: id) else { return false }
        return role.split(separator: " ").contains { $0 == issuer[...] }
    }
}
