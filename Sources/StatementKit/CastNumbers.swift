/// Cast numbers beside the quotes or calls, four bytes each (an optional `Int` takes sixteen):
/// on a long statement these lists stand beside the largest arrays of the analysis.
struct CastNumbers {
    private var numbers: [Int32] = []

    mutating func append(_ number: Int?) { numbers.append(number.map { Int32($0) } ?? -1) }
    mutating func reserveCapacity(_ count: Int) { numbers.reserveCapacity(count) }
    subscript(index: Int) -> Int? {
        get { numbers[index] < 0 ? nil : Int(numbers[index]) }
        set { numbers[index] = newValue.map { Int32($0) } ?? -1 }
    }
}
