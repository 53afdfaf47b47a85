#if canImport(Glibc)
import Glibc
#endif
import StatementKit

enum Treebank {
    /// The sentences of a CoNLL-U file. Range lines (`4-5`) give the joined forms; empty
    /// nodes (`8.1`) are skipped.
    static func sentences(at path: String) -> [TreebankSentence] {
        var sentences: [TreebankSentence] = []
        var words: [String] = [], tags: [PartOfSpeech] = []
        var ranges: [(first: Int, last: Int, form: String)] = []
        func finish() {
            guard !words.isEmpty else { return }
            var sentence = TreebankSentence(words: words, tags: tags, joined: nil)
            if !ranges.isEmpty {
                var joinedWords: [String] = [], joinedTags: [PartOfSpeech] = []
                var index = 0
                var pending = ranges[...]
                while index < words.count {
                    if let range = pending.first, range.first == index + 1 {
                        joinedWords.append(range.form)
                        joinedTags.append(tags[index])
                        index = range.last
                        pending = pending.dropFirst()
                    } else {
                        joinedWords.append(words[index])
                        joinedTags.append(tags[index])
                        index += 1
                    }
                }
                sentence.joined = (joinedWords, joinedTags)
            }
            sentences.append(sentence)
            words = []
            tags = []
            ranges = []
        }
        for line in lines(of: path) {
            if line.isEmpty {
                finish()
                continue
            }
            if line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 4 else { continue }
            let id = fields[0]
            if id.contains(".") { continue }
            if let dash = id.firstIndex(of: "-") {
                if let first = Int(id[..<dash]), let last = Int(id[id.index(after: dash)...]) {
                    ranges.append((first, last, String(fields[1])))
                }
                continue
            }
            guard let tag = PartOfSpeech(name: String(fields[3])) else {
                fatalError("\(path): unknown UPOS \(fields[3])")
            }
            words.append(String(fields[1]))
            tags.append(tag)
        }
        finish()
        return sentences
    }

    /// GUM's documents with the split they belong to, from `split.tsv`.
    static func gumSplit(at path: String) -> [(document: String, split: String)] {
        lines(of: path).dropFirst().compactMap { line in
            let fields = line.split(separator: "\t")
            return fields.count >= 3 ? (String(fields[0]), String(fields[2])) : nil
        }
    }

    /// One line on standard error, and exit 1.
    static func fail(_ message: String) -> Never {
        let line = "communique-train-tagger: \(message)\n"
        _ = line.withCString { write(2, $0, strlen($0)) }
        exit(1)
    }

    static func lines(of path: String) -> [Substring] {
        guard let file = fopen(path, "r") else {
            fail("cannot read \(path)")
        }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count == 0 { break }
            bytes += buffer[0..<count]
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
    }
}
