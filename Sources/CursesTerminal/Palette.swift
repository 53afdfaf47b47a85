import CNCursesW
import ReaderUI

/// Theme styles turned into curses attributes and colour pairs, one pair per distinct
/// foreground and background, allocated as they are first needed.
struct Palette {
    let theme: Theme
    let colours: Int
    let maximumPairs: Int
    private var pairs: [Role: (attr_t, Int32)] = [:]

    init(theme: Theme, colours: Int, pairs maximumPairs: Int) {
        self.theme = theme
        self.colours = colours
        self.maximumPairs = maximumPairs
        var allocated: [[Int]: Int32] = [:]
        var next: Int32 = 1
        for role in Role.allCases {
            let style = theme[role]
            var attributes = cq_a_normal()
            if style.bold { attributes |= cq_a_bold() }
            if style.dim { attributes |= cq_a_dim() }
            if style.italic { attributes |= cq_a_italic() }
            if style.underline { attributes |= cq_a_underline() }
            if style.reverse { attributes |= cq_a_reverse() }
            var pair: Int32 = 0
            if colours > 0 {
                let key = [style.foreground.terminalIndex(colors: colours), style.background.terminalIndex(colors: colours)]
                if key != [-1, -1] {
                    if let existing = allocated[key] {
                        pair = existing
                    } else if Int(next) < maximumPairs {
                        init_extended_pair(next, Int32(key[0]), Int32(key[1]))
                        allocated[key] = next
                        pair = next
                        next += 1
                    }
                }
            }
            self.pairs[role] = (attributes, pair)
        }
    }

    func attributes(for role: Role) -> (attr_t, Int32) { pairs[role] ?? (cq_a_normal(), 0) }
}
