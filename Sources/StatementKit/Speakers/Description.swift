struct Description: Equatable {
    /// The phrase without a leading `the`/`a`/`an`.
    var text: String
    /// The last word: what the phrase is (`statement`, `poster`, `program`).
    var head: String
    var definite: Bool
    var surface: String
    var kind: Speaker.Kind
    var gender: Gender
}
