/// Base64 (RFC 4648) decoding that skips line breaks, for the embedded weights.
package enum Base64 {
    package static func decode(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { utf8 in
            table.withUnsafeBufferPointer { table in
                [UInt8](unsafeUninitializedCapacity: utf8.count / 4 * 3 + 3) { out, count in
                    var buffer: UInt32 = 0, bits: UInt32 = 0, written = 0
                    for byte in utf8 {
                        let value = table[Int(byte)]
                        guard value != 0xFF else { continue }  // line breaks, padding
                        buffer = buffer << 6 | UInt32(value)
                        bits += 6
                        if bits >= 8 {
                            bits -= 8
                            out[written] = UInt8(truncatingIfNeeded: buffer >> bits)
                            written += 1
                        }
                    }
                    count = written
                }
            }
        }
    }

    /// Each byte's six bits, or 0xFF for a byte outside the alphabet.
    private static let table: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (index, byte) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(byte)] = UInt8(index)
        }
        return table
    }()

    package static func encode(_ bytes: [UInt8]) -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let b0 = UInt32(bytes[index])
            let b1 = index + 1 < bytes.count ? UInt32(bytes[index + 1]) : 0
            let b2 = index + 2 < bytes.count ? UInt32(bytes[index + 2]) : 0
            let n = b0 << 16 | b1 << 8 | b2
            out.append(alphabet[Int(n >> 18 & 63)])
            out.append(alphabet[Int(n >> 12 & 63)])
            out.append(index + 1 < bytes.count ? alphabet[Int(n >> 6 & 63)] : UInt8(ascii: "="))
            out.append(index + 2 < bytes.count ? alphabet[Int(n & 63)] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}
