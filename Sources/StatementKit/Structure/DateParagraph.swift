/// A paragraph that is only a date, or a place and a date, and maybe who issues it:
/// "June 4, 2018", "Issued: Nov 30, 2021 (2:27pm EST)", "November 25, 2021 – Ottawa, Ontario –
/// Global Affairs Canada"; and a place on a line of its own beside one ("Washington, DC").
enum DateParagraph {
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    /// "21 March 2010", "Thursday, November 12, 2009": a full date and nothing else, no place,
    /// no label, no time.
    static func isBareDate(_ s: ParagraphShape) -> Bool {
        guard s.isOneLine, s.text.utf8.count <= 40, let date = ReleaseDate.first(in: s.lines[0]) else { return false }
        let words = DateWords(s.lines[0]).items
        return words.indices.allSatisfy { date.words.contains($0) || weekdays.contains(words[$0].lower) }
    }

    static func isDateLine(_ s: ParagraphShape) -> Bool {
        guard s.isOneLine, s.text.utf8.count <= 120 else { return false }
        if isTimeLine(s.lines[0]) { return true }
        let words = DateWords(s.lines[0]).items
        // "Brussels, 10/04/2016": a date whose order of day and month cannot be told is still one.
        guard words.contains(where: { ReleaseDate.months[$0.lower] != nil || ReleaseDate.isNumericDate($0.text) })
                || ReleaseDate.first(in: s.lines[0]) != nil
        else { return false }
        if isDatePlaceAndBody(s.lines[0]) { return true }
        // Every other word a name, a number, a label or a small word, and few of them: no
        // sentence, no headline in capitals with its date.
        let named = words.filter { word in
            word.text.first?.isNumber != true && ReleaseDate.months[word.lower] == nil && !weekdays.contains(word.lower)
                && !PartCues.dateLabels.contains(word.lower)
        }
        // ("US Embassy Statement on April 27 Events" names a statement: a headline with its date.)
        // ("Americans Remember September 11th By Serving" is a headline: a verb among its names.)
        guard named.count <= 5, !named.contains(where: { Lexicon.flagTable[$0.lower]?.contains(.documentNoun) == true }),
              named.count < 3 || !named.contains(where: { Lexicon.flagTable[$0.lower]?.contains(.baseVerb) == true })
        else { return false }
        return words.allSatisfy { word in
            guard let first = word.text.first else { return true }
            return first.isUppercase || first.isNumber || PartCues.datelineWords.contains(word.lower)
                || PartCues.dateLabels.contains(word.lower) || weekdays.contains(word.lower)
                || word.lower.hasSuffix("am") || word.lower.hasSuffix("pm")
        }
    }

    /// "June 16, 2021 — Ottawa, Traditional unceded Algonquin Territory, Ontario — Indigenous
    /// Services Canada": a date, then a place and the body that issues it, parted by dashes, each
    /// piece short; the place may name the land it stands on.
    static func isDatePlaceAndBody(_ line: Substring) -> Bool {
        let pieces = line.split(separator: " — ").flatMap { $0.split(separator: " – ") }.flatMap { $0.split(separator: " - ") }
            .map { ParagraphShape.trimmed($0) }
        guard (2...3).contains(pieces.count), let date = ReleaseDate.first(in: pieces[0]),
              DateWords(pieces[0]).items.count <= date.words.count + 1 else { return false }
        return pieces.dropFirst().allSatisfy { piece in
            let words = piece.split { $0 == " " || $0 == "," }
            return IssuerFinder.bodyName(piece) != nil || (1...8).contains(words.count) && words.first?.first?.isUppercase == true
                && words.allSatisfy { $0.first?.isUppercase == true || PartCues.placeWords.contains($0.lowercased()) }
        }
    }

    /// "Washington, DC", "Ottawa, Ontario", "GENEVA": a few capitalised words, one comma.
    /// "2:10 p.m. EST", "10:30 AM": a briefing's time alone on its line.
    static func isTimeLine(_ line: Substring) -> Bool {
        let words = line.split(separator: " ")
        guard (1...3).contains(words.count), let clock = words.first, clock.contains(":"),
              clock.split(separator: ":").allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) && $0.count <= 2 }) else { return false }
        let rest = words.dropFirst().map { $0.lowercased() }
        guard let meridiem = rest.first, ["a.m.", "p.m.", "am", "pm", "a.m", "p.m"].contains(meridiem) else { return false }
        return rest.count == 1 || (rest[1].count <= 4 && rest[1].allSatisfy(\.isLetter))
    }

    static func isPlaceLine(_ s: ParagraphShape) -> Bool {
        guard s.isOneLine, s.text.utf8.count <= 40, !s.lines[0].hasSuffix(":") else { return false }
        // "Washington, DC  20594": a postal code after the place.
        let line = Substring(withoutPostcode(String(s.lines[0])))
        guard line.filter({ $0 == "," }).count <= 1 else { return false }
        let words = line.split { $0 == " " || $0 == "," }
        // A comma between place and region, or one word: "Agency Welcomes Agreement" is no place;
        // a city's name of two or three words opens with a word that names no person ("New York").
        guard line.contains(",") || words.count == 1
            || words.count <= 3 && placeOpeners.contains(words[0].lowercased()) else { return false }
        // "Issue", "Background": a section's one-word label beside a date is a word the lexicon knows, no place.
        if words.count == 1, let flags = Lexicon.flagTable[words[0].lowercased()],
           !flags.isDisjoint(with: [.baseVerb, .reporting, .roleNoun, .title, .organisation, .calendar]) { return false }
        return (1...4).contains(words.count)
            && words.allSatisfy { word in word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || $0 == "." } }
    }

    /// First words of cities' names of two or three words: "New Delhi", "San José", "Buenos Aires".
    static let placeOpeners: Set<String> = [
        "new", "san", "santa", "santo", "los", "las", "port", "fort", "buenos", "kuala", "abu", "addis",
        "hong", "tel", "rio", "sri", "st.", "saint", "mexico", "panama", "guatemala", "kuwait",
    ]

    /// "Thursday", "Press Releases": a day's name or a page's label beside a date names no place.
    static func mayBeAPlace(_ place: String) -> Bool {
        let words = place.lowercased().split { !$0.isLetter }.map(String.init)
        guard !words.isEmpty, !words.allSatisfy({ weekdays.contains($0) || ReleaseDate.months[$0] != nil }) else { return false }
        let label = words.joined(separator: " ")
        return !PartCues.release.contains(label) && !(label.hasSuffix("s") && PartCues.release.contains(String(label.dropLast())))
    }

    /// "Washington, DC  20594": the place without its postal code.
    static func withoutPostcode(_ place: String) -> String {
        var words = place.split(separator: " ")
        while words.count > 1, let last = words.last, last.count >= 5, last.allSatisfy({ $0.isNumber || $0 == "-" }) { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// "10/04/2016" read day first, as everywhere but the United States writes it.
    static func dayFirst(_ word: Substring) -> ReleaseDate? {
        // ("04.05.2023": the stops Europe sets between them read the same way.)
        let parts = word.split { $0 == "/" || $0 == "." }
        guard parts.count == 3, parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        return ReleaseDate.valid(year: Int(parts[2])!, month: Int(parts[1])!, day: Int(parts[0])!, at: 0)
    }

    /// "06/03/2021", "03.06.2021": a date in figures with its year in full, whichever way it reads.
    static func isNumericDate(_ word: Substring) -> Bool {
        let parts = word.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "." }
        let iso = word.split(omittingEmptySubsequences: false) { $0 == "-" }
        // ("WASHINGTON, 2015-11-21 —": a date written year first.)
        if iso.count == 3, iso.map(\.count) == [4, 2, 2], iso.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) { return true }
        return parts.count == 3 && parts[0].count <= 2 && parts[1].count <= 2 && parts[2].count == 4
            && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }
    }

    /// "SEATTLE (06/03/2021) –", "Brussels, 03.06.2021 –": a dateline's date in figures, read
    /// month first under an American place, as the United States writes it, and day first elsewhere.
    static func numericDate(inDateline text: Substring) -> ReleaseDate? {
        if isAmerican(String(text)) { return monthFirst(text) }
        return text.split(whereSeparator: { " (),".contains($0) }).lazy.compactMap(dayFirst).first
    }

    /// "Posted 3/2/2012", "Release Date: 10/11/12": a line's numeric date read month first, as the
    /// United States writes it; a two-digit year only after a date's label.
    static func monthFirst(_ line: Substring) -> ReleaseDate? {
        let words = DateWords(line).items
        for (index, word) in words.enumerated() {
            let parts = word.text.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) })
            else { continue }
            let labelled = words[..<index].contains { PartCues.dateLabels.contains($0.lower) }
            guard let year = ReleaseDate.yearNumber(parts[2]) ?? (labelled ? ReleaseDate.shortYear(parts[2]) : nil) else { continue }
            return ReleaseDate.valid(year: year, month: Int(parts[0])!, day: Int(parts[1])!, at: 0)
        }
        return nil
    }

    /// Whether a dateline's place is in the United States, whose numeric dates put the month first.
    static func isAmerican(_ place: String) -> Bool {
        place.lowercased().split { !$0.isLetter && $0 != "." }.contains { americanPlaceWords.contains(String($0)) }
    }

    /// The capital, the states and their abbreviations as datelines write them.
    static let americanPlaceWords: Set<String> = [
        "washington", "d.c.", "dc", "u.s.", "usa", "alabama", "ala.", "alaska", "arizona", "ariz.", "arkansas", "ark.",
        "california", "calif.", "colorado", "colo.", "connecticut", "conn.", "delaware", "del.", "florida", "fla.",
        "georgia", "ga.", "hawaii", "idaho", "illinois", "ill.", "indiana", "ind.", "iowa", "kansas", "kan.", "kentucky",
        "ky.", "louisiana", "la.", "maine", "maryland", "md.", "massachusetts", "mass.", "michigan", "mich.", "minnesota",
        "minn.", "mississippi", "miss.", "missouri", "mo.", "montana", "mont.", "nebraska", "neb.", "nevada", "nev.",
        "hampshire", "jersey", "mexico", "york", "carolina", "dakota", "ohio", "oklahoma", "okla.", "oregon", "ore.",
        "pennsylvania", "pa.", "rhode", "tennessee", "tenn.", "texas", "tex.", "utah", "vermont", "vt.", "virginia",
        "va.", "wisconsin", "wis.", "wyoming", "wyo.", "n.y.", "n.j.", "n.c.", "s.c.", "n.m.", "n.h.", "n.d.", "s.d.",
        "w.va.", "r.i.", "atlanta", "chicago", "boston", "houston", "seattle", "denver", "detroit", "philadelphia",
    ]

    /// The place and the issuer a date line names beside its date, in the order releases
    /// put them: date – place – issuer.
    static func pieces(of line: Substring) -> (place: String?, issuer: String?) {
        var pieces: [Substring] = []
        // "February 23, 2022          Ottawa          Transport Canada": columns are pieces too.
        for column in StructureFinder.columns(of: line) {
            var rest = column
            while let cut = rest.firstRange(where: { $0 == "|" || isDash($0) }) ?? rest.firstRange(of: " - ") {
                pieces.append(rest[..<cut.lowerBound])
                rest = rest[cut.upperBound...]
            }
            pieces.append(rest)
        }
        // "April 28, 2016 Gatineau, Quebec Employment and Social Development Canada": the columns
        // run together; after the date, a place and its region, then a name in capitals. (Where the
        // place ends is all the line shows; whose name follows is left to the other parts.)
        if pieces.count == 1, let date = ReleaseDate.first(in: line), date.words.lowerBound == 0, case let items = DateWords(line).items,
           date.words.upperBound <= items.count, case let tail = line[items[date.words.upperBound - 1].text.endIndex...].drop(while: { $0 == " " || $0 == "," }),
           let comma = tail.firstIndex(of: ","), case let after = tail[tail.index(after: comma)...].split(separator: " "), after.count > 1,
           after.count <= 9, after.dropFirst().allSatisfy({ $0.first?.isUppercase == true || IssuerFinder.smallNameWords.contains($0) }),
           after.last?.first?.isUppercase == true {
            return (String(tail[..<comma]) + ", " + after[0], nil)
        }
        // "New York, 3 June 2021": the place before the date in the same piece.
        var before: String?
        // ("Brussels, 17-18 July 2006", "Washington, June 3": a meeting's days, or a date without
        // its year, date the line too, though they give no one day to date the release by.)
        func isDated(_ piece: Substring) -> Bool {
            let items = DateWords(piece).items
            return ReleaseDate.first(in: piece) != nil || items.contains { ReleaseDate.isNumericDate($0.text) }
                || zip(items, items.dropFirst()).contains { a, b in
                    ReleaseDate.months[a.lower] != nil && b.text.first?.isNumber == true
                        || a.text.first?.isNumber == true && ReleaseDate.months[b.lower] != nil
                }
        }
        if let dated = pieces.first(where: isDated) {
            let words = DateWords(dated).items
            let monthOrDay = words.firstIndex { ReleaseDate.months[$0.lower] != nil || $0.text.first?.isNumber == true } ?? 0
            // ("No: 30, 25 January 2015": a release's number before its date is no place.)
            let numbered = monthOrDay == 1 && PartCues.numberLabels.contains(words[0].lower[...])
            let names = numbered ? [] : words[..<monthOrDay].filter { !weekdays.contains($0.lower) && !PartCues.dateLabels.contains($0.lower) }
            // ("St. John's", "Coeur d'Alene": a name's letters on either side of its apostrophe.)
            func byApostrophe(_ word: DateWords.Word) -> Bool {
                let before = word.text.startIndex > dated.startIndex ? dated[dated.index(before: word.text.startIndex)] : " "
                let after = word.text.endIndex < dated.endIndex ? dated[word.text.endIndex] : " "
                return "'’".contains(before) || "'’".contains(after)
            }
            if !names.isEmpty, names.allSatisfy({ $0.text.first?.isUppercase == true || byApostrophe($0) }),
               let start = names.first?.text.startIndex, let end = names.last?.text.endIndex
            {
                before = String(dated[start..<end])
            }
        }
        let names = pieces.map { ParagraphShape.trimmed($0) }.filter { piece in
            // "12:59, UNIQUE ID: 161006_11": a time and a code name no one.
            !piece.isEmpty && !isDated(piece) && piece.first?.isNumber != true
                && !DateWords(piece).items.contains { ReleaseDate.months[$0.lower] != nil || PartCues.dateLabels.contains($0.lower) }
        }
        if let before { return (before, names.first.map(String.init)) }
        return (names.first.map(String.init), names.dropFirst().first.map(String.init))
    }

    /// An en or em dash, or the figure dash, bar or minus sign a copy may set in their place.
    static func isDash(_ c: Character) -> Bool { c.unicodeScalars.count == 1 && c.unicodeScalars.first!.isDash }

    /// Whether a paragraph opens with a dateline, as far as its text shows: a place in
    /// capitals or a date, then a dash, within its first words ("WASHINGTON –", "LONDON, June 3
    /// (Reuters) —", "Ottawa, Ontario – February 21, 2017 –").
    static func opensWithDateline(_ text: Substring) -> Bool {
        let opening = text.prefix(80)
        guard let dash = opening.firstIndex(where: isDash) ?? opening.firstRange(of: " - ")?.lowerBound
            ?? opening.firstRange(of: "--")?.lowerBound
        else { return false }
        let before = opening[..<dash].drop { $0 == "(" }
        guard let first = before.split(separator: " ").first, first.count >= 2 else { return false }
        let capitals = first.filter(\.isLetter).allSatisfy(\.isUppercase)
        let dated = DateWords(before).items.contains { ReleaseDate.months[$0.lower] != nil }
        return (capitals || dated) && before.split(separator: " ").count <= 8
    }

    /// The place a dateline opening a paragraph names: "LENEXA, KAN. (JUNE 18, 2024) –" gives
    /// "LENEXA, KAN.", "(GENEVA, Switzerland) –" "GENEVA, Switzerland", "WASHINGTON, June 3
    /// (Reuters) –" "WASHINGTON".
    static func place(inDateline text: Substring) -> String? {
        var line = text.drop { $0 == "(" || $0 == " " }
        if let cut = line.firstIndex(where: { $0 == "(" || $0 == ")" || $0 == "[" || isDash($0) }) { line = line[..<cut] }
        if let cut = line.firstRange(of: " -") ?? line.firstRange(of: "--") { line = line[..<cut.lowerBound] }
        // "Washington, D.C.-May 25, 2005": the date joined to the place by a hyphen.
        if let cut = line.firstRange(of: ".-") { line = line[..<line.index(after: cut.lowerBound)] }
        // Up to a date's month, or its day before the month ("GENEVA, 3 June 2021").
        var kept: [Substring] = []
        var words = line.split(separator: " ")
        func isMonth(_ index: Int) -> Bool {
            index < words.count && ReleaseDate.months[words[index].lowercased().filter(\.isLetter)] != nil
        }
        // "JUNE 14, 2022 —": a date alone names no place; "March 16, 2022, OTTAWA, ON –" names it after.
        if isMonth(0) {
            guard let year = words.firstIndex(where: { $0.filter(\.isNumber).count == 4 && $0.hasSuffix(",") }), year + 1 < words.count
            else { return nil }
            words = Array(words[(year + 1)...])
        }
        for (index, word) in words.enumerated() {
            // "CANBERRA, Tuesday 5 March 2019": the day of the week opens the date.
            if !kept.isEmpty, weekdays.contains(word.lowercased().filter(\.isLetter)) || isMonth(index) || (word.first?.isNumber == true && isMonth(index + 1))
                || isNumericDate(word.filter { $0 != "," }[...]) { break }
            kept.append(word)
        }
        var place = kept.joined(separator: " ")[...]
        while let last = place.last, last == "," || last == " " || last == ":" { place = place.dropLast() }
        return place.isEmpty ? nil : String(place)
    }
}

extension Substring {
    fileprivate func firstRange(where predicate: (Character) -> Bool) -> Range<Index>? {
        guard let index = firstIndex(where: predicate) else { return nil }
        return index..<self.index(after: index)
    }
}
