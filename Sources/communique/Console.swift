#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output and error as file descriptors: no shared `FILE*` state for Swift 6 to
/// object to, and nothing buffered left behind when the process exits.
enum Console {
    static func out(_ text: String) { write(text, to: STDOUT_FILENO) }

    /// One line on stderr, prefixed with the program's name.
    static func error(_ line: String) { write("communique: \(line)\n", to: STDERR_FILENO) }

    /// Text on stderr as it is: a progress line redrawn in place.
    static func rawError(_ text: String) { write(text, to: STDERR_FILENO) }

    private static func write(_ text: String, to fd: Int32) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return  // a closed pipe (`| head`): nothing more can be said
                }
                offset += written
            }
        }
    }

    private static func systemWrite(_ fd: Int32, _ pointer: UnsafePointer<UInt8>, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(fd, pointer, count)
        #else
        return Darwin.write(fd, pointer, count)
        #endif
    }
}
