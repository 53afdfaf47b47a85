// communique-bench: analysis throughput per stage and in total, frame times of the reader, and
// peak memory. Prints figures; asserts nothing (targets are read off the output, not timed tests).
//
//   swift run -c release communique-bench                 every benchmark, sizes 100 KB to 100 MB
//   swift run -c release communique-bench analysis 1MB    one benchmark, chosen sizes
//   swift run -c release communique-bench generate 10MB FILE   write a generated statement
//   swift run -c release communique-bench memory 100MB    peak memory of one analysis (own process)
//   swift run -c release communique-bench tagger 10MB     part-of-speech tagging, tokens per second
//   swift run -c release communique-bench batch 10000 2KB 3   analyze over a folder, --jobs 1 against 2
//   swift run -c release communique-bench extraction 200KB   a page's statement out of HTML, Markdown
//   swift run -c release communique-bench generate-page 50MB FILE   write a generated news page
#if canImport(Glibc)
import Glibc
#endif
import ReaderUI
import StatementKit

func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func parseSize(_ text: String) -> Int {
    let upper = text.uppercased()
    if upper.hasSuffix("MB") { return Int(upper.dropLast(2))! * 1_000_000 }
    if upper.hasSuffix("KB") { return Int(upper.dropLast(2))! * 1_000 }
    return Int(upper)!
}

func label(_ bytes: Int) -> String { bytes >= 1_000_000 ? "\(bytes / 1_000_000) MB" : "\(bytes / 1_000) KB" }

func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// Resident memory now, from /proc/self/statm (pages).
func currentMemoryMB() -> Double {
    guard let file = fopen("/proc/self/statm", "r") else { return 0 }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 128)
    guard fgets(&line, 128, file) != nil else { return 0 }
    // "size resident shared ...", in pages.
    let fields = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self).split(separator: " ")
    guard fields.count >= 2, let resident = Int(fields[1]) else { return 0 }
    return Double(resident * Int(sysconf(Int32(_SC_PAGESIZE)))) / 1_048_576  // MiB, as ru_maxrss is reported
}

/// The median of `runs` timings of `body`, in seconds.
func median(runs: Int, _ body: () -> Void) -> Double {
    var times: [Double] = []
    for _ in 0..<runs {
        let start = now()
        body()
        times.append(now() - start)
    }
    return times.sorted()[times.count / 2]
}

func analysis(sizes: [Int]) {
    print("Analysis throughput (release, one core; median of runs)")
    print("size      stage                                  seconds     MB/s    s/MB")
    for size in sizes {
        var generator = StatementGenerator()
        let text = generator.statement(bytes: size)
        let megabytes = Double(text.utf8.count) / 1e6
        let runs = size >= 50_000_000 ? 1 : size >= 5_000_000 ? 3 : 5
        let stages: [(String, () -> Void)] = [
            ("decode (bytes to text)", { _ = SourceText(decoding: Array(text.utf8)) }),
            ("paragraphs", { _ = ParagraphSegmenter.paragraphs(in: text.unicodeScalars) }),
            ("paragraphs, tokens, sentences, quotes", { _ = AnalysisStages.scanAll(text) }),
            ("the same, every sentence tagged", { _ = AnalysisStages.scanAndTagAll(text) }),
            ("total: Analyzer.analyze", { _ = Analyzer.analyze(text) }),
            ("JSON report", { _ = JSONReport.render(Analyzer.analyze(text)) }),
        ]
        for (name, body) in stages {
            let seconds = median(runs: runs, body)
            let rate = megabytes / seconds
            print("\(label(size).padding(9)) \(name.padding(38)) \(String(format3(seconds)).padding(10)) \(String(format1(rate)).padding(7)) \(format3(seconds / megabytes))")
        }
        // The analysis tags a sentence only when a rule asks for a tag in it.
        let (tagged, sentences) = AnalysisStages.taggedSentences(text)
        print("\(label(size).padding(9)) sentences the analysis tagged: \(tagged) of \(sentences) (\(format1(100 * Double(tagged) / Double(max(1, sentences))))%)")
    }
}

func frames(size: Int) {
    var generator = StatementGenerator()
    let document = Analyzer.analyze(generator.statement(bytes: size), source: "generated")
    let start = now()
    var state = AppState(document: document, width: 200, height: 60)
    print("Reader on a \(label(size)) statement at 200×60: state and layout built in \(format3(now() - start)) s")
    _ = Screen.render(state)
    let steps: [(String, Event)] = [
        ("scroll (j)", .key(.character("j"))),
        ("page (Space)", .key(.character(" "))),
        ("search step (n)", .key(.character("n"))),
        ("pane switch (Tab)", .key(.tab)),
        ("list reported (r)", .key(.character("r"))),
        ("resize to 180×50", .resize(width: 180, height: 50)),
        ("resize to 200×60", .resize(width: 200, height: 60)),
    ]
    var keyTimes: [String] = []
    for key in "/river".map({ Event.key(.character($0)) }) + [.key(.enter)] {
        let t0 = now()
        _ = state.update(Message(key))
        keyTimes.append(format3((now() - t0) * 1000))
    }
    print("typing /river, Enter (ms per key): \(keyTimes.joined(separator: " "))")
    do {
        // A highlight: `m`, then the save answered as the run loop answers it.
        var copy = state
        let t0 = now()
        for case .saveAnnotation(var annotation) in copy.update(.key(.character("m"))) {
            annotation.id = "bench"
            _ = copy.update(.annotationSaved(annotation))
        }
        print("highlight (m) and its save: \(format3((now() - t0) * 1000)) ms")
    }
    do {
        // `]r`: the next stretch of reported speech, painted as the current one.
        var copy = state
        let t0 = now()
        for key in "]r" { _ = copy.update(.key(.character(key))) }
        let t1 = now()
        _ = Screen.render(copy)
        print("reported step (]r): \(format3((t1 - t0) * 1000)) ms, its frame \(format3((now() - t1) * 1000)) ms")
    }
    print("step                  apply (ms)   render (ms)")
    for (name, event) in steps {
        var applied = 0.0, rendered = 0.0
        let runs = 5
        for _ in 0..<runs {
            var copy = state
            let t0 = now()
            _ = copy.update(Message(event))
            let t1 = now()
            _ = Screen.render(copy)
            let t2 = now()
            applied += t1 - t0
            rendered += t2 - t1
        }
        print("\(name.padding(21)) \(format3(applied / Double(runs) * 1000).padding(12)) \(format3(rendered / Double(runs) * 1000))")
    }
}

/// What a reader does before its first screen on a long statement, step by step.
func opening(size: Int) {
    var generator = StatementGenerator()
    let text = generator.statement(bytes: size)
    let bytes = Array(text.utf8)
    var t = now()
    func step(_ name: String) { let n = now(); print("\(name.padding(30)) \(format3((n - t) * 1000)) ms"); t = n }
    print("Opening a \(label(size)) statement (the reader's steps before its first screen)")
    let source = SourceText(decoding: bytes)
    step("decode")
    let outline = Analyzer.outline(source.text, source: "generated")
    step("outline (paragraphs)")
    let scalars = StatementScalars(outline.text)
    step("scalars")
    _ = SHA256.hex(outline.text)
    step("document identity (SHA-256)")
    let highlights = Highlights(document: outline, scalars: scalars)
    step("highlights")
    _ = StatementLayout(document: outline, scalars: scalars, width: 120, highlights: highlights)
    step("layout at 120 columns")
    var state = AppState(document: outline, width: 200, height: 60, analysing: true)
    step("AppState (all of the above)")
    _ = Screen.render(state)
    step("first frame")
    let analysed = Analyzer.analyze(source.text, source: "generated")
    step("analysis (on its own thread in the reader)")
    let view = AppState.AnalysedView(document: analysed, scalars: state.scalars, width: state.frame.textWidth)
    step("its highlights and lines (on the same thread)")
    _ = state.update(.analysisFinished(view))
    step("the analysis brought in (the reader waits)")
}

/// What the reader holds beside the analysis, part by part (resident memory after each).
func readerMemory(size: Int) {
    var generator = StatementGenerator()
    let text = generator.statement(bytes: size)
    print("Reader memory on a \(label(size)) statement (resident MB after each step)")
    print("text                 \(format1(currentMemoryMB()))")
    let document = Analyzer.analyze(text)
    print("analysis             \(format1(currentMemoryMB()))")
    let scalars = StatementScalars(text)
    print("scalars              \(format1(currentMemoryMB()))")
    let highlights = Highlights(document: document, scalars: scalars)
    print("highlights           \(format1(currentMemoryMB()))")
    let layout = StatementLayout(document: document, scalars: scalars, width: 120, highlights: highlights)
    print("layout               \(format1(currentMemoryMB()))")
    let groups = CallGroups(document.callsToAction)
    print("call groups          \(format1(currentMemoryMB()))")
    let state = AppState(document: document, width: 200, height: 60)
    print("AppState (again)     \(format1(currentMemoryMB())); peak \(format1(peakMemoryMB()))")
    withExtendedLifetime((scalars, highlights, layout, groups, state)) {}
}

func memory(size: Int) {
    var generator = StatementGenerator()
    let text = generator.statement(bytes: size)
    let before = peakMemoryMB()
    let document = Analyzer.analyze(text)
    let after = peakMemoryMB()

    let held = currentMemoryMB()
    let sentences = document.sentences.count
    print("held after: \(format1(held)) MB; \(sentences) sentences, \(document.quotes.count) quotes, \(document.callsToAction.count) calls, \(document.speakers.count) speakers")
    print("Peak memory analysing \(label(size)): \(format1(after)) MB (\(format1(before)) MB with the text alone); target ≤ \(format1(Double(size) * 4 / 1e6 + 30)) MB; \(document.paragraphs.count) paragraphs")
}

/// Part-of-speech tagging of a generated statement's words, sentence by sentence, by spelling
/// number with the tagger's per-spelling cache, as the analysis will tag them. The words are
/// cut and numbered beforehand (a simple cut: spaces, punctuation apart, apostrophes kept in
/// the word as the analysis's tokenizer keeps them); only tagging is timed.
func tagger(size: Int) {
    var generator = StatementGenerator()
    let text = generator.statement(bytes: size)
    var numbers: [Substring: Int32] = [:]
    var spellings: [String] = []
    var sentences: [[Int32]] = []
    var sentence: [Int32] = []
    func add(_ word: Substring) {
        guard !word.isEmpty else { return }
        if let known = numbers[word] {
            sentence.append(known)
        } else {
            numbers[word] = Int32(spellings.count)
            sentence.append(Int32(spellings.count))
            spellings.append(String(word))
        }
        if word == "." || word == "!" || word == "?" {
            sentences.append(sentence)
            sentence = []
        }
    }
    for line in text.split(whereSeparator: \.isNewline) {
        for piece in line.split(separator: " ") {
            var rest = piece[...]
            while let first = rest.first, first.isPunctuation && first != "'" || first == "“" || first == "\"" {
                add(rest.prefix(1)); rest = rest.dropFirst()
            }
            var trailing: [Substring] = []
            while let last = rest.last, last.isPunctuation || last == "”" {
                trailing.insert(rest.suffix(1), at: 0); rest = rest.dropLast()
            }
            add(rest)
            trailing.forEach(add)
        }
        if !sentence.isEmpty { sentences.append(sentence); sentence = [] }
    }
    let tokens = sentences.reduce(0) { $0 + $1.count }
    let megabytes = Double(text.utf8.count) / 1e6
    print("Tagging a \(label(size)) statement: \(tokens) tokens in \(sentences.count) sentences, \(spellings.count) distinct spellings")
    var tags: [PartOfSpeech] = []
    let decodeStart = now()
    var tagger = PartOfSpeechTagger()
    print("weights decoded and tables built in \(format3((now() - decodeStart) * 1000)) ms")
    for round in ["first (the cache filling)", "again (the cache full)", "again (the cache full)"] {
        let start = now()
        for sentence in sentences { tagger.tag(keys: sentence, text: { spellings[Int($0)] }, into: &tags) }
        let seconds = now() - start
        print("\(round.padding(27)) \(format3(seconds)) s: \(Int(Double(tokens) / seconds)) tokens/s, \(format3(seconds / megabytes * 1000)) ms per MB")
    }
    var fresh = PartOfSpeechTagger()
    let start = now()
    for sentence in sentences { fresh.tag(keys: sentence, text: { spellings[Int($0)] }, into: &tags) }
    let seconds = now() - start
    print("a new tagger on the whole    \(format3(seconds)) s: \(Int(Double(tokens) / seconds)) tokens/s (the analysis at 69 MB/s with it: \(format1(megabytes / (megabytes / 69 + seconds))) MB/s)")
}

func format1(_ value: Double) -> String { String(Double(Int(value * 10)) / 10) }
func format3(_ value: Double) -> String { String(Double(Int(value * 1000)) / 1000) }

extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}

let arguments = Array(CommandLine.arguments.dropFirst())
switch arguments.first {
case "generate":
    var generator = StatementGenerator()
    let text = generator.statement(bytes: parseSize(arguments[1]))
    let file = fopen(arguments[2], "w")!
    fputs(text, file)
    fclose(file)
case "analysis":
    analysis(sizes: arguments.dropFirst().map(parseSize))
case "frames":
    frames(size: parseSize(arguments.count > 1 ? arguments[1] : "10MB"))
case "analyze-file":
    // For profiling the analysis alone: read a file, analyse it once.
    let file = fopen(arguments[1], "r")!
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = fread(&buffer, 1, buffer.count, file)
        if count == 0 { break }
        bytes += buffer[0..<count]
    }
    fclose(file)
    let text = SourceText(decoding: bytes).text
    let start = now()
    let document = Analyzer.analyze(text)
    print("\(document.quotes.count) quotes in \(format3(now() - start)) s")
case "reader-memory":
    readerMemory(size: parseSize(arguments.count > 1 ? arguments[1] : "10MB"))
case "opening":
    opening(size: parseSize(arguments.count > 1 ? arguments[1] : "10MB"))
case "tagger":
    tagger(size: parseSize(arguments.count > 1 ? arguments[1] : "10MB"))
case "batch":
    batch(files: arguments.count > 1 ? Int(arguments[1])! : 10_000,
          size: parseSize(arguments.count > 2 ? arguments[2] : "2KB"),
          runs: arguments.count > 3 ? Int(arguments[3])! : 3)
case "generate-page":
    var pages = PageGenerator()
    let page = pages.html(bytes: parseSize(arguments[1]))
    let file = fopen(arguments[2], "w")!
    fputs(page, file)
    fclose(file)
case "extraction":
    extraction(sizes: arguments.count > 1 ? arguments.dropFirst().map(parseSize) : [200_000, 1_000_000])
case "memory":
    memory(size: parseSize(arguments.count > 1 ? arguments[1] : "100MB"))
default:
    analysis(sizes: [100_000, 1_000_000, 10_000_000, 100_000_000])
    frames(size: 10_000_000)
    extraction(sizes: [200_000])
    print("(peak memory: run `communique-bench memory 100MB` in its own process)")
}
