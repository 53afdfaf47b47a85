/// The words the rules name one by one ("according to", "in a statement", "called on"),
/// recognised once per distinct word by the vocabulary and carried by each token as one byte.
///
/// Shaped for speed: the rules compare a token's word many times per word of the statement,
/// so they compare a byte rather than lowercase strings or set look-ups. A token's `known` is nil for every other word, and for anything that is not a word.
enum KnownWord: String, Sendable {
    // Articles, determiners and pronouns.
    case a, an, the, this, that, these, those, both, one, its, their, his, her, our, my
    case he, she, it, they, we, i, you, us, there
    case everyone, everybody, anyone
    // Prepositions and particles.
    case about, according, after, against, at, by, concerning, during, `for`, from, `in`, into, of, on
    case around, over, regarding, through, to, under, upon, using, via, with, like, before, since
    // Conjunctions and clause words.
    case and, but, or, `if`, unless, whether, when, `where`, why, how, what, which, who, whom, whose
    case so, than, then, though, although, `while`, because, `as`, until
    // Auxiliaries and modals.
    case `is`, are, am, was, were, be, been, being, have, not, no, `do`, dont = "don't", please
    case must, need, needs, ought, never
    case `let`, lets = "let's", itS = "it's"
    // Adverbs the rules skip over.
    case also, again, later, once, further, now, today, urgently, strongly, repeatedly, publicly
    case firmly, formally, jointly, particular
    // Verbs and nouns of reporting, naming and asking.
    case said, say, says, told, words, word, term, phrase, slogan, hashtag, called, labelled, labeled
    case named, titled, entitled, nicknamed, soCalled = "so-called"
    case call, calls, appeal, plead, press, push, demand, urge, ask, request
    case statement, communique, communiqué = "communiqué", declaration, remarks, message, attributable, delivered
    case update, updates, updated, updating
    case quotes, comments
    case time, high
    // "has made it clear that": a stance stated, reported like "said that".
    case clear, made, make, makes, making
    // "The ministry's view is that": a stance held, reported like "said that".
    case view, position, belief, assessment, conclusion
    // Quantifiers and the words of an action done together, for coordinated addressees.
    case all, every, each, other, another, together, mutually, differences, instead, order
}

extension KnownWord {
    /// "X and the Y", "X, the Z": the ones that start a fresh noun phrase.
    var isArticle: Bool { self == .the || self == .a || self == .an }
}
