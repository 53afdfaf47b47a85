/// A statement's scalars by offset, in about a byte each: what the reader indexes into for
/// every cell, search and cursor motion.
///
/// An array of `Unicode.Scalar` takes four bytes a character, four times the file for most
/// statements. Here a scalar below U+00FF is its own byte; any other (curly quotes, dashes,
/// accents beyond Latin-1) is the byte 0xFF and is found in a sorted side table. A text where
/// such scalars are common (Chinese, Arabic, Russian) is kept whole as scalars instead.
public struct StatementScalars: RandomAccessCollection, Sendable {
    /// One reference for all the arrays: the reader copies this value into slices, layouts and
    /// searches, and four arrays made every copy four retains.
    @usableFromInline final class Storage: Sendable {
        @usableFromInline let bytes: [UInt8]
        @usableFromInline let exceptionOffsets: [Int]
        @usableFromInline let exceptionScalars: [Unicode.Scalar]
        /// Every scalar, when the side table would be too large; empty otherwise.
        @usableFromInline let wide: [Unicode.Scalar]
        @usableFromInline let isWide: Bool

        init(bytes: [UInt8], exceptionOffsets: [Int], exceptionScalars: [Unicode.Scalar], wide: [Unicode.Scalar], isWide: Bool) {
            self.bytes = bytes
            self.exceptionOffsets = exceptionOffsets
            self.exceptionScalars = exceptionScalars
            self.wide = wide
            self.isWide = isWide
        }
    }

    @usableFromInline let storage: Storage
    public let count: Int

    @usableFromInline static let marker: UInt8 = 0xFF

    public init(_ text: String) {
        var text = text
        let (bytes, exceptionOffsets, exceptionScalars, wide, isWide, count) = text.withUTF8 { utf8 in
            // A lead byte starts each scalar above ASCII: their share decides the storage.
            var leads = 0
            for byte in utf8 where byte >= 0xC0 { leads += 1 }
            let wideStorage = leads > utf8.count / 8
            var bytes: [UInt8] = []
            var offsets: [Int] = []
            var exceptions: [Unicode.Scalar] = []
            var wide: [Unicode.Scalar] = []
            if wideStorage { wide.reserveCapacity(utf8.count) } else { bytes.reserveCapacity(utf8.count) }
            var index = 0
            var count = 0
            while index < utf8.count {
                let scalar = Unicode.Scalar.decode(utf8, at: &index)
                if wideStorage {
                    wide.append(scalar)
                } else if scalar.value < UInt32(Self.marker) {
                    bytes.append(UInt8(scalar.value))
                } else {
                    bytes.append(Self.marker)
                    offsets.append(count)
                    exceptions.append(scalar)
                }
                count += 1
            }
            return (bytes, offsets, exceptions, wide, wideStorage, count)
        }
        storage = Storage(bytes: bytes, exceptionOffsets: exceptionOffsets, exceptionScalars: exceptionScalars, wide: wide, isWide: isWide)
        self.count = count
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    @inlinable
    public subscript(position: Int) -> Unicode.Scalar {
        let storage = self.storage
        if storage.isWide { return storage.wide[position] }
        let byte = storage.bytes[position]
        if byte != Self.marker { return Unicode.Scalar(byte) }
        return storage.exceptionScalars[exception(at: position)]
    }

    /// Whether `pattern` stands at `offset`, compared in place (no slice, no copy).
    public func matches(_ pattern: [Unicode.Scalar], at offset: Int) -> Bool {
        guard offset >= 0, offset + pattern.count <= count else { return false }
        for (k, scalar) in pattern.enumerated() where self[offset + k] != scalar { return false }
        return true
    }

    /// The text of a range of offsets.
    public func string(_ range: Range<Int>) -> String {
        var scalars = String.UnicodeScalarView()
        for offset in range { scalars.append(self[offset]) }
        return String(scalars)
    }

    /// The side-table entry of an offset holding the marker (a binary search).
    @usableFromInline
    func exception(at position: Int) -> Int {
        let exceptionOffsets = storage.exceptionOffsets
        var low = 0, high = exceptionOffsets.count - 1
        while low < high {
            let middle = (low + high) / 2
            if exceptionOffsets[middle] < position { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

extension Unicode.Scalar {
    /// The scalar whose UTF-8 starts at `index` of a Swift string's bytes, moving `index` past
    /// it. Swift strings hold valid UTF-8, so the lead byte says how long the scalar is; ASCII,
    /// most of any statement, is one comparison.
    @inline(__always)
    static func decode(_ utf8: UnsafeBufferPointer<UInt8>, at index: inout Int) -> Unicode.Scalar {
        let lead = utf8[index]
        if lead < 0x80 {
            index += 1
            return Unicode.Scalar(lead)
        }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | UInt32(utf8[index + k] & 0x3F) }
        index += length
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// Steps past the scalar whose UTF-8 starts at `index`.
    @inline(__always)
    static func skip(_ utf8: UnsafeBufferPointer<UInt8>, at index: inout Int) {
        let lead = utf8[index]
        index += lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    }
}
