import StatementKit

/// Which of a statement's foldable paragraphs (contacts, boilerplate, end marks, trails) are
/// folded into one line: all of them until opened, one at a time or all at once.
///
/// Kept as the paragraphs that differ from the rest, so a statement with no folds, however
/// long, carries nothing.
public struct Folds: Hashable, Sendable {
    /// Whether foldable paragraphs are open unless listed in `exceptions`.
    public private(set) var opensAll = false
    /// Paragraphs that are open while the rest are folded, or folded while the rest are open.
    public private(set) var exceptions: Set<Int> = []

    public init() {}

    /// Whether paragraph `index`, of `kind`, is shown as one fold line.
    public func isFolded(_ index: Int, kind: StatementPart.Kind) -> Bool {
        kind.isFolded && opensAll == exceptions.contains(index)
    }

    public func isFolded(_ index: Int, in structure: StatementStructure) -> Bool {
        !structure.parts.isEmpty && isFolded(index, kind: structure.kind(ofParagraph: index))
    }

    /// The paragraphs of `structure` that can be folded, in order.
    public static func foldable(in structure: StatementStructure) -> [Int] {
        structure.parts.compactMap { $0.kind.isFolded ? $0.paragraph : nil }
    }

    /// Opens paragraph `index` if it is folded, folds it if it is open.
    public mutating func toggle(_ index: Int) {
        if exceptions.contains(index) { exceptions.remove(index) } else { exceptions.insert(index) }
    }

    /// Opens every fold when one is closed, else closes them all.
    public mutating func toggleAll(in structure: StatementStructure) {
        let anyFolded = Self.foldable(in: structure).contains { isFolded($0, in: structure) }
        opensAll = anyFolded
        exceptions = []
    }
}
