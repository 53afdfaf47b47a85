/// The cues that make a call to action, each declared once with everything the `CallFinder`
/// needs: its forms, how it takes whom it asks and what, and how hard it presses.
///
/// To add a cue, add one `Cue` here and one row to `CueGrammarTests`' table; the vocabulary
/// learns its forms when the library loads, and the finder reads its complements in order.
enum CueGrammar {
    /// How a cue takes whom it asks (X) and what (V, NP, S), tried in the order listed.
    enum Complement: Sendable, Equatable {
        /// "call on X to V", "appeal to X to V", "plead with X to V": a particle, X, `to` V.
        case particleAddresseeTo([KnownWord])
        /// "urged X to V", "asked X to V".
        case addresseeTo
        /// "call for X to V".
        case forAddresseeTo
        /// "call for talks": what is asked, as a noun phrase after `for`.
        case forObject
        /// "asked donors for $3 billion to fund its work": X, then what is asked after `for`.
        case addresseeForObject
        /// "appealing to the public for information": a particle, X, then what is asked after `for`.
        case particleAddresseeForObject([KnownWord])
        /// "demand the release of", "urge restraint": the object is what is asked.
        case object
        /// "demand that the authorities release": the clause's subject is asked.
        case thatClause
        /// "insist (that) all parties engage": the same, with "that" or without it.
        case clause
        /// "recommended iodising salt": a gerund is what is asked.
        case gerund

        /// Whether whom or what is asked comes only after a particle ("on", "to", "for").
        var needsParticle: Bool {
            switch self {
            case .particleAddresseeTo, .forAddresseeTo, .forObject, .particleAddresseeForObject: return true
            case .addresseeTo, .addresseeForObject, .object, .thatClause, .clause, .gerund: return false
            }
        }
    }

    enum PartOfSpeech: Sendable, Equatable {
        case verb
        /// A noun after a determiner or possessive: "renew our call on", "a demand that".
        case noun
    }

    struct Cue: Sendable {
        var lemma: String
        /// Forms beyond the regular inflections: irregular and doubled ones.
        var extraForms: [String] = []
        var partOfSpeech: PartOfSpeech = .verb
        var complements: [Complement]
        var strength: CallToAction.Strength
        /// "We call on ourselves and others to": a first-person-plural subject is among those asked.
        var selfInclusive = false
        /// Whose saying it makes it a call.
        var asker: Asker = .anyone
        /// "reminds employers of the following ways to mitigate heat": after "of" comes what they
        /// are reminded of, and an infinitive after it is that thing's, asking nothing.
        var takesOf = false
    }

    enum Asker: Sendable, Equatable {
        case anyone
        /// A requirement ("required to") asks only when a speaker asks it: a rule, a visa or a
        /// law's requirement is told apart by its subject.
        case speaker
    }

    static let verbs: [Cue] = [
        Cue(lemma: "call", complements: [.particleAddresseeTo([.on, .upon]), .forAddresseeTo, .forObject], strength: .request),
        Cue(lemma: "appeal", complements: [.particleAddresseeTo([.to, .on, .upon]), .particleAddresseeForObject([.to]), .forAddresseeTo, .forObject],
            strength: .request),
        Cue(lemma: "plead", extraForms: ["pled"], complements: [.particleAddresseeTo([.with]), .particleAddresseeForObject([.with]), .forAddresseeTo,
                                                                .forObject, .addresseeTo], strength: .request),
        Cue(lemma: "press", complements: [.particleAddresseeTo([.on]), .forAddresseeTo, .forObject, .addresseeForObject, .addresseeTo], strength: .request),
        Cue(lemma: "push", complements: [.forAddresseeTo, .forObject, .addresseeForObject, .addresseeTo], strength: .request),
        Cue(lemma: "pressure", complements: [.addresseeTo], strength: .request),
        Cue(lemma: "ask", complements: [.forAddresseeTo, .thatClause, .addresseeForObject, .addresseeTo, .clause], strength: .request),
        Cue(lemma: "demand", complements: [.thatClause, .addresseeTo, .clause, .object], strength: .demand),
        Cue(lemma: "request", complements: [.thatClause, .addresseeTo, .clause, .object], strength: .request),
        Cue(lemma: "urge", complements: [.thatClause, .addresseeTo, .object, .forAddresseeTo, .forObject], strength: .request),
        Cue(lemma: "encourage", complements: [.addresseeTo], strength: .encouragement),
        Cue(lemma: "advise", complements: [.addresseeTo], strength: .encouragement),
        Cue(lemma: "invite", complements: [.addresseeTo], strength: .advice),
        Cue(lemma: "remind", complements: [.addresseeTo], strength: .encouragement, takesOf: true),
        Cue(lemma: "recommend", complements: [.thatClause, .clause, .gerund, .addresseeTo], strength: .encouragement),
        Cue(lemma: "implore", complements: [.addresseeTo], strength: .request),
        Cue(lemma: "exhort", complements: [.addresseeTo], strength: .request),
        Cue(lemma: "tell", extraForms: ["told"], complements: [.addresseeTo], strength: .request),
        Cue(lemma: "beg", extraForms: ["begged", "begging"], complements: [.addresseeTo], strength: .request),
        Cue(lemma: "challenge", complements: [.addresseeTo], strength: .request),
        Cue(lemma: "warn", complements: [.addresseeTo], strength: .request),
        Cue(lemma: "caution", complements: [.addresseeTo], strength: .request),
        Cue(lemma: "petition", complements: [.addresseeForObject, .addresseeTo], strength: .request),
        Cue(lemma: "lobby", complements: [.addresseeForObject, .addresseeTo], strength: .request),
        Cue(lemma: "entreat", complements: [.addresseeTo], strength: .request),
        Cue(lemma: "instruct", complements: [.addresseeTo], strength: .demand),
        Cue(lemma: "order", complements: [.addresseeTo], strength: .demand),
        Cue(lemma: "direct", complements: [.addresseeTo], strength: .demand),
        Cue(lemma: "enjoin", complements: [.addresseeTo], strength: .demand),
        Cue(lemma: "require", complements: [.addresseeTo, .thatClause], strength: .demand, asker: .speaker),
        Cue(lemma: "oblige", complements: [.addresseeTo], strength: .demand, asker: .speaker),
        Cue(lemma: "advocate", complements: [.addresseeTo], strength: .encouragement),
        Cue(lemma: "look", complements: [.particleAddresseeTo([.to])], strength: .request),
        Cue(lemma: "insist", complements: [.clause], strength: .demand),
    ]

    /// Nouns that carry a call when a speaker makes, renews or issues them: "renew our call on
    /// the parties to", "reaffirmed its appeal to donors to", "issued an order to the units to".
    static let nouns: [Cue] = [
        // ("renewed her call to the world to act": the noun takes "to" as "appeal" does.)
        Cue(lemma: "call", extraForms: ["calls"], partOfSpeech: .noun,
            complements: [.particleAddresseeTo([.on, .upon, .to]), .forAddresseeTo, .forObject], strength: .request),
        Cue(lemma: "appeal", extraForms: ["appeals"], partOfSpeech: .noun,
            complements: [.particleAddresseeTo([.to, .on, .upon]), .forAddresseeTo, .forObject], strength: .request),
        Cue(lemma: "demand", extraForms: ["demands"], partOfSpeech: .noun,
            complements: [.thatClause, .forAddresseeTo, .forObject], strength: .demand),
        Cue(lemma: "order", extraForms: ["orders"], partOfSpeech: .noun,
            complements: [.particleAddresseeTo([.to, .for]), .thatClause], strength: .demand),
        Cue(lemma: "recommendation", extraForms: ["recommendations"], partOfSpeech: .noun,
            complements: [.thatClause, .particleAddresseeTo([.to, .for])], strength: .encouragement),
        Cue(lemma: "request", extraForms: ["requests"], partOfSpeech: .noun,
            complements: [.particleAddresseeTo([.to, .for]), .forObject, .thatClause], strength: .request),
    ]

    /// Nouns whose own infinitive follows them ("his plans to roll back", "its efforts to
    /// stabilise"): a `to` after one of them opens no action of a call's.
    static let nounsBeforeTheirInfinitive: Set<String> = [
        "plan", "plans", "effort", "efforts", "attempt", "attempts", "decision", "decisions", "ability", "bid",
        "intention", "intentions", "refusal", "failure", "willingness", "readiness", "determination",
        // What is asked for, with what it is for: "asked for the opportunity to make a plea",
        // "appealed for funds to help the victims".
        "opportunity", "opportunities", "chance", "permission", "time", "funds", "funding", "money", "resources", "means",
    ]

    /// Verbs of asking that frame a quoted imperative as the call they name ("“Stay at home,” the
    /// mayor urged"); "told" and "warned" frame what was said, and the imperative is the cue.
    static let framesOfAsking: Set<String> = ["urge", "plead", "appeal", "beg", "implore", "exhort", "entreat", "demand", "ask", "order"]

    /// Nouns of a purpose: "The purpose of our trip is to call for …" is the speaker's call.
    static let purposeNouns: Set<String> = ["purpose", "aim", "goal", "objective", "intention", "mission"]

    /// Verbs whose object does what the infinitive after it says: in "prompting the White
    /// House to urge parents", the White House urges. Every inflection is meant.
    static let objectControlVerbs: Set<String> = Set(
        ["prompt", "lead", "cause", "force", "spur", "compel", "oblige", "persuade", "convince", "inspire", "move", "push", "get"]
            .flatMap { Lexicon.inflections(of: $0) }
    )

    /// Verbs that, before "our call on" or "its appeal to", make the noun the subject's own
    /// call: "renew", "reiterate", "issue".
    static let renewingVerbs: Set<String> = [
        "reiterate", "renew", "repeat", "echo", "issue", "make", "join", "add", "restate", "voice", "reaffirm", "launch",
    ]

    /// Verbs that report a call being turned down: "rejected a call for talks" is no call.
    static let refusingVerbs: Set<String> = [
        "reject", "refuse", "ignore", "dismiss", "resist", "deny", "rebuff", "spurn", "decline",
        "concede", "oppose", "criticize", "criticise", "mock",
    ]

    /// Verbs of a caller's own stance, in the bare form that agrees with "we" and "I": after
    /// "We call on X to do A and", "condemn the attacks" is what we do, not what X is asked.
    static let callersOwnStances: Set<String> = [
        "condemn", "denounce", "deplore", "welcome", "commend", "applaud", "praise", "salute",
        "thank", "reaffirm", "regret", "mourn", "reiterate",
    ]

    /// Modals with a third party as subject: "the regime must cease", "the council has to".
    /// Each is followed by `to` where the modal needs it ("needs to", "ought to", "has to").
    struct Modal: Sendable {
        var form: String
        var takesTo: Bool
        var strength: CallToAction.Strength
    }

    /// Only "must" demands; what "should", "needs to" or "has to" asks is arguable, advice.
    static let modals: [Modal] = [
        Modal(form: "must", takesTo: false, strength: .demand),
        Modal(form: "should", takesTo: false, strength: .advice),
        Modal(form: "ought", takesTo: true, strength: .advice),
        Modal(form: "need", takesTo: true, strength: .advice),
        Modal(form: "needs", takesTo: true, strength: .advice),
        Modal(form: "has", takesTo: true, strength: .advice),
        Modal(form: "have", takesTo: true, strength: .advice),
    ]

    /// What a call asks for, as a noun, with a purpose after it ("call for action to …",
    /// "appeal for information to …"), where a noun for people would be whom it asks.
    static let thingsAskedFor: Set<String> = [
        "action", "actions", "information", "help", "assistance", "support", "unity", "calm", "restraint",
        "funding", "funds", "money", "donations", "aid", "resources", "measures", "steps", "efforts",
        "cooperation", "solidarity", "vigilance", "patience", "dialogue", "talks", "investigation",
        // "call for its release to end the standoff": an act done to someone is asked, not whom.
        "release", "return", "withdrawal", "resignation", "removal", "ceasefire",
    ]

    /// Modals of ability or leave: "can ask for", "may request" say what one is free to ask.
    static let leaveModals: Set<String> = ["can", "could", "may", "might"]

    /// What "let us" or "let's" opens without exhorting anyone: a wait ("let us see", "let's
    /// wait and see"), a hope, or a turn of speech ("let us be clear:").
    static let letUsWithoutACall: [String] = ["see", "wait", "hope", "be clear", "be frank", "be honest"]

    /// Adjectives of "it is vital that X do Y", "it is crucial for X to do Y", and the
    /// participles of "it is (highly) recommended that X do Y".
    static let necessity: Set<String> = [
        "vital", "crucial", "essential", "imperative", "important", "critical", "urgent",
        "necessary", "paramount", "utmost", "high",
        "recommended", "advised", "requested", "required",
    ]

    // MARK: Derived once

    /// Every form of every verb and noun cue, with the cue it belongs to (nouns after verbs,
    /// so that "calls" is first the verb; the finder tries the noun reading when the form
    /// follows a determiner).
    static let cueOfForm: [String: Int] = {
        var forms: [String: Int] = [:]
        for (number, cue) in all.enumerated() {
            let inflected = cue.partOfSpeech == .verb ? Lexicon.inflections(of: cue.lemma) : [cue.lemma]
            for form in inflected + cue.extraForms where forms[form] == nil { forms[form] = number }
        }
        return forms
    }()

    /// Verb cues, then noun cues: a cue's number is its place here.
    static let all: [Cue] = verbs + nouns

    static func nounCue(for lemma: String) -> Int? {
        nouns.firstIndex { $0.lemma == lemma }.map { verbs.count + $0 }
    }


    /// Every form of the renewing and refusing verbs, for the vocabulary's flags.
    static let renewingForms: [String] = renewingVerbs.flatMap { Lexicon.inflections(of: $0) }
    static let refusingForms: [String] = refusingVerbs.flatMap { Lexicon.inflections(of: $0) }
}
