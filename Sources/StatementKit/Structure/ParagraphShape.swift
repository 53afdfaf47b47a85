/// What a short paragraph looks like to the structure finder: its lines, its first line
/// lowercased without bullets, whether it ends like a sentence, whether it gives a phone
/// number or an address. Made only for the paragraphs at a release's head and foot.
struct ParagraphShape {
    let text: Substring
    let lines: [Substring]
    /// The first line's first words, lowercased, without leading bullets, spaces and dashes.
    let opening: Substring
    /// The whole paragraph lowercased with spaces dropped, for end marks.
    let squeezed: String

    /// Paragraphs longer than this are never headlines, release lines or date lines.
    static let shortLength = 300

    /// Only a paragraph's first bytes are cut into lines: a part is short, and a body
    /// paragraph of a long statement can be the whole statement.
    static let readLength = 2_048

    init(_ text: Substring) {
        self.text = text
        var read = text.drop { $0.isWhitespace || $0 == "|" }
        if read.utf8.count > Self.readLength {
            let scalars = read.unicodeScalars
            let end = scalars.index(scalars.startIndex, offsetBy: Self.readLength / 4)
            read = Substring(scalars[..<end])
        }
        let found = read.split(whereSeparator: \.isNewline).map(Self.trimmed).filter { !$0.isEmpty }.map(Self.closedUp)
        // A paragraph of only bars and spaces (a table's rule) keeps its first line as it
        // stands, so that every test of a part may read `lines[0]`.
        let bare = found.isEmpty ? text.split(whereSeparator: \.isNewline).lazy.map { $0.drop(while: \.isWhitespace) }.first { !$0.isEmpty } : nil
        lines = bare.map { [$0] } ?? found
        let first = lines.first ?? ""
        // Cues are short: the first words are enough.
        opening = Substring(first.drop { !$0.isLetter && !$0.isNumber && $0 != "#" && $0 != "(" && $0 != "[" }.prefix(80).lowercased())
        squeezed = text.utf8.count > 64 ? "" : String(text.lowercased().filter { !$0.isWhitespace })
    }

    /// Whether each line opens with one of `cues`: "Link: …" over "Source: …" is all trail, a
    /// list of "Learn more …" and "Visit …" is not; a paragraph of only bars, a web page's rule
    /// between its links, is trail too.
    func everyLineOpens(with cues: [String]) -> Bool {
        lines.allSatisfy { line in
            if line.allSatisfy({ $0 == "|" || $0.isWhitespace }) { return true }
            let opening = Substring(line.drop { !$0.isLetter && !$0.isNumber && $0 != "#" && $0 != "(" && $0 != "[" && $0 != "©" }.lowercased())
            return PartCues.opens(opening, with: cues) != nil
        }
    }

    /// "Facebook / X / Instagram", "Share | Print | Email": a row or a column of the page's buttons,
    /// every word one of them. (A single word is `PartCues.trailWords` matched whole.)
    var isTrailWords: Bool {
        guard isShort else { return false }
        let words = lines.flatMap { $0.split { $0.isWhitespace || "|•·,/".contains($0) } }
            .map { word in String(word.lowercased().prefix { $0 != ":" }) }.filter { !$0.isEmpty }
        return words.count >= 2 && words.allSatisfy(PartCues.trailWords.contains)
    }

    /// "S T A T E M E N T": a word set letter-spaced, as a letterhead sets it, read as the word.
    static func closedUp(_ line: Substring) -> Substring {
        // (Most lines show at their second character that they are not: a space must stand there.)
        guard line.utf8.count >= 7, line.dropFirst().first == " " else { return line }
        let letters = line.split(separator: " ")
        guard letters.count >= 4, letters.count * 2 - 1 == line.count, letters.allSatisfy({ $0.count == 1 && $0.first!.isLetter }) else { return line }
        return Substring(letters.joined())
    }

    /// The line without the spaces around it, nor a web page's bar that opens it ("| Washington, DC").
    static func trimmed(_ line: Substring) -> Substring {
        var line = line
        while let first = line.first, first.isWhitespace || first == "|" { line = line.dropFirst() }
        while let last = line.last, last.isWhitespace { line = line.dropLast() }
        return line
    }

    var isShort: Bool { text.utf8.count <= Self.shortLength }
    var isOneLine: Bool { lines.count == 1 }
    var joined: String { lines.joined(separator: " ") }

    /// Ends as a sentence or an introduction does: a stop, a colon, a semicolon, a comma.
    var endsLikeSentence: Bool {
        guard var last = lines.last else { return false }
        while let end = last.last, "\"”’'»)".contains(end) { last = last.dropLast() }
        guard let end = last.last else { return false }
        return ".:;,".contains(end)
    }

    /// Ends as prose does: a sentence's stop, or a question or exclamation mark.
    var endsLikeProse: Bool {
        guard var last = lines.last else { return false }
        while let end = last.last, "\"”’'»)".contains(end) { last = last.dropLast() }
        guard let end = last.last else { return false }
        return ".:;,!?…".contains(end)
    }

    /// Whether `line` holds one sentence: no stop followed by a space before its end, but after
    /// an abbreviation or initials ("Paccar Inc. and others vs. Competition Tribunal."), which
    /// end no sentence.
    static func isOneSentence(_ line: Substring) -> Bool {
        let body = line.dropLast()
        var index = body.startIndex
        while let stop = body[index...].firstRange(of: ". ") {
            let word = body[..<stop.lowerBound].reversed().prefix { !$0.isWhitespace && $0 != "(" }
            if !Lexicon.isAbbreviation(String(word.reversed())) { return false }
            index = stop.upperBound
        }
        return true
    }

    /// "202-358-1726", "020 7008 3100", "(202) 555-0100", "press@epa.gov".
    var hasPhoneOrEmail: Bool {
        for line in lines {
            if line.contains("@"), line.contains(".") { return true }
            // "[email protected]": an address a site hid from robots, as a copy of the page keeps it.
            if line.contains("[email protected]") || line.contains("[email\u{A0}protected]") { return true }
            // "04.05.2023", "10/04/2016": a date's numbers, however many digits, are no number to
            // call (looked for only in a line that has a run of seven digits at all).
            if Self.hasPhoneDigits(line), Self.hasPhoneDigits(line.split(separator: " ").filter { !ReleaseDate.isDateNumber($0) }.joined(separator: " ")) {
                return true
            }
        }
        return false
    }

    /// Seven digits or more with only a phone number's separators between them.
    static func hasPhoneDigits<Line: StringProtocol>(_ line: Line) -> Bool {
        var digits = 0
        for c in line {
            if c.isASCIIDigit { digits += 1 } else if c == "-" || c == " " || c == "." || c == "(" || c == ")" || c == "+" {
                continue
            } else if digits >= 7 { return true } else { digits = 0 }
        }
        return digits >= 7
    }

    /// Whether the first line opens with a person's name, two to four capitalised words:
    /// the first line of a contact block ("Dwayne Brown").
    var opensWithName: Bool {
        // "For Immediate Release Contact: …" opens with a release line, not a name.
        if PartCues.opens(opening, with: PartCues.release) != nil { return false }
        for line in lines {
            let words = line.split(separator: " ").prefix(4)
            // A date line before the name ("May 4, 2006 / Beth Stettner 703-648-5928") is passed over.
            if ReleaseDate.first(in: line) != nil, lines.count > 1 { continue }
            // "Jane Roe, spokesperson, 202-555-0100": the name before its comma.
            var names: [Substring] = []
            for word in words {
                names.append(word.hasSuffix(",") ? word.dropLast() : word)
                if word.hasSuffix(",") { break }
            }
            let named = names.prefix { word in
                guard let first = word.first, first.isUppercase else { return false }
                return word.dropFirst().allSatisfy { $0.isLetter || $0 == "." || $0 == "-" || $0 == "'" || $0 == "’" }
            }
            return named.count >= 2
        }
        return false
    }
}
