/// Where each part of the screen goes at a given size: a release's header line, the statement,
/// the panes (beside it from 100 columns, as tabs below it under that), and the status line.
public struct Frame: Equatable, Sendable {
    public static let minimumWidth = 40
    public static let minimumHeight = 10
    public static let sideBySideWidth = 100

    public var statement: Rect
    public var panes: [PaneKind: Rect] = [:]
    /// The tab bar when the panes are below the text.
    public var tabs: Rect?
    public var status: Rect
    /// The line above the text that gives a release's title, date, place and issuer.
    public var header: Rect?
    public var tooSmall: Bool
    /// Paragraph numbers take four columns and the focus mark one; a statement of 10,000
    /// paragraphs or more gets the columns its longest number needs.
    public var gutterWidth: Int

    /// The columns the statement's words use (after the gutter, before a one-column margin).
    public var textWidth: Int { max(1, statement.width - gutterWidth - 1) }

    public init(width: Int, height: Int, visiblePanes: [PaneKind], activeTab: PaneKind, paneShare: Int, paragraphs: Int = 0,
                header hasHeader: Bool = false) {
        gutterWidth = max(5, String(paragraphs).count + 1)
        tooSmall = width < Frame.minimumWidth || height < Frame.minimumHeight
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        var content = Rect(x: 0, y: 0, width: width, height: height - 1)
        if hasHeader, !tooSmall {
            // A line across the screen, over the text and the panes.
            header = Rect(x: 0, y: 0, width: width, height: 1)
            content = Rect(x: 0, y: 1, width: width, height: height - 2)
        }
        statement = content
        guard !tooSmall, !visiblePanes.isEmpty else { return }
        if width >= Frame.sideBySideWidth {
            let side = width * paneShare / 100
            statement = Rect(x: 0, y: content.y, width: width - side - 1, height: content.height)
            let x = width - side
            let each = content.height / visiblePanes.count
            for (index, pane) in visiblePanes.enumerated() {
                let y = content.y + index * each
                let rows = index == visiblePanes.count - 1 ? content.y + content.height - y : each
                panes[pane] = Rect(x: x, y: y, width: side, height: rows)
            }
        } else {
            let rows = max(5, content.height * 2 / 5)
            statement = Rect(x: 0, y: content.y, width: width, height: content.height - rows)
            tabs = Rect(x: 0, y: content.y + content.height - rows, width: width, height: 1)
            let tab = visiblePanes.contains(activeTab) ? activeTab : visiblePanes[0]
            panes[tab] = Rect(x: 0, y: content.y + content.height - rows + 1, width: width, height: rows - 1)
        }
    }
}
