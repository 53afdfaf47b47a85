import StatementKit

/// Folds: a release's contacts, boilerplate, end marks and trails, each one dim line until
/// opened. Jumps to a paragraph (`}`, `:N`) land on its fold line; jumps to a place inside it
/// (a search match, a note, the cursor) open it.
extension AppState {
    /// Whether paragraph `index` is shown as a fold line.
    public func isFolded(_ index: Int) -> Bool { folds.isFolded(index, in: document.structure) }

    /// `o`: opens every fold when one is closed, else closes them all.
    mutating func toggleAllFolds() {
        guard !Folds.foldable(in: document.structure).isEmpty else {
            message = stillAnalysing ?? "No folds in this statement"
            return
        }
        var changed = folds
        changed.toggleAll(in: document.structure)
        setFolds(changed)
        message = folds.opensAll ? "Folds open" : "Folds closed"
    }

    /// Enter on a contact, boilerplate, end mark or trail: opens it, or folds it again.
    mutating func toggleFold(_ paragraph: Int) {
        guard document.structure.kind(ofParagraph: paragraph).isFolded else { return }
        var changed = folds
        changed.toggle(paragraph)
        setFolds(changed)
    }

    /// Opens paragraph `paragraph` if it is folded.
    mutating func openFold(_ paragraph: Int) {
        if isFolded(paragraph) { toggleFold(paragraph) }
    }

    /// Lays out again only the paragraphs whose folding changed, keeping the text at the top of
    /// the screen and the focused paragraph on it.
    mutating func setFolds(_ changed: Folds) {
        guard changed != folds else { return }
        let anchor = viewOffset
        folds = changed
        layout = layout.refolded(folds, document: document, scalars: scalars, highlights: highlights)
        top = min(layout.line(containing: anchor), max(0, layout.lines.count - textRows))
        ensureFocusVisible()
    }
}
