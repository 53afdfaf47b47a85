import StatementKit

/// A call to action as the reader lists it: one cue, one actor, one addressee, and every
/// action asked with it ("urged leaders to come together, resolve ..., and form ...").
public struct CallGroup: Equatable, Sendable {
    public var paragraph: Int
    public var span: TextSpan
    public var actor: String?
    public var cue: String
    public var addressee: Substring?
    public var actions: [Substring]

    public static func groups(of calls: [CallToAction]) -> [CallGroup] {
        var groups: [CallGroup] = []
        for call in calls {
            if var last = groups.last, last.paragraph == call.paragraph, last.cue == call.cue,
               last.addressee == call.addressee, last.actor == call.actor
            {
                last.actions.append(call.action)
                last.span = TextSpan(start: min(last.span.start, call.span.start), end: max(last.span.end, call.span.end))
                groups[groups.count - 1] = last
            } else {
                groups.append(CallGroup(paragraph: call.paragraph, span: call.span, actor: call.actor, cue: call.cue,
                                        addressee: call.addressee, actions: [call.action]))
            }
        }
        return groups
    }

    /// `NATO → the Taliban: reduce violence; create the conditions …`
    public var summary: String {
        "\(actor ?? "—") → \(addressee ?? "(implicit)"): \(actions.joined(separator: "; "))"
    }
}
