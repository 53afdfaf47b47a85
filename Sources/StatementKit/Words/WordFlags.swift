/// The word lists the analysis is built on, kept in one place so a reader of the code can see
/// (and extend) what the rules know.
struct WordFlags: OptionSet, Sendable {
    let rawValue: UInt64
    static let determiner = WordFlags(rawValue: 1 << 0)
    /// "will", "may", "would": what follows is yet to be, or only might be.
    static let modalAuxiliary = WordFlags(rawValue: 1 << 35)
    static let nameConnector = WordFlags(rawValue: 1 << 1)
    static let verbForm = WordFlags(rawValue: 1 << 2)
    static let title = WordFlags(rawValue: 1 << 3)
    static let organisation = WordFlags(rawValue: 1 << 4)
    static let nationality = WordFlags(rawValue: 1 << 5)
    /// An adverb, auxiliary or quantifier that can stand between a subject and its verb.
    static let beforeVerb = WordFlags(rawValue: 1 << 6)
    static let capitalisedFunction = WordFlags(rawValue: 1 << 7)
    static let roleNoun = WordFlags(rawValue: 1 << 8)
    static let baseVerb = WordFlags(rawValue: 1 << 9)
    static let pronoun = WordFlags(rawValue: 1 << 10)
    static let auxiliary = WordFlags(rawValue: 1 << 11)
    static let adverbialStarter = WordFlags(rawValue: 1 << 12)
    static let calendar = WordFlags(rawValue: 1 << 13)
    /// Any form of a reporting verb (`said`, `notes`).
    static let reporting = WordFlags(rawValue: 1 << 14)
    static let callCue = WordFlags(rawValue: 1 << 15)
    /// A reporting verb's base form (`say`, `note`).
    static let reportingLemma = WordFlags(rawValue: 1 << 16)
    static let reportingNounLike = WordFlags(rawValue: 1 << 17)
    static let irregularPast = WordFlags(rawValue: 1 << 18)
    static let clauseWord = WordFlags(rawValue: 1 << 19)
    static let endsSubject = WordFlags(rawValue: 1 << 20)
    static let namingWord = WordFlags(rawValue: 1 << 21)
    static let preposition = WordFlags(rawValue: 1 << 22)
    static let necessity = WordFlags(rawValue: 1 << 23)
    /// A form of a verb that renews a call ("reiterates its calls for").
    static let renewsCall = WordFlags(rawValue: 1 << 24)
    /// A form of a verb that turns a call down ("rejected a call for").
    static let refusesCall = WordFlags(rawValue: 1 << 25)
    static let female = WordFlags(rawValue: 1 << 26)
    static let male = WordFlags(rawValue: 1 << 27)
    static let documentNoun = WordFlags(rawValue: 1 << 28)
    /// The bare form of a verb of the caller's own stance ("condemn", "welcome").
    static let callersStance = WordFlags(rawValue: 1 << 29)
    /// A noun for what someone answered or put out ("Roe's reply: …").
    static let replyNoun = WordFlags(rawValue: 1 << 30)
    /// A verb that puts out a statement ("issued the following statement:").
    static let issuingVerb = WordFlags(rawValue: 1 << 31)
    /// himself, herself, itself, themselves: after a subject, they only stress it.
    static let reflexive = WordFlags(rawValue: 1 << 32)
    /// A form of a verb that reports with an infinitive: "vowed to", "threatened to".
    static let reportsInfinitive = WordFlags(rawValue: 1 << 33)
    /// The present third person of a verb of the speaker's own stance: "condemns", "welcomes".
    static let ownStanceNow = WordFlags(rawValue: 1 << 34)
    /// A form of a verb that characterises its object: "called X “baseless”", "labelled X as".
    static let characterising = WordFlags(rawValue: 1 << 36)
    /// A form of a reporting verb that reports only a clause: "maintains", "responded".
    static let reportsClauseOnly = WordFlags(rawValue: 1 << 37)
    /// A form of "believe": a stance a trailing frame may report.
    static let belief = WordFlags(rawValue: 1 << 38)
    /// "speaking", "addressing": how a speaker was speaking, between the speaker and the verb.
    static let speakingParticiple = WordFlags(rawValue: 1 << 39)

    // Facts of the spelling rather than of a word list, worked out once per distinct word.
    static let endsInIng = WordFlags(rawValue: 1 << 40)
    static let endsInEd = WordFlags(rawValue: 1 << 41)
    static let endsInS = WordFlags(rawValue: 1 << 42)
    static let endsInLy = WordFlags(rawValue: 1 << 43)
    /// Ends in "ly" and has more than four characters: "publicly", not "only" or "fly".
    static let longLyWord = WordFlags(rawValue: 1 << 44)
    /// Ends in 's or ’s.
    static let possessive = WordFlags(rawValue: 1 << 45)
    /// Ends in a straight apostrophe: "the parents' defense".
    static let endsInApostrophe = WordFlags(rawValue: 1 << 46)
    /// An initialism once its last scalar is dropped: `U.S.`, `R.`, `UK` (`U`).
    static let initialismBeforeLast = WordFlags(rawValue: 1 << 47)
    /// Two or more initials with their full stops: `U.S.`, `K.C.` (not `R.`).
    static let dottedInitialism = WordFlags(rawValue: 1 << 48)
    /// Ends as a noun of a thing done or had does ("development", "education"), in seven
    /// letters or more: never a given name.
    static let abstractNoun = WordFlags(rawValue: 1 << 53)
    /// "Jr.", "III": a generation after a family name (`Lexicon.generations`).
    static let generation = WordFlags(rawValue: 1 << 54)

    // Facts of the token a spelling makes, set by the vocabulary once per spelling: the rules
    // ask them of nearly every token.
    /// A word that can be part of a name (see `ReferenceParser.isNamePart`).
    static let namePart = WordFlags(rawValue: 1 << 49)
    /// A full stop, `!`, `?` or `…` standing alone.
    static let sentenceEnd = WordFlags(rawValue: 1 << 50)
    /// A word a reporting frame can turn on: a reporting verb, `according` (to), `words` (in
    /// the words of).
    static let frameCue = WordFlags(rawValue: 1 << 51)
    /// "conference", "interview": an occasion something is said at.
    static let occasion = WordFlags(rawValue: 1 << 52)
    /// "not", "never", "cannot" and any word with "n't": what follows is denied.
    static let negation = WordFlags(rawValue: 1 << 55)
    /// "week", "year", "night": a span of time that says when.
    static let timeNoun = WordFlags(rawValue: 1 << 56)
    /// "late", "last", "this": a word that places such a span.
    static let timeModifier = WordFlags(rawValue: 1 << 57)
    /// A form of a verb that turns down words said: "rejected the claims" (`Lexicon.rejectingForms`).
    static let rejectsWords = WordFlags(rawValue: 1 << 58)
    /// A form of a verb that states a ruling: "the court found that" (`Lexicon.rulingForms`).
    static let statesRuling = WordFlags(rawValue: 1 << 59)
}
