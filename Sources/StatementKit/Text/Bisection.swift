/// The binary search by which a paragraph, a line, a quote, a call, a sentence or a table entry
/// is found from an offset or a key: everything looked up this way is kept in order.
public enum Bisection {
    /// The first index in `0..<count` where `isAfter` holds (it must hold from there on).
    @inlinable
    public static func firstIndex(in count: Int, where isAfter: (Int) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if isAfter(middle) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
