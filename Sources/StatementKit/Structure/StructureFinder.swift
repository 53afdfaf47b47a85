/// Finds a release's parts from its paragraphs' text alone: the head (release lines, date
/// lines, contacts, headline) before the first body paragraph, and the foot (contacts,
/// boilerplate, notes to editors, end mark, trail) after the last. Only a few paragraphs at
/// each end are looked at, so a long statement costs the same as a short one.
struct StructureFinder {
    /// The most days a page is posted after the release it carries: a date in the head further
    /// back than this is some other day's.
    static let postingDelay = 14

    /// How far into the text a head may reach, and how far back from the end a foot.
    static let headLimit = 14
    static let footLimit = 24

    let count: Int
    let paragraph: (Int) -> Substring

    /// What the paragraphs alone say; the body's dateline and issuer are added as it is read.
    struct Found {
        var structure = StatementStructure()
        /// The first paragraph of the body, where a dateline may open it.
        var firstBody = 0
        /// Where the issuer came from, to let a nearer source in the body replace a weaker one.
        var issuerSource: IssuerFinder.Source?
        /// A date the foot gives ("Published 3 June 2021"), taken when nothing nearer does.
        var footDate: String?
        /// The place of a foot line of place and date, taken when nothing nearer names one.
        var footPlace: String?
        /// A numeric date in the head that reads either way ("3/2/2012"), read month first when
        /// the release shows itself American.
        var usDate: String?
        /// "The Met Office today (Tuesday 19 July 2016) declared …": the day the body calls today.
        var todayDate: String?
        /// "… on the floods Tuesday, March 3, 2015": the date a copy ran into the headline's line.
        var headlineDate: String?
    }

    func find() -> Found {
        var found = Found()
        guard count > 1 else { return found }
        var kinds: [Int: StatementPart.Kind] = [:]
        var shapes: [Int: ParagraphShape] = [:]
        func shape(_ index: Int) -> ParagraphShape {
            if let known = shapes[index] { return known }
            let made = ParagraphShape(paragraph(index))
            shapes[index] = made
            return made
        }

        // A forwarded release: the forwarder's note and the mark are the trail, the head starts after.
        let forward = (0..<min(count - 1, Self.headLimit)).last { index in
            paragraph(index).utf8.count <= 300 && shape(index).lines.contains { Self.isForwardMark($0) }
        }
        var headStart = forward.map { $0 + 1 } ?? 0
        // "* * *" under the forwarder's note parts it from the release.
        if forward != nil, headStart < count - 1, paragraph(headStart).utf8.count <= 12,
           paragraph(headStart).allSatisfy({ "*-=_ ".contains($0) }), paragraph(headStart).contains(where: { $0 != " " }) {
            headStart += 1
        }
        for index in 0..<headStart { kinds[index] = .trail }
        // The head: parts until the first paragraph that reads as body.
        var firstBody = headStart
        var headline: Int?
        while firstBody < min(count - 1, headStart + Self.headLimit) {
            var kind = headKind(firstBody, shape: shape, headline: headline)
            // An office's name opening the page, over the headline or a release line, is its letterhead.
            // (Above it, only the page's furniture.)
            let opensHead = (headStart..<firstBody).allSatisfy { kinds[$0] == .trail }
            // "City of Riverton / Department of Public Works / Office of Communications": a letterhead
            // may set each of its names in a paragraph of its own, the body over its office.
            let underLetterhead = firstBody > headStart && (headStart..<firstBody).allSatisfy { index in
                kinds[index] == .trail || (kinds[index] == .release && shape(index).isOneLine && Self.namesAnOffice(shape(index)))
            }
            let overHead = kind == .headline && firstBody + 1 < count && (Self.isRelease(shape(firstBody + 1))
                || headKind(firstBody + 1, shape: shape, headline: nil) == .release || Self.isLetterheadLine(shape(firstBody + 1)))
            // (Under a letterhead's first name, a line that only names an office is the letterhead's too.)
            let nameLine = underLetterhead && Self.isLetterheadLine(shape(firstBody))
            // ("U.S. Department of Energy, Office of Public Affairs": a body and its office, whatever follows.)
            let bodyAndOffice = opensHead && Self.isLetterheadLine(shape(firstBody)) && shape(firstBody).lines[0].contains(", Office of ")
            if opensHead || underLetterhead, kind == .byline || (kind == .headline && (overHead || nameLine || bodyAndOffice)),
               Self.namesAnOffice(shape(firstBody)) { kind = .release }
            // "Official DEQ news releases.", "EPA Press Release:": a short line the head's cues do
            // not know, over release lines, contacts or a date, is the page's furniture, not body.
            if kind == nil, headline == nil, Self.isStrayLine(shape(firstBody)),
               window(from: firstBody + 1, to: min(count - 1, firstBody + 3)).contains(where: { next in
                   headKind(next, shape: shape, headline: nil).map { [.release, .contact, .dateline, .trail].contains($0) } ?? false
               }) {
                kind = .trail
            }
            // "WORLD", "Politics" over the headline: a word alone that opens the page is its section's
            // label (a body's name there is its letterhead), as a label of two words already is.
            if kind == nil, headline == nil, opensHead, Self.isOneWordLabel(shape(firstBody)), firstBody + 1 < count,
               headKind(firstBody + 1, shape: shape, headline: nil) == .headline {
                kind = Self.namesAnOffice(shape(firstBody)) ? .release : .trail
            }
            // "Organization" over "Bureau of Land Management": under the headline, a stray label
            // the cues do not know is the part of the line below it.
            if kind == nil, headline != nil, Self.isStrayLine(shape(firstBody)), !shape(firstBody).endsLikeProse,
               shape(firstBody).lines[0].split(separator: " ").count <= 3,
               firstBody + 1 < count, let below = headKind(firstBody + 1, shape: shape, headline: headline),
               [.byline, .contact, .release, .dateline].contains(below) {
                kind = below
            }
            // "Transcript of Doorstop interview at …, NSW." over a minister's name and office: a
            // line or two that end in a stop are still the head when a byline or release lines follow.
            if kind == nil, let below = headBelow(firstBody, shape: shape) {
                for index in firstBody..<below { kinds[index] = headline == nil && index == firstBody ? .headline : .subheadline }
                if headline == nil { headline = firstBody }
                firstBody = below
                continue
            }
            // "BLM Office: / Wyoming State Office", "Media Contact: / Jane Roe": a field's value, a
            // paragraph of its own under its label, is the label's part.
            if firstBody > headStart, let label = kinds[firstBody - 1], [.byline, .contact].contains(label),
               Self.isFieldLabel(shape(firstBody - 1)), Self.isFieldValue(shape(firstBody)) {
                kind = label
            }
            // "Headline / 24 February 2018 / • 296,606 items intercepted / • …": the headline's points
            // may stand under its date or release lines, still above the body.
            if kind == nil, let headline, firstBody > headline + 1, shape(firstBody).text.utf8.count <= 400, Self.isPoints(shape(firstBody)),
               ((headline + 1)..<firstBody).allSatisfy({ [.dateline, .release, .byline].contains(kinds[$0]) }) {
                kind = .subheadline
            }
            // "Drivers urged to check tyres / As the holidays begin, the agency … / Published 15 July
            // 2019 From: Roads Agency": a page's summary stands between its title and the line that
            // says when and by whom it was published.
            if kind == nil, let headline, firstBody == headline + 1, firstBody + 2 < count, shape(firstBody).isOneLine,
               shape(firstBody).text.utf8.count <= 300, Self.isPublishingLine(shape(firstBody + 1)),
               let below = headKind(firstBody + 1, shape: shape, headline: headline), [.dateline, .release].contains(below) {
                kind = .subheadline
            }
            // "Research moving companies, read and file complaints" over "WASHINGTON, DC – The agency …":
            // a lede that opens with its dateline starts the body, so a short line above it that ends
            // in no stop is still the head: the headline's deck, or under release lines the headline.
            if kind == nil, firstBody + 1 < count, Self.isLineAboveLede(shape(firstBody), lede: paragraph(firstBody + 1)) {
                kind = headline != nil && [.headline, .subheadline].contains(kinds[firstBody - 1]) ? .subheadline : .headline
            }
            guard let kind else { break }
            if kind == .headline {
                // "THE WHITE HOUSE" above the real headline names who issues it; a bulletin's
                // subject line over the same headline is the headline twice.
                // A repost's title holding the headline ("PRIME MINISTER – JOINT MEDIA RELEASE – HEADLINE") is one too.
                // (A page's title over "Statement by …" stays a headline: the statement's own is the title.)
                if let earlier = headline, !shape(earlier).joined.contains(shape(firstBody).joined),
                   !(Self.namesAStatement(shape(firstBody)) && !Self.namesAStatement(shape(earlier)) && shape(earlier).lines.count > 1) {
                    // A body's name that opens the page is its letterhead, set with the release lines.
                    let opensPage = (headStart..<earlier).allSatisfy({ kinds[$0] == .trail })
                    let letterhead = opensPage && Self.namesAnOffice(shape(earlier))
                    // A label that opens the page and names no one ("Announcements on GOV.UK") is the site's own.
                    kinds[earlier] = letterhead ? .release : opensPage && !Self.namesSomeone(shape(earlier)) ? .trail : .byline
                }
                headline = firstBody
            }
            kinds[firstBody] = kind
            firstBody += 1
        }
        // A head stands above prose: lines that run on into more short lines are a list, not a head.
        // (A headline with a release line, a date line, a contact or the site's furniture beside it is a head whatever follows.)
        let prose = firstBody < count && (shape(firstBody).endsLikeProse || shape(firstBody).text.utf8.count > 150)
        let evident = headline != nil && kinds.values.contains { [.release, .dateline, .contact, .trail].contains($0) }
        if firstBody >= headStart + Self.headLimit || (firstBody > headStart && !prose && !evident) {
            kinds = [:]
            for index in 0..<headStart { kinds[index] = .trail }
            firstBody = headStart
            headline = nil
        }
        // Under the headline or a release line, one sentence saying what the document is ("Joint
        // statement from the Governments of A, B and C on …") is its standfirst; the body's reading
        // still starts there, where a dateline or an introduction may stand.
        if firstBody > headStart, firstBody + 1 < count, let above = kinds[firstBody - 1], [.headline, .release].contains(above),
           Self.namesTheDocument(shape(firstBody)) {
            kinds[firstBody] = .subheadline
        }
        // "The press release issued by the Home Office on 3 March 2025." over one sentence: a copy of
        // a GOV.UK page (a summary under every title since 2012) keeps that summary first.
        if firstBody > headStart, firstBody + 1 < count, kinds[firstBody] == nil, kinds[firstBody - 1] == .release,
           Self.isGovUKCopyLine(shape(firstBody - 1)), Self.isStandfirst(shape(firstBody)), !Self.refersBack(paragraph(firstBody + 1)) {
            kinds[firstBody] = .subheadline
        }
        // "The Agency urges residents to sign up for flood warnings." over "The Agency is urging
        // residents to sign up …": under the head, one sentence whose words the next paragraph
        // mostly says again is the summary the body then tells in full.
        if firstBody > headStart, firstBody + 1 < count, kinds[firstBody] == nil, let above = kinds[firstBody - 1],
           [.headline, .release, .byline, .dateline].contains(above), Self.isSummary(shape(firstBody), of: paragraph(firstBody + 1)) {
            kinds[firstBody] = .subheadline
        }
        // "Shoppers need to stay alert this season." over "Today, the U.S. Attorney reminded …": the
        // story's lede opens with its day or its dateline, so one sentence above it, under the head,
        // is the summary set over the story, not its start.
        if firstBody > headStart, firstBody + 1 < count, kinds[firstBody] == nil, let above = kinds[firstBody - 1],
           [.headline, .release, .byline, .dateline].contains(above), Self.isSummaryOverLede(shape(firstBody), lede: paragraph(firstBody + 1)) {
            kinds[firstBody] = .subheadline
        }
        // "Ministers to take a bold approach.", "Extended to over-50s.": right under the headline, a
        // sentence of a few words over a longer paragraph is its deck; a lede tells more.
        if let headline, headline == firstBody - 1, firstBody + 1 < count, Self.isDeck(shape(firstBody)),
           shape(firstBody + 1).text.utf8.count > shape(firstBody).text.utf8.count {
            kinds[firstBody] = .subheadline
        }
        // "Issue" under the head's date line, over a paragraph of prose: a page set out in sections
        // opens with its first section's title.
        if headline != nil, firstBody > headStart, firstBody + 1 < count, kinds[firstBody] == nil,
           let above = kinds[firstBody - 1], [.dateline, .release, .byline].contains(above),
           Self.isSectionHeading(shape(firstBody)), Self.isProse(shape(firstBody + 1)) {
            kinds[firstBody] = .subheadline
        }
        // "PDF printable version of the release (PDF 18 KB)" under the standfirst: a link to the
        // page's file, with its size, is the page's furniture, not the body's.
        if firstBody + 1 < count - 1 {
            for index in window(from: firstBody + 1, to: min(count - 1, firstBody + 4)) where kinds[index] == nil && Self.isFileLink(shape(index)) {
                kinds[index] = .trail
            }
        }
        // "21 March 2010" a paragraph or two under the standfirst or a page's link: a release's date
        // line may stand below its head's other lines, and a body never gives a bare date as a
        // paragraph. (Under a label, "Date" or "When:", it is an event's date.)
        if firstBody > headStart, firstBody + 1 < count - 1 {
            for index in window(from: firstBody + 1, to: min(count - 1, firstBody + 4)) where kinds[index] == nil && DateParagraph.isBareDate(shape(index)) {
                let above = shape(index - 1)
                guard !(above.isOneLine && (above.lines[0].hasSuffix(":") || above.lines[0].split(separator: " ").count == 1)) else { continue }
                kinds[index] = .dateline
                break
            }
        }
        // "This was published under the 2019 to 2022 Johnson Conservative government": a site's note
        // on the page's history stands under its summary, before the body; that summary, a sentence
        // under the headline, is the standfirst.
        if let headline, firstBody == headline + 1, firstBody + 2 < count, shape(firstBody + 1).isOneLine,
           PartCues.opens(shape(firstBody + 1).opening, with: PartCues.historyNotes) != nil {
            if kinds[firstBody] == nil, shape(firstBody).isOneLine, shape(firstBody).text.utf8.count <= 300 { kinds[firstBody] = .subheadline }
            kinds[firstBody + 1] = .trail
            firstBody += 2
        }
        // "Prime Minister Jane Roe made a statement." over "The Rt Hon Jane Roe MP": a speech page
        // names its speaker under the summary, before the speech.
        if firstBody > headStart, kinds[firstBody] == .subheadline, firstBody + 2 < count, kinds[firstBody + 1] == nil,
           Self.isByline(shape(firstBody + 1)) {
            kinds[firstBody + 1] = .byline
        }
        // A body's name above the headline is the page's letterhead, however deep in the head: only
        // under the headline does a name say who issues the statement. (An office held by someone,
        // "Minister for Health", stays a byline.)
        if let headline {
            for index in headStart..<headline where kinds[index] == .byline && Self.namesAnOffice(shape(index)) {
                let titled = shape(index).lines.contains { line in
                    line.split(separator: " ").contains { Lexicon.isPostWord($0) }
                }
                if !titled { kinds[index] = .release }
            }
        }

        // The foot: from the end mark on, everything is trail; before it, parts back to the body.
        var footStart = max(firstBody + 1, count - Self.footLimit)
        // A site's footer of links, one a paragraph, may run past the limit: the foot reaches back over them.
        while footStart > firstBody + 1, case let s = shape(footStart - 1),
              Self.isLinkTitle(s) || (s.isShort && s.everyLineOpens(with: PartCues.trail)) { footStart -= 1 }
        var footEnd = count
        if footStart < count, let mark = (footStart..<count).last(where: { paragraph($0).utf8.count <= 64 && Self.isEndMark(shape($0)) }) {
            kinds[mark] = .endMark
            // A contact block after the mark is still a contact, and "About the Agency" boilerplate;
            // the rest, mailing-list lines among it ("To subscribe …"), is the trail.
            // "ENDS / Notes to editors / 1. …": the notes set under the mark are notes still,
            // from their heading on, but for the page's own furniture.
            var notes = false
            for index in (mark + 1)..<count {
                let size = paragraph(index).utf8.count
                let s = shape(index)
                // "Media Enquiries: / Jane Roe / Media Relations Advisor / (613) …" set one line a
                // paragraph: the short lines under a contact go on with it.
                let underContact = kinds[index - 1] == .contact && s.isOneLine && size <= 80 && !s.endsLikeSentence
                    && !s.everyLineOpens(with: PartCues.trail)
                kinds[index] = size <= 600 && (Self.isContact(s) || underContact) ? .contact
                    : size <= 1_500 && (IssuerFinder.describesAnAgency(s) || s.opening.hasPrefix("about "))
                    ? .boilerplate : .trail
                // "About the Department of Rivers" alone as a heading: the prose under it is what it heads,
                // however the body says what it does ("… looks after the nation's rivers.").
                if kinds[index] == .trail, kinds[index - 1] == .boilerplate, size <= 1_500, Self.isProse(s),
                   case let above = shape(index - 1), above.isOneLine, !above.endsLikeProse, above.opening.hasPrefix("about ") {
                    kinds[index] = .boilerplate
                }
                if kinds[index] == .trail, size <= 1_500, PartCues.opens(s.opening, with: PartCues.editorNote) != nil { notes = true }
                if notes, kinds[index] == .trail, !Self.isFurniture(s) { kinds[index] = .editorNote }
            }
            footEnd = mark
        }
        // "Related links", "Tags:": the page's furniture from there on.
        // ("Share this page / Facebook / Twitter": the links may stand in the heading's paragraph.)
        if footStart < footEnd, let heading = (footStart..<footEnd).first(where: { index in
            let s = shape(index)
            guard let first = s.lines.first, first.utf8.count <= 50, PartCues.opens(s.opening, with: PartCues.trailHeadings) != nil
            else { return false }
            return s.isOneLine || (s.isShort && !s.endsLikeSentence && s.lines.allSatisfy { $0.utf8.count <= 80 })
        }) {
            for index in heading..<footEnd { kinds[index] = .trail }
            footEnd = heading
        }
        var index = footEnd - 1
        // (The parts run on back to the body, past where the foot was looked for.)
        while index > firstBody {
            if let kind = footKind(index, shape: shape(index), next: kinds[index + 1]) {
                kinds[index] = kind
            } else if kinds[index + 1] == .contact, index - 1 >= footStart, shape(index).isOneLine, !shape(index).endsLikeSentence,
                      paragraph(index).utf8.count <= 60, Self.isContact(shape(index - 1))
            {
                // "Alberta" between two contact blocks: a heading within the contacts.
                kinds[index] = .contact
            } else if index - 1 > firstBody, Self.isStrayLine(shape(index)), !shape(index).endsLikeProse, Self.isFurniture(shape(index - 1)) {
                // "Schools, Grants, Libraries" under "Share this page": a short line the cues do not know,
                // below the page's furniture, is furniture too.
                kinds[index] = .trail
            } else if index - 1 > firstBody, paragraph(index).utf8.count <= 1_500, Self.isProse(shape(index)),
                      Self.isAboutHeading(shape(index - 1)) {
                // "About Acme Robotics" over a paragraph of prose, below it only the foot's parts:
                // the boilerplate, however the prose tells what the company does.
                kinds[index] = .boilerplate
            } else {
                break
            }
            index -= 1
        }
        footStart = min(footStart, index + 1)
        // "Forum contact information -- / Mail: …, Telephone: …" above a last line of prose: a
        // contact block set inside the foot's body paragraphs, its heading with it.
        if index > footStart {
            for j in stride(from: index - 1, through: footStart, by: -1) where kinds[j] == nil {
                let s = shape(j)
                // (A dial-in's numbers are the event's, not whom to contact: a line must say "Telephone:", "Fax:" or the like.)
                // "Jane Roe, Press Secretary, 202-555-0100": short lines that read as a contact, with no cue
                // and no sentence, are one too; a telebriefing's dial-in numbers, or those under their heading, are not.
                let named = s.lines.count <= 6 && !s.endsLikeSentence && s.lines.allSatisfy({ $0.count <= 60 }) && (Self.isContact(s) || Self.isContactBlock(s)) && !Self.isDialIn(s)
                    && !(max(0, j - 2)..<j).contains { paragraph($0).utf8.count <= 200 && Self.isDialIn(shape($0)) }
                guard s.text.utf8.count <= 300, s.lines.count <= 4 || named, s.hasPhoneOrEmail, s.lines.count > 1 || !s.endsLikeProse,
                      named || s.lines.contains(where: { PartCues.opens(ParagraphShape($0).opening, with: PartCues.contact) != nil })
                else { continue }
                kinds[j] = .contact
                if j - 1 >= footStart, kinds[j - 1] == nil, case let above = shape(j - 1), above.isOneLine, above.text.utf8.count <= 60,
                   above.opening.contains("contact"), !above.endsLikeSentence || above.lines[0].hasSuffix(":") {
                    kinds[j - 1] = .contact
                }
                // "Media enquiries / Jane Roe / Press Secretary" above it, one line a paragraph: the block's
                // heading, name and post go with it.
                var k = j - 1
                while k > firstBody, kinds[k] == nil, case let above = shape(k), above.isOneLine, above.text.utf8.count <= 60, !above.endsLikeProse,
                      PartCues.opens(above.opening, with: PartCues.contact) != nil
                          || Self.isTitleCaseLine(above) && !Self.namesAnOffice(above) && (above.opensWithName || Self.namesSomeone(above)) {
                    kinds[k] = .contact
                    k -= 1
                }
            }
        }
        // "Follow us on Twitter: @CdnHeritage" under the media contacts closes the contact block,
        // as the Government of Canada sets it.
        for index in stride(from: max(footStart, 1), to: count, by: 1) where kinds[index] == .trail && kinds[index - 1] == .contact
            && shape(index).isShort && PartCues.opens(shape(index).opening, with: PartCues.contactClosers) != nil {
            kinds[index] = .contact
        }
        // "Notes to editors" heads the paragraphs after it.
        if index >= footStart, let note = (footStart...index).first(where: {
            paragraph($0).prefix(24).lowercased().contains("note") && PartCues.opens(shape($0).opening, with: PartCues.editorNote) != nil
                || Self.isNotesHeading(shape($0))
        }) {
            for n in note...index { kinds[n] = .editorNote }
        }
        // "What you should do", "Quotes": in a release with a head, or a body that opens with its
        // dateline as a release's does, a short title between two paragraphs of prose heads the
        // section below it. (A bulleted list is as good as prose on either side: sections of
        // advice run to lists.) A text with no head at all shows itself set out in sections by two such titles.
        let headed = headline != nil || DateParagraph.opensWithDateline(paragraph(firstBody))
        // (Only a text of a release's length is read so: a long one with no head is no release.)
        if headed || (firstBody == headStart && index - firstBody <= Self.releaseLength), firstBody + 1 < index {
            // (A title is one short line: a longer paragraph is passed over before its shape is made.)
            let headings = ((firstBody + 1)..<index).filter { heading in
                paragraph(heading).utf8.count <= Self.sectionHeadingLength
                    && kinds[heading] == nil && kinds[heading - 1] == nil && kinds[heading + 1] == nil
                    && Self.isSectionHeading(shape(heading)) && (Self.endsASection(shape(heading - 1)) || Self.isPoints(shape(heading - 1)))
                    && (Self.isProse(shape(heading + 1), orIntroduction: true) || Self.isPoints(shape(heading + 1)))
            }
            if headed || headings.count >= 2 {
                for heading in headings { kinds[heading] = .subheadline }
            }
        }

        // "NRC STAFF REPORT RECOMMENDS WAYS TO IMPROVE" over "AGENCY'S COMMUNICATIONS WITH PUBLIC":
        // a headline in capitals that runs on into the next paragraph in capitals is one headline.
        var headlineRunsOn = false
        // (A run-on line may read as a byline for a post it names, "PRESIDENT-ELECT'S PROPOSALS FOR
        // …": one of five words or more, with no comma between a name and a post, is the headline's.)
        let runOn = headline.map { headline in
            headline + 1 < firstBody && (kinds[headline + 1] == .subheadline || kinds[headline + 1] == .byline
                && shape(headline + 1).lines[0].split(separator: " ").count >= 5 && !shape(headline + 1).lines[0].contains(",")
                && !Self.isByline(shape(headline + 1)) && !Self.namesAnOffice(shape(headline + 1)))
        } ?? false
        if let headline, runOn, Self.runsOnInCapitals(shape(headline), into: shape(headline + 1)) {
            kinds[headline + 1] = .headline
            headlineRunsOn = true
        }
        found.firstBody = firstBody
        found.structure.parts = kinds.keys.sorted().map { StatementPart(paragraph: $0, kind: kinds[$0]!) }
        // A wire's own headline over its note ("… issued the following news release:") heads a
        // release that brings none of its own.
        if headline == nil, let forward, forward > 0, Self.isWireNote(paragraph(forward)), Self.isHeadlineLike(shape(0)) {
            // The site's title and the post's, the same words, are the headline twice.
            for index in 0..<forward where shape(index).joined == shape(0).joined { kinds[index] = .headline }
            headline = 0
            found.structure.parts = kinds.keys.sorted().map { StatementPart(paragraph: $0, kind: kinds[$0]!) }
        }
        if let headline {
            found.structure.title = Self.title(of: shape(headline))
            if headlineRunsOn, let title = found.structure.title { found.structure.title = title + " " + shape(headline + 1).joined }
            if let title = found.structure.title, title != shape(headline).joined, shape(headline).isOneLine {
                found.headlineDate = ReleaseDate.first(in: shape(headline).joined.dropFirst(title.count))?.iso
            }
        }
        describe(&found, kinds: kinds, shape: shape)
        return found
    }

    // MARK: Title, date, place and issuer from the parts

    private func describe(_ found: inout Found, kinds: [Int: StatementPart.Kind], shape: (Int) -> ParagraphShape) {
        let order: [StatementPart.Kind] = [.dateline, .release, .byline, .contact, .subheadline, .trail]
        // (Each value is searched for first and set after: a loop that sets `found` while its
        // condition reads it is miscompiled in the release build.)
        let firstBody = found.firstBody
        // "April 2, 2006 / JS-4151 / Statement of …": a date line in the headline's block.
        func blockDate() -> String? {
            for index in kinds.keys.sorted() where kinds[index] == .headline && index < firstBody {
                let lines = shape(index).lines
                guard lines.count > 1, let line = lines.first(where: { DateParagraph.isDateLine(ParagraphShape($0)) }),
                      let date = ReleaseDate.first(in: line) else { continue }
                return date.iso
            }
            return nil
        }
        func headDate() -> String? {
            for kind in order {
                for index in kinds.keys.sorted() where kinds[index] == kind && index < firstBody {
                    // A site's notice dates the notice, not the release.
                    if kind == .trail, PartCues.opens(shape(index).opening, with: PartCues.headNotices) != nil { continue }
                    if let date = ReleaseDate.first(in: shape(index).text) ?? shape(index).lines.lazy.compactMap(ReleaseDate.alone).first {
                        return date.iso
                    }
                }
            }
            return nil
        }
        if found.structure.date == nil, let date = blockDate() ?? headDate() { found.structure.date = date }
        // A date line set under the standfirst dates the release when the head gives no date.
        if found.structure.date == nil, let index = kinds.keys.sorted().first(where: { $0 > found.firstBody && kinds[$0] == .dateline }) {
            found.structure.date = ReleaseDate.first(in: shape(index).lines[0])?.iso
        }
        // "Office of the Press Secretary / December 10, 2009" under a page dated December 11: a page
        // is posted or updated after its release is issued, so of the head's dates some days apart
        // the earliest is the release's. (A date further back names some other day.)
        if let chosen = found.structure.date {
            var dates: [ReleaseDate] = []
            for index in kinds.keys.sorted() where index < found.firstBody {
                let lines = shape(index).lines
                switch kinds[index]! {
                case .headline where lines.count > 1:
                    dates += lines.filter { DateParagraph.isDateLine(ParagraphShape($0)) }.compactMap { ReleaseDate.first(in: $0) }
                case .dateline, .release, .byline, .contact:
                    if let date = ReleaseDate.first(in: shape(index).text) ?? lines.lazy.compactMap(ReleaseDate.alone).first { dates.append(date) }
                default: break
                }
            }
            let day = { (d: ReleaseDate) in d.year * 372 + d.month * 31 + d.day }
            if let picked = dates.first(where: { $0.iso == chosen }),
               let earliest = dates.filter({ day($0) < day(picked) && day(picked) - day($0) <= Self.postingDelay }).min(by: { day($0) < day($1) }) {
                found.structure.date = earliest.iso
            }
        }
        // "Published 3 June 2021" at the foot, when the head gives no date and before the body's dateline is read.
        func labelledFootDate() -> String? {
            for index in kinds.keys.sorted() where kinds[index] == .trail && index > firstBody {
                let line = shape(index).lines[0]
                guard let label = DateWords(line).items.first, PartCues.dateLabels.contains(label.lower),
                      let date = ReleaseDate.first(in: line) else { continue }
                return date.iso
            }
            return nil
        }
        found.footDate = labelledFootDate()
        // "Ministry of Foreign Affairs / Kyiv, 4 May 2021": a statement signed at its foot by the body
        // that issues it dates itself on the signature's last line.
        func signedFootDate() -> String? {
            guard firstBody + 1 < count else { return nil }
            for index in stride(from: count - 1, through: max(firstBody + 1, count - 3), by: -1) where kinds[index] == nil {
                let s = shape(index)
                guard (2...4).contains(s.lines.count), s.text.utf8.count <= 200, let first = s.lines.first, let last = s.lines.last,
                      IssuerFinder.bodyName(first) != nil, DateParagraph.isDateLine(ParagraphShape(last)),
                      let date = ReleaseDate.first(in: last) else { continue }
                return date.iso
            }
            return nil
        }
        if found.footDate == nil { found.footDate = signedFootDate() }
        // "New York, 3 January 2020" under a UN statement's sign-off: a foot line of place and
        // date alone, last in the text, dates it and says where, when the head does not.
        if found.footDate == nil, count - 1 > firstBody, kinds[count - 1] == nil || kinds[count - 1] == .dateline, case let last = shape(count - 1),
           last.isOneLine, DateParagraph.isDateLine(last), let date = ReleaseDate.first(in: last.lines[0]) {
            found.footDate = date.iso
            if let place = DateParagraph.pieces(of: last.lines[0]).place, DateParagraph.mayBeAPlace(place) {
                found.footPlace = DateParagraph.withoutPostcode(place)
            } else if kinds[count - 2] == .dateline, case let above = shape(count - 2), DateParagraph.isPlaceLine(above) {
                // ("Washington, DC / September 7, 2018": the signature's place on a line of its own.)
                found.footPlace = DateParagraph.withoutPostcode(String(above.lines[0]))
            }
        }
        // "-0- 6/14/93": a newswire's end mark carries the day it sent the release.
        if found.footDate == nil, let mark = kinds.keys.first(where: { kinds[$0] == .endMark }), shape(mark).isOneLine,
           let sent = shape(mark).lines[0].split(separator: " ").last {
            found.footDate = (ReleaseDate.alone(sent) ?? ReleaseDate.first(in: sent))?.iso
        }
        for index in kinds.keys.sorted() where kinds[index] == .dateline && index < firstBody {
            var lines = shape(index).lines
            // "Transportation and Works / June 3, 2015": the department dates its release.
            if lines.count > 1, let body = IssuerFinder.bodyName(lines[0]), DateParagraph.isDateLine(ParagraphShape(lines[1])) {
                if found.issuerSource == nil {
                    found.structure.issuer = body
                    found.issuerSource = .dateline
                }
                lines.removeFirst()
            }
            let pieces = DateParagraph.pieces(of: lines.first ?? "")
            // "June 3, 2021 / Geneva, Switzerland": a place on a line of its own.
            // "Date: Jan. 8, 2019 / Location: Washington, DC": a labelled place.
            // (The place over the date, when the block has one: a name above may read as a place.)
            let overDate = lines.indices.first { $0 + 1 < lines.count && DateParagraph.isPlaceLine(ParagraphShape(lines[$0]))
                && DateParagraph.isDateLine(ParagraphShape(lines[$0 + 1])) }
            let placeLine = (overDate.map { lines[$0] } ?? lines.first { DateParagraph.isPlaceLine(ParagraphShape($0)) }).map(String.init)
                ?? lines.first { $0.hasPrefix("Location:") }.map { String($0.dropFirst(9).drop { $0 == " " }) }
            // "U.S. Embassy Statement on Cooperation, May 18, 2020": the headline again, no place.
            if found.structure.place == nil, let place = overDate.map({ String(lines[$0]) }) ?? pieces.place ?? placeLine,
               found.structure.title?.contains(place) != true, DateParagraph.mayBeAPlace(place) {
                found.structure.place = DateParagraph.withoutPostcode(place)
            }
            if found.issuerSource == nil, let issuer = pieces.issuer {
                found.structure.issuer = issuer
                found.issuerSource = .dateline
            }
            // "Brussels, 07/12/2020": outside the United States a numeric date puts its day first.
            if found.structure.date == nil, let place = found.structure.place, !DateParagraph.isAmerican(place) {
                found.structure.date = DateWords(lines.first ?? "").items.lazy.compactMap({ DateParagraph.dayFirst($0.text) }).first?.iso
            }
        }
        // "Susan E. Rice / U.S. Permanent Representative … / New York, NY / August 23, 2011": a
        // speaker's block that ends in a place over a date.
        func bylinePlace() -> String? {
            for index in kinds.keys.sorted() where kinds[index] == .byline && index < firstBody {
                let lines = shape(index).lines
                guard lines.count > 2, let date = lines.lastIndex(where: { DateParagraph.isDateLine(ParagraphShape($0)) }), date > 0,
                      DateParagraph.isPlaceLine(ParagraphShape(lines[date - 1])) else { continue }
                return DateParagraph.withoutPostcode(String(lines[date - 1]))
            }
            return nil
        }
        if found.structure.place == nil, let place = bylinePlace() { found.structure.place = place }
        // "TALLAHASSEE, Fla., Nov. 15 -- The X issued the following news release:": a wire's note
        // over the release opens with the release's dateline.
        if found.structure.place == nil, let note = kinds.keys.sorted().first(where: { index in
            index < firstBody && kinds[index] == .trail && shape(index).isOneLine && Self.isWireNote(shape(index).lines[0])
        }), case let line = shape(note).lines[0], DateParagraph.opensWithDateline(line),
           let place = DateParagraph.place(inDateline: line), DateParagraph.mayBeAPlace(place) {
            found.structure.place = place
        }
        if firstBody < count, let head = Self.headRunIntoLede(shape(firstBody)) {
            if found.structure.place == nil, let place = head.place { found.structure.place = place }
            if found.structure.title == nil, let title = head.title { found.structure.title = title }
            if found.structure.date == nil, let date = head.date { found.structure.date = date }
        }
        // "… today (Tuesday 19 July 2016) declared …": a release that gives its date nowhere else
        // names it where the body says "today", among its first paragraphs.
        func todayDate() -> String? {
            for index in window(from: firstBody, to: min(count, firstBody + 4)) {
                let text = Substring(paragraph(index).prefix(ParagraphShape.readLength).lowercased())
                guard let today = text.firstRange(of: "today ("), let close = text[today.upperBound...].firstIndex(of: ")") else { continue }
                let inside = text[today.upperBound..<close]
                if inside.count <= 40, let date = ReleaseDate.first(in: inside) { return date.iso }
            }
            return nil
        }
        found.todayDate = todayDate()
        // "Posted 3/2/2012", "Release Date: 10/11/12": a numeric date that reads either way, in a
        // release whose head or first paragraph names the United States or a state, puts the month first.
        if found.structure.date == nil, found.firstBody < count {
            let head = kinds.keys.sorted().filter { $0 < found.firstBody && [.dateline, .release, .contact, .byline].contains(kinds[$0]) }
            let american = DateParagraph.isAmerican((head.map { shape($0).joined } + [String(paragraph(found.firstBody).prefix(300))]).joined(separator: " "))
            if american {
                found.usDate = head.flatMap { shape($0).lines }.compactMap(DateParagraph.monthFirst).first?.iso
            }
        }
        let issuer = IssuerFinder.issuer(kinds: kinds, firstBody: found.firstBody, count: count, shape: shape)
        if let issuer, found.issuerSource.map({ issuer.source.rawValue < $0.rawValue }) ?? true {
            // "HMRC warns …" over "HM Revenue & Customs (HMRC) is warning …": the body's own spelling of the letters.
            let body = window(from: found.firstBody, to: min(count, found.firstBody + 6)).lazy
            found.structure.issuer = body.compactMap { IssuerFinder.spelledOut(issuer.name, in: paragraph($0)) }.first ?? issuer.name
            found.issuerSource = issuer.source
        }
    }

    // MARK: Kinds

    private func headKind(_ index: Int, shape: (Int) -> ParagraphShape, headline: Int?) -> StatementPart.Kind? {
        let s = shape(index)
        // "OTTAWA, ON, July 1, 2024 /CNW/ - Happy Canada Day!": a sentence its dateline opens, however
        // short, is the body's first paragraph.
        if s.isOneLine, s.endsLikeProse, DateParagraph.opensWithDateline(s.text) { return nil }
        // "Published 15 July 2019 From: Roads Agency", "From: / Roads Agency / Published / 3 June
        // 2019": a page's record of when and by whom it was published, on one line or several, is
        // its release line (the date alone is a date line).
        if Self.isPublishingRecord(s) { return .release }
        if let kind = Self.transcriptBlockKind(s) { return kind }
        // "Part of this transcript has been redacted …": the page's note on the document it gives.
        if s.isOneLine, s.text.utf8.count <= 300, PartCues.opens(s.opening, with: PartCues.documentNotes) != nil { return .release }
        // "Published May 15, 2009", "Last updated: 2020-06-22": in the head, a date under a
        // publishing label dates the release (at the foot it is the page's furniture).
        if s.isOneLine, PartCues.opens(s.opening, with: PartCues.publishedLabels) != nil, ReleaseDate.first(in: s.lines[0]) != nil,
           DateParagraph.isDateLine(s) { return .dateline }
        if headline == nil, Self.isReleasesLabel(s) { return .release }
        if s.isShort, s.everyLineOpens(with: PartCues.trail) || PartCues.trailWords.contains(s.squeezed) || s.isTrailWords { return .trail }
        if Self.isLinkOrImage(s) { return .trail }
        // "Statements home | Search results | Full text": the site's bar of links over the page.
        // ("June 21, 2022 | Press Releases": a date among the cells makes it the release's date line.)
        if Self.isNavigation(s), !Self.isRelease(s), ReleaseDate.first(in: s.text) == nil { return .trail }
        // An archive's notice may run to several sentences.
        if PartCues.opens(s.opening, with: PartCues.headNotices) != nil, s.text.utf8.count <= 600 { return .trail }
        if Self.isSiteNotice(s) { return .trail }
        // "HUD Archives: News Releases": the site's archive the page stands in, its label.
        if s.isOneLine, s.text.utf8.count <= 60, s.lines[0].split(separator: " ").count <= 6,
           s.lines[0].split(separator: " ").contains(where: { ["archives", "archives:", "archive", "archive:"].contains($0.lowercased()) }) {
            return .trail
        }
        // (A release number among the page's fields is no number to call.)
        if Self.isContact(s), !(Self.isFieldsBlock(s) && !s.lines.contains(where: { PartCues.opens(ParagraphShape($0).opening, with: PartCues.contact) != nil })) {
            // "U. S. NUCLEAR REGULATORY COMMISSION / Office of Public Affairs Telephone: …" opening
            // the page: the letterhead, with no one named to contact.
            return index == 0 && Self.isLetterhead(s) ? .release : .contact
        }
        // "From: … / To: … / Subject: …": the mail a release came in, not the release.
        if s.lines.count > 1, Self.isMailHeader(s) { return .trail }
        // Under the headline, its points as a bulleted list, or one sentence saying it again
        // ("Press release: Minister travels to Toronto" over "Minister Jane Roe travels to Toronto for …").
        if headline == index - 1, let headline, s.text.utf8.count <= 400,
           Self.isPoints(s) || Self.restates(s, headline: shape(headline))
        {
            return .subheadline
        }
        guard s.isShort else { return nil }
        // "BLM Office:" over its value: a field of the head, who issues it or whom to contact.
        if Self.isFieldLabel(s), index + 1 < count, Self.isFieldValue(shape(index + 1)) {
            return PartCues.opens(s.opening, with: PartCues.contact) != nil ? .contact : .byline
        }
        // "Release Date: / January 9, 2017": a date under its label.
        if s.lines.count == 2, s.lines[0].hasSuffix(":"), case let label = s.lines[0].dropLast().lowercased().split(separator: " "),
           label.count <= 3, label.contains(where: { PartCues.dateLabels.contains(String($0)) }),
           DateParagraph.isDateLine(ParagraphShape(s.lines[1])) { return .dateline }
        if s.lines.count > 1, !Self.isRelease(s) { return blockKind(s, headline: headline.map(shape)) }
        if let kind = Self.lineKind(s) {
            if kind != .dateline || DateParagraph.isDateLine(s) { return kind }
            // "Washington, DC" on a line of its own counts beside a date, or under the headline
            // right above the lede, as the dateline's place set apart from it.
            let near = [index - 1, index + 1].filter { $0 >= 0 && $0 < count }
            if near.contains(where: { DateParagraph.isDateLine(shape($0)) }) { return .dateline }
            if headline != nil, s.lines[0].contains(","), index + 1 < count, Self.isLede(shape(index + 1)) { return .dateline }
        }
        // "Department of Health" over "Minister Announces Grants for Rural Schools": the label was the page's.
        if let headline, headline == index - 1, Self.isLabelOverHeadline(shape(headline), s) { return .headline }
        // A deck under the headline, before the paragraph its dateline opens.
        if headline == index - 1, s.isOneLine, s.text.utf8.count <= 250, index + 1 < count,
           DateParagraph.opensWithDateline(shape(index + 1).text)
        {
            return .subheadline
        }
        // "Other available languages: none", "Updated: 2018-04-22T17:29": a label and a word or two.
        if s.isOneLine, Self.isLabelLine(s.lines[0]) { return .trail }
        if index > 0, Self.isPostUnderHonours(s, above: shape(index - 1)) { return .byline }
        // "The Riverton office is closed today. For help, call 555 0100 …": a headline is one
        // sentence and gives no number to call; sentences that do, above it, are the site's notice.
        if headline == nil, s.isOneLine, s.hasPhoneOrEmail, !ParagraphShape.isOneSentence(s.lines[0]) { return .trail }
        guard Self.isHeadlineLike(s) else { return nil }
        if headline == nil || Self.namesAStatement(s) { return .headline }
        if let headline, shape(headline).joined.contains(s.joined) { return .headline }
        // "U.S. Coast Guard sent this bulletin at 06/26/2019 04:42 PM EDT": a dated line under the headline.
        if s.isOneLine, s.text.utf8.count <= 100, ReleaseDate.first(in: s.lines[0]) != nil { return .dateline }
        // "In the News" over "Mayor and Commissioner Report Spike in Cases": a label of a few words
        // was read as the headline; a line twice as long under it is the headline.
        // (A body's name under a short headline is its byline: "Appointment of Ambassadors / Department of …".)
        if let headline, headline == index - 1, shape(headline).isOneLine, s.isOneLine, IssuerFinder.bodyName(s.lines[0]) == nil {
            let (label, line) = (shape(headline).lines[0].split(separator: " ").count, s.lines[0].split(separator: " ").count)
            if label <= 4, line >= 2 * label, line >= 6 { return .headline }
        }
        // "Influenza Immunization Awareness Month", "CDC Announces National Influenza Vaccination
        // Week": under the headline, capitalised words that name no person, post or body are its deck.
        if Self.isTitleCaseLine(s), Self.namesNoOne(s) { return .subheadline }
        // "U.S. Department of Commerce / … / For Immediate Release" over "Commerce Secretary
        // Announces Grants": a line telling what a body or a post's holder did is the headline,
        // and the body's name read as one above it was the letterhead.
        if let headline, shape(headline).isOneLine, IssuerFinder.bodyName(shape(headline).lines[0]) != nil, s.isOneLine,
           IssuerFinder.tellsWhatABodyDid(s.lines[0].split(separator: " ")) {
            return .headline
        }
        // "Mark C. Toner / Deputy Department Spokesperson" under the headline: who issues it.
        if Self.isTitleCaseLine(s) || Self.isOfficeList(s) { return .byline }
        // Under a name and its office, a line in sentence case is the headline; what stood above
        // as one was the page's.
        if index > 0, Self.isNameAndOffice(shape(index - 1)) { return .headline }
        // "European Union External Action" over "Statement by the spokesperson on …": the body's
        // name was a letterhead, this is the headline.
        if let headline, headline == index - 1, shape(headline).isOneLine, IssuerFinder.bodyName(shape(headline).lines[0]) != nil {
            return .headline
        }
        if headline == index - 1 { return .subheadline }
        // A short line in capitals or title case above it was the office, this is the headline.
        if let headline, Self.isTitleCaseLine(shape(headline)), shape(headline).lines[0].split(separator: " ").count <= 5 {
            return .headline
        }
        return nil
    }

    /// "Release date: / July 15, 2009 / Release Number: / 1842-023": the page's fields about the
    /// release, most of its short lines labels or their values.
    static func isFieldsBlock(_ s: ParagraphShape) -> Bool {
        let labelled = s.lines.indices.filter { isEmptyLabel(s.lines[$0]) }
        let covered = Set(labelled.flatMap { [$0, $0 + 1] }).filter { $0 < s.lines.count }
        return labelled.count >= 2 && covered.count * 2 > s.lines.count && s.lines.count <= 24 && s.lines.allSatisfy { $0.count <= 40 }
    }

    /// "Media event date:", "Information:": a field's label of a few words, its value not beside it.
    static func isEmptyLabel(_ line: Substring) -> Bool {
        // ("- Starting date:": a list's bullet before it.)
        var line = line
        for bullet in ["- ", "• ", "* "] where line.hasPrefix(bullet) { line = line.dropFirst(2) }
        return line.count <= 40 && line.hasSuffix(":") && (1...4).contains(line.split(separator: " ").count)
            && line.dropLast().allSatisfy { $0.isLetter || $0 == " " }
    }

    /// "BLM Office:", "Media Contact:": a label of a few capitalised words, its value below.
    static func isFieldLabel(_ s: ParagraphShape) -> Bool {
        s.isOneLine && isEmptyLabel(s.lines[0]) && s.lines[0].split(separator: " ").allSatisfy { $0.first?.isUppercase == true }
    }

    /// A field's value: one short line that is no sentence.
    static func isFieldValue(_ s: ParagraphShape) -> Bool {
        s.isOneLine && s.lines[0].count <= 60 && !s.endsLikeSentence && s.lines[0].first?.isUppercase == true
    }

    /// Where a minister's name over an office, or a release line, stands one or two paragraphs
    /// below `index`, with only one-line paragraphs and no quotation between: the head goes on there.
    private func headBelow(_ index: Int, shape: (Int) -> ParagraphShape) -> Int? {
        for below in window(from: index + 1, to: min(count - 1, index + 3)) {
            let s = shape(below)
            // ("Transport Canada urges Canadians to …" over "February 23, 2017   Ottawa, Ontario": a
            // date line below keeps a deck with no stop in the head too.)
            let dated = s.isOneLine && s.text.utf8.count <= 120 && headKind(below, shape: shape, headline: nil) == .dateline
            let strong = Self.isNameAndOffice(s) || (s.isShort && (Self.isRelease(s) || s.lines.count > 1
                && headKind(below, shape: shape, headline: nil) == .release)) || dated
            guard strong else { continue }
            let between = (index..<below).map(shape)
            if dated, between.contains(where: \.endsLikeProse) { return nil }
            // One sentence each: "Following are some developments. If you need …" is body.
            guard between.allSatisfy({ $0.isOneLine && $0.text.utf8.count <= 300 && !$0.text.contains(where: { "\"“”".contains($0) })
                && !$0.text.dropLast().contains(". ") })
            else { return nil }
            return below
        }
        return nil
    }

    /// A head paragraph of a few lines, each a part of its own ("FROM: …" over a headline
    /// over a byline; a date over a place): the kind of its main line. A headline line is the
    /// title.
    private func blockKind(_ s: ParagraphShape, headline: ParagraphShape?) -> StatementPart.Kind? {
        // "Media event date: / Date published: / Media type: / General public": the page's
        // fields about the release, most of them labels left empty or with their values below
        // ("- Starting date: / - June 22, 2020 / - Type of communication: / …", however many).
        if Self.isFieldsBlock(s) { return .release }
        if let kind = Self.transcriptBlockKind(s) { return kind }
        guard s.lines.count <= 6, s.lines.allSatisfy({ $0.count <= 160 }) else { return nil }
        // "Welsh Government / |Printable version": a body's name over the page's buttons.
        if s.lines.count > 1, IssuerFinder.bodyName(s.lines[0]) != nil,
           s.lines.dropFirst().allSatisfy({ PartCues.opens(ParagraphShape($0.drop { $0 == "|" || $0 == " " }).opening, with: PartCues.trail) != nil }) {
            return .release
        }
        // "Department of Health and Human Services / HHS Logo": a body's name over its emblems.
        // ("Health Canada / Symbol of the Government of Canada": the emblem says what the name is.)
        if IssuerFinder.bodyName(s.lines[0]) != nil || (Self.isTitleCaseLine(ParagraphShape(s.lines[0])) && s.lines[0].split(separator: " ").count <= 6),
           s.lines.dropFirst().contains(where: { $0.split(separator: " ").contains { IssuerFinder.emblemWords.contains($0.lowercased()) } })
        {
            return .release
        }
        // "U.S. Department of Transportation / Office of Public Affairs / 1200 New Jersey Ave., S.E. /
        // Washington, DC 20590 / www.dot.gov": a body's name over its offices and address, the letterhead.
        if s.lines.count > 2, IssuerFinder.bodyName(s.lines[0]) != nil, !s.hasPhoneOrEmail,
           s.lines.dropFirst().allSatisfy({ line in
               let lower = line.lowercased()
               return IssuerFinder.bodyName(line) != nil || lower.hasPrefix("office of") || lower.contains("www.") || lower.contains(".gov")
                   || (line.count <= 60 && line.contains(where: \.isNumber))
           }) {
            return .release
        }
        // "The Hon Jane Roe MP / Minister for the Environment": who issues it, a name over an office.
        if Self.isNameAndOffice(s) { return .byline }
        // "STATEMENT BY JANE ROE REGARDING THE … / RULE ON …": the statement's title, wrapped.
        if Self.namesAStatement(s) { return .headline }
        var kinds: [StatementPart.Kind] = []
        for line in s.lines {
            // "FOR IMMEDIATE RELEASE        ENR": a typed release sets its items in columns.
            let cells = Self.columns(of: line).map { ParagraphShape($0) }
            let shape = ParagraphShape(line)
            // "Skip to main content / Press Release": the page's furniture over the block is no part of it.
            if kinds.isEmpty, line != s.lines.last, PartCues.opens(shape.opening, with: PartCues.trail) != nil {
                continue
            }
            if let kind = cells.lazy.compactMap({ Self.lineKind($0) }).first {
                kinds.append(kind)
            } else if let cue = PartCues.opens(shape.opening, with: PartCues.release), cue.count >= 12 {
                // "For Immediate Release Contact: Joe Roe, (202) …": a release line with a column beside it.
                kinds.append(.release)
            } else if PartCues.opens(shape.opening, with: PartCues.contact) != nil {
                kinds.append(.contact)
            } else if kinds.contains(.release), Self.isTitleCaseLine(shape) {
                // "NTSB Advisory / National Transportation Safety Board": the body under its release line.
                kinds.append(.byline)
            } else if Self.isHeadlineLike(shape), headline == nil
                        || (kinds.isEmpty && headline!.joined.contains(line) && line.count * 2 >= headline!.joined.count),
                      !kinds.contains(.headline) || kinds.last == .headline {
                // A headline wrapped over two lines ("… of FBI Initial / Response to …") is one; so is
                // the headline under a page title that repeats it ("… Leadership; … (03/P078)").
                kinds.append(.headline)
            } else if Self.isTitleCaseLine(shape) || Self.isOfficeLine(shape), headline != nil || !kinds.isEmpty {
                // ("U.S. Permanent Representative to the United Nations": an office, its small words and all.)
                kinds.append(.byline)
            } else if shape.hasPhoneOrEmail || Self.isWebAddress(line), line.count <= 40 {
                kinds.append(.contact)
            } else if kinds.last == .dateline, line.count <= 40 || Self.namesATeam(shape), line.first?.isUppercase == true, !shape.endsLikeSentence {
                // "Brussels, 06/10/2016 / Statements by the Spokesperson": the series under its date;
                // "15.04.2023 / Press and information team of the Delegation to Sudan": the team that sent it.
                kinds.append(.byline)
            } else {
                return nil
            }
        }
        // "National Transportation Safety Board / Office of Public Affairs": a letterhead.
        if kinds == [.headline, .byline], s.lines[1].hasPrefix("Office of") { return .byline }
        // "Office of the Press Secretary / December 10, 2009": the office that issues it, dated;
        // "By Jane Roe, River Agency / September 6, 2017": a writer's byline over its date likewise.
        if kinds.first == .byline, kinds.dropFirst().allSatisfy({ $0 == .dateline }),
           s.lines[0].hasPrefix("Office of") || s.lines[0].hasPrefix("By ") || s.lines[0].hasPrefix("by ") { return .byline }
        // "Transportation and Works / June 3, 2015": the department over its date is the date line.
        if kinds == [.headline, .dateline], IssuerFinder.bodyName(s.lines[0]) != nil { return .dateline }
        // A page's title over a release's lines, dates and numbers is the release block.
        if kinds.contains(.release), kinds.filter({ $0 != .headline && $0 != .byline }).count * 2 > kinds.count { return .release }
        // "Washington D.C. / FBI National Press Office / (202) 324-3691": a place and an office over a number.
        if kinds.last == .contact, !kinds.contains(.release), s.lines.count <= 4 { return .contact }
        if kinds.contains(.headline) { return .headline }
        // "October 12, 2001 / Contact: Jane Roe / Phone: …": the kind most of its lines are.
        let order: [StatementPart.Kind] = [.release, .dateline, .byline, .contact]
        return order.max { a, b in
            let (countA, countB) = (kinds.filter { $0 == a }.count, kinds.filter { $0 == b }.count)
            return countA != countB ? countA < countB : order.firstIndex(of: a)! > order.firstIndex(of: b)!
        }.flatMap { kinds.contains($0) ? $0 : nil }
    }

    /// The cells of a line set in columns: runs of words parted by a tab or three spaces.
    static func columns(of line: Substring) -> [Substring] {
        var cells: [Substring] = []
        var start = line.startIndex, index = line.startIndex, gap = 0, gapStart = line.startIndex
        while index < line.endIndex {
            let c = line[index]
            if c == "\t" || c == " " {
                if gap == 0 { gapStart = index }
                gap += c == "\t" ? 3 : 1
            } else {
                if gap >= 3, gapStart > start { cells.append(line[start..<gapStart]); start = index }
                gap = 0
            }
            index = line.index(after: index)
        }
        let last = ParagraphShape.trimmed(line[start...])
        if !last.isEmpty { cells.append(last) }
        return cells.isEmpty ? [line] : cells
    }

    /// "Department of Health and Aged Care" over "Minister Announces New Grants for Rural Schools": a
    /// short label of capitalised words with no verb over a longer line that reports what someone
    /// does; the label is the page's, the line the headline.
    static func isLabelOverHeadline(_ label: ParagraphShape, _ line: ParagraphShape) -> Bool {
        guard label.isOneLine, line.isOneLine, isTitleCaseLine(label), isHeadlineLike(line), !line.endsLikeSentence else { return false }
        let labelWords = label.lines[0].split(separator: " ").map { $0.lowercased() }
        let lineWords = line.lines[0].split(separator: " ").map { $0.lowercased() }
        guard labelWords.count <= 6, lineWords.count > labelWords.count, lineWords.count >= 5 else { return false }
        func isVerb(_ word: String) -> Bool {
            reportingVerbs.contains(word) || (word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && Lexicon.verbForms.contains(word)
                && Lexicon.flagTable[word]?.contains(.organisation) != true)
        }
        return !labelWords.contains(where: isVerb) && lineWords.dropFirst().contains(where: isVerb)
    }

    /// The headline verbs that report an act, without the words that only name a document.
    static let reportingVerbs = IssuerFinder.headlineVerbs.subtracting(["to", "on", "statement", "statements", "statement:", "remarks", "message"])

    /// One sentence that says a labelled headline again: most of its words, ending in a stop.
    static func restates(_ s: ParagraphShape, headline: ParagraphShape) -> Bool {
        guard s.isOneLine, s.lines[0].hasSuffix("."), s.text.utf8.count <= 250,
              s.lines[0].dropLast().allSatisfy({ $0 != "." && $0 != "!" && $0 != "?" }) else { return false }
        func words(_ text: String) -> Set<String> {
            Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { $0.count > 3 })
        }
        // A labelled headline ("Press release: …", "News story: …"), as web copies give them.
        var title = headline.joined
        guard let colon = title.firstIndex(of: ":"), title[..<colon].split(separator: " ").count <= 3 else { return false }
        title = String(title[title.index(after: colon)...])
        let headWords = words(title)
        guard headWords.count >= 3 else { return false }
        return Double(headWords.intersection(words(s.joined)).count) >= 0.75 * Double(headWords.count)
    }

    /// One sentence, no turn of a transcript, whose content words (by their first five letters,
    /// so "urges" is "urging") are three quarters found again in a longer `next`, as `restates` asks of a headline.
    static func isSummary(_ s: ParagraphShape, of next: Substring) -> Bool {
        guard s.isOneLine, s.text.utf8.count <= 300, s.endsLikeProse, ParagraphShape.isOneSentence(s.lines[0]),
              !opensATurn(s), !DateParagraph.opensWithDateline(s.text) else { return false }
        func stems(_ text: Substring) -> Set<Substring> {
            Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.filter { $0.count > 3 }.map { $0.prefix(5) })
        }
        let own = stems(s.lines[0])
        guard own.count >= 5 else { return false }
        guard next.utf8.count > s.text.utf8.count else { return false }
        return 4 * own.intersection(stems(next)).count >= 3 * own.count
    }

    /// "The press release issued by the Foreign Office on 2 February 2026.": a reposted GOV.UK
    /// page's line, dated from 2012 on (older releases moved there came without a summary).
    static func isGovUKCopyLine(_ s: ParagraphShape) -> Bool {
        guard s.isOneLine, s.opening.hasPrefix("the press release issued by "),
              let year = s.lines[0].split(whereSeparator: { !$0.isASCIIDigit }).last(where: { $0.count == 4 }).flatMap({ Int($0) })
        else { return false }
        return year >= 2012
    }

    /// One sentence of prose that tells the news in its own voice: a lede that credits it
    /// ("…, the Attorney General’s Office has announced.") ends on its reporting verb.
    static func isStandfirst(_ s: ParagraphShape) -> Bool {
        guard s.isOneLine, s.text.utf8.count <= 300, s.endsLikeProse, ParagraphShape.isOneSentence(s.lines[0]),
              !opensATurn(s), !DateParagraph.opensWithDateline(s.text),
              let last = s.lines[0].split(separator: " ").last?.lowercased().filter(\.isLetter) else { return false }
        return Lexicon.flagTable[last]?.contains(.reporting) != true
    }

    /// "They discussed …", "The Prime Minister thanked …": a paragraph that opens with a pronoun
    /// or with "the" and a title goes on from the sentence above, which starts the body, no summary.
    static func refersBack(_ text: Substring) -> Bool {
        let words = text.prefix(60).split(separator: " ").prefix(2).map { $0.lowercased().filter(\.isLetter) }
        guard let first = words.first else { return false }
        if ["he", "she", "they", "both"].contains(first) { return true }
        guard first == "the", words.count == 2 else { return false }
        let post = words[1].hasSuffix("s") ? [words[1], String(words[1].dropLast())] : [words[1]]
        return post.contains { Lexicon.isPostWord($0) }
    }

    /// One sentence of prose that neither opens with a day nor a dateline, above a paragraph that
    /// does ("Today, …", "On Monday, …", "WASHINGTON – …"): a summary over the lede.
    static func isSummaryOverLede(_ s: ParagraphShape, lede: Substring) -> Bool {
        guard s.isOneLine, s.text.utf8.count <= 250, s.lines[0].hasSuffix("."), ParagraphShape.isOneSentence(s.lines[0]),
              !opensATurn(s), !opensWithDay(s.text), !DateParagraph.opensWithDateline(s.text) else { return false }
        // (A speaker's "I'm delighted to be here today" opens a transcript's body: a summary speaks of others.)
        let words = s.lines[0].lowercased().split { !$0.isLetter && $0 != "’" && $0 != "'" }
        guard !words.contains(where: { ["i", "i’m", "i'm", "we", "we’re", "we're", "my", "our"].contains($0) }) else { return false }
        return opensWithDay(lede) || DateParagraph.opensWithDateline(lede)
    }

    /// "Today, …", "Yesterday …", "On Monday, …", "This morning …": a lede's opening words.
    static func opensWithDay(_ text: Substring) -> Bool {
        let words = text.prefix(40).split(separator: " ").prefix(2).map { $0.lowercased().filter(\.isLetter) }
        guard let first = words.first else { return false }
        if Lexicon.dayWords.contains(first) { return true }
        let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening", "week"]
        return words.count == 2 && ["on", "this"].contains(first) && days.contains(words[1])
    }

    /// A short paragraph ending in no stop, right above a paragraph that opens with its dateline:
    /// a line of the head, which a lede never follows.
    static func isLineAboveLede(_ s: ParagraphShape, lede: Substring) -> Bool {
        s.isShort && !s.endsLikeProse && !DateParagraph.opensWithDateline(s.text) && DateParagraph.opensWithDateline(lede)
    }

    /// "The UK’s statement for the Interactive Dialogue …", "Joint statement given recently (…)
    /// by …", "Prime Minister Jane Roe made a statement on …": one short sentence whose first
    /// words name the document it stands over, and who gave it or what it is on.
    static func namesTheDocument(_ s: ParagraphShape) -> Bool {
        // (A lede runs on past one sentence, or opens with its dateline.)
        guard s.isOneLine, s.text.utf8.count <= 250, s.lines[0].hasSuffix("."), ParagraphShape.isOneSentence(s.lines[0]),
              !DateParagraph.opensWithDateline(s.text) else { return false }
        let words = s.lines[0].lowercased().split(separator: " ").prefix(8).map { $0.filter { $0.isLetter } }
        return words.indices.dropLast().contains { index in
            PartCues.standfirstDocuments.contains(words[index]) && PartCues.standfirstLinks.contains(words[index + 1])
        }
    }

    /// One short sentence of at most ten words in a headline's grammar: no article to open it and
    /// no auxiliary ("Ministers to take a bold approach."; "The road will close." is a lede).
    static func isDeck(_ s: ParagraphShape) -> Bool {
        guard s.isOneLine, s.lines[0].hasSuffix("."), !s.lines[0].dropLast().contains(where: { ".!?:".contains($0) }),
              !DateParagraph.opensWithDateline(s.text) else { return false }
        let words = s.lines[0].lowercased().split(separator: " ").map { String($0.filter(\.isLetter)) }
        guard words.count <= 10, let first = words.first, !deckOpeners.contains(first) else { return false }
        return !words.contains(where: Lexicon.auxiliaries.contains)
    }

    /// Words a sentence of prose opens with and a headline's grammar drops.
    static let deckOpeners: Set<String> = ["the", "a", "an", "this", "these", "that", "those", "we", "i", "it", "there", "our", "today"]

    /// "From: …", "To: …", "Subject: …", "Date: …": two or more lines of a mail's header.
    /// A bulleted list of points, not a list of empty labels: "• 296,606 items intercepted / • …".
    static func isPoints(_ s: ParagraphShape) -> Bool {
        s.lines.count > 1 && s.lines.allSatisfy({ $0.hasPrefix("•") || $0.hasPrefix("- ") || $0.hasPrefix("* ") })
            && s.lines.filter(isEmptyLabel).count < 2
    }

    /// An office's name and address over its telephone and mail, with no one named to contact.
    static func isLetterhead(_ s: ParagraphShape) -> Bool {
        guard !s.lines.contains(where: { PartCues.opens(ParagraphShape($0).opening, with: PartCues.contact) != nil }) else { return false }
        return namesAnOffice(s)
    }

    /// "U.S. Fish and Wildlife Service / Region 3", "DOT Logo / Office of Public Affairs".
    static func namesAnOffice(_ s: ParagraphShape) -> Bool {
        s.lines.prefix(2).contains { IssuerFinder.bodyName($0) != nil || ParagraphShape($0).opening.hasPrefix("office of ") || isLocalGovernment($0) }
            // "COUNCIL OF / THE EUROPEAN UNION": a name broken over two lines.
            || (s.lines.count == 2 && IssuerFinder.bodyName(s.joined[...]) != nil)
    }

    /// "City of Riverton", "County of Los Alamos", "Town of Cary": a local government's name, the
    /// kind of place and "of" before a capitalised name of a word or three.
    static func isLocalGovernment(_ line: Substring) -> Bool {
        let words = line.split(separator: " ")
        guard (3...5).contains(words.count), PartCues.localGovernments.contains(words[0].lowercased()),
              words[1].lowercased() == "of" else { return false }
        return words.dropFirst(2).allSatisfy { $0.first?.isUppercase == true && !Lexicon.verbForms.contains($0.lowercased()) }
    }

    /// A line of a letterhead under another: a body's or an office's name alone, on one short line.
    static func isLetterheadLine(_ s: ParagraphShape) -> Bool {
        s.isOneLine && s.lines[0].split(separator: " ").count <= 8 && !s.endsLikeProse && namesAnOffice(s)
    }

    /// "---------- Forwarded message ----------", "-- BEGIN included message", "[Fwd: News Release]".
    static func isWireNote(_ line: Substring) -> Bool {
        let lower = line.lowercased()
        // "The following press release was published by the Department on Nov. 6, 2008. It is
        // reproduced in full below.": a site's note over the release it carries.
        // ("The following statement was issued today by the Spokesman for …:" is the release's own
        // line over its text: it speaks of the day it is issued, and hands on with its colon.)
        let ownDay = line.hasSuffix(":") && PartCues.issuingDays.contains(where: { lower.contains($0) })
        if line.count <= 200, !ownDay, ["the following press release was", "the following news release was", "the following statement was"]
            .contains(where: { lower.hasPrefix($0) }) { return true }
        guard line.count <= 200, line.hasSuffix(":") else { return false }
        if ["the following news release", "the following press release"].contains(where: { lower.contains($0) }) { return true }
        // "NEW YORK, Aug. 11 (TNStalk) -- The agency issued the following statement on Aug. 10:": a
        // wire's dated note over a statement it carries (a release's own "issued the following
        // statement:" has no wire date before its dash).
        guard lower.contains("issued the following"), let dash = line.firstRange(of: " -- ") ?? line.firstRange(of: " — ") else { return false }
        let words = DateWords(line[..<dash.lowerBound]).items
        return words.indices.dropLast().contains { ReleaseDate.months[words[$0].lower] != nil && ReleaseDate.dayNumber(words[$0 + 1].text) != nil }
    }

    static func isForwardMark(_ line: Substring) -> Bool {
        // A wire's note above the release it carries: "WASHINGTON, March 25 -- Sen. Jane Roe
        // issued the following news release:".
        if isWireNote(line) { return true }
        let words = line.lowercased().split { !$0.isLetter && $0 != "[" && $0 != ":" }.joined(separator: " ")
        return line.count <= 120 && PartCues.forwardMarks.contains { mark in
            mark.hasSuffix(":") ? words.contains(mark) : words.hasPrefix(mark) || words.hasSuffix(mark) || words.hasPrefix("begin " + mark)
        }
    }

    /// A short block holding a publishing label ("Published", "Last updated") with its date and a
    /// "From:" label with its source, and no other mail field: a page's publishing record.
    static func isPublishingRecord(_ s: ParagraphShape) -> Bool {
        guard s.isShort, s.lines.count <= 6, !isMailHeader(s), ReleaseDate.first(in: s.joined[...]) != nil,
              s.lines.contains(where: { PartCues.opens(ParagraphShape($0).opening, with: PartCues.publishedLabels) != nil })
        else { return false }
        return s.lines.contains { line in
            line.hasPrefix("From:") || line.firstRange(of: " From: ") != nil || (line == "From" && s.lines.count > 2)
        }
    }

    static func isMailHeader(_ s: ParagraphShape) -> Bool {
        let labels = ["from:", "to:", "subject:", "date:", "sent:", "cc:", "reply-to:"]
        let headed = s.lines.filter { line in labels.contains { line.lowercased().hasPrefix($0) } }.count
        return headed >= 2 && headed * 2 >= s.lines.count - 1
    }

    /// "Other available languages: none", "Updated: 2018-04-22T17:29:23": a label, a colon, and
    /// one word of value ("Floods: joint appeal" is a headline).
    static func isLabelLine(_ line: Substring) -> Bool {
        guard line.count <= 60, let colon = line.firstIndex(of: ":") else { return false }
        let label = line[..<colon].split(separator: " ")
        let value = line[line.index(after: colon)...].split(separator: " ")
        guard (1...4).contains(label.count), value.count == 1,
              label.count >= 2 || value[0].contains(where: \.isNumber) else { return false }
        return label.allSatisfy { $0.allSatisfy(\.isLetter) } && value.first?.first?.isUppercase != true
    }

    /// What one line of a release's head is, apart from a headline.
    static func lineKind(_ s: ParagraphShape) -> StatementPart.Kind? {
        if isRelease(s) || isReleaseCode(s) || isCodeBeforeDate(s) { return .release }
        if isByline(s) { return .byline }
        // "Jane Roe, Staff Writer": a name and a writer's post after its comma, no place and its state.
        if s.isOneLine, s.text.utf8.count <= 80, let comma = s.lines[0].firstIndex(of: ","),
           IssuerFinder.isPersonsName(s.lines[0][..<comma]), case let post = s.lines[0][comma...].split(separator: " "), post.count <= 4,
           let last = post.last, PartCues.writersPosts.contains(last.lowercased()) { return .byline }
        if DateParagraph.isDateLine(s) || DateParagraph.isPlaceLine(s) { return .dateline }
        return nil
    }

    private func footKind(_ index: Int, shape s: ParagraphShape, next: StatementPart.Kind?) -> StatementPart.Kind? {
        if s.isShort, s.everyLineOpens(with: PartCues.trail) || PartCues.trailWords.contains(s.squeezed) || s.isTrailWords { return .trail }
        // "Previous Post / Next Post / Deputies Honored at Banquet": the labels and the titles of
        // the posts they lead to.
        if s.isShort, s.lines.count <= 6, PartCues.opens(s.opening, with: PartCues.postNavigation) != nil,
           s.lines.allSatisfy({ $0.utf8.count <= 120 && !ParagraphShape($0).endsLikeSentence }) { return .trail }
        if Self.isFurnitureFields(s) { return .trail }
        // "/Public Release. This material from the originating organization …": a reposting site's
        // notice runs to several sentences, and is still the page's.
        if s.text.utf8.count <= 1_500, PartCues.opens(s.opening, with: PartCues.repostNotices) != nil { return .trail }
        if Self.isLinkOrImage(s) || Self.isNavigation(s) || Self.isFileLink(s) || Self.isSiteNotice(s) || Self.isLabelledLink(s) { return .trail }
        if Self.isContact(s) || Self.isContactBlock(s) || Self.isLabelledNumber(s) || Self.isPressNote(s) { return .contact }
        // "Maritime and Coastguard Agency press office": whose press office, a line alone.
        if s.isOneLine, s.text.utf8.count <= 80, !s.endsLikeProse,
           PartCues.pressOffices.contains(where: { s.lines[0].lowercased().hasSuffix($0) }) { return .contact }
        // "An electronic version of this document can be obtained on the world wide web at:http://…"
        // above the page's links: a line ending in an address, where else to read it, is one of them.
        // ("…, please visit www.justice.gov/coronavirus." ends as a sentence of the body does.)
        if next == .trail, s.isOneLine, s.text.utf8.count <= 200, !s.endsLikeProse,
           let last = s.lines[0].split(separator: " ").last?.lowercased(),
           ["http://", "https://", "www."].contains(where: { last.contains($0) }) { return .trail }
        // A contact block one field a paragraph: an address alone, or the office above it.
        if s.isOneLine, s.text.utf8.count <= 80, !s.lines[0].contains(" "), s.hasPhoneOrEmail { return .contact }
        // "Contact:" over one line with a name, a number and a website: the contact it heads.
        if s.isOneLine, s.text.utf8.count <= 300, s.hasPhoneOrEmail, index > 0,
           case let above = ParagraphShape(paragraph(index - 1)), above.isOneLine, above.text.utf8.count <= 40,
           PartCues.opens(above.opening, with: PartCues.contact) != nil { return .contact }
        if next == .contact, Self.isTitleCaseLine(s), Lexicon.namesABody(s.lines[0].split(separator: " ")) { return .contact }
        // "Information:" over the contacts: their heading.
        if next == .contact, s.isOneLine, Self.isEmptyLabel(s.lines[0]), s.lines[0].first?.isUppercase == true { return .contact }
        // "Jesse Lawder" alone above "Phone Number:": the contact's name, a paragraph of its own.
        if next == .contact, s.isOneLine, Self.isTitleCaseLine(s), s.opensWithName, (2...4).contains(s.lines[0].split(separator: " ").count) {
            return .contact
        }
        // "Release Number: 20-28" below the statement.
        if s.isOneLine, s.text.utf8.count <= 40, Self.isRelease(s) || Self.isReleaseCode(s) { return .release }
        // "Source: U.S. Census Bureau / Public Information Office": the page's credit, with no number to call.
        if s.isShort, s.lines.count <= 3, !s.hasPhoneOrEmail, s.opening.hasPrefix("source:") { return .trail }
        // "Sign up for flood warnings" among the page's links is one of them, not a mailing list's note.
        if next == .trail, Self.isLinkTitle(s), !s.opening.hasPrefix("about") { return .trail }
        if PartCues.opens(s.opening, with: PartCues.boilerplate) != nil { return .boilerplate }
        if PartCues.opens(s.opening, with: PartCues.editorNote) != nil || Self.isNotesHeading(s) { return .editorNote }
        // "The USGS serves the nation by …" just before the boilerplate or end mark, or "The
        // Board is an independent federal agency …" closing the text.
        // ("Deputy Secretary Duke was confirmed …" is a person's story, not a body's.)
        if next == .boilerplate || next == .endMark, let body = IssuerFinder.describedBody(in: s),
           Lexicon.namesABody(body.split(separator: " ")) || body.allSatisfy({ !$0.isLowercase }) { return .boilerplate }
        // (Or just above the contacts or the page's furniture.)
        if index == count - 1 || next == .contact || next == .trail, IssuerFinder.describesAnAgency(s) { return .boilerplate }
        // "The mission of the Department of Labor is to …", "OSHA’s role is to help ensure …": a
        // body's mission, said among the last paragraphs, is its boilerplate.
        if s.text.utf8.count <= 1_000, case let lower = s.text.lowercased().replacing("’", with: "'"),
           PartCues.missionCues.contains(where: { lower.contains($0) }) { return .boilerplate }
        // "SOURCE: Transport Canada / Jane Roe, Press Secretary / 613-…" above the media office.
        if next == .contact, s.lines.count > 1, s.hasPhoneOrEmail, s.opensWithName || s.opening.hasPrefix("source"),
           s.lines.allSatisfy({ $0.count <= 90 }) { return .contact }
        // "Sign up for flood warnings / Get help during a flood / Published 21 January 2021": the
        // page's link titles, one a line above its furniture, are furniture too.
        if next == .trail, Self.isLinkTitle(s) { return .trail }
        // "Jane Roe, Deputy Spokesperson for the Secretary-General" and "New York, 3 January 2020"
        // closing the text: the statement's signature, its byline and dateline as a head sets them.
        if index == count - 1 || next == .byline || next == .dateline || next == .endMark || next == .trail,
           let kind = Self.signatureKind(s, next: next) {
            // (A place and date alone under the body are no signature: the foot's date is read from them later.)
            if kind == .dateline, next != .dateline, index > 0, Self.signatureKind(ParagraphShape(paragraph(index - 1)), next: .dateline) == nil {
                return nil
            }
            return kind
        }
        return nil
    }

    /// A signature's line: "New York, 3 January 2020" (dateline); "Chief Jane Roe", "Jane Roe,
    /// Department Spokesperson" (byline); a bare name or post only over the rest of a signature.
    static func signatureKind(_ s: ParagraphShape, next: StatementPart.Kind?) -> StatementPart.Kind? {
        guard s.isOneLine, s.text.utf8.count <= 90, !s.endsLikeSentence, let first = s.lines[0].first, first.isUppercase
        else { return nil }
        if DateParagraph.isDateLine(s) || (next == .dateline && DateParagraph.isPlaceLine(s)) { return .dateline }
        guard isTitleCaseLine(s), !namesAnOffice(s) else { return nil }
        let line = s.lines[0]
        let name = line.prefix { $0 != "," }
        let post = line.dropFirst(name.count).dropFirst()
        let words = name.split(separator: " ")
        let titles = words.prefix { Cast.isTitleWord($0) }
        let posted = !post.isEmpty && post.split(separator: " ").contains { IssuerFinder.isPost($0.filter(\.isLetter)[...]) }
        let signed = next == .byline || next == .dateline
        if IssuerFinder.isPersonsName(words[titles.count...].joined(separator: " ")[...]) {
            if posted || (post.isEmpty && (!titles.isEmpty || signed)) { return .byline }
            return nil
        }
        // "Department Spokesperson" between the name and the date.
        if next == .dateline, post.isEmpty, words.count <= 5, let last = words.last, IssuerFinder.isPost(last) { return .byline }
        return nil
    }

    /// Two one-line paragraphs in capitals, the first with no closing stop: a headline set over two
    /// paragraphs. (Two words at least each: "NEWS" alone is a label.)
    static func runsOnInCapitals(_ headline: ParagraphShape, into s: ParagraphShape) -> Bool {
        guard headline.isOneLine, s.isOneLine, !headline.endsLikeProse, !s.endsLikeProse else { return false }
        func capitals(_ line: Substring) -> Bool {
            line.split(separator: " ").count >= 2 && line.contains(where: \.isLetter) && !line.contains(where: \.isLowercase)
        }
        return capitals(headline.lines[0]) && capitals(s.lines[0])
    }

    /// "About Acme Robotics", "About the Department of Rivers": a heading naming whom the
    /// boilerplate below it is about, every word after "About" capitalised or a name's small word.
    static func isAboutHeading(_ s: ParagraphShape) -> Bool {
        guard s.isOneLine, s.text.utf8.count <= 80, !s.endsLikeProse, s.opening.hasPrefix("about "), let line = s.lines.first else { return false }
        let words = line.split(separator: " ").dropFirst()
        return !words.isEmpty && words.allSatisfy { $0.first?.isUppercase == true || IssuerFinder.smallNameWords.contains($0) }
    }

    /// "Background", "Background information:": a heading alone on its line over the notes to editors.
    static func isNotesHeading(_ s: ParagraphShape) -> Bool {
        guard s.isOneLine, s.text.utf8.count <= 40 else { return false }
        let line = s.lines[0].lowercased()
        return PartCues.notesHeadings.contains(line.hasSuffix(":") ? String(line.dropLast()) : line)
    }

    /// "Report a scam", "Statement from CDC Director Robert Redfield": one short capitalised line
    /// that is no sentence, no label and no list item, and does not break off at a function word;
    /// or a label heading.
    /// The longest a section's title runs, in bytes.
    static let sectionHeadingLength = 70

    /// The most paragraphs a release with no head is read as set out in sections over.
    static let releaseLength = 120

    static func isSectionHeading(_ s: ParagraphShape) -> Bool {
        if isLabelHeading(s) || isQuestionHeading(s) { return true }
        guard s.isOneLine, s.text.utf8.count <= sectionHeadingLength, !s.endsLikeProse, !s.lines[0].contains(":"),
              s.lines[0].first?.isUppercase == true, !s.text.contains(where: { "\"“”()".contains($0) || $0.isNumber }),
              let last = s.lines[0].split(separator: " ").last?.lowercased()
        else { return false }
        return !Self.danglingWords.contains(last)
    }

    /// "What should I do?", "Who is most at risk?": a short question on a line of its own, opening
    /// with a question word, heads the answer below it, as advice and FAQs set their sections out.
    static func isQuestionHeading(_ s: ParagraphShape) -> Bool {
        guard s.isOneLine, s.text.utf8.count <= sectionHeadingLength, s.lines[0].hasSuffix("?"),
              !s.text.contains(where: { "\"“”:;()".contains($0) || $0.isNumber }),
              case let words = s.lines[0].split(separator: " "), words.count >= 3, words[0].first?.isUppercase == true
        else { return false }
        return questionOpeners.contains(words[0].lowercased())
    }

    /// Words a question opens with: its question word or the verb put before its subject.
    static let questionOpeners: Set<String> = [
        "what", "how", "why", "who", "when", "where", "which", "is", "are", "can", "do", "does", "should", "will",
    ]

    /// A story's first paragraph: a long one of prose.
    static func isLede(_ s: ParagraphShape) -> Bool {
        s.text.utf8.count > 150 && isProse(s)
    }

    /// A paragraph of sentences: longer than a line of a list, ending in a stop, not a colon.
    /// (A section may open with a sentence that introduces its list: "Follow these practical tips:".)
    static func isProse(_ s: ParagraphShape, orIntroduction: Bool = false) -> Bool {
        guard s.text.utf8.count > 60, var last = s.lines.last else { return false }
        while let end = last.last, "\"”’')".contains(end) { last = last.dropLast() }
        if orIntroduction, s.lines.count == 1, last.last == ":", last.split(separator: " ").count >= 8 { return true }
        return last.last.map { ".!?…".contains($0) } ?? false
    }

    /// What a section may end with before the next one's title: prose, or a sentence of a few
    /// words on its own ("Report it to the council."), which a line of a list or a title is not.
    static func endsASection(_ s: ParagraphShape) -> Bool {
        if isProse(s) { return true }
        guard s.isOneLine, s.lines[0].split(separator: " ").count >= 3, ParagraphShape.isOneSentence(s.lines[0]),
              var last = s.lines.last else { return false }
        while let end = last.last, "\"”’')".contains(end) { last = last.dropLast() }
        return last.last.map { ".!".contains($0) } ?? false
    }

    /// "Additional safety tips:", "Quotes attributable to the Minister:": a few words naming what
    /// follows, with no verb after the first word ("The Minister said:" introduces speech instead).
    static func isLabelHeading(_ s: ParagraphShape) -> Bool {
        guard s.isOneLine, s.text.utf8.count <= 60, s.lines[0].hasSuffix(":"), s.lines[0].first?.isUppercase == true,
              !s.lines[0].dropLast().contains(where: { ":,;\"“”()".contains($0) || $0.isNumber }) else { return false }
        let words = s.lines[0].dropLast().split(separator: " ").map { $0.lowercased().filter(\.isLetter) }
        return words.count >= 2 && words.count <= 8 && !words.dropFirst().contains(where: Lexicon.verbForms.contains)
    }

    /// Words a line that runs on into the next paragraph breaks off at.
    static let danglingWords: Set<String> = ["and", "or", "but", "the", "a", "an", "of", "to", "for", "with", "in", "on", "at", "by", "from"]

    /// Lines that are the page's own whatever stands around them: a trail cue, a button, a link, a
    /// bar of links, the page's fields.
    static func isFurniture(_ s: ParagraphShape) -> Bool {
        (s.isShort && (s.everyLineOpens(with: PartCues.trail) || PartCues.trailWords.contains(s.squeezed) || s.isTrailWords))
            || isFurnitureFields(s) || isLinkOrImage(s) || isNavigation(s) || isFileLink(s)
    }

    /// "Jane Roe", "Minister for Rivers", "The Hon Jane Roe MP": a line with a person's name or a post.
    static func namesSomeone(_ s: ParagraphShape) -> Bool {
        s.lines.contains { line in
            IssuerFinder.isPersonsName(line)
                || line.split(separator: " ").contains { Lexicon.isPostOrRoleWord($0.filter(\.isLetter)) }
                || isByline(ParagraphShape(line))
        }
    }

    /// "Influenza Immunization Awareness Month": a line of four or more words with no word of a
    /// title, a post or a body, and no person's name. (A name of three, "Mark C. Toner", may hold
    /// initials the lexicon cannot tell from a word; a span of time, "Week", ends no one's name.)
    static func namesNoOne(_ s: ParagraphShape) -> Bool {
        guard s.isOneLine, !isByline(s) else { return false }
        let words = s.lines[0].split(separator: " ").map { $0.lowercased().filter(\.isLetter) }.filter { !$0.isEmpty }
        guard !IssuerFinder.isPersonsName(s.lines[0])
            || words.last.map({ Lexicon.flagTable[$0]?.contains(.timeNoun) == true }) == true else { return false }
        return words.count >= 4 && words.allSatisfy { (Lexicon.flagTable[$0] ?? []).isDisjoint(with: [.title, .roleNoun, .organisation]) }
    }

    /// "Dial-In", "English – passcode: 2671066": the numbers to join a call, or their heading.
    static func isDialIn(_ s: ParagraphShape) -> Bool {
        let lower = s.text.lowercased()
        return PartCues.dialIn.contains { lower.contains($0) }
    }

    /// "Get help during a flood": one short line that is no sentence, quotes nothing and gives no number.
    static func isLinkTitle(_ s: ParagraphShape) -> Bool {
        s.isOneLine && s.text.utf8.count <= 60 && !s.endsLikeSentence
            && !s.text.contains(where: { "\"“”".contains($0) }) && !s.hasPhoneOrEmail
    }

    /// The headline's text, lines joined; in a block of head lines, the headline's line alone.
    static func title(of s: ParagraphShape) -> String {
        if s.isOneLine { return withoutTrailingDay(s.joined) }
        guard s.lines.count > 1, s.lines.count <= 4 else { return s.joined }
        // Without the block's date, release and code lines; a headline wrapped over two lines is joined.
        // ("PRESS RELEASES / Apply Now for …": the site's label of its releases is no part of it.)
        let headlines = s.lines.filter { lineKind(ParagraphShape($0)) == nil && !isReleasesLabel(ParagraphShape($0)) }
        return headlines.isEmpty ? s.joined : headlines.joined(separator: " ")
    }

    /// "February 23, 2018WASHINGTON": where a year run into a place in capitals ends (four
    /// digits, then two capitals). Scanned by hand: the fuzzer's build reads no regex literals.
    static func endOfGluedYear(in line: Substring) -> Substring.Index? {
        let bytes = line.utf8
        var digits = 0
        for index in bytes.indices {
            let byte = bytes[index]
            if digits >= 4, (0x41...0x5A).contains(byte) {
                let next = bytes.index(after: index)
                if next < bytes.endIndex, (0x41...0x5A).contains(bytes[next]) { return index }
            }
            digits = (0x30...0x39).contains(byte) ? digits + 1 : 0
        }
        return nil
    }

    /// "Statement by … / Release Date: February 23, 2018WASHINGTON - Today, …": a copy that runs
    /// its head lines into the first body block; the lede's dateline gives the place, the short
    /// lines above it the date and, the last of them that is no date or label, the title.
    static func headRunIntoLede(_ s: ParagraphShape) -> (title: String?, date: String?, place: String?)? {
        guard (2...9).contains(s.lines.count) else { return nil }
        for index in 1..<s.lines.count {
            var line = s.lines[index]
            var above = Array(s.lines[..<index])
            // A year glued to the place in capitals: the copy lost the line break between them.
            if let glued = endOfGluedYear(in: line) {
                above.append(line[..<glued])
                line = line[glued...]
            }
            guard line.split(separator: " ").count >= 10, DateParagraph.opensWithDateline(line),
                  above.allSatisfy({ $0.utf8.count <= 160 }) else { continue }
            guard let place = DateParagraph.place(inDateline: line), DateParagraph.mayBeAPlace(place),
                  place.split(separator: " ").count <= 4 else { return nil }
            let date = above.lazy.compactMap { ReleaseDate.first(in: $0) }.first?.iso
            let title = above.last { line in
                let shape = ParagraphShape(line)
                return lineKind(shape) == nil && !shape.hasPhoneOrEmail && !line.hasSuffix(":") && !line.contains(": ")
                    && line.split(separator: " ").count >= 4 && isHeadlineLike(shape) && ReleaseDate.first(in: line) == nil
            }
            return (title.map(String.init), date, place)
        }
        return nil
    }

    /// "Agency interviews the magicians' president Wednesday, October 9, 2013": a page that sets
    /// its date after its title on one line; the date, its weekday first, is no part of the title.
    /// (A date after a colon, "Statement on floods: 16 March 2020", is the title's own.)
    static func withoutTrailingDay(_ line: String) -> String {
        let words = line.split(separator: " ")
        guard words.count >= 7 else { return line }
        for start in (words.count - 4)..<(words.count - 2) where start >= 3 {
            let day = words[start].lowercased().filter(\.isLetter)
            guard weekdays.contains(day), !words[start - 1].hasSuffix(":"), !words[start - 1].hasSuffix(",") else { continue }
            let rest = words[start...].joined(separator: " ")
            guard let last = words.last, last.count == 4, last.allSatisfy(\.isNumber), ReleaseDate.first(in: rest[...]) != nil else { continue }
            return words[..<start].joined(separator: " ")
        }
        return line
    }

    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// "PRESS SECRETARY JOHN F. KIRBY: Hello, everybody. Happy Monday.": a transcript's label in
    /// capitals, then speech in sentences; the label's words are no contact's cue.
    static func opensATurn(_ s: ParagraphShape) -> Bool {
        guard let line = s.lines.first, let colon = line.firstIndex(of: ":") else { return false }
        let label = line[..<colon], speech = line[line.index(after: colon)...]
        return label.split(separator: " ").count >= 2 && !label.contains(where: \.isLowercase) && label.contains(where: \.isLetter)
            && speech.split(separator: " ").count >= 4 && speech.contains(where: \.isLowercase)
            && (speech.contains(". ") || ParagraphShape(speech).endsLikeSentence)
    }

    static func isEndMark(_ s: ParagraphShape) -> Bool {
        guard !s.squeezed.isEmpty else { return false }
        if PartCues.endMarks.contains(s.squeezed) { return true }
        // "-0- 6/14/93": a newswire's end mark, with the date it was sent.
        if s.isOneLine, s.lines[0].hasPrefix("-0-"), s.lines[0].dropFirst(3).allSatisfy({ $0.isNumber || " /.-".contains($0) }) { return true }
        // "# # #", "**** ****", "- 30 -", "[ENDS]", "// end //"
        let marks = s.squeezed.filter { !"-–—[]()/\\".contains($0) }
        // "-USCG-": an agency's letters between dashes.
        if s.squeezed.hasPrefix("-"), s.squeezed.hasSuffix("-"), (2...8).contains(marks.count), marks.allSatisfy(\.isLetter) { return true }
        // "#      #": two marks set apart are the same mark as "###".
        let spread = marks.count >= 3 || (marks.count == 2 && s.text.contains(" "))
        return PartCues.endWords.contains(marks) || (spread && marks.allSatisfy { $0 == "#" })
            || (marks.count >= 4 && marks.allSatisfy { $0 == "*" })
    }

    static func isContact(_ s: ParagraphShape) -> Bool {
        guard s.text.utf8.count <= 600, !opensATurn(s) else { return false }
        if PartCues.opens(s.opening, with: PartCues.contact) != nil { return s.isShort || s.lines.count > 1 }
        // "For more information (media only), please contact:"
        if s.isOneLine, s.text.utf8.count <= 100, s.opening.hasSuffix("contact:") { return true }
        // "OPA News Release: / Contact Name:": a contact form's labels, their values left empty.
        if s.lines.count > 1, s.text.utf8.count <= 120, s.lines.allSatisfy({ $0.hasSuffix(":") }),
           s.lines.contains(where: { PartCues.opens(ParagraphShape($0).opening, with: PartCues.contact) != nil }) { return true }
        // An office's address with "Contact External Affairs:" and its numbers among the lines.
        if s.lines.count >= 3, s.hasPhoneOrEmail, s.lines.allSatisfy({ $0.count <= 80 }),
           s.lines.dropFirst().contains(where: { PartCues.opens(ParagraphShape($0).opening, with: PartCues.contact) != nil }) { return true }
        // "Washington, D.C. / Phone: 202-…": the office's place over its number, no dateline.
        if s.lines.count == 2, s.hasPhoneOrEmail, DateParagraph.isPlaceLine(ParagraphShape(s.lines[0])),
           PartCues.opens(ParagraphShape(s.lines[1]).opening, with: PartCues.contact) != nil { return true }
        // "Please RSVP to the office at 808-…, by Friday." is a sentence, not a contact block.
        if s.isOneLine, s.endsLikeSentence, s.lines[0].split(separator: " ").count > 10 { return false }
        // "• Minister's office: (02) 6277 7840 / • DFAT Media Liaison: (02) 6261 1555": a number a line.
        if s.lines.count > 1, s.lines.allSatisfy({ line in
            let shape = ParagraphShape(line)
            return line.count <= 80 && shape.hasPhoneOrEmail && ReleaseDate.first(in: line) == nil
                && PartCues.opens(shape.opening, with: PartCues.release) == nil
        }) { return true }
        // "Minister's office - 6552 5500": an office or a name and its number, a line alone.
        // ("Access Code: 3723839#" and "press release CA 17757-19" are no number to call.)
        if s.isOneLine, s.text.utf8.count <= 60, !s.lines[0].contains(":"), s.hasPhoneOrEmail, !s.endsLikeSentence,
           s.lines[0].contains("@") || s.lines[0].filter(\.isASCIIDigit).count >= 8, ReleaseDate.first(in: s.lines[0]) == nil,
           PartCues.opens(s.opening, with: PartCues.release) == nil, !isReleaseCode(s) { return true }
        // ("Jane Roe, Office of the Minister, 613-…; Media Relations, 613-…": one line may hold
        // several contacts, each short and with its number.)
        return s.hasPhoneOrEmail && s.opensWithName && s.lines.allSatisfy { line in
            line.count <= 120 || line.split(separator: ";").allSatisfy { $0.count <= 120 && ParagraphShape($0).hasPhoneOrEmail }
        }
    }

    /// "Spokesperson / Jane Roe / 020 7946 0000": after the body, a few short lines that are no
    /// sentence and give a number or an address to write to are whom to contact, cue or none.
    /// (A date among them makes a release's head; a dial-in's numbers are the event's.)
    static func isContactBlock(_ s: ParagraphShape) -> Bool {
        guard (2...6).contains(s.lines.count), s.hasPhoneOrEmail, !isDialIn(s) else { return false }
        return s.lines.allSatisfy { line in
            let words = line.split(separator: " ")
            return line.count <= 60 && ReleaseDate.first(in: line) == nil && !(words.count > 5 && ParagraphShape(line).endsLikeProse)
                && PartCues.opens(ParagraphShape(line).opening, with: PartCues.release) == nil
        }
    }

    /// "Please note that this website has a UK government accesskeys system.": a line or two in
    /// which the site speaks of itself.
    static func isSiteNotice(_ s: ParagraphShape) -> Bool {
        guard s.text.utf8.count <= 300 else { return false }
        let lower = s.text.lowercased()
        return PartCues.siteSelf.contains { lower.contains($0) }
    }

    /// "Published 15 July 2019 From: Roads Agency", "From: Roads Agency / Published …": a page's
    /// line saying when and by whom it was published.
    static func isPublishingLine(_ s: ParagraphShape) -> Bool {
        s.isShort && (PartCues.opens(s.opening, with: PartCues.publishedLabels) != nil || s.opening.hasPrefix("from: "))
    }

    /// "Media questions: Jane Roe, 202-555-0100", "Out of hours: 07700 900123": after the body, one
    /// line whose label, whatever its words, gives a number or an address to write to.
    /// (A date under a label is the page's; a dial-in's numbers are the event's.)
    static func isLabelledNumber(_ s: ParagraphShape) -> Bool {
        guard s.isOneLine, s.text.utf8.count <= 120, s.hasPhoneOrEmail, !s.endsLikeProse, !isDialIn(s),
              s.lines[0].split(separator: " ").prefix(4).contains(where: { $0.hasSuffix(":") }) else { return false }
        return ReleaseDate.first(in: s.lines[0]) == nil && PartCues.opens(s.opening, with: PartCues.release) == nil
    }

    /// "Reporters may contact Jane Roe at 202-555-0100.": a sentence or two after the body that
    /// tell the press whom to call.
    static func isPressNote(_ s: ParagraphShape) -> Bool {
        guard s.text.utf8.count <= 200, s.lines.count <= 2, s.hasPhoneOrEmail, !isDialIn(s) else { return false }
        let words = s.joined.lowercased().split { !$0.isLetter }
        return words.prefix(5).contains { PartCues.pressWords.contains(String($0)) } && words.contains { $0 == "contact" || $0 == "call" }
    }

    /// "FOR IMMEDIATE RELEASE", "RELEASE: 07-55", "• Joint statement", "17/07/2023 | Press release |".
    static func isRelease(_ s: ParagraphShape) -> Bool {
        // (A column cell can hold no line once trimmed: a separator alone.)
        guard !s.lines.isEmpty else { return false }
        // "17/07/2023 | Press release |", "European Commission - Daily News".
        var pieces = s.opening.split { $0 == "|" }.map { ParagraphShape.trimmed($0) }
        if pieces.count == 1, s.opening.count <= 60 { pieces = s.opening.split(separator: " - ").map { ParagraphShape.trimmed($0) } }
        if pieces.count > 1, pieces.contains(where: { PartCues.release.contains(String($0)) }) { return true }
        // "***UPDATE TO MEDIA ADVISORY***", "**AGENCY MEDIA ADVISORY**": a cue inside a line set off by asterisks.
        if s.lines[0].hasPrefix("**"), PartCues.release.contains(where: { $0.count >= 8 && s.opening.contains($0) }) { return true }
        if s.isOneLine, lettersBeforeCue(s) != nil { return true }
        // "Department of Homeland Security News": a body's name and the kind of its feed.
        if s.lines.count <= 2, let cue = (["news"] + PartCues.releaseKinds)
            .first(where: { s.lines[0].lowercased().hasSuffix(" " + $0) }),
           IssuerFinder.bodyName(s.lines[0].dropLast(cue.count + 1)) != nil,
           s.lines.count == 1 || DateParagraph.isDateLine(ParagraphShape(s.lines[1])) { return true }
        // "BLM Logo / U.S. DEPARTMENT OF THE INTERIOR / BUREAU OF LAND MANAGEMENT NEWS RELEASE /
        // High Desert District": a letterhead's lines, an emblem's caption or a release cue among them.
        // ("… Seal / FOR IMMEDIATE RELEASE / WEDNESDAY, DECEMBER 14, 2005 / (202) 514-2007": or a release line itself.)
        if (2...8).contains(s.lines.count), s.lines.allSatisfy({ $0.utf8.count <= 64 && !ParagraphShape($0).endsLikeSentence }),
           s.lines.contains(where: { line in
               let lower = line.lowercased()
               let words = line.split(separator: " ")
               return PartCues.releaseKinds.contains { lower.hasSuffix(" " + $0) }
                   || (words.count <= 3 && words.last.map { IssuerFinder.emblemWords.contains($0.lowercased()) } == true)
                   || PartCues.releaseTimings.contains(where: lower.hasPrefix)
           }) { return true }
        // "Disaster press release CA 17757-19": a kind of release, the cue, its number.
        if s.isOneLine, s.text.utf8.count <= 60, !s.endsLikeSentence,
           let cue = ["press release", "news release", "media release"].first(where: { s.opening.contains(" " + $0 + " ") }),
           let range = s.opening.firstRange(of: " " + cue + " "), s.opening[range.upperBound...].contains(where: \.isNumber),
           s.opening[..<range.lowerBound].split(separator: " ").count <= 2
        {
            return true
        }
        // "U.S. Department of Labor    For Immediate Release    Aug. 27, 2012": a typed release's
        // head set in columns on one line, one of them a release line.
        if s.isOneLine, s.text.utf8.count <= 200, case let cells = columns(of: s.lines[0]), cells.count > 1,
           cells.contains(where: { isRelease(ParagraphShape($0)) }) {
            return true
        }
        // "DEPARTMENT FOR CULTURE, MEDIA AND SPORT News Release (037/2008) issued by The Government
        // News Network on 21 April 2008": a kind of release, then who sent it out.
        if s.isOneLine, s.text.utf8.count <= 250, case let lower = s.lines[0].lowercased(),
           let kind = PartCues.releaseKinds.lazy.compactMap({ lower.firstRange(of: $0) }).first, lower[kind.upperBound...].contains(" issued by ") {
            return true
        }
        // "No. 053-P May 22, 2003": a release's number, then its date.
        if s.isOneLine, s.opening.hasPrefix("no. "), let code = s.opening.dropFirst(4).split(separator: " ").first,
           code.contains(where: \.isNumber), s.text.utf8.count <= 40 { return true }
        if s.isOneLine, s.text.utf8.count <= 200, PartCues.opens(s.opening, with: PartCues.deskAlerts) != nil { return true }
        guard let cue = PartCues.opens(s.opening, with: PartCues.release) else { return false }
        if cue == "the press release issued by" { return s.isOneLine && s.text.utf8.count <= 200 }
        if s.opening.hasPrefix("embargo") || s.opening.hasPrefix("under embargo") { return true }
        var rest = s.opening.dropFirst(cue.count)
        rest = rest.drop { $0 == ":" || $0 == " " || $0 == "-" || $0 == "–" || $0 == "#" || $0 == "." || $0 == "*" || $0 == "!" }
        if rest.allSatisfy({ $0 == "*" || $0 == " " || $0 == "|" }) { return true }
        if rest.isEmpty || rest.hasPrefix("from:") { return true }
        // "Trade Release from OSHA": the cue and whose it is.
        // ("Statement from Director Jane Roe on …" is a headline.)
        // ("News from the US Census Bureau": the feed and the body whose it is.)
        if rest.hasPrefix("from "), s.isOneLine, !s.endsLikeSentence, rest.split(separator: " ").count <= 6,
           cue.hasSuffix("release") || (cue == "news" && s.lines[0].lowercased().firstRange(of: " from ").map({ range in
               IssuerFinder.bodyName(s.lines[0].lowercased()[range.upperBound...].drop { $0 == " " }.split(separator: " ")
                   .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")[...]) != nil
                   || s.lines[0][range.upperBound...].split(separator: " ").allSatisfy { $0.first?.isUppercase == true || $0 == "the" }
           }) == true) { return true }
        // "FOR RELEASE AT 10:00 A.M. EST", "For release: 12:01 a.m. ET": the hour it may be printed.
        if PartCues.releaseTimings.contains(cue), s.isOneLine, s.text.utf8.count <= 80, !s.endsLikeSentence,
           rest.first?.isNumber == true || ["at ", "until ", "after "].contains(where: { rest.hasPrefix($0) && rest.contains(where: \.isNumber) }) {
            return true
        }
        // "For Immediate Release: June 3, 2021"
        if let date = ReleaseDate.first(in: rest), DateWords(rest).items.count <= date.words.count + 2 { return true }
        // "PRESS RELEASE LA 1072 ROAD CLOSURE Washington Parish August 12, 2016", "FOR IMMEDIATE
        // RELEASE May 1, 2007 Contacts: …": a release block run onto one line, dated.
        if cue.count >= 12, s.isOneLine, s.text.utf8.count <= 200, !s.endsLikeSentence, ReleaseDate.first(in: rest) != nil { return true }
        // A number or code after it: "07-55", "m-12-044", "no. 45/2021".
        // "Release Number: HQ-05-309", "No. 45/2021".
        // "Daily News 30 / 06 / 2015": the numbers of a date or an issue, and their strokes.
        let numbers = rest.split(separator: " ").filter { !PartCues.numberLabels.contains($0) && !$0.allSatisfy({ "/.-".contains($0) }) }
        if numbers.count <= 3, numbers.count > 2, numbers.allSatisfy({ $0.allSatisfy(\.isNumber) }) { return true }
        return numbers.count <= 2 && numbers.allSatisfy { $0.contains(where: \.isNumber) }
    }

    /// "www.osha.gov", "https://www.nps.gov/olym": an address alone on its line.
    static func isWebAddress(_ line: Substring) -> Bool {
        !line.contains(" ") && ["www.", "http://", "https://"].contains { line.lowercased().hasPrefix($0) }
    }

    /// "» More Information on the Floods": a link, marked as one; "[Graphic in PDF & Word
    /// format]": where a copy left out an image.
    /// "NTSB Home Page | Press Releases", "Home | Contact Us |": a page's links set in a bar,
    /// every line of short labels between bars.
    static func isNavigation(_ s: ParagraphShape) -> Bool {
        guard s.isShort else { return false }
        return s.lines.allSatisfy { line in
            let cells = line.split(separator: "|").map(ParagraphShape.trimmed).filter { !$0.isEmpty }
            return line.contains("|") && (cells.count >= 2 || line.hasPrefix("|") || line.hasSuffix("|")) && !cells.isEmpty
                && cells.allSatisfy { $0.count <= 40 && $0.first?.isLowercase != true && !ParagraphShape($0).endsLikeProse }
        }
    }

    /// "Press Releases", "News and Press Releases", "NTSB News": above the headline, the label of the
    /// site's section of releases, a body's letters before it or not, is a release line.
    static func isReleasesLabel(_ s: ParagraphShape) -> Bool {
        guard s.isOneLine, s.text.utf8.count <= 60 else { return false }
        var words = s.lines[0].split(separator: " ")
        if words.count > 1, let first = words.first, (2...6).contains(first.count), first.allSatisfy({ $0.isUppercase && $0.isLetter }),
           words[1].contains(where: \.isLowercase) { words.removeFirst() }
        let kinds = words.map { $0.lowercased() }.joined(separator: " ").split(separator: " and ").flatMap { $0.split(separator: " & ") }
        return !kinds.isEmpty && kinds.allSatisfy { kind in
            PartCues.release.contains(String(kind)) || kind.hasSuffix("s") && PartCues.release.contains(String(kind.dropLast()))
        }
    }

    /// "Last Updated: / July 16, 2012 / Region: / Back to Top": the page's fields set a label a line,
    /// its value under it; a trail cue opens the block and every other line is a cue, a label or a date.
    static func isFurnitureFields(_ s: ParagraphShape) -> Bool {
        guard s.isShort, s.lines.count > 1, ParagraphShape(s.lines[0]).everyLineOpens(with: PartCues.trail) else { return false }
        return s.lines.dropFirst().allSatisfy { line in
            let shape = ParagraphShape(line)
            let label = line.count <= 50 && line.hasSuffix(":") && (1...6).contains(line.split(separator: " ").count)
            return label || shape.everyLineOpens(with: PartCues.trail) || ReleaseDate.first(in: line) != nil && DateParagraph.isDateLine(shape)
                || PartCues.trailWords.contains(shape.squeezed)
        }
    }

    /// "PDF printable version of the facts (PDF 18 KB)", "Read the report [PDF, 2.3 MB]": a link
    /// to a file, its format and size in brackets.
    static func isFileLink(_ s: ParagraphShape) -> Bool {
        guard s.isOneLine, s.text.utf8.count <= 200 else { return false }
        let words = s.lines[0].lowercased().split(whereSeparator: { " ,()[]".contains($0) })
        guard let format = words.lastIndex(where: { fileFormats.contains($0) }), format + 1 < words.count else { return false }
        // "18 KB", "2.3MB": a number and a unit, apart or together.
        let size = words[(format + 1)...].prefix(2).joined()
        return ["kb", "mb"].contains { unit in
            size.hasSuffix(unit) && size.dropLast(2).contains(where: \.isNumber) && size.dropLast(2).allSatisfy { $0.isNumber || $0 == "." }
        }
    }

    /// "Logo - https://mma.prnewswire.com/…", "Photo: https://…": a label of a word or three and
    /// the address it links to, nothing else; a wire sets its media so under the release. (A
    /// sentence that ends in an address, "… visit www.agency.gov", is the body's.)
    static func isLabelledLink(_ s: ParagraphShape) -> Bool {
        guard s.isOneLine, s.text.utf8.count <= 200 else { return false }
        let words = s.lines[0].split(separator: " ")
        guard let last = words.last?.lowercased(), ["http://", "https://", "www."].contains(where: { last.hasPrefix($0) }) else { return false }
        let label = words.dropLast().filter { !["-", "–", "—", "|", ":"].contains($0) }
        return (1...3).contains(label.count) && label.allSatisfy { word in
            word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || $0 == ":" }
        }
    }

    static let fileFormats: Set<Substring> = ["pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "rtf", "odt", "mp3", "mp4", "csv", "zip"]

    static func isLinkOrImage(_ s: ParagraphShape) -> Bool {
        // "Stay connected with us / around the nation »", "Read more ›": a link's arrow, set apart,
        // ends it, over a line or two (a closing guillemet has its opening one before it).
        if s.lines.count <= 2, s.text.utf8.count <= 120, let last = s.lines.last, last.hasSuffix(" »") || last.hasSuffix(" ›"),
           !s.text.contains("«"), !s.text.contains("‹") { return true }
        guard s.isOneLine, s.text.utf8.count <= 120, let mark = s.lines[0].first else { return false }
        return "»›".contains(mark) || (mark == "[" && s.lines[0].last == "]")
    }

    /// "NTSB Press Release", "NTSB Advisory": the issuer's letters before a release's cue.
    static func lettersBeforeCue(_ s: ParagraphShape) -> Substring? {
        let words = s.lines[0].split(separator: " ")
        guard (2...4).contains(words.count), let first = words.first, (2...8).contains(first.count),
              first.allSatisfy({ $0.isUppercase || $0 == "." }), !PartCues.release.contains(String(s.opening)),
              // "NASA Press Release", but not "U.S. Embassy Statement": the cue is all after the letters.
              PartCues.release.contains(where: { $0.count > 4 && s.opening == first.lowercased() + " " + $0 })
        else { return nil }
        return first
    }

    /// "SG/SM/12345", "HQ-05-309", "PR 21/045": a release's number on a line of its own.
    static func isReleaseCode(_ s: ParagraphShape) -> Bool {
        guard s.isOneLine, s.text.utf8.count <= 24 else { return false }
        let words = s.lines[0].split(separator: " ")
        guard (1...2).contains(words.count), let code = words.last, code.contains(where: \.isNumber),
              code.contains(where: { $0 == "/" || $0 == "-" }) || code.contains(where: \.isLetter)
        else { return false }
        return words.allSatisfy { word in word.allSatisfy { $0.isLetter || $0.isNumber || "/-.".contains($0) } && word.first?.isLowercase != true }
            && ReleaseDate.first(in: s.lines[0]) == nil && !ReleaseDate.isNumericDate(code)
    }

    /// "AA 02 053 30 Aug 2002": a release's number, its body's letters and groups of digits, before
    /// the day it was issued; the letters name no place.
    static func isCodeBeforeDate(_ s: ParagraphShape) -> Bool {
        guard s.isOneLine, s.text.utf8.count <= 60 else { return false }
        let words = s.lines[0].split(separator: " ")
        guard words.count >= 4, (2...6).contains(words[0].count), words[0].allSatisfy({ $0.isUppercase && $0.isLetter }) else { return false }
        let groups = words.dropFirst().prefix { $0.allSatisfy(\.isNumber) && $0.count >= 2 }
        guard (1...3).contains(groups.count) else { return false }
        // The last group may be the date's day: the date is what is left after the number.
        for end in stride(from: groups.endIndex, through: groups.startIndex + 1, by: -1) {
            let rest = words[end...].joined(separator: " ")
            if !rest.isEmpty, ReleaseDate.first(in: rest[...]) != nil, DateParagraph.isDateLine(ParagraphShape(rest[...])),
               words[end].first?.isNumber == true || ReleaseDate.months[words[end].lowercased()] != nil { return true }
        }
        return false
    }

    /// "By Jane Roe, Staff Writer", "Office of the Spokesperson", "FROM: U.S. DEPARTMENT OF DEFENSE".
    static func isByline(_ s: ParagraphShape) -> Bool {
        guard s.isOneLine, s.text.utf8.count <= 80, !s.endsLikeSentence else { return false }
        let line = s.lines[0]
        // ("by Bridger-Teton National Forest": a site may set the word in lower case.)
        // "Story by Jane Roe", "Written by …", "Posted by …": the words a site sets before its writer's name.
        // (Only the opening is lowercased: the longest cue is 19 letters.)
        let lower = line.prefix(24).lowercased()
        if PartCues.bylines.contains(where: { cue in
            lower.hasPrefix(cue + " ") && line.dropFirst(cue.count + 1).first?.isUppercase == true
                && (cue == "by" || line.split(separator: " ").count <= 8)
        }) { return true }
        if s.opening.hasPrefix("from:") { return true }
        // "Posted by: Jane Roe", "Posted by: , Posted on: …": the words as a label, their value
        // after the colon or left empty.
        if PartCues.bylines.contains(where: { lower.hasPrefix($0 + ":") }) { return true }
        // "The Hon Jane Roe MP, Minister for Rivers": a minister's name under its honours, with the post.
        // ("The Rt Hon Jane Roe MP": a privy counsellor's honours.)
        if ["the hon ", "the hon. ", "hon ", "hon. ", "the honourable ", "senator the hon ", "the rt hon ", "rt hon ", "the right honourable "]
            .contains(where: { s.opening.hasPrefix($0) }),
           line.split(separator: " ").count <= 14 { return true }
        return line.hasPrefix("Office of the ") || line.hasPrefix("Office of ")
    }

    /// "Deputy Department Spokesperson", "American Forces Press Service": a short line of
    /// capitalised words, as names, roles and offices are written.
    static func isTitleCaseLine(_ s: ParagraphShape) -> Bool {
        guard s.isOneLine, s.text.utf8.count <= 70, !s.endsLikeSentence else { return false }
        let words = s.lines[0].split(separator: " ")
        // "U.S. Coast Guard 14th District Hawaii and the Pacific |": bars and dashes are no words.
        guard (1...10).contains(words.filter({ $0.contains { $0.isLetter || $0.isNumber } }).count) else { return false }
        return words.allSatisfy { word in
            guard let first = word.first else { return true }
            return first.isUppercase || first.isNumber || !first.isLetter || PartCues.datelineWords.contains(String(word))
        }
    }

    /// "Statement by the National Security Advisor on …", "Remarks by …", "Readout of …": a
    /// line that names the statement it heads.
    static func namesAStatement(_ s: ParagraphShape) -> Bool {
        // ("STATEMENT BY JANE ROE REGARDING THE … / RULE ON …": a title broken over lines too.)
        guard s.isOneLine || (s.lines.count <= 3 && s.text.utf8.count <= 300 && !s.endsLikeSentence) else { return false }
        let words = s.opening.split(separator: " ").prefix(3)
        guard words.count >= 2 else { return false }
        let (first, second) = (String(words[words.startIndex]), String(words[words.startIndex + 1]))
        return ["statement", "remarks", "readout", "message"].contains(first) && ["by", "from", "of", "on"].contains(second)
            || (first == "joint" && second == "statement")
    }

    /// Words of the unit a press office calls itself by, in sentence case or not.
    static let teamWords: Set<String> = ["team", "office", "unit", "desk", "service", "delegation", "section"]

    /// "Press and information team of the Delegation to Sudan", "EEAS Press Team": one line of
    /// at most 80 characters naming a press unit, the press and the unit's word both in it.
    static func namesATeam(_ s: ParagraphShape) -> Bool {
        guard s.isOneLine, s.text.utf8.count <= 80, !s.endsLikeSentence else { return false }
        let words = s.lines[0].lowercased().split { !$0.isLetter }
        return words.contains { PartCues.pressWords.contains(String($0)) || $0 == "information" || $0 == "communications" }
            && words.contains { teamWords.contains(String($0)) }
    }

    /// "U.S. Permanent Representative to the United Nations", "Office of the Press Secretary":
    /// a post or an office in title case, with the small words of its name.
    static func isOfficeLine(_ s: ParagraphShape) -> Bool {
        guard s.isOneLine, s.text.utf8.count <= 80, !s.endsLikeSentence else { return false }
        let words = s.lines[0].split(separator: " ")
        guard (2...12).contains(words.count), words.first?.first?.isUppercase == true, words.last?.first?.isUppercase == true,
              words.contains(where: { !(Lexicon.flagTable[$0.lowercased()] ?? []).isDisjoint(with: [.title, .organisation]) })
        else { return false }
        return words.allSatisfy { $0.first?.isUppercase == true || IssuerFinder.smallNameWords.contains($0) }
    }

    /// "The Hon Jane Roe AM MP / Minister for the Environment, Heritage and the Arts", "Ms Kat
    /// Roe / Manager, Species Network": two lines, a name in capitals and an office opening with
    /// a title or a role.
    static func isNameAndOffice(_ s: ParagraphShape) -> Bool {
        guard s.lines.count == 2, s.lines[0].count <= 60, s.lines[1].count <= 120, !s.endsLikeSentence else { return false }
        let name = s.lines[0].split(separator: " ")
        guard (2...8).contains(name.count), name.allSatisfy({ $0.first?.isUppercase == true }),
              // "Former Minister for Health": the office held before, still an office.
              let office = s.lines[1].split(separator: " ").map({ $0.lowercased().filter(\.isLetter) })
                  .first(where: { !["former", "acting", "interim"].contains($0) }),
              let flags = Lexicon.flagTable[office], !flags.isDisjoint(with: [.title, .roleNoun])
        else { return false }
        return !flags.contains(.organisation)
    }

    /// "The Hon Jane Roe MP" over "Minister for Rivers, Lakes, Water and Communities": under a
    /// minister's name with honours, a line of capitalised words with a title is the post, however long.
    static func isPostUnderHonours(_ s: ParagraphShape, above: ParagraphShape) -> Bool {
        guard s.isOneLine, above.isOneLine, !s.endsLikeSentence, s.text.utf8.count <= 160,
              above.lines[0].split(separator: " ").contains(where: { ["hon", "hon."].contains($0.lowercased()) })
        else { return false }
        let words = s.lines[0].split(separator: " ")
        return words.contains { Lexicon.isPostWord($0.filter(\.isLetter)) }
            && words.allSatisfy { $0.first?.isUppercase == true || PartCues.datelineWords.contains(String($0)) }
    }

    /// "• Transcript E&OE / Subjects: …": a transcript's release line over what it covers is its
    /// summary; over the people who speak in it ("• Jane Roe MP, Minister for Rivers"), who issues it.
    static func transcriptBlockKind(_ s: ParagraphShape) -> StatementPart.Kind? {
        guard s.lines.count > 1, s.lines.count <= 8, s.text.utf8.count <= 600,
              PartCues.opens(ParagraphShape(s.lines[0]).opening, with: PartCues.transcriptLines) != nil else { return nil }
        var people = false
        for line in s.lines.dropFirst() {
            let shape = ParagraphShape(line)
            if PartCues.opens(shape.opening, with: PartCues.subjectLabels) != nil { continue }
            guard isSpeakerLine(line) else { return nil }
            people = true
        }
        return people ? .byline : .subheadline
    }

    /// "• Jane Roe MP, Minister for Rivers": a name of capitalised words, a comma, and an office.
    static func isSpeakerLine(_ line: Substring) -> Bool {
        let line = line.drop { "•-* ".contains($0) }
        guard line.count <= 160, let comma = line.firstIndex(of: ",") else { return false }
        let name = line[..<comma].split(separator: " ")
        let office = line[line.index(after: comma)...].split(separator: " ")
        return (2...6).contains(name.count) && name.allSatisfy({ $0.first?.isUppercase == true })
            && office.contains { Lexicon.isPostWord($0.filter(\.isLetter)) }
    }

    /// "Prime Minister, Minister for Defence Industry, Premier of South Australia": the offices
    /// of a joint release's ministers, each a title and what it is of.
    static func isOfficeList(_ s: ParagraphShape) -> Bool {
        guard s.isOneLine, s.text.utf8.count <= 300, !s.endsLikeSentence else { return false }
        let items = s.lines[0].split(separator: ",").map { $0.split(separator: " ") }
        guard items.count >= 2 else { return false }
        return items.allSatisfy { words in
            guard let first = words.first, first.first?.isUppercase == true else { return false }
            return words.contains { Lexicon.isPostWord($0) }
                && words.allSatisfy { $0.first?.isUppercase == true || ["of", "for", "and", "the"].contains($0) }
        }
    }

    /// "WORLD", "Politics": one word of letters alone on its line.
    static func isOneWordLabel(_ s: ParagraphShape) -> Bool {
        s.isOneLine && s.text.count <= 24 && s.lines[0].allSatisfy(\.isLetter)
    }

    /// One short line of a few words: in a head, furniture when nothing else reads it.
    static func isStrayLine(_ s: ParagraphShape) -> Bool {
        s.isOneLine && s.text.utf8.count <= 120 && s.lines[0].split(separator: " ").count <= 14
    }

    /// A short line with no closing stop, set apart above the body.
    /// "… Child Heatstroke and “Stop. Look. Lock.”": a title-case line whose stop is inside the
    /// quoted name of a campaign that ends it.
    static func endsInQuotedTitle(_ s: ParagraphShape) -> Bool {
        guard s.isOneLine, s.text.utf8.count <= 160, let last = s.lines[0].last, "\"”".contains(last) else { return false }
        let small: Set<Substring> = ["a", "an", "the", "and", "or", "of", "to", "for", "in", "on", "at", "by", "with"]
        guard s.lines[0].split(separator: " ").allSatisfy({ word in
            guard let first = word.first(where: \.isLetter) else { return true }
            return !first.isLowercase || small.contains(word)
        }) else { return false }
        let body = s.lines[0].dropLast()
        guard let open = body.lastIndex(where: { "\"“".contains($0) }) else { return false }
        return body[..<open].last.map { !".!?".contains($0) } ?? false
    }

    static func isHeadlineLike(_ s: ParagraphShape) -> Bool {
        guard s.lines.count <= 2, s.text.utf8.count <= 250, !s.endsLikeSentence || endsInQuotedTitle(s) else { return false }
        let text = s.joined
        guard text.contains(where: \.isLetter), text.split(separator: " ").count >= 2 else { return false }
        // A paragraph that is all quotation is speech, not a headline; a quotation with its
        // speaker after it ("“Wear Life Jackets!” safety staff urges") is a headline's form.
        if let first = text.first, "\"“‘'«".contains(first) {
            let close = text.dropFirst().lastIndex(where: { "\"”’'»".contains($0) })
            guard let close, case let after = text[text.index(after: close)...].split(separator: " "), (2...6).contains(after.count),
                  after.allSatisfy({ $0.first?.isLetter == true }) else { return false }
        }
        return true
    }
}
