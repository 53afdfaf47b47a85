import StatementKit

/// The widths of one paragraph's cells, measured without making them: reused from paragraph to
/// paragraph so the measuring pass allocates nothing per paragraph.
///
/// One array of eight-byte cells rather than an array per fact: the pass appends a cell per
/// character of the statement, so one append a cell.
struct Measure {
    struct MeasuredCell: Equatable {
        var width: UInt8
        var isSpace: Bool
        /// The cell's scalar offset in the document; -1 for a `[Speaker]` tag.
        var offset: Int32
    }

    var cells: [MeasuredCell] = []

    mutating func removeAll() { cells.removeAll(keepingCapacity: true) }

    mutating func append(width: Int, space: Bool, offset: Int) {
        cells.append(MeasuredCell(width: UInt8(truncatingIfNeeded: width), isSpace: space, offset: Int32(truncatingIfNeeded: offset)))
    }
}
