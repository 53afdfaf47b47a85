import StatementKit

/// The line across the top of the screen for a release: its title on the left, its place, date
/// and issuer on the right, in the `headline` role. Only a statement with a release's furniture
/// (a title, a date, a place, or a part other than body) has one: an issuer found in a statement
/// that is all body is marked in the Speakers pane, and the statement looks as it did.
enum HeaderLine {
    static func shows(_ structure: StatementStructure) -> Bool {
        structure.title != nil || structure.date != nil || structure.place != nil || !structure.parts.isEmpty
    }

    /// `WASHINGTON, 2021-06-03 · by the Agency`.
    static func details(of structure: StatementStructure) -> String? {
        let when = [structure.place, structure.date].compactMap { $0 }.joined(separator: ", ")
        let parts = [when.isEmpty ? nil : when, structure.issuer.map { "by \($0)" }].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    static func draw(_ state: AppState, into grid: inout Grid) {
        guard let rect = state.frame.header else { return }
        let structure = state.document.structure
        grid.fill(.headline, x: rect.x, y: rect.y, width: rect.width, height: 1)
        // A column of margin at either end.
        let left = rect.x + 1
        let room = max(0, rect.width - 2)
        let title = structure.title.map(oneLine)
        var details = details(of: structure).map(oneLine)
        // The details are short and say what the text below does not; the title is cut first.
        if let text = details, title != nil, DisplayWidth.of(text) > room * 3 / 5 {
            details = PaneViews.fitted(text, width: room * 3 / 5)
        }
        let detailsWidth = details.map(DisplayWidth.of) ?? 0
        if let title {
            let titleRoom = details == nil ? room : max(0, room - detailsWidth - 3)
            grid.write(PaneViews.fitted(title, width: titleRoom), x: left, y: rect.y, role: .headline, maxX: left + titleRoom)
        }
        if let details {
            let x = title == nil ? left : left + room - detailsWidth
            grid.write(PaneViews.fitted(details, width: room), x: x, y: rect.y, role: .headline, maxX: left + room)
        }
    }

    /// A title that runs over lines in the text stands on one.
    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
