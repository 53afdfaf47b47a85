/// A statement's scalars by offset: what the reader indexes into for every cell, search and
/// cursor motion, read from the text's own UTF-8 rather than from a copy.
///
/// Offsets count scalars, the text is stored as UTF-8: an offset is found through the byte
/// offset of every 32nd scalar (an eighth of a byte a scalar), then by stepping over at most 31
/// scalars. A block of 32 scalars in 32 bytes is ASCII and needs no stepping; a text that is
/// all ASCII needs no table at all. No copy of the scalars is made: even at a byte each, it
/// would be the reader's largest allocation after the text itself.
///
/// Slices are `StatementScalars` too, with the offsets of the whole text (as `ArraySlice`
/// keeps its array's), and iterating one decodes the UTF-8 in order without finding each
/// offset again: hot loops over a paragraph iterate; cursor motions and look-ups index.
public struct StatementScalars: RandomAccessCollection, Sendable {
    /// One reference for the text and its table: the reader copies this value into slices,
    /// layouts and searches.
    @usableFromInline final class Storage: Sendable {
        @usableFromInline let text: String
        /// The byte offset of scalar 32k for each k, then of the end; empty for ASCII text.
        @usableFromInline let blockStarts: [UInt32]
        /// Scalars in the last block, which may be short (and then its bytes say nothing).
        @usableFromInline let fullBlocks: Int

        init(text: String, blockStarts: [UInt32], count: Int) {
            self.text = text
            self.blockStarts = blockStarts
            fullBlocks = count >> StatementScalars.blockShift
        }
    }

    @usableFromInline static let blockShift = 5
    @usableFromInline static let blockSize = 1 << blockShift

    @usableFromInline let storage: Storage
    public let startIndex: Int
    public let endIndex: Int

    public init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        var count = 0
        var blockStarts: [UInt32] = []
        text.utf8.withContiguousStorageIfAvailable { utf8 in
            // Scalars are counted by their lead bytes (every byte that is not a continuation).
            for byte in utf8 where byte & 0xC0 != 0x80 { count += 1 }
            guard count != utf8.count else { return }
            blockStarts.reserveCapacity(count / Self.blockSize + 2)
            var scalar = 0
            for (offset, byte) in utf8.enumerated() where byte & 0xC0 != 0x80 {
                if scalar & (Self.blockSize - 1) == 0 { blockStarts.append(UInt32(offset)) }
                scalar += 1
            }
            blockStarts.append(UInt32(utf8.count))
        }
        storage = Storage(text: text, blockStarts: blockStarts, count: count)
        startIndex = 0
        endIndex = count
    }

    private init(storage: Storage, bounds: Range<Int>) {
        self.storage = storage
        startIndex = bounds.lowerBound
        endIndex = bounds.upperBound
    }

    @inlinable
    public subscript(position: Int) -> Unicode.Scalar {
        precondition(position >= startIndex && position < endIndex, "scalar offset out of range")
        let storage = self.storage
        return storage.text.utf8.withContiguousStorageIfAvailable { utf8 in
            var byte = Self.byteOffset(of: position, in: utf8, storage: storage)
            return Unicode.Scalar.decode(utf8, at: &byte)
        }!
    }

    public subscript(bounds: Range<Int>) -> StatementScalars {
        precondition(bounds.lowerBound >= startIndex && bounds.upperBound <= endIndex, "scalar range out of range")
        return StatementScalars(storage: storage, bounds: bounds)
    }

    /// Where scalar `position` starts in the UTF-8.
    @inlinable
    static func byteOffset(of position: Int, in utf8: UnsafeBufferPointer<UInt8>, storage: Storage) -> Int {
        let blockStarts = storage.blockStarts
        guard !blockStarts.isEmpty else { return position }
        let block = position >> blockShift
        let start = Int(blockStarts[block])
        let within = position & (blockSize - 1)
        // A whole block in as many bytes as scalars is ASCII: the offset is direct.
        if block < storage.fullBlocks, Int(blockStarts[block + 1]) - start == blockSize { return start + within }
        var byte = start
        for _ in 0..<within { Unicode.Scalar.skip(utf8, at: &byte) }
        return byte
    }

    /// Decodes in order from the first offset: a step a scalar, however long the run.
    /// Inlinable, as the subscript is: it runs once a character in the reader's hottest loops.
    public struct Iterator: IteratorProtocol {
        @usableFromInline let storage: Storage
        @usableFromInline var byte: Int
        @usableFromInline var remaining: Int

        @usableFromInline init(storage: Storage, byte: Int, remaining: Int) {
            self.storage = storage
            self.byte = byte
            self.remaining = remaining
        }

        @inlinable
        public mutating func next() -> Unicode.Scalar? {
            guard remaining > 0 else { return nil }
            remaining -= 1
            return storage.text.utf8.withContiguousStorageIfAvailable { utf8 in
                Unicode.Scalar.decode(utf8, at: &byte)
            }!
        }
    }

    @inlinable
    public func makeIterator() -> Iterator {
        let start = isEmpty ? 0 : storage.text.utf8.withContiguousStorageIfAvailable {
            Self.byteOffset(of: startIndex, in: $0, storage: storage)
        }!
        return Iterator(storage: storage, byte: start, remaining: count)
    }

    @inlinable public var count: Int { endIndex - startIndex }

    /// Whether `pattern` stands at `offset`, compared in place (no copy).
    public func matches(_ pattern: [Unicode.Scalar], at offset: Int) -> Bool {
        guard offset >= startIndex, offset + pattern.count <= endIndex else { return false }
        var text = self[offset..<(offset + pattern.count)].makeIterator()
        for scalar in pattern where text.next() != scalar { return false }
        return true
    }
}

extension Unicode.Scalar {
    /// The scalar whose UTF-8 starts at `index` of a Swift string's bytes, moving `index` past
    /// it. Swift strings hold valid UTF-8, so the lead byte says how long the scalar is; ASCII,
    /// most of any statement, is one comparison. Inlinable, so that the reader's loops over
    /// `StatementScalars` in another module decode without a call a character.
    @inlinable @inline(__always)
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
    @inlinable @inline(__always)
    static func skip(_ utf8: UnsafeBufferPointer<UInt8>, at index: inout Int) {
        let lead = utf8[index]
        index += lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The eight bytes from `index` as one little-endian word, nil where fewer than eight are
    /// left: how the stages that read a statement's UTF-8 test eight ASCII bytes at once.
    @inline(__always) func eightBytes(at index: Int) -> UInt64? {
        guard index + 8 <= count else { return nil }
        return UInt64(littleEndian: UnsafeRawPointer(baseAddress! + index).loadUnaligned(as: UInt64.self))
    }
}

extension UInt64 {
    /// The high bit of each of eight bytes.
    static var highBits: UInt64 { 0x8080_8080_8080_8080 }
}
