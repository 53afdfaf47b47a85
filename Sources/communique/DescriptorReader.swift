#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor to its end, 64 KB at a time, retrying interrupted reads: the one
/// read loop behind statements and path lists.
enum DescriptorReader {
    /// A read that failed, with its `errno`.
    struct Failure: Error { let code: Int32 }

    /// Appends what `fd` holds to `bytes`; `afterChunk` may stop the read by throwing.
    static func readAll(_ fd: Int32, into bytes: inout [UInt8], afterChunk: (_ bytes: [UInt8]) throws -> Void = { _ in }) throws {
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count == 0 { return }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(code: errno)
            }
            bytes.append(contentsOf: chunk[0..<count])
            try afterChunk(bytes)
        }
    }
}
