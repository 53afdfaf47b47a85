#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The progress line of a batch on stderr (`120/1000 files  4.2 MB/s  0:31 left`), drawn
/// only when stderr is a terminal and at most five times a second, and wiped before any
/// other line is written there so that error lines stand on their own.
struct BatchProgress {
    private let files: Int
    private let bytes: Int
    private let enabled: Bool
    private let start: Double
    private var lastDrawn = 0.0
    private var shown = false
    private(set) var filesDone = 0
    private(set) var bytesDone = 0

    init(files: Int, bytes: Int, enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.files = files
        self.bytes = bytes
        self.enabled = enabled
        start = Self.now()
    }

    mutating func finished(bytes count: Int) {
        filesDone += 1
        bytesDone += count
        draw()
    }

    /// Draws at the first file done, then when a fifth of a second has passed since the line
    /// was last drawn.
    mutating func draw() {
        guard enabled else { return }
        let now = Self.now()
        guard now - lastDrawn >= 0.2 else { return }
        lastDrawn = now
        let elapsed = now - start
        var line = "\(filesDone)/\(files) files"
        if elapsed > 0 { line += "  \(Self.oneDecimal(Double(bytesDone) / 1e6 / elapsed)) MB/s" }
        // Time left from bytes when sizes are known, else from files.
        let fraction = bytes > 0 ? Double(bytesDone) / Double(bytes) : Double(filesDone) / Double(max(1, files))
        if fraction > 0 && fraction < 1 { line += "  \(Self.clock(elapsed * (1 - fraction) / fraction)) left" }
        Self.write("\r\u{1B}[K" + line)
        shown = true
    }

    /// Wipes the line (before an error line, and at the end).
    mutating func clear() {
        guard shown else { return }
        Self.write("\r\u{1B}[K")
        shown = false
        lastDrawn = 0
    }

    static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        let (hours, minutes, secs) = (whole / 3600, whole / 60 % 60, whole % 60)
        let two = { (n: Int) in n < 10 ? "0\(n)" : "\(n)" }
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(secs))" : "\(minutes):\(two(secs))"
    }

    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    private static func write(_ text: String) { Console.rawError(text) }
}
