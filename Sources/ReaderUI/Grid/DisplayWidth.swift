import StatementKit

/// How many terminal columns a scalar takes, as ncursesw (through glibc's `wcwidth`) counts them.
public enum DisplayWidth {
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value < 0x20 ? -1 : 1 }
        if contains(WidthTable.zero, value) { return 0 }
        if contains(WidthTable.wide, value) { return 2 }
        if contains(WidthTable.unprintable, value) { return -1 }
        return 1
    }

    /// Columns a string takes once laid out in cells.
    public static func of(_ text: String) -> Int {
        Cell.cells(of: text).reduce(0) { $0 + $1.width }
    }

    private static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        let index = Bisection.firstIndex(in: ranges.count) { ranges[$0].upperBound >= value }
        return index < ranges.count && ranges[index].lowerBound <= value
    }
}
