/// Who issues a release, from its parts: a byline ("Office of the Spokesperson"), a headline
/// ("NASA Statement on …", "Statement by the High Representative on behalf of the European
/// Union", "Alistair Burt calls for …"), the boilerplate ("About the Agency", "The USGS serves
/// …") or a contact block ("Media Relations / Environment and Climate Change Canada").
enum IssuerFinder {
    /// Where an issuer was read, strongest first: a nearer source replaces a weaker one.
    enum Source: Int, Comparable {
        case introduction, byline, dateline, headline, release, boilerplate, contact, firstSentence, lede
        static func < (a: Source, b: Source) -> Bool { a.rawValue < b.rawValue }
    }

    /// Verbs a headline reports its issuer with: "X calls for", "X to host", "X welcomes".
    static let headlineVerbs: Set<String> = Set([
        "calls", "call", "condemns", "condemn", "welcomes", "welcome", "urges", "urge", "announces", "announce", "to",
        "says", "statement", "statements", "issues", "marks", "meets", "speaks", "responds", "reacts", "expresses",
        "applauds", "praises", "deplores", "demands", "warns", "hails", "celebrates", "launches", "releases", "approves",
        "joins", "congratulates", "commends", "denounces", "rejects", "reaffirms", "reiterates", "appoints", "names",
        "unveils", "statement:", "remarks", "message", "on", "reminds", "remind", "encourages", "encourage", "advises",
        "cautions", "alerts", "asks", "invites",
    ]).union(toVerbs)

    /// Verbs that take "to" and a verb after them: "Agency Plans to Open …", "Council Votes to
    /// Keep …". (Without them the verb was read as the name's last word.)
    static let toVerbs: Set<String> = [
        "plans", "aims", "seeks", "vows", "pledges", "moves", "hopes", "wants", "votes", "agrees", "prepares", "intends",
    ]

    /// Words that say what kind of document a headline's statement is, never whose it is.
    /// ("Opening remarks to the press", "Closing statement": where in a meeting it was given.)
    static let documentKinds: Set<String> = [
        "joint", "ministerial", "media", "press", "written", "oral", "official",
        "opening", "closing", "keynote", "concluding", "introductory", "welcoming", "prepared",
    ]

    /// Adjectives that make a headline's subject a thing newly made ("New Cabinet"), not a name.
    static let newnessWords: Set<String> = ["new", "newly-appointed", "newly-elected"]

    /// Words that end an issuer's name in a headline: "… on behalf of", "… on Russia's".
    static let nameEnds: Set<String> = ["on", "regarding", "about", "concerning", "following", "after", "at", "in", "upon"]

    static func issuer(kinds: [Int: StatementPart.Kind], firstBody: Int, count: Int, shape: (Int) -> ParagraphShape)
        -> (name: String, source: Source)?
    {
        var best: (name: String, source: Source)?
        // A media advisory announces what an official will do; the body that sends it out issues it.
        let isAdvisory = kinds.contains { index, kind in
            index < firstBody && [.release, .headline, .byline].contains(kind) && isAdvisoryLine(shape(index))
        }
        var bestBody: (name: String, source: Source)?
        func offer(_ name: String?, _ source: Source) {
            guard let name, !name.isEmpty else { return }
            // "PRESS RELEASES", "News": a page's label for its releases names no one.
            let lower = name.lowercased()
            guard !PartCues.release.contains(lower), !(lower.hasSuffix("s") && PartCues.release.contains(String(lower.dropLast()))) else { return }
            // (Its letterhead, contacts or boilerplate name the body, "Natural Resources Canada", whatever its words.)
            let body = isBodysName(name) || [.release, .boilerplate, .contact].contains(source) && !name.split(separator: " ").contains(where: isPost)
            if isAdvisory, body, bestBody.map({ source < $0.source }) ?? true { bestBody = (name, source) }
            guard best.map({ source < $0.source }) ?? true else { return }
            best = (name, source)
        }
        // "Joint statement from the Governments of A, B and C on …" opening the body (or as its
        // standfirst): all of them issue it, as one name the cast cannot hold.
        if firstBody < count, let joint = fromJointStatement(shape(firstBody).lines.first ?? "") { offer(joint, .introduction) }
        for index in kinds.keys.sorted() {
            let s = shape(index)
            // A signature under the body names who signs it: the weakest of the parts' sources,
            // below a headline's "Statement attributable to …".
            if kinds[index] == .byline, index > firstBody {
                let words = s.lines[0].prefix { $0 != "," }.split(separator: " ")
                let name = words.drop { Cast.isTitleWord($0) }
                // ("Chief Roe Releases Statement …" signed "Chief Jane Roe": the headline's surname is the signer's full name.)
                if let held = best, name.count >= 2, isPersonsName(name.joined(separator: " ")[...]), case let named = held.name.split(separator: " "),
                   named.last == name.last, named.dropLast().allSatisfy({ Cast.isTitleWord($0) }) {
                    best = (name.joined(separator: " "), held.source)
                }
                offer(nameOverPost(s.lines[0]) ?? (isPersonsName(s.lines[0]) ? String(s.lines[0]) : nil), .lede)
                continue
            }
            // "From: Department for Transport" in the head: the page says whose it is, more surely
            // than the headline's subject ("Minister Calls for …") does.
            if [.release, .dateline, .byline].contains(kinds[index]!), let label = fromLabel(s) {
                offer(label, .byline)
                continue
            }
            switch kinds[index]! {
            case .trail where s.isOneLine && StructureFinder.isWireNote(s.lines[0]):
                offer(fromWireNote(s.lines[0]), .introduction)
            case .trail where s.isOneLine && s.opening.hasPrefix("distributed by ") && s.lines[0].firstRange(of: " on behalf of ") != nil:
                // "Distributed by APO Group on behalf of U.S. Embassy in Zimbabwe.": the wire names whose
                // release it sends out, more surely than the headline's subject does.
                let name = s.lines[0][s.lines[0].firstRange(of: " on behalf of ")!.upperBound...]
                offer(bodyName(name.hasSuffix(".") ? name.dropLast() : name), .byline)
            case .trail where s.isOneLine && s.opening.hasPrefix("source:"):
                // "Source: New Zealand Police": a copy's credit to the body that issued it.
                let name = s.lines[0].drop { $0 != ":" }.dropFirst().drop { $0 == " " }
                offer(bodyName(name), .boilerplate)
            case .byline where s.lines.count == 2 && s.lines[1].hasPrefix("Office of"):
                // "National Transportation Safety Board / Office of Public Affairs": the office's
                // body, when the line above names one ("DOT Logo" is an image's caption).
                offer(bodyName(s.lines[0]), .byline)
            case .byline where s.isOneLine && kinds[index + 1] == .byline && isPersonsName(s.lines[0])
                && shape(index + 1).lines[0].split(separator: " ").contains(where: isPost):
                // "Jen Psaki / Department Spokesperson": the name over the post is who issues it.
                offer(String(s.lines[0]), .byline)
            case .byline where s.isOneLine && nameOverPost(s.lines[0]) != nil:
                // "Antony J. Blinken, Secretary of State": the name and its post on one line, as the
                // two-line byline above gives them.
                offer(nameOverPost(s.lines[0]), .byline)
            case .byline:
                // A letterhead's body name gives way to a headline's "Statement by …", as a release line does.
                if !s.lines[0].hasPrefix("Office of"), let body = bodyName(s.lines[0]) {
                    offer(body, .release)
                } else if s.lines[0].hasPrefix("Office of"), s.lines.count > 1 || kinds[index - 1] == .byline {
                    // "Office of the Press Secretary / December 10, 2009", "National Transportation
                    // Safety Board // Office of Public Affairs": the office that sends out what the
                    // headline's "Statement by …" names.
                    offer(fromByline(s.lines[0]), .release)
                } else {
                    offer(fromByline(s.lines[0]), .byline)
                }
            case .headline where s.lines.count > 1:
                // A block of head lines: its byline line, and its headline lines read as one
                // ("FBI Response to OIG Review of FBI Initial / Response to …" is one headline).
                for line in s.lines where StructureFinder.isByline(ParagraphShape(line)) { offer(fromByline(line), .byline) }
                offer(fromHeadline(StructureFinder.title(of: s)[...]), .headline)
            case .headline:
                offer(fromHeadline(s.joined[...]), .headline)
                // A verb the list lacks ("… travels to Toronto") names the subject only as a last resort.
                offer(fromHeadline(s.joined[...], anyVerb: true), .firstSentence)
                if firstBody < count { offer(fromCapitalHeadline(s.joined[...], body: shape(firstBody).text), .headline) }
            case .release where s.isOneLine && s.opening.hasPrefix("the press release issued by "):
                // "The press release issued by HM Treasury on 1 October 2004.": the copy says outright
                // whose release it is, more surely than the headline's subject does. (A wire's "News
                // Release … issued by The Government News Network" names who sent it out, not whose it is.)
                offer(fromRelease(s), .byline)
            case .release: offer(fromRelease(s), .release)
            case .boilerplate: offer(fromBoilerplate(s), .boilerplate)
            case .contact:
                // "ISSUED BY THE DEPARTMENT OF … / OR Tambo Building / …": the foot says who issues it, as a byline would.
                if s.opening.hasPrefix("issued by "), let name = bodyName(s.lines[0].dropFirst(10)) {
                    offer(name, .byline)
                } else if s.isOneLine, officeHeadings.contains(String(s.opening)),
                   kinds[index + 1] == .contact, shape(index + 1).isOneLine, !shape(index + 1).hasPhoneOrEmail {
                    offer(String(shape(index + 1).lines[0]), .contact)
                } else {
                    offer(fromContact(s), .contact)
                }
            default: break
            }
        }
        // "WASHINGTON - The River Agency has reopened …": with nothing else to
        // go on, the body the lede makes its subject is the one that speaks.
        if firstBody < count { offer(fromLede(shape(firstBody).joined), .lede) }
        // ("Census Bureau Director to Update Media", "Minister Roe to Announce …": the headline's
        // official hosts the event the advisory's letterhead or contacts announce.)
        if isAdvisory, let body = bestBody, let found = best, !isBodysName(found.name) { return body }
        return best
    }

    /// "MEDIA ADVISORY", "**AGENCY MEDIA ADVISORY**", "Media advisory": a head line naming the release's kind.
    static func isAdvisoryLine(_ s: ParagraphShape) -> Bool {
        s.text.utf8.count <= 120 && s.text.lowercased().split { !$0.isLetter }.contains { $0 == "advisory" }
    }

    /// "Natural Resources Canada", "U.S. Census Bureau": a body's name, not a post ("Census Bureau
    /// Director") nor an office's holder.
    static func isBodysName(_ name: String) -> Bool {
        let words = name.split(separator: " ")
        guard Lexicon.namesABody(words), let last = words.last else { return false }
        return !isPost(last) && !isPersonsName(name[...])
    }

    /// The release's present voice a lede's subject acts in: "is urging", "has reopened", "will host".
    static let ledeAuxiliaries: Set<Substring> = ["is", "has", "will"]

    /// "(Washington DC, May 1) — In response to requests, the National Parks Agency has reopened …":
    /// a body's name as the lede's subject, before its verb, after any dateline.
    static func fromLede(_ text: String) -> String? {
        var lede = Substring(text.prefix(300))
        for dash in [" -- ", " — ", " – ", " - "] {
            if let range = lede.prefix(80).firstRange(of: dash) { lede = lede[range.upperBound...]; break }
        }
        let words = lede.split(separator: " ").prefix(30)
        for start in words.indices {
            // "WHAT: The Agency will host …": a label's colon opens the sentence as well.
            guard start == words.startIndex || words[start - 1].lowercased() == "the" || words[start - 1].hasSuffix(":"),
                  words[start].first?.isUppercase == true else { continue }
            var end = start
            while end < words.endIndex, words[end].first?.isUppercase == true && !words[end].hasSuffix(":")
                || (end > start && smallNameWords.contains(words[end]) && words.indices.contains(end + 1) && words[end + 1].first?.isUppercase == true) {
                end += 1
            }
            guard end > start, !words[end - 1].hasSuffix(","), !words[end - 1].hasSuffix(".") || words[end - 1].dropLast().contains(".") else { continue }
            var verb = end
            if verb < words.endIndex, words[verb].hasPrefix("("), words[verb].hasSuffix(")") { verb += 1 }
            // "… (CPSC) warns residents": a verb of the present in -s is the release's voice as well.
            guard verb < words.endIndex, ledeAuxiliaries.contains(words[verb]) || isPresentVerb(words[verb]) else { continue }
            let name = words[start..<end]
            // "With storms moving …": an opening word before a verb's look-alike is no subject.
            guard Lexicon.namesABody(name) else { continue }
            // "Army Col. Jane Roe will brief …": officers named by their service are people, not a body.
            guard !smallNameWords.contains(Substring(name.last!.lowercased())),
                  !name.contains(where: { Lexicon.isPostWord($0) }) else { return nil }
            return cleaned(name)
        }
        return nil
    }

    /// "warns", "reminds": a lowercase word in -s that names no body, person or title.
    static func isPresentVerb(_ word: Substring) -> Bool {
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") && word.allSatisfy(\.isLowercase)
            && (Lexicon.flagTable[String(word)] ?? []).isDisjoint(with: [.organisation, .roleNoun, .title])
    }

    /// "From: Department for Transport", "Published 15 July 2019 From: Roads Agency", or "From:"
    /// over the name: the body a page gives as its source.
    static func fromLabel(_ s: ParagraphShape) -> String? {
        for (index, line) in s.lines.enumerated() {
            guard let from = line.firstRange(of: "From:"), from.lowerBound == line.startIndex || line[..<from.lowerBound].hasSuffix(" ") else { continue }
            var rest = line[from.upperBound...].drop { $0 == " " }
            if rest.isEmpty, index + 1 < s.lines.count { rest = s.lines[index + 1] }
            if let body = bodyName(rest) { return body }
        }
        return nil
    }

    /// "Office of the Spokesperson", "FROM: U.S. DEPARTMENT OF DEFENSE": the office, not a
    /// writer's byline ("By Jane Roe").
    static func fromByline(_ line: Substring) -> String? {
        if line.hasPrefix("Office of") { return String(line) }
        // "THE HON JANE ROE MP", "Senator the Hon Jane Roe": a minister's name under its honours.
        let words = line.split(separator: " ")
        if let hon = words.firstIndex(where: { ["hon", "hon."].contains($0.lowercased()) }) {
            var name = Array(words[(hon + 1)...])
            while let last = name.last, Lexicon.postNominals.contains(last.lowercased()) { name.removeLast() }
            guard (2...4).contains(name.count) else { return nil }
            // "SCOTT MORRISON" as the body writes it: "Scott Morrison".
            return name.map { word in
                word.allSatisfy({ !$0.isLowercase }) ? word.prefix(1) + word.dropFirst().lowercased() : String(word)
            }.joined(separator: " ")
        }
        // "Secretary-General Ban Ki-moon", "Minister Jane Roe": a post's words, then its holder's name.
        if let first = words.first, Lexicon.isPostWord(first) {
            let name = words.drop { Lexicon.isPostWord($0) }
            if name.count >= 2, isPersonsName(name.joined(separator: " ")[...]) { return name.joined(separator: " ") }
        }
        guard line.lowercased().hasPrefix("from:") else { return nil }
        return cleaned(line.dropFirst(5).split(separator: " ")[...])
    }

    /// "Ned Price, Department Spokesperson": a person's name, a comma, then a post of a few
    /// capitalised words (small words inside) whose last is a post's word.
    static func nameOverPost(_ line: Substring) -> String? {
        guard let comma = line.firstIndex(of: ","), case let name = line[..<comma], isPersonsName(name) else { return nil }
        let post = line[line.index(after: comma)...].split(separator: " ")
        guard (1...6).contains(post.count), let first = post.first, first.first?.isUppercase == true,
              post.allSatisfy({ $0.first?.isUppercase == true || smallNameWords.contains($0) }),
              post.contains(where: isPost) else { return nil }
        return String(name)
    }

    /// "Jen Psaki", "Jane A. Roe": two to four capitalised words, none a title or a body's.
    static func isPersonsName(_ line: Substring) -> Bool {
        let words = line.split(separator: " ")
        // ("A." between the first name and the last is a middle initial.)
        func isInitial(_ word: Substring) -> Bool { word.count == 2 && word.first!.isUppercase && word.last == "." }
        return (2...4).contains(words.count) && !isInitial(words.first!) && !isInitial(words.last!) && words.allSatisfy { word in
            isInitial(word) || word.first?.isUppercase == true && word.contains(where: \.isLowercase)
                && (Lexicon.flagTable[word.lowercased()] ?? []).isDisjoint(with: [.title, .organisation, .roleNoun, .calendar])
        }
    }

    /// A word of a post: "Spokesperson", "Secretary", "Ambassador".
    static func isPost(_ word: Substring) -> Bool {
        Lexicon.isPostOrRoleWord(word) || personsOffices.contains(word.lowercased())
    }

    /// An image's caption in a letterhead: "HHS Logo", "NRC Seal".
    static let emblemWords: Set<String> = ["logo", "seal", "symbol", "wordmark"]

    /// Words of a caption or a release line, never of a body's name. (The plurals too: "PRESS
    /// RELEASES" is the label of a site's section, over the headline, not a letterhead.)
    static let notInABodysName = emblemWords.union([
        "advisory", "release", "statement", "readout", "news", "advisories", "releases", "statements", "readouts",
    ])

    /// Last words of a person's post, not a body's name: "Media Relations Advisor".
    static let personsOffices: Set<String> = [
        "advisor", "adviser", "assistant", "manager", "coordinator", "specialist", "officer", "spokesperson",
        "spokesman", "spokeswoman", "analyst", "associate", "representative",
    ]

    /// What a body is divided into: "Western District of Washington", "Pacific Region".
    static let unitWords: Set<String> = ["district", "division", "region", "branch", "command", "sector", "field"]

    /// The small words a body's or an office's name may hold: "Department of Foreign Affairs and
    /// Trade", "HM Revenue & Customs" (the ampersand is the "and" of many a body's own spelling).
    static let smallNameWords: Set<Substring> = ["of", "and", "for", "the", "to", "&"]

    /// "Department of Foreign Affairs and Trade", "U.S. Fish and Wildlife Service": a line that
    /// is only a body's name, as letterheads and bylines give it.
    static func bodyName(_ line: Substring) -> String? {
        // "By Steve Marshall, National Guard Bureau": a writer's byline; the body is after the comma.
        if line.hasPrefix("By "), let comma = line.lastIndex(of: ",") {
            return bodyName(line[line.index(after: comma)...].drop { $0 == " " })
        }
        // "SSA - Social Security Administration": the body's letters, then its name.
        if let dash = line.firstRange(of: " - ") ?? line.firstRange(of: " – "), case let letters = line[..<dash.lowerBound],
           (2...6).contains(letters.count), letters.allSatisfy({ $0.isUppercase && $0.isLetter }) {
            return bodyName(line[dash.upperBound...])
        }
        // "Department of Labor, United States of America": the body, then its country; "U.S.
        // Attorney's Office, Western District of Washington": the body, then which of its offices.
        if let comma = line.firstIndex(of: ","), let body = bodyName(line[..<comma]),
           case let rest = line[line.index(after: comma)...].split(separator: " "),
           rest.allSatisfy({ $0.first?.isUppercase == true || $0 == "of" }) {
            let unit = rest.contains { unitWords.contains($0.lowercased()) }
            return unit && rest.count <= 5 ? body + ", " + rest.joined(separator: " ") : body
        }
        let words = line.split(separator: " ")
        // "U.S. Embassy in Freedonia", "Delegation of the European Union in Kenya": a body's name,
        // then the place it stands in, one to three capitalised words.
        if let at = words.firstIndex(of: "in"), at > 0,
           !words[..<at].contains(where: { $0.hasSuffix(":") || Lexicon.verbForms.contains($0.lowercased()) }), case let place = words[(at + 1)...], (1...3).contains(place.count),
           place.allSatisfy({ $0.first?.isUppercase == true && !Lexicon.verbForms.contains($0.lowercased()) }),
           let body = bodyName(Substring(words[..<at].joined(separator: " "))) {
            return body + " in " + place.joined(separator: " ")
        }
        // "DOT Logo" is an image's caption, "Press Advisory" a release line, "Press Secretary" a
        // person's office. ("Ministry of Foreign Affairs of the Republic of Korea": a longer name
        // opens with the kind of body and holds no verb, where a headline of as many words has one.)
        guard words.count <= 8 || (words.count <= 12 && !line.contains(",") && Lexicon.namesABody(words.prefix(1))
                  && !words.contains { Lexicon.verbForms.contains($0.lowercased()) }),
              Lexicon.namesABody(words), !words.contains(where: { notInABodysName.contains($0.lowercased()) }),
              let last = words.last, Lexicon.flagTable[last.lowercased()]?.contains(.title) != true,
              !personsOffices.contains(last.lowercased()), !smallNameWords.contains(Substring(last.lowercased())),
              words.allSatisfy({ $0.first?.isUppercase == true || smallNameWords.contains($0) }),
              !tellsWhatABodyDid(words)
        else { return nil }
        return cleaned(words[...])
    }

    /// "Harbor Authority Opens New Terminal", "Mayor Announces Jobs Program": a verb in -s after
    /// a body's noun or a post, with more of the line after it, tells what the body or the holder
    /// did; the line is a headline, not a body's name.
    /// ("Ministry of Works and Housing": a name's own words go on with "and" or "of".)
    static func tellsWhatABodyDid(_ words: [Substring]) -> Bool {
        guard words.count >= 3 else { return false }
        for index in 1..<(words.count - 1) {
            let lower = words[index].lowercased()
            guard lower.hasSuffix("s"), Lexicon.verbForms.contains(lower),
                  Lexicon.flagTable[lower]?.contains(.organisation) != true,
                  !["and", "of", "&"].contains(words[index + 1].lowercased()) else { continue }
            let before = words[..<index]
            if Lexicon.namesABody(before) || before.contains(where: { Lexicon.isPostWord($0) }) {
                return true
            }
        }
        return false
    }

    /// "Joint statement from the Foreign Ministers of A, B and C.": the signatories, whole.
    static func fromJointStatement(_ line: Substring) -> String? {
        let lower = line.lowercased()
        guard lower.hasPrefix("joint statement ") else { return nil }
        // "Joint statement given recently (20 June 2025) by …": how and when it was given, then who.
        let after = line.dropFirst("joint statement ".count).split(separator: " ")
        guard let by = after.prefix(8).firstIndex(where: { $0 == "by" || $0 == "from" }) else { return nil }
        var inBrackets = false
        for word in after[..<by] {
            if word.hasPrefix("(") { inBrackets = true }
            if !inBrackets, word.first?.isUppercase == true { return nil }
            if word.hasSuffix(")") { inBrackets = false }
        }
        var words: [Substring] = []
        for word in after[(by + 1)...] {
            if nameEnds.contains(String(word)) { break }
            words.append(word)
            if word.hasSuffix(".") { break }
        }
        if let last = words.last, last.hasSuffix(".") { words[words.count - 1] = last.dropLast() }
        return cleaned(words[...])
    }

    /// "NASA Statement on …", "Statement by the Spokesperson on …", "Statement by the High
    /// Representative on behalf of the European Union on …", "EPA Region 7 to Host …".
    static func fromHeadline(_ headline: Substring, anyVerb: Bool = false) -> String? {
        // After a label such as "Press release:" or a topic such as "Black Sea Grain Initiative:".
        let words = headline.split(separator: " ")
        let lower = words.map { $0.lowercased() }
        let documents: Set<String> = ["statement", "message", "remarks", "communique", "communiqué", "declaration"]
        if let by = lower.indices.first(where: { documents.contains(lower[$0]) && $0 + 1 < lower.count && ["by", "from", "of", "attributable"].contains(lower[$0 + 1]) }) {
            // "Statement attributable to the Spokesperson …", as the UN heads them.
            let start = lower[by + 1] == "attributable" ? by + 3 : by + 2
            guard start < words.count else { return nil }
            var name = Array(words[start...])
            if let behalf = lower.indices.first(where: { $0 > by && lower[$0] == "behalf" && $0 + 1 < lower.count && lower[$0 + 1] == "of" }) {
                name = Array(words[(behalf + 2)...])
            }
            return cleaned(apposedName(name.prefix { !nameEnds.contains($0.lowercased()) }))
        }
        if let holder = apposedHolder(words) { return holder }
        // The words before the reporting verb, all capitalised, after any label.
        var start = 0
        // "Transport Secretary: continue to follow …": an office as the label is who speaks.
        if let colon = words.firstIndex(where: { $0.hasSuffix(":") }), colon < 4, colon + 1 < words.count,
           words[...colon].allSatisfy({ $0.first?.isUppercase == true }),
           words[...colon].contains(where: { Lexicon.isPostWord($0.filter { $0 != ":" }) }) {
            var label = Array(words[...colon]).map { $0.hasSuffix(":") ? $0.dropLast() : $0 }
            // "Sheriff Jane Roe Announces: …": the label may end in the headline's verb.
            if label.count > 2, let last = label.last, last.first?.isUppercase == true, headlineVerbs.contains(last.lowercased()) { label.removeLast() }
            return cleaned(label[...])
        }
        if let colon = words.lastIndex(where: { $0.hasSuffix(":") }) { start = colon + 1 }
        guard start < words.count else { return nil }
        var end = start
        // ("BLM High Desert District Lifts Fire Restrictions": after a body's word, a known verb in -s is the verb too.)
        // ("FTC Wins Court Judgment", "VA Takes Aim at Flu": so is one right after a body's letters
        // opening a headline that is not in capitals, as a last resort: the foot may spell the body out.)
        func isVerbInS(_ index: Int) -> Bool {
            lower[index].count > 3 && lower[index].hasSuffix("s") && !lower[index].hasSuffix("ss")
                && Lexicon.flagTable[String(lower[index].dropLast())]?.contains(.baseVerb) == true
        }
        let afterLetters = start + 1 < words.count && (2...6).contains(words[start].count)
            && words[start].allSatisfy({ $0.isUppercase && $0.isLetter }) && words[start + 1].contains(where: \.isLowercase)
            && isVerbInS(start + 1)
        if afterLetters && !anyVerb { return nil }
        func bodysVerb(_ index: Int) -> Bool {
            guard index > start, isVerbInS(index) else { return false }
            return index == start + 1 ? afterLetters : index > start + 1 && Lexicon.flagTable[lower[index - 1]]?.contains(.organisation) == true
        }
        // "Senator Doe Introduces Bill to …": after a title and a name, a known verb in -s is the
        // verb, whatever the list of headline verbs holds.
        func titledVerb(_ index: Int) -> Bool {
            index >= start + 2 && isVerbInS(index) && Lexicon.isPostWord(lower[start])
                && Lexicon.flagTable[lower[index - 1]]?.contains(.title) != true
        }
        // ("Roe & Doe Announce …", "Fish & Wildlife Service Announces …": an ampersand between
        // capitalised words joins the subject.)
        func joinsNames(_ index: Int) -> Bool {
            words[index] == "&" && index > start && index + 1 < words.count && words[index + 1].first?.isUppercase == true
        }
        while end < words.count, let first = words[end].first, first.isUppercase || first.isNumber || joinsNames(end),
              !headlineVerbs.contains(lower[end]) && !bodysVerb(end) && !titledVerb(end) || end == start {
            end += 1
        }
        // "Foreign Secretary travels to Toronto": in a headline in sentence case, the first
        // lowercase word in -s after a titled subject may be its verb ("Agency closes its
        // centre" names what closes, not who issues).
        // (A headline that opens in lowercase has no subject before such a word.)
        let sentenceCaseVerb = anyVerb && end > start && end + 1 < words.count && words[end].allSatisfy(\.isLowercase)
            && words[end].count > 3 && words[end].hasSuffix("s") && !words[end].hasSuffix("ss")
            && !words[end - 1].hasSuffix("'s") && !words[end - 1].hasSuffix("’s")
            && words[start..<end].contains { Lexicon.isPostWord($0) }
        guard end > start, end < words.count, headlineVerbs.contains(lower[end]) || sentenceCaseVerb || bodysVerb(end) || titledVerb(end)
        else { return nil }
        // "Flood Plans to Be Reviewed", "Agency Plans Revealed": the noun in -s, not the verb.
        if toVerbs.contains(lower[end]), end + 2 >= words.count || lower[end + 1] != "to" || lower[end + 2] == "be" { return nil }
        // "Agency to Host …" names who acts; "FBI Response to OIG Review", "Visit to the Region"
        // do not: what follows "to" there is no verb.
        if lower[end] == "to", end + 1 < words.count {
            let next = words[end + 1]
            // "Water Recreationists Encouraged to Prevent …": a passive names whom it asks, not who does.
            if end - start >= 2, lower[end - 1].count > 3,
               lower[end - 1].hasSuffix("ed") || Lexicon.flagTable[lower[end - 1]]?.contains(.irregularPast) == true { return nil }
            if ["the", "a", "an", "its", "their"].contains(lower[end + 1]) || (next.count > 1 && next.allSatisfy({ !$0.isLowercase })) {
                return nil
            }
        }
        // "Update on COVID-19": one capitalised word before "on" is a topic, not who speaks;
        // "Reported Release on Bail of …" names a release, not who issues it.
        if lower[end] == "on", end - start == 1, !words[start].allSatisfy({ !$0.isLowercase }) { return nil }
        if words[start..<end].contains(where: { notInABodysName.contains($0.lowercased()) }) { return nil }
        // "Police Seek Witnesses to Fatal Crash": a verb's base form inside the words, more after it,
        // is a plural subject's verb; the line names whom it asks, not who issues it.
        if end - start >= 3, ((start + 1)..<(end - 1)).contains(where: { index in
            let flags = Lexicon.flagTable[lower[index]] ?? []
            return flags.contains(.baseVerb) && flags.isDisjoint(with: [.organisation, .title, .roleNoun])
        }) { return nil }
        // "Call to sign up for flood warnings": a headline opening with its verb names no one;
        // nor does "Visit to the Region", a verb's word, nor "Joint statement on …", the document's kind.
        if words[start..<end].allSatisfy({ headlineVerbs.contains($0.lowercased()) }) { return nil }
        if end - start == 1, Lexicon.flagTable[lower[start]]?.contains(.baseVerb) == true || documentKinds.contains(lower[start]) {
            return nil
        }
        // An all-capital headline gives no names apart.
        if words[start..<end].allSatisfy({ $0.allSatisfy { !$0.isLowercase } }) && end - start > 1 { return nil }
        // "New Cabinet Meets", "New Minister Visits …": a body or post said to be new is the
        // headline's topic, a common phrase, not the name of who issues it.
        if newnessWords.contains(lower[start]), end - start >= 2, lower[(start + 1)..<end].allSatisfy({
            !($0.first?.isNumber ?? true) && Lexicon.flagTable[$0]?.isDisjoint(with: [.organisation, .roleNoun, .title]) == false
        }) { return nil }
        var name = Array(words[start..<end])
        // "National Trust’s 2022 AGM celebrates …": the owner of what acts.
        if let owner = name.firstIndex(where: { $0.endsInPossessive }) {
            name = Array(name[...owner])
            name[name.count - 1] = name[owner].dropLast(2)
        } else if let owner = name.dropLast().firstIndex(where: { lettersWithoutApostrophe($0) }) {
            // "FTCs Chairman Plans …": a body's letters with an "s" whose apostrophe was lost own what follows.
            name = [name[owner].dropLast()]
        }
        return cleaned(name[...])
    }

    /// "The Minister of Canadian Heritage, Pablo Rodriguez, wishes all Canadians a happy Canada
    /// Day": a post, the holder's name set off by commas, then what they do; the holder issues it.
    static func apposedHolder(_ words: [Substring]) -> String? {
        guard let comma = words.prefix(8).firstIndex(where: { $0.hasSuffix(",") }), comma >= 1,
              words[...comma].contains(where: { Lexicon.isPostWord($0.filter(\.isLetter)) }),
              let close = words[(comma + 1)...].prefix(4).firstIndex(where: { $0.hasSuffix(",") }), close + 1 < words.count,
              words[close + 1].first?.isLowercase == true else { return nil }
        let name = words[(comma + 1)...close].joined(separator: " ").dropLast()
        return isPersonsName(name) ? String(name) : nil
    }

    /// "NASA SPACECRAFT GETS BOOST …" over a body that writes "NASA's New Horizons
    /// spacecraft": a headline in capitals opening with a word the body writes in capitals too.
    static func fromCapitalHeadline(_ headline: Substring, body: Substring) -> String? {
        guard headline.allSatisfy({ !$0.isLowercase }), var first = headline.split(separator: " ").first else { return nil }
        for ending in ["'S", "’S"] where first.hasSuffix(ending) { first = first.dropLast(2) }
        guard (2...6).contains(first.count), first.allSatisfy(\.isLetter) else { return nil }
        let bodyWords = body.split { !$0.isLetter }
        guard bodyWords.contains(where: { $0.contains(where: \.isLowercase) }), bodyWords.contains(first) else { return nil }
        return String(first)
    }

    /// "NTSB Press Release", "NTSB Advisory / National Transportation Safety Board": the letters
    /// before the release's cue.
    static func fromRelease(_ s: ParagraphShape) -> String? {
        // "The press release issued by the Department for Business and Trade on 31 August 2023."
        if let by = s.lines[0].firstRange(of: "issued by ") {
            let rest = s.lines[0][by.upperBound...].split(separator: " ")
            return cleaned(rest.prefix { $0 != "on" && !$0.hasSuffix(".") })
        }
        if let letters = StructureFinder.lettersBeforeCue(s) { return String(letters) }
        // "News from the US Census Bureau", "Trade Release from OSHA": the body after "from".
        if s.isOneLine, let from = s.lines[0].firstRange(of: " from "), let body = bodyName(s.lines[0][from.upperBound...]) { return body }
        // "COUNCIL OF / THE EUROPEAN UNION": a name broken after a small word.
        for (line, next) in zip(s.lines, s.lines.dropFirst())
        where line.split(separator: " ").last.map({ smallNameWords.contains(Substring($0.lowercased())) }) == true {
            if let body = bodyName((line + " " + next)[...]) { return body }
        }
        // A letterhead: the body's name as a line of the release block ("News Release" is no body).
        for line in s.lines where StructureFinder.lineKind(ParagraphShape(line)) == nil {
            if let body = bodyName(line) { return body }
            if StructureFinder.isLocalGovernment(line) { return String(line) }
        }
        return nil
    }

    /// "The National Transportation Safety Board (NTSB) is an independent federal agency …":
    /// a body says what it is, as a release's last words.
    static func describesAnAgency(_ s: ParagraphShape) -> Bool {
        guard let body = describedBody(in: s) else { return false }
        let words = s.lines[0].split(separator: " ").prefix(24).map { $0.lowercased().filter(\.isLetter) }
        let isBody = { (word: String) in Lexicon.flagTable[word]?.contains(.organisation) == true }
        guard let verb = words.firstIndex(where: { $0 == "is" || ($0.count > 3 && $0.hasSuffix("s") && !isBody($0)) }) else { return false }
        // "… is responsible for setting policy", "… is an independent …": what the body is.
        if words[verb] == "is", verb + 1 < words.count, ["a", "an", "responsible", "charged"].contains(words[verb + 1]),
           Lexicon.namesABody(body.split(separator: " ")) { return true }
        return words[verb...].prefix(8).contains(where: isBody)
    }

    /// "About the Agency: …" names it; "The USGS serves the nation …" does too.
    static func fromBoilerplate(_ s: ParagraphShape) -> String? {
        if s.opening.hasPrefix("about ") {
            var name: [Substring] = []
            for word in s.lines[0].split(separator: " ").dropFirst() {
                let small = ["of", "and", "for", "the", "on"].contains(word)
                guard word.first?.isUppercase == true || small else { break }
                name.append(word)
                // A stop ends the name, but not the stop of "U.S." inside it.
                if word.hasSuffix(":") || (word.hasSuffix(".") && !word.dropLast().contains(".")) { break }
            }
            while let last = name.last, ["of", "and", "for", "the", "on"].contains(last) { name.removeLast() }
            return cleaned(name[...])
        }
        return describedBody(in: s)
    }

    /// "The USGS serves the nation by …", "NOAA is an agency …": an agency described.
    static func describedBody(in s: ParagraphShape) -> String? {
        let words = Array(s.lines[0].split(separator: " ").prefix(20))
        // "This Government is committed …", "Our Department is …": the speaker's own, in a quote's voice.
        if let first = words.first, ["this", "our", "my", "that"].contains(first.lowercased()) { return nil }
        var name: [Substring] = []
        var position = 0
        // A longer name, with small words or an apposition, must be followed by "is": "The
        // Department of Transportation and Works reminds everyone" is the release's own act.
        var longName = false
        while position < min(words.count, 12) {
            let word = words[position]
            defer { position += 1 }
            if position == 0, word == "The" { continue }
            if let first = word.first, first.isUppercase, !(name.last?.hasSuffix(",") ?? false) { name.append(word); continue }
            // "The Office of the Director": small words inside the name.
            if !name.isEmpty, smallNameWords.contains(word),
               let next = words[(position + 1)...].prefix(2).first(where: { !smallNameWords.contains($0) }), next.first?.isUppercase == true {
                name.append(word)
                longName = true
                continue
            }
            // "The Office of the Director, the central office at NIH, is …": an apposition set off by commas.
            if let last = name.last, last.hasSuffix(","), let close = words[position...].prefix(10).firstIndex(where: { $0.hasSuffix(",") }) {
                name[name.count - 1] = last.dropLast()
                position = close
                longName = true
                continue
            }
            // "(NTSB)" after the name it shortens.
            if word.hasPrefix("("), word.dropFirst().first?.isUppercase == true, !name.isEmpty { continue }
            // "The USGS serves the nation", "NSF propels the nation forward": a present verb after the name.
            // ("W.H.O. officials say …": a plural noun of people or bodies is no verb.)
            guard !name.isEmpty, word == "is" || !longName && (word == "was" || (word.count > 3 && word.hasSuffix("s") && word.allSatisfy(\.isLowercase)
                && (Lexicon.flagTable[String(word)] ?? []).isDisjoint(with: [.organisation, .roleNoun, .title])))
            else { return nil }
            // One word in capitals ("USGS", "NOAA") or a name of several.
            if name.count == 1, !name[0].allSatisfy({ !$0.isLowercase }) { return nil }
            return cleaned(name[...])
        }
        return nil
    }

    /// "Media Relations / Environment and Climate Change Canada / 819-…": the office's body;
    /// "WASHINGTON, March 25 -- Sen. Jane Roe, R-Idaho, issued the following news release:": the
    /// person after the dateline's dash, without titles and party.
    static func fromWireNote(_ line: Substring) -> String? {
        guard let dash = line.firstRange(of: " -- ") ?? line.firstRange(of: " – ") ?? line.firstRange(of: " — "),
              let issued = line[dash.upperBound...].firstRange(of: " issued the following") else { return nil }
        var words = line[dash.upperBound..<issued.lowerBound].split(separator: ",")[0].split(separator: " ")
        // "Sen. Jane Roe": the name after the title; "The mayor of the city of X": the office whole.
        if let title = words.lastIndex(where: { Lexicon.isPostWord($0) }), title + 1 < words.count,
           words[title + 1].first?.isUppercase == true {
            words = Array(words[(title + 1)...])
        } else if let first = words.first, first.lowercased() == "the" {
            words.removeFirst()
        }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// "Contact: EPA Press Office (…)": the office's owner.
    /// The heading of a press office's block: "Media Relations" over the body it speaks for.
    static let officeHeadings = ["media relations", "press office", "media office", "news desk", "communications office"]

    static func fromContact(_ s: ParagraphShape) -> String? {
        // "SOURCE: Transport Canada", as wire services head the contacts.
        if s.opening.hasPrefix("source:") {
            return cleaned(s.lines[0].drop { $0 != ":" }.dropFirst().split(separator: " ")[...])
        }
        if s.lines.count > 1, officeHeadings.contains(String(s.opening)) {
            let next = s.lines[1]
            guard !next.contains(where: \.isNumber), next.first?.isUppercase == true else { return nil }
            return String(next)
        }
        // On any line of the block: "Washington D.C. / Agency Press Office / (202) …".
        for line in s.lines {
            for office in [" National Press Office", " Press Office", " Media Office", " Media Relations", " Newsroom"] {
                guard let range = line.firstRange(of: office) else { continue }
                var owner = line[..<range.lowerBound]
                // ("Jane Roe, 613-…; Media Relations, …": a line of several contacts, each after a semicolon.)
                if let colon = owner.lastIndex(where: { $0 == ":" || $0 == ";" }) { owner = owner[owner.index(after: colon)...] }
                guard owner.contains(where: \.isLetter) else { continue }
                return cleaned(owner.split(separator: " ")[...])
            }
        }
        // "U. S. NUCLEAR REGULATORY COMMISSION" among the letterhead's address lines, above its
        // numbers: what stands below them is the page's next block ("More Resources / College Planning Tool").
        let numbers = s.lines.firstIndex { ParagraphShape($0).hasPhoneOrEmail } ?? s.lines.count
        for line in s.lines[..<numbers] where !line.contains(":") {
            if let body = bodyName(line) { return body }
        }
        return nil
    }

    /// What may stand before a minister's name and is no part of it: "the Honourable Jane Roe".
    static let honorifics: Set<String> = ["the", "honourable", "honorable", "hon", "hon."]

    /// "the NIH Director, Elias A. Zerhouni, M.D.,": after a role and a comma, the name set off
    /// by commas is who speaks.
    static func apposedName(_ words: ArraySlice<Substring>) -> ArraySlice<Substring> {
        // "Minister," is a title with its comma.
        func isTitle(_ word: Substring) -> Bool { Lexicon.isPostOrRoleWord(word.filter { $0 != "," }) }
        guard let comma = words.firstIndex(where: { $0.hasSuffix(",") }), comma + 1 < words.endIndex else { return words }
        // "the Honourable Leona Aglukkaq, Minister of Health": the name, then its office.
        if !isTitle(words[comma]), isTitle(words[comma + 1]) {
            let name = words[..<(comma + 1)].drop { honorifics.contains($0.lowercased()) }
            if (2...4).contains(name.count), name.allSatisfy({ $0.first?.isUppercase == true && !isTitle($0) }) { return name }
            return words
        }
        guard isTitle(words[comma]) else { return words }
        let rest = words[(comma + 1)...]
        let end = rest.firstIndex(where: { $0.hasSuffix(",") }).map { $0 + 1 } ?? rest.endIndex
        let name = rest[..<end]
        guard name.count >= 2, name.allSatisfy({ $0.first?.isUppercase == true }) else { return words }
        return name
    }

    /// "FTCs", "NASAs": a body's letters, then the "s" of a possessive that lost its apostrophe.
    static func lettersWithoutApostrophe(_ word: Substring) -> Bool {
        (3...7).contains(word.count) && word.last == "s" && word.dropLast().allSatisfy({ $0.isUppercase && $0.isLetter })
    }

    /// "The Centers for Disease Control and Prevention (CDC)": the capitalised name (small words
    /// inside) a text sets before `letters` in brackets, when its first letter is theirs.
    static func spelledOut(_ letters: String, in text: Substring) -> String? {
        guard (2...6).contains(letters.count), letters.allSatisfy({ $0.isUppercase && $0.isLetter }) else { return nil }
        guard let bracket = text.firstRange(of: "(" + letters + ")") else { return initialled(letters, in: text) }
        var name: [Substring] = []
        for word in text[..<bracket.lowerBound].split(separator: " ").reversed() {
            guard word.first?.isUppercase == true && word.lowercased() != "the" || smallNameWords.contains(word) && word != "the" else { break }
            name.insert(word, at: 0)
        }
        while let first = name.first, smallNameWords.contains(first) { name.removeFirst() }
        guard name.count >= 2, name.first?.first == letters.first, !name.contains(where: { $0.hasSuffix(",") || $0.hasSuffix(".") && !$0.dropLast().contains(".") }) else { return nil }
        return cleaned(name[...])
    }

    /// "Federal Trade Commission Chairman …" with no letters in brackets: a run of capitalised
    /// words (small words inside) whose first letters are the letters, at least three of them.
    static func initialled(_ letters: String, in text: Substring) -> String? {
        guard letters.count >= 3 else { return nil }
        let words = text.prefix(400).split(separator: " ")
        for start in words.indices where words[start].first.map(String.init) == String(letters.first!) {
            var initials = "", end = start
            while end < words.count, initials.count < letters.count {
                let word = words[end]
                if smallNameWords.contains(word), end > start {
                } else if word.first?.isUppercase == true, !word.dropLast().contains(where: { ",.;:".contains($0) }) {
                    initials.append(word.first!)
                } else { break }
                end += 1
            }
            guard initials == letters, words[end - 1].first?.isUppercase == true else { continue }
            // "The National Transportation Safety Board's hearing": the owner's name without its "'s".
            var name = Array(words[start..<end])
            if name[name.count - 1].endsInPossessive { name[name.count - 1] = name[name.count - 1].dropLast(2) }
            return cleaned(name[...])
        }
        return nil
    }

    /// The words joined, without the stops, commas and article around them.
    static func cleaned(_ words: ArraySlice<Substring>) -> String? {
        var words = words
        if let first = words.first, first.lowercased() == "the" { words = words.dropFirst() }
        // "U.S. National Science Foundation": the body's own name, without its country.
        // ("U.S. Attorney's Office" keeps them: they are part of the post that owns it.)
        while words.count > 2, let first = words.first, first.count <= 6, first.contains("."),
              first.allSatisfy({ $0.isUppercase || $0 == "." }), !words.dropFirst().first!.hasSuffix("'s"),
              !words.dropFirst().first!.hasSuffix("’s") { words = words.dropFirst() }
        // "Securities & Exchange Commission": the body's name as its prose spells it, with "and".
        var name = words.map { $0 == "&" ? "and" : $0 }.joined(separator: " ")[...]
        while let last = name.last, ",:;–—-".contains(last) || last == " " { name = name.dropLast() }
        while let first = name.first, "\"“‘'(".contains(first) { name = name.dropFirst() }
        return name.count >= 2 ? String(name) : nil
    }
}
