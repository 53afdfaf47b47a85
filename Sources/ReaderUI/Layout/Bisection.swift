/// The binary search by which a paragraph, a line, a quote, a call or a sentence is found from
/// an offset or a line number: everything the reader looks up is kept in order.
enum Bisection {
    /// The first index in `0..<count` where `isAfter` holds (it must hold from there on).
    static func firstIndex(in count: Int, where isAfter: (Int) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if isAfter(middle) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
