/// The tab bar under the text when the panes sit below it: each visible pane's label with its
/// count, and where it stands. The screen draws these labels and a click is placed by them, so
/// the two cannot disagree.
public struct TabBar: Equatable, Sendable {
    public struct Tab: Equatable, Sendable {
        public var pane: PaneKind
        public var label: String
        /// The columns the label takes.
        public var columns: Range<Int>
    }

    public var tabs: [Tab] = []

    /// Labels ` Quotes 7 `, one column apart, from `x`.
    public init(panes: [PaneKind], x: Int, count: (PaneKind) -> Int) {
        var column = x
        for pane in panes {
            let label = " \(pane.rawValue) \(count(pane)) "
            let width = DisplayWidth.of(label)
            tabs.append(Tab(pane: pane, label: label, columns: column..<(column + width)))
            column += width + 1
        }
    }

    /// The pane whose label is at column `x`.
    public func pane(atColumn x: Int) -> PaneKind? {
        tabs.first { $0.columns.contains(x) }?.pane
    }
}
