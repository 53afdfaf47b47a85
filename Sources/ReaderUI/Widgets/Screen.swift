import StatementKit

/// Draws the whole reader into a grid. Pure: the same state always gives the same grid.
public enum Screen {
    public static func render(_ state: AppState) -> Grid {
        var grid = Grid(width: state.width, height: state.height)
        if state.frame.tooSmall {
            TooSmallNotice.draw(state, into: &grid)
            return grid
        }
        HeaderLine.draw(state, into: &grid)
        StatementView.draw(state, into: &grid)
        PaneViews.draw(state, into: &grid)
        StatusLine.draw(state, into: &grid)
        if case .help(let scroll, let over) = state.mode {
            HelpOverlay.draw(state, mode: state.keyMode(for: over), scroll: scroll, into: &grid)
        }
        return grid
    }
}
