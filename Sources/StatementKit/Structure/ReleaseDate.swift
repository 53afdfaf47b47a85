/// A calendar date as releases write it: "June 3, 2021", "Feb. 28, 2007", "3 June 2021",
/// "Thursday, September 22, 2011", "2021-06-03", "17/07/2023". Read as ISO `YYYY-MM-DD`; a
/// date with no year ("June 3") is no date here.
struct ReleaseDate: Equatable {
    var year: Int
    var month: Int
    var day: Int
    /// Where the date lies in the words it was read from.
    var words: Range<Int>

    var iso: String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    /// Month names and their short forms, lowercased, without a stop.
    static let months: [String: Int] = {
        let names = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                     "november", "december"]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    /// The first full date in `text`, if any.
    static func first(in text: Substring) -> ReleaseDate? {
        first(in: DateWords(text))
    }

    static func first(in words: DateWords) -> ReleaseDate? {
        let w = words.items
        // "Date: Wed, 12 Mar 97 14:55:44 MST": a mail header may give the year in two digits.
        let mailHeader = w.contains { $0.lower == "date" }
        func year(_ word: Substring) -> Int? { yearNumber(word) ?? (mailHeader ? shortYear(word) : nil) }
        for index in w.indices {
            if let date = numeric(w[index].text, at: index) { return date }
            guard let month = months[w[index].lower] else { continue }
            // "June 3, 2021", "Nov. 30 2021"
            if index + 2 < w.count, let day = dayNumber(w[index + 1].text), let year = yearNumber(w[index + 2].text) {
                return ReleaseDate(year: year, month: month, day: day, words: index..<(index + 3))
            }
            // "23rd of November, 2011"
            if index > 1, index + 1 < w.count, w[index - 1].lower == "of", let day = dayNumber(w[index - 2].text),
               let year = yearNumber(w[index + 1].text) {
                return ReleaseDate(year: year, month: month, day: day, words: (index - 2)..<(index + 2))
            }
            // "3 June 2021"
            if index > 0, index + 1 < w.count, let day = dayNumber(w[index - 1].text), let year = year(w[index + 1].text) {
                return ReleaseDate(year: year, month: month, day: day, words: (index - 1)..<(index + 2))
            }
        }
        return nil
    }

    /// "2021-06-03", or "17/07/2023" when the day can be told from the month (a day above 12).
    static func numeric(_ word: Substring, at index: Int) -> ReleaseDate? {
        // "2018-04-22T17:29:23": a timestamp's date.
        var word = word
        if word.count > 10, let t = word.firstIndex(of: "T"), word.distance(from: word.startIndex, to: t) == 10 { word = word[..<t] }
        for separator: Character in ["-", "/", "."] {
            let parts = word.split(separator: separator, omittingEmptySubsequences: false)
            // "23-Nov-2011", "Nov-23-2011": the month named between the numbers.
            if parts.count == 3, let year = yearNumber(parts[2]) {
                if let month = months[parts[1].lowercased()], let day = dayNumber(parts[0]) {
                    return valid(year: year, month: month, day: day, at: index)
                }
                if let month = months[parts[0].lowercased()], let day = dayNumber(parts[1]) {
                    return valid(year: year, month: month, day: day, at: index)
                }
            }
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) else { continue }
            let numbers = parts.map { Int($0)! }
            if parts[0].count == 4 {
                return valid(year: numbers[0], month: numbers[1], day: numbers[2], at: index)
            }
            guard parts[2].count == 4 else { return nil }
            if numbers[0] > 12 { return valid(year: numbers[2], month: numbers[1], day: numbers[0], at: index) }
            if numbers[1] > 12 { return valid(year: numbers[2], month: numbers[0], day: numbers[1], at: index) }
            return nil
        }
        return nil
    }

    /// "5/29/03" as a line of its own in a release block: a short year, read when the day can
    /// be told from the month; set among other words, such numbers are too often something else.
    static func alone(_ line: Substring) -> ReleaseDate? {
        let words = DateWords(line).items
        guard words.count == 1 else { return nil }
        let parts = words[0].text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].count == 2, let year = shortYear(parts[2]),
              parts.prefix(2).allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) })
        else { return nil }
        let (a, b) = (Int(parts[0])!, Int(parts[1])!)
        if a > 12 { return valid(year: year, month: b, day: a, at: 0) }
        if b > 12 { return valid(year: year, month: a, day: b, at: 0) }
        return nil
    }

    /// "10/04/2016", "2021-06-03": three numbers of a date, whichever order they are in.
    static func isNumericDate(_ word: Substring) -> Bool {
        let parts = word.split { $0 == "/" || $0 == "-" || $0 == "." }
        return parts.count == 3 && parts.allSatisfy { $0.allSatisfy(\.isASCIIDigit) } && parts.contains { $0.count == 4 }
    }

    /// "04.05.2023", "2023-05-04", "10/04/2016,": a date's three numbers in either order, its
    /// day and month in range and its year four digits (not "202.555.0100").
    static func isDateNumber(_ word: Substring) -> Bool {
        let parts = word.drop { !$0.isASCIIDigit }.reversed().drop { !$0.isASCIIDigit }.reversed().split { $0 == "/" || $0 == "-" || $0 == "." }
        guard parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return false }
        let (first, last) = (String(parts[0]), String(parts[2]))
        let (year, a, b) = first.count == 4 ? (first, String(parts[1]), last) : (last, first, String(parts[1]))
        guard year.count == 4, let y = Int(year), (1800...2200).contains(y), a.count <= 2, b.count <= 2,
              let m = Int(a), let n = Int(b) else { return false }
        return (1...31).contains(m) && (1...31).contains(n) && min(m, n) <= 12
    }

    static func valid(year: Int, month: Int, day: Int, at index: Int) -> ReleaseDate? {
        guard (1...12).contains(month), (1...31).contains(day), (1800...2200).contains(year) else { return nil }
        return ReleaseDate(year: year, month: month, day: day, words: index..<(index + 1))
    }

    static func dayNumber(_ word: Substring) -> Int? {
        var digits = word
        for suffix in ["st", "nd", "rd", "th"] where digits.lowercased().hasSuffix(suffix) {
            digits = digits.dropLast(2)
            break
        }
        guard (1...2).contains(digits.count), digits.allSatisfy(\.isASCIIDigit), let day = Int(digits) else { return nil }
        return (1...31).contains(day) ? day : nil
    }

    /// "97" as 1997, "03" as 2003: the century RFC 822 dates leave out.
    static func shortYear(_ word: Substring) -> Int? {
        guard word.count == 2, word.allSatisfy(\.isASCIIDigit), let year = Int(word) else { return nil }
        return year >= 50 ? 1900 + year : 2000 + year
    }

    static func yearNumber(_ word: Substring) -> Int? {
        guard word.count == 4, word.allSatisfy(\.isASCIIDigit), let year = Int(word) else { return nil }
        return (1800...2200).contains(year) ? year : nil
    }
}

/// The words of a short line, for reading dates and labels: letters and digits with the
/// `-`, `/` and `.` that join a numeric date, without the stops and commas around them.
struct DateWords {
    struct Word {
        var text: Substring
        var lower: String
    }
    var items: [Word] = []

    init(_ text: Substring) {
        var start: Substring.Index?
        var index = text.startIndex
        func close(at end: Substring.Index) {
            guard let from = start else { return }
            var word = text[from..<end]
            while let last = word.last, last == "." || last == "-" || last == "/" { word = word.dropLast() }
            if !word.isEmpty { items.append(Word(text: word, lower: word.lowercased())) }
            start = nil
        }
        while index < text.endIndex {
            let c = text[index]
            // "November 16, 2017/APO Group/": a wire's credit set on the year, not part of it.
            let next = text.index(after: index)
            if c == "/", start != nil, index > text.startIndex, text[text.index(before: index)].isNumber, next < text.endIndex,
               text[next].isLetter {
                close(at: index)
                index = next
                continue
            }
            if c.isLetter || c.isNumber || (start != nil && (c == "-" || c == "/" || c == ".")) {
                if start == nil { start = index }
            } else {
                close(at: index)
            }
            index = text.index(after: index)
        }
        close(at: text.endIndex)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
