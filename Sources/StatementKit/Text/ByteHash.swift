/// A 64-bit hash of a run of bytes, eight bytes at a step: what the vocabulary's long words
/// and the cast's names are kept by: one multiplication per eight bytes, where FNV-1a needs one
/// a byte and SipHash far more.
enum ByteHash {
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        guard bytes.count >= 8 else {
            // Fewer than eight: one step, the bytes packed a byte each.
            var word: UInt64 = 0
            for (offset, byte) in bytes.enumerated() { word |= UInt64(byte) &<< UInt64(8 &* offset) }
            return finish(mix(hash, word))
        }
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        // The last step reads the last eight bytes, overlapping the one before, rather than a
        // tail byte by byte.
        var offset = 0
        while offset + 8 < bytes.count {
            hash = mix(hash, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        return finish(mix(hash, raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)))
    }

    static func of(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { of($0) }
    }

    /// A multiplication, then a shift that brings its high bits down, so that a slot taken
    /// from the low bits depends on every byte.
    @inline(__always) private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let product = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        return product ^ (product >> 29)
    }

    @inline(__always) private static func finish(_ hash: UInt64) -> UInt64 { hash ^ (hash >> 32) }
}
