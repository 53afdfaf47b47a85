/// A reporting clause in the narration: a reporting verb and who it says is speaking.
/// `Khalilzad said`, `said President Barack Obama`, `according to the Sydney Morning Herald`.
struct ReportingFrame {
    /// Token index of the verb (or of `according`, `words` in "in the words of").
    var verb: Int
    /// Token indices of the subject noun phrase.
    var subject: Range<Int>
    /// The subject comes after the verb: `“…,” said X`.
    var inverted: Bool
}
