import StatementInput

/// The project's test pages, beside this file in Pages/, each with NAME.expected.txt.
enum TestPages {
    static let directory: String = {
        let file = #filePath
        return String(file[..<file.lastIndex(of: "/")!]) + "/Pages"
    }()

    static var names: [String] {
        guard let listing = opendirNames(directory) else { return [] }
        return listing.filter { $0.hasSuffix(".html") || $0.hasSuffix(".md") }.sorted()
    }

    static func bytes(_ name: String) -> [UInt8] { readBytes(directory + "/" + name) ?? [] }

    static func expected(_ name: String) -> String {
        let base = name.hasSuffix(".md") ? String(name.dropLast(3)) : String(name.dropLast(5))
        return String(decoding: readBytes(directory + "/" + base + ".expected.txt") ?? [], as: UTF8.self)
    }

    static func extract(_ name: String) -> ExtractedStatement {
        StatementExtractor.extract(bytes(name), as: InputFormat.byExtension(name) ?? .html)!
    }
}

/// Word-level agreement of an extraction with the text it should give: words are runs of
/// letters and digits, lower-cased, compared as multisets (as scripts/extract-accuracy does).
struct WordCounts {
    var truePositives = 0, falsePositives = 0, falseNegatives = 0

    init(extracted: String, expected: String) {
        var want: [String: Int] = [:]
        for word in Self.words(expected) { want[word, default: 0] += 1 }
        var got: [String: Int] = [:]
        for word in Self.words(extracted) { got[word, default: 0] += 1 }
        for (word, count) in got {
            let common = min(count, want[word] ?? 0)
            truePositives += common
            falsePositives += count - common
        }
        falseNegatives = want.values.reduce(0, +) - truePositives
    }

    init() {}

    static func + (a: WordCounts, b: WordCounts) -> WordCounts {
        var sum = WordCounts()
        sum.truePositives = a.truePositives + b.truePositives
        sum.falsePositives = a.falsePositives + b.falsePositives
        sum.falseNegatives = a.falseNegatives + b.falseNegatives
        return sum
    }

    var f1: Double {
        let precision = Double(truePositives) / Double(max(1, truePositives + falsePositives))
        let recall = Double(truePositives) / Double(max(1, truePositives + falseNegatives))
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init)
    }
}

#if canImport(Glibc)
import Glibc
#endif

func readBytes(_ path: String) -> [UInt8]? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = fread(&chunk, 1, chunk.count, file)
        if count <= 0 { break }
        bytes.append(contentsOf: chunk[0..<count])
    }
    return bytes
}

func opendirNames(_ path: String) -> [String]? {
    guard let directory = opendir(path) else { return nil }
    defer { closedir(directory) }
    var names: [String] = []
    while let entry = readdir(directory) {
        let name = withUnsafePointer(to: entry.pointee.d_name) {
            $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
        }
        if name != "." && name != ".." { names.append(name) }
    }
    return names
}
