/// A score for each of the seventeen tags: sixteen in one SIMD vector and the last beside it,
/// so that adding two is a few vector additions.
package struct TagScores: Sendable, Equatable {
    package var first = SIMD16<Float>()
    package var last: Float = 0

    package init() {}

    /// The seventeen scores at `values`.
    package init(_ values: UnsafePointer<Float>) {
        first = SIMD16(UnsafeBufferPointer(start: values, count: 16))
        last = values[16]
    }

    @inline(__always) package static func += (lhs: inout TagScores, rhs: TagScores) {
        lhs.first += rhs.first
        lhs.last += rhs.last
    }

    package subscript(tag: Int) -> Float {
        get { tag < 16 ? first[tag] : last }
        set { if tag < 16 { first[tag] = newValue } else { last = newValue } }
    }

    /// The best tag (the first of equals): the highest score found by halving the vector
    /// (`SIMD.max()` and `wrappedSum()` walk the lanes one by one) and its lane by comparing
    /// all sixteen at once.
    @inline(__always) package var best: Int {
        let eight = pointwiseMax(first.lowHalf, first.highHalf)
        let four = pointwiseMax(eight.lowHalf, eight.highHalf)
        let two = pointwiseMax(four.lowHalf, four.highHalf)
        let top = max(two[0], two[1])
        if last > top { return 16 }
        let lanes = SIMD16<Int32>(1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768)
            .replacing(with: 0, where: first .!= SIMD16(repeating: top))
        let lanesEight = lanes.lowHalf | lanes.highHalf
        let lanesFour = lanesEight.lowHalf | lanesEight.highHalf
        let lanesTwo = lanesFour.lowHalf | lanesFour.highHalf
        return (lanesTwo[0] | lanesTwo[1]).trailingZeroBitCount
    }
}
