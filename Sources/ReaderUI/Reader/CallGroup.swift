import StatementKit

/// A call to action as the reader lists it: one cue, one actor, one addressee, and every
/// action asked with it ("urged leaders to come together, resolve ..., and form ..."), as the
/// analysis split them (`CallToAction.group`).
public struct CallGroup: Equatable, Sendable {
    public var paragraph: Int
    public var span: TextSpan
    public var actor: String?
    public var cue: String
    public var addressee: Substring?
    public var actions: [Substring]
    public var strength: CallToAction.Strength

    /// How the Calls pane marks a strength: `!` demands, `·` asks, `~` encourages, `?` advises
    /// (`›` is taken by the selection).
    public static func marker(_ strength: CallToAction.Strength) -> String {
        switch strength {
        case .demand: return "!"
        case .request: return "·"
        case .encouragement: return "~"
        case .advice: return "?"
        }
    }

    /// `NATO → the Taliban: reduce violence; create the conditions …`
    public var summary: String {
        "\(actor ?? "—") → \(addressee ?? "(implicit)"): \(actions.joined(separator: "; "))"
    }
}
