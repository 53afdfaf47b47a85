import StatementKit

/// The calls to action as the Calls pane lists them, each group made when it is read: the
/// document's calls and where each group starts, four bytes a group, instead of a copy of every
/// call's words.
public struct CallGroups: RandomAccessCollection, Sendable {
    let calls: [CallToAction]
    /// Index in `calls` of each group's first call.
    let starts: [Int32]

    public init(_ calls: [CallToAction]) {
        self.calls = calls
        var starts: [Int32] = []
        // A group's calls stand together; a call of no group (-1) stands alone.
        for (index, call) in calls.enumerated() {
            if index > 0, call.group >= 0, call.group == calls[index - 1].group { continue }
            starts.append(Int32(index))
        }
        self.starts = starts
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts.count }

    private func members(_ index: Int) -> Range<Int> {
        Int(starts[index])..<(index + 1 < starts.count ? Int(starts[index + 1]) : calls.count)
    }

    public subscript(index: Int) -> CallGroup {
        let members = calls[self.members(index)]
        let first = members.first!
        return CallGroup(
            paragraph: first.paragraph,
            span: TextSpan(start: members.map(\.span.start).min()!, end: members.map(\.span.end).max()!),
            actor: first.actor, cue: first.cue, addressee: first.addressee, actions: members.map(\.action),
            strength: first.strength)
    }

    /// The paragraph of group `index`, without making the group.
    public func paragraph(of index: Int) -> Int { calls[Int(starts[index])].paragraph }

    /// The strength of group `index`, without making the group.
    public func strength(of index: Int) -> CallToAction.Strength { calls[Int(starts[index])].strength }

    /// The group whose span holds `offset`, found by a binary search on where groups start.
    public func index(containing offset: Int) -> Int? {
        let low = Bisection.firstIndex(in: starts.count) { calls[Int(starts[$0])].span.start > offset }
        // Groups before the one starting at or before `offset` may still reach over it.
        for index in stride(from: low - 1, through: Swift.max(0, low - 4), by: -1) {
            let span = self[index].span
            if span.start <= offset && offset < span.end { return index }
        }
        return nil
    }
}
