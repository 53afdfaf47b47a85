/// The elements the content finder and writer tell apart; every other tag is `other`. A small
/// integer per node, so that the hot loops compare bytes rather than strings.
enum Tag: UInt8 {
    case text, document, other
    case html, head, body, title, meta, link, time
    case p, div, section, article, main, blockquote, q, ul, ol, li, dl, dt, dd
    case h1, h2, h3, h4, h5, h6
    case table, thead, tbody, tfoot, tr, td, th, caption
    case pre, code, br, hr, a, span, address, center, fieldset, details, summary
    case header, footer, nav, aside, form, button, select, input, textarea, label, menu, dialog
    case figure, figcaption, picture, img, video, audio, map

    static let byName: [String: Tag] = {
        var names: [String: Tag] = [:]
        for value in UInt8(Tag.html.rawValue)...UInt8(Tag.map.rawValue) {
            let tag = Tag(rawValue: value)!
            names[String(describing: tag)] = tag
        }
        return names
    }()

    init(name: String) { self = Tag.byName[name] ?? .other }

    /// Starts a new paragraph in the text, or holds blocks that do.
    var isBlock: Bool {
        switch self {
        case .p, .div, .section, .article, .main, .blockquote, .ul, .ol, .li, .dl, .dt, .dd, .h1, .h2, .h3, .h4, .h5, .h6,
             .table, .thead, .tbody, .tfoot, .tr, .td, .th, .pre, .address, .header, .footer, .hr, .center, .fieldset,
             .details, .summary, .caption, .figure, .aside, .nav, .form, .body, .html:
            return true
        default:
            return false
        }
    }

    /// Paragraph-like: its own text scores the blocks around it.
    var isScored: Bool {
        switch self {
        case .p, .pre, .td, .blockquote, .li, .dd: return true
        default: return false
        }
    }

    /// Chrome wherever it stands.
    var isChrome: Bool {
        switch self {
        case .nav, .aside, .form, .button, .select, .input, .textarea, .label, .menu, .dialog, .figure, .figcaption,
             .picture, .img, .video, .audio, .map:
            return true
        default:
            return false
        }
    }

    var headingLevel: Int? {
        switch self {
        case .h1: return 1
        case .h2: return 2
        case .h3: return 3
        case .h4: return 4
        case .h5: return 5
        case .h6: return 6
        default: return nil
        }
    }
}
