/// The words that make a sentence a call to action, as data.
enum CallCue {
    /// Verbs followed by whom they ask and `to` + what: "urged Afghan leaders to come together".
    static let askingVerbs: [String: CallToAction.Strength] = [
        "urge": .request, "encourage": .encouragement, "ask": .request, "press": .request,
        "push": .request, "implore": .request, "exhort": .request, "advise": .encouragement,
        "request": .request, "tell": .request, "beg": .request, "invite": .encouragement,
        "instruct": .demand, "order": .demand, "direct": .demand, "require": .demand,
        "call": .request, "appeal": .request, "plead": .request, "challenge": .request,
        "demand": .demand, "warn": .request, "remind": .encouragement, "enjoin": .demand,
        "petition": .request, "lobby": .request, "entreat": .request,
    ]

    /// Verbs whose object is the thing asked: "demand the immediate release", "call for talks".
    static let demandingVerbs: [String: CallToAction.Strength] = [
        "demand": .demand, "call": .request, "appeal": .request, "press": .request,
        "push": .request, "urge": .request, "advocate": .encouragement, "seek": .request,
        "request": .request,
    ]

    /// Verbs that, before "its calls for", renew a call: "reiterates its calls for".
    static let renewingVerbs: Set<String> = [
        "reiterate", "renew", "repeat", "echo", "issue", "make", "join", "add", "restate", "voice",
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
        "thank", "reaffirm", "regret", "mourn",
    ]

    /// Modal cues with a third-party subject: "the regime must cease all hostilities".
    static let modals: [String: CallToAction.Strength] = [
        "must": .demand, "should": .encouragement, "ought": .encouragement, "need": .request,
        "needs": .request,
    ]

    /// Adjectives of "it is vital that X do Y", "it is crucial for X to do Y".
    static let necessity: Set<String> = [
        "vital", "crucial", "essential", "imperative", "important", "critical", "urgent",
        "necessary", "paramount", "utmost", "high",
    ]

    static let lemmas: [String: String] = {
        var forms: [String: String] = [:]
        for lemma in Set(askingVerbs.keys).union(demandingVerbs.keys).union(renewingVerbs).union(refusingVerbs) {
            for form in Lexicon.inflections(of: lemma) { forms[form] = lemma }
        }
        return forms
    }()
}
