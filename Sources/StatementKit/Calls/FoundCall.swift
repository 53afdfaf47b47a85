/// A call to action as found in the tokens, before its actor is resolved.
struct FoundCall {
    enum Actor {
        /// The subject of the cue's clause, found when the call is recorded; or the agent of a
        /// passive, already found ("urged by colleagues").
        case subject(Range<Int>?)
        /// An agentless passive: "the parents were advised to".
        case nobody
        /// A modal or impersonal call: whoever speaks (the quote's speaker or the statement's voice).
        case speaker
    }

    var cue: Range<Int>
    var addressee: Range<Int>?
    var actions: [Range<Int>]
    var actor: Actor
    var strength: CallToAction.Strength
    /// "Yellen's request that Congress act": the caller is named in passing, in a phrase of
    /// someone else's sentence, and does not take the turn to speak.
    var callerInPassing = false
    /// "“Stay at home,” the mayor urged": the frame's verb of asking, after the quotation,
    /// names the call the quoted imperative makes.
    var frameCue: Range<Int>? = nil
}
