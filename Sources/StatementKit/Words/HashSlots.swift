/// The numbers of things kept in the caller's own arrays (a vocabulary's words, a memo's
/// phrases), found by a 64-bit hash the caller has made: open addressing over one array of
/// 32-bit slots, never more than half full.
///
/// Shaped for speed: a dictionary would hash the hash again (SipHash) at every look-up, and
/// would hold copies of the things it finds.
struct HashSlots {
    /// A number plus one; zero is an empty slot.
    private var slots: [Int32]
    private(set) var count = 0

    init(capacity: Int) { slots = [Int32](repeating: 0, count: capacity) }

    /// The first number put under `hash` that `matches` accepts (it is also shown numbers
    /// put under other hashes that share the slot, and tells them apart).
    @inline(__always) func first(hash: UInt64, where matches: (Int) -> Bool) -> Int? {
        let mask = slots.count - 1
        var slot = Self.home(of: hash, mask: mask)
        while slots[slot] != 0 {
            let number = Int(slots[slot]) - 1
            if matches(number) { return number }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Puts `number` under `hash`. When the table grows, `hashOf` gives the hash of each number
    /// already in it, to place it again.
    mutating func insert(_ number: Int, hash: UInt64, hashOf: (Int) -> UInt64) {
        if (count + 1) * 2 > slots.count {
            let old = slots
            slots = [Int32](repeating: 0, count: old.count * 2)
            for slot in old where slot != 0 { place(Int(slot) - 1, hash: hashOf(Int(slot) - 1)) }
        }
        place(number, hash: hash)
        count += 1
    }

    private mutating func place(_ number: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Self.home(of: hash, mask: mask)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(number + 1)
    }

    private static func home(of hash: UInt64, mask: Int) -> Int { Int(truncatingIfNeeded: hash ^ (hash >> 32)) & mask }
}
