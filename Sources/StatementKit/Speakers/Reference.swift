/// What a noun phrase in the text refers to, before it is matched to the cast.
///
/// Indirect, and a name a class, so that a reference handed out by the memo of phrases and
/// read by the cast is one retained box rather than a copy of its strings (a name has four).
indirect enum Reference {
    /// `she`, `it`, `we`: resolved against who was mentioned last.
    case pronoun(Lexicon.Pronoun)
    /// A proper name, with the role that stood before or beside it.
    case name(ProperName)
    /// A phrase with no proper name of its own: `the statement`, `One poster`,
    /// `A Foreign Office spokesperson`, `Thomas' sister`.
    case description(Description)
}
