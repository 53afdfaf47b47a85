
enum Lexicon {
    /// Every lexicon a word belongs to, in one table: one look-up per token.
    static let flagTable: [String: WordFlags] = {
        var table: [String: WordFlags] = [:]
        func add(_ words: some Sequence<String>, _ flag: WordFlags) { for word in words { table[word, default: []].insert(flag) } }
        add(determiners, .determiner)
        add(nameConnectors, .nameConnector)
        add(verbForms, .verbForm)
        add(titles, .title)
        // "Senators Lindsey Graham, Bob Menendez and …": a title in the plural is still a title.
        add(titles.filter { $0.count > 3 && !$0.hasSuffix(".") && !$0.hasSuffix("s") }.map { $0 + "s" }, .title)
        add(organisationWords, .organisation)
        add(nationalityWords, .nationality)
        add(wordsBetweenSubjectAndVerb, .beforeVerb)
        add(capitalisedFunctionWords, .capitalisedFunction)
        add(roleNouns, .roleNoun)
        add(baseVerbs, .baseVerb)
        add(personalPronouns.keys, .pronoun)
        add(auxiliaries, .auxiliary)
        add(adverbialStarters, .adverbialStarter)
        add(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
             "april", "july", "september", "october", "november", "december"], .calendar)
        // "said Oct. 19": a month cut short is a date too ("mar" and "jun" read as words).
        let shortMonths = ["jan", "feb", "apr", "aug", "sep", "sept", "oct", "nov", "dec"]
        // ("Jan" without its full stop is as often a given name: "Jan Eliasson".)
        add(shortMonths.filter { $0 != "jan" } + shortMonths.map { $0 + "." }, .calendar)
        add(reportingForms.keys, .reporting)
        add(CueGrammar.cueOfForm.keys, .callCue)
        add(CueGrammar.modals.map(\.form), .callCue)
        add(["it", "it's", "let", "let's", "now"], .callCue)
        add(reportingLemmas, .reportingLemma)
        add(reportingWithInfinitive.flatMap(inflections(of:)), .reportsInfinitive)
        add(reportingNounLike, .reportingNounLike)
        add(irregularPasts, .irregularPast)
        add(clauseWords, .clauseWord)
        add(modalAuxiliaries, .modalAuxiliary)
        add(wordsThatEndASubject, .endsSubject)
        add(namingWords, .namingWord)
        add(prepositions, .preposition)
        add(CueGrammar.necessity, .necessity)
        add(generations, .generation)
        add(CueGrammar.renewingForms, .renewsCall)
        add(CueGrammar.refusingForms, .refusesCall)
        add(femaleWords, .female)
        add(maleWords, .male)
        add(documentNouns, .documentNoun)
        add(occasionNouns, .occasion)
        add(speakingParticiples, .speakingParticiple)
        add(timeNouns, .timeNoun)
        add(timeModifiers, .timeModifier)
        add(CueGrammar.callersOwnStances, .callersStance)
        add(CueGrammar.callersOwnStances.map { inflections(of: $0)[1] }, .ownStanceNow)
        add(ownSpeechActs.map { inflections(of: $0)[1] }, .ownStanceNow)
        add(replyNouns, .replyNoun)
        add(issuingVerbs, .issuingVerb)
        add(characterisingForms, .characterising)
        add(rejectingForms, .rejectsWords)
        // "VOA strongly rejects the accusations": in the present, the statement's own act, as "condemns".
        add(rejectingForms.filter { $0.hasSuffix("s") && !$0.hasSuffix("ss") }, .ownStanceNow)
        add(reportingWithClauseOnlyForms, .reportsClauseOnly)
        add(rulingForms, .statesRuling)
        add(inflections(of: "believe"), .belief)
        add(["himself", "herself", "itself", "themselves", "myself", "ourselves"], .reflexive)
        return table
    }()

    /// Endings of nouns for things done or had: "development", "education", "leadership".
    static let abstractEndings = ["ment", "tion", "sion", "ness", "ity", "ism", "ship", "ology"]

    /// A post's word in any case: "Minister", "GOVERNOR", "gov.".
    static func isPostWord<Word: StringProtocol>(_ word: Word) -> Bool {
        flagTable[word.lowercased()]?.contains(.title) == true
    }

    /// A post's or a role's word in any case: "Minister", "spokesperson".
    static func isPostOrRoleWord<Word: StringProtocol>(_ word: Word) -> Bool {
        flagTable[word.lowercased()].map { !$0.isDisjoint(with: [.title, .roleNoun]) } == true
    }

    /// What the word lists and the spelling say of a word, given its text and lowercase form.
    static func flags(of text: String, lower: String) -> WordFlags {
        var flags = flagTable[lower] ?? []
        // "Representative/Vice-President": two titles in one word are a title.
        if flags.isEmpty, lower.contains("/") {
            for part in lower.split(separator: "/") { flags.formUnion((flagTable[String(part)] ?? []).intersection([.title, .organisation])) }
        }
        // "July’s", "Monday's": a day or month in the possessive is still a date.
        if lower.endsInPossessive, let base = flagTable[String(lower.dropLast(2))], base.contains(.calendar) {
            flags.insert(.calendar)
        }
        if lower.hasSuffix("ing") { flags.insert(.endsInIng) }
        if lower.hasSuffix("ed") { flags.insert(.endsInEd) }
        // "press", "address": a double s ends no plural and no verb's -s form.
        if lower.hasSuffix("s"), !lower.hasSuffix("ss") { flags.insert(.endsInS) }
        if lower.hasSuffix("ly") {
            flags.insert(.endsInLy)
            if lower.count > 4 { flags.insert(.longLyWord) }
        }
        if lower.endsInPossessive { flags.insert(.possessive) }
        if lower.count > 6, abstractEndings.contains(where: { lower.hasSuffix($0) }) { flags.insert(.abstractNoun) }
        if lower.hasSuffix("'") { flags.insert(.endsInApostrophe) }
        if lower.hasSuffix("n't") || lower.hasSuffix("n’t") || ["not", "never", "cannot"].contains(lower) { flags.insert(.negation) }
        if isInitialism(String(text.dropLast())) {
            flags.insert(.initialismBeforeLast)
            if text.unicodeScalars.last == ".", text.count > 2 { flags.insert(.dottedInitialism) }
        }
        return flags
    }

    /// Every word list the rules test, by the name a reader would look for: the test of the
    /// lexicon holds each free of duplicates.
    static let lists: [(name: String, words: [String])] = [
        ("clauseWords", clauseWords), ("wordsThatEndASubject", wordsThatEndASubject), ("namingWords", namingWords),
        ("prepositions", prepositions), ("abbreviations", abbreviations), ("reportingLemmas", reportingLemmas),
        ("reportingWithInfinitive", reportingWithInfinitive), ("reportingWithTopic", reportingWithTopic.map(\.lemma)), ("ownSpeechActs", ownSpeechActs), ("reportingWithOn", reportingWithOn), ("reportingWithBareObject", reportingWithBareObject), ("characterisingForms", characterisingForms), ("rejectingForms", rejectingForms), ("rulingForms", rulingForms), ("reportingWithClauseOnly", reportingWithClauseOnly), ("reportingNounLike", reportingNounLike), ("baseVerbs", baseVerbs), ("irregularPasts", irregularPasts),
        ("extraVerbs", extraVerbs), ("auxiliaries", auxiliaries), ("modalAuxiliaries", modalAuxiliaries), ("titles", titles), ("organisationWords", organisationWords),
        ("nationalityWords", nationalityWords), ("governmentLevels", governmentLevels), ("nameConnectors", nameConnectors),
        ("capitalisedFunctionWords", capitalisedFunctionWords), ("femaleWords", femaleWords), ("maleWords", maleWords),
        ("replyNouns", replyNouns), ("issuingVerbs", issuingVerbs), ("documentNouns", documentNouns), ("occasionNouns", occasionNouns), ("speakingParticiples", speakingParticiples), ("roleNouns", roleNouns), ("generations", generations),
        ("determiners", determiners), ("adverbialStarters", adverbialStarters),
        ("wordsBetweenSubjectAndVerb", wordsBetweenSubjectAndVerb), ("wordsBeforeABareClause", wordsBeforeABareClause), ("amountWords", amountWords),
        ("timeNouns", timeNouns), ("timeModifiers", timeModifiers), ("moneyWords", moneyWords), ("currencySigns", currencySigns),
    ]

    /// What follows a number in a sum of money: "38 million", "500 dollars".
    static let moneyWords: [String] = ["million", "billion", "trillion", "dollars", "euros", "pounds"]
    static let moneyWordSet = Set(moneyWords)
    static let currencySigns: [String] = ["$", "£", "€", "¥"]
    static let currencySignSet = Set(currencySigns)

    /// Spans of time that say when something was said: "late last year", "earlier this week".
    static let timeNouns: [String] = [
        "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend", "day", "spring", "summer", "autumn",
        "fall", "winter",
    ]
    static let timeModifiers: [String] = ["late", "early", "earlier", "later", "last", "this", "next", "that", "previous", "past"]

    static let abbreviationSet = Set(abbreviations)

    /// Words that open a clause of their own: where a subject or a named phrase stops.
    static let clauseWords: [String] = [
        "that", "which", "who", "whom", "whose", "what", "where", "when", "why", "how", "as", "if",
        "because", "although", "though", "while", "since", "whether", "but", "so", "than", "then",
    ]

    /// Verbs and subordinators a clause follows without "that": "ensure their cat is
    /// microchipped", "until an inquiry is held".
    static let wordsBeforeABareClause: [String] = [
        "ensure", "ensures", "insure", "sure", "check", "know", "see", "show", "remember", "confirm", "verify", "think",
        "until", "unless", "before", "after", "once", "where",
    ]
    static let wordsBeforeABareClauseSet = Set(wordsBeforeABareClause)

    /// How much a thing says about another: "says a lot about", "said little about".
    static let amountWords: [String] = ["a", "lot", "much", "little", "something", "nothing", "plenty"]
    static let amountWordSet = Set(amountWords)

    /// Prepositions and the like that a subject does not run on through.
    static let wordsThatEndASubject: [String] = [
        "with", "by", "from", "for", "into", "about", "after", "before", "during", "against", "like",
        "through", "over", "under", "via", "using", "and", "or", "not", "no",
    ]

    /// Words before a quotation that make it a name rather than speech: the "so-called" “…”.
    static let namingWords: [String] = [
        "called", "labelled", "labeled", "named", "titled", "entitled", "nicknamed", "word",
        "words", "term", "phrase", "so-called", "slogan", "hashtag",
    ]

    /// Prepositions before a short quotation that make it a phrase, not speech: "in “…”".
    static let prepositions: [String] = ["in", "into", "on", "at", "of", "from", "with", "by", "for", "as", "about", "amid", "amidst"]

    // MARK: Abbreviations

    /// Words whose full stop does not end a sentence.
    static let abbreviations: [String] = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "sgt", "adm", "maj", "cpl",
        "gov", "sen", "rep", "rev", "hon", "st", "mt", "ft", "jr", "sr", "messrs", "mme", "mlle",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "univ", "approx", "est",
        "e.g", "i.e", "cf", "al", "fig", "vol", "pp", "op", "ed", "eds", "ave", "blvd", "rd",
        "cmdr", "cdr", "brig", "pvt", "spc", "pfc", "cpt", "ens", "supt", "insp", "tech",
    ]

    static func isAbbreviation(_ word: String) -> Bool {
        if isInitialism(word) { return true }
        return abbreviationSet.contains(word.asciiLowercasedOrFull)
    }

    /// `R`, `U.S`, `K.C`: single capitals joined by full stops.
    static func isInitialism(_ word: String) -> Bool {
        // Asked of every word before a full stop: ASCII is checked byte by byte, since
        // splitting into substrings of characters cost more than the rest of the tokenizer.
        var ascii = true
        var capitalExpected = true
        for byte in word.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if capitalExpected {
                guard byte &- 0x41 < 26 else { return false }
            } else if byte != 0x2E {
                return false
            }
            capitalExpected.toggle()
        }
        if ascii { return !capitalExpected }
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.allSatisfy { $0.count == 1 && $0.first!.isUppercase }
    }

    // MARK: Reporting verbs

    /// Lemmas of verbs that report speech or writing (`said`, `told`, `tweeted`, `noted`).
    static let reportingLemmas: [String] = [
        "say", "tell", "add", "note", "write", "tweet", "state", "explain", "observe", "comment",
        "admit", "assert", "claim", "declare", "announce", "reply", "respond", "insist", "warn",
        "argue", "suggest", "stress", "emphasize", "emphasise", "report", "confirm", "deny",
        "acknowledge", "remark", "recall", "conclude", "describe", "characterize", "characterise",
        "dub", "answer", "agree", "complain", "concede", "contend", "maintain", "mention",
        "predict", "promise", "propose", "recommend", "reiterate", "repeat", "reveal",
        "speculate", "testify", "theorize", "theorise", "believe", "estimate", "allege", "accuse",
        "blog", "post", "email", "e-mail", "text", "quip", "joke", "muse", "exclaim", "shout",
        "whisper", "murmur", "cry", "plead", "beg", "urge", "demand", "ask", "caution", "counter",
        "retort", "rejoin", "continue", "pledge", "vow", "indicate", "point", "underline",
        "underscore", "highlight", "assure", "advise", "inform", "notify", "disclose", "divulge",
        "proclaim", "affirm", "aver", "opine", "posit", "hint", "imply", "lament",
        "regret", "boast", "brag", "concur", "object", "protest", "wonder", "tout",
        "summarize", "summarise", "elaborate", "clarify", "specify", "reaffirm",
        "condemn", "criticize", "criticise", "praise", "welcome", "express", "share", "recount",
        "narrate", "relate", "preach", "publish", "broadcast", "signal", "certify",
        "attest", "swear", "guarantee", "decry", "denounce", "rebuke", "lambast", "castigate", "hail", "applaud",
        "commend", "deplore", "threaten", "charge", "cite", "outline", "convey", "blame", "defend", "reassure",
        "salute", "laud", "refute", "rebut", "congratulate", "apologize", "apologise", "update", "question", "thank",
    ]

    /// Reporting verbs that describe their object "as" something: "described the vote as
    /// flawed" (what follows "as" is the description, not a clause of time or reason).
    static let describingLemmas: Set<String> = ["describe", "characterize", "characterise"]

    /// Reporting verbs whose content can be an infinitive: a promise or a threat made.
    static let reportingWithInfinitive: [String] = ["vow", "pledge", "promise", "threaten", "swear", "claim"]

    /// Reporting verbs whose content follows a preposition of their own: "warned of a crisis",
    /// "complained of delays", "apologized for the delay", "pointed to recent cases", "wrote
    /// about the new relationship".
    static let reportingWithTopic: [(lemma: String, preposition: String)] = [
        ("warn", "of"), ("complain", "of"), ("apologize", "for"), ("apologise", "for"), ("point", "to"), ("write", "about"), ("admit", "to"),
    ]
    /// Every form of a verb in `reportingWithTopic`, with the preposition its content follows.
    static let topicPrepositions: [String: String] = {
        var table: [String: String] = [:]
        for (lemma, preposition) in reportingWithTopic {
            for form in inflections(of: lemma) { table[form] = preposition }
        }
        return table
    }()
    /// Reporting verbs that, with these nouns early in their object, perform an act and report
    /// nothing: lives claimed, a visit or a call concluded, envoys or products recalled, a suspect questioned.
    static let objectsOfAnAct: [String: Set<String>] = [
        "claim": ["lives", "life"],
        "conclude": ["trip", "visit", "tour", "call", "talks", "meeting", "meetings", "session", "summit", "mission",
                     "conference", "round", "negotiations", "discussions", "stay", "hearing"],
        "recall": ["ambassador", "ambassadors", "envoy", "envoys", "product", "products", "units", "vehicles"],
        // ("questioned the suspect": a person questioned is interrogated; a claim questioned is doubted aloud.)
        "question": ["suspect", "suspects", "witness", "witnesses", "detainee", "detainees",
                     "prisoner", "prisoners", "man", "men", "woman", "women", "people", "officers", "staff"],
    ]
    /// Speech acts that, in the present, are the statement's own act ("Canada congratulates
    /// X on …", "the company apologises for …"), as the callers' stances are; in the past, reports.
    static let ownSpeechActs: [String] = ["congratulate", "apologize", "apologise", "thank"]
    /// Charges whose object is followed by what they charge: "accusing Democrats of fraud",
    /// "blaming rebels for the attack". Form to the preposition that follows the object.
    static let reportingObjectThen: [String: String] = {
        var table: [String: String] = [:]
        for (lemma, preposition) in [("accuse", "of"), ("blame", "for"), ("congratulate", "on"), ("update", "on"), ("thank", "for")] {
            for form in inflections(of: lemma) { table[form] = preposition }
        }
        return table
    }()
    /// Reporting verbs that report only whom they inform and then, after the preposition of
    /// `reportingObjectThen`, on what: "updated Parliament on the crisis" ("updated its
    /// guidance" does something and says nothing). The content is what follows the preposition.
    static let reportingOnlyOnATopic: [KnownWord] = [.update, .updates, .updated, .updating]
    /// Reporting verbs whose object may be a bare noun after the document that says it: "a
    /// statement expressing regret over the result" (a bare noun after "saying" is no clause).
    static let reportingWithBareObject: [String] = ["express"]
    static let reportingWithBareObjectForms: Set<String> = Set(reportingWithBareObject.flatMap(inflections(of:)))
    /// Reporting verbs that put a document somewhere: after the document's noun their participle
    /// describes it ("the statement posted on the ministry's website"), not what it says.
    static let placingADocument: [String] = ["post", "publish", "broadcast", "tweet", "blog", "email", "e-mail", "share"]
    static let placingADocumentForms: Set<String> = Set(placingADocument.flatMap(inflections(of:)))
    /// Reporting verbs whose topic follows "on": "reported on the results of the meeting".
    static let reportingWithOn: [String] = ["report", "comment"]
    static let reportingWithOnForms: Set<String> = Set(reportingWithOn.flatMap(inflections(of:)))
    /// Reporting lemmas whose lone common-noun object is whom, "so" or a feeling, never what was said.
    static let reportingWithoutBareNounContent: Set<String> = [
        "say", "tell", "add", "ask", "write", "report", "post", "continue", "answer", "comment", "express",
    ]

    /// Reporting verbs that report only a clause: with a bare object they keep, answer or
    /// join something ("maintains an oversight role", "responded promptly to the request",
    /// "agree with reports", "state and federal agencies"), or perform or finish an act
    /// ("declared a state of emergency").
    static let reportingWithClauseOnly: [String] = [
        "maintain", "respond", "agree", "state", "reply", "answer", "observe", "continue", "relate", "publish",
        "broadcast", "signal", "charge", "refute", "rebut", "declare",
    ]
    static let reportingWithClauseOnlyForms: Set<String> = Set(reportingWithClauseOnly.flatMap(inflections(of:)))

    /// Verbs that characterise what they name: "called the charges “baseless”", "labelled the
    /// chief as an apostate", "referred to the Holocaust as “…”". Spelled out: "dubbed", "referred".
    static let characterisingForms: [String] = [
        "call", "calls", "called", "calling", "label", "labels", "labeled", "labelled", "labeling", "labelling",
        "brand", "brands", "branded", "branding", "dub", "dubs", "dubbed", "dubbing", "refer", "refers", "referred", "referring",
        // "dismissed the protests as “politically motivated”" (a court dismissing a case has no "as").
        "dismiss", "dismisses", "dismissed", "dismissing",
    ]

    /// Verbs that turn down what someone said: with such words as their object ("rejected the
    /// claims", "dismissed media reports that …") they report them; with anything else
    /// ("rejected the application", "dismissed the case") they do, and say, nothing reported.
    static let rejectingForms: [String] = [
        "reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses", "dismissed", "dismissing",
    ]
    /// Nouns of words said that a rejecting verb reports (not "proposal" or "offer": a vote or a
    /// refusal turns those down without a word).
    static let wordsRejected: Set<String> = [
        "claim", "claims", "allegation", "allegations", "accusation", "accusations", "charge", "charges",
        "report", "reports", "suggestion", "suggestions", "assertion", "assertions", "criticism", "criticisms",
        "remarks", "comments", "rumours", "rumors",
    ]

    /// Verbs that state a court's ruling when a body that rules is their subject and "that"
    /// opens their clause ("the court found that …", "the judge ruled that …"); said of
    /// researchers, studies or agencies, "found that" tells of findings, not words said.
    static let rulingForms: [String] = ["find", "rule", "hold"].flatMap(inflections(of:))
    /// The nouns of bodies and officers that rule: "court", "judge", "jury", "tribunal".
    static let rulingBodies: Set<String> = [
        "court", "courts", "judge", "judges", "jury", "tribunal", "justices", "magistrate", "arbitrator", "arbitrators",
    ]

    /// Forms that would mislead as reporting verbs in news text (`post` as a noun, `text`).
    static let reportingNounLike: [String] = [
        "post", "posts", "text", "texts", "report", "reports", "question", "questions", "detail",
        "details", "charge", "charges", "email", "emails", "e-mail", "e-mails", "protest",
        "protests", "object", "objects", "share", "shares", "sum", "sums", "point", "points",
        "signal", "signals", "answer", "answers", "state", "states", "blog", "blogs", "comment",
        "comments", "note", "notes", "continue", "continues", "continued", "continuing",
        "welcome", "cry", "tweet", "tweets", "relate", "relates", "related", "relating",
        "express", "highlight", "highlights",
    ]

    /// Every form of a reporting verb, with its lemma: the words that get `.reporting` ("notes"
    /// counts; "notes" as a noun is sorted out by the rules from its neighbours).
    static let reportingForms: [String: String] = {
        var forms: [String: String] = [:]
        for lemma in reportingLemmas {
            for form in inflections(of: lemma) { forms[form] = lemma }
        }
        return forms
    }()

    // MARK: Verbs

    static let irregular: [String: [String]] = [
        "say": ["says", "said", "saying"], "tell": ["tells", "told", "telling"],
        "write": ["writes", "wrote", "written", "writing"], "swear": ["swears", "swore", "sworn", "swearing"],
        "take": ["takes", "took", "taken", "taking"], "give": ["gives", "gave", "given", "giving"],
        "make": ["makes", "made", "making"], "come": ["comes", "came", "coming"],
        "do": ["does", "did", "done", "doing"], "go": ["goes", "went", "gone", "going"],
        "seek": ["seeks", "sought", "seeking"], "bring": ["brings", "brought", "bringing"],
        "keep": ["keeps", "kept", "keeping"], "hold": ["holds", "held", "holding"],
        "find": ["finds", "found", "finding"], "stand": ["stands", "stood", "standing"],
        "leave": ["leaves", "left", "leaving"], "get": ["gets", "got", "gotten", "getting"],
        "put": ["puts", "putting"], "set": ["sets", "setting"], "let": ["lets", "letting"],
        "stop": ["stops", "stopped", "stopping"], "step": ["steps", "stepped", "stepping"],
        "seize": ["seizes", "seized", "seizing"], "begin": ["begins", "began", "begun", "beginning"],
        "build": ["builds", "built", "building"], "lead": ["leads", "led", "leading"],
        "meet": ["meets", "met", "meeting"], "pay": ["pays", "paid", "paying"],
        "refrain": ["refrains", "refrained", "refraining"], "quit": ["quits", "quitting"],
        "forgo": ["forgoes", "forwent", "forgone", "forgoing"], "think": ["thinks", "thought", "thinking"],
        "believe": ["believes", "believed", "believing"], "dub": ["dubs", "dubbed", "dubbing"],
        "plead": ["pleads", "pleaded", "pled", "pleading"], "beg": ["begs", "begged", "begging"],
        "blog": ["blogs", "blogged", "blogging"], "quip": ["quips", "quipped", "quipping"],
        "cry": ["cries", "cried", "crying"], "reply": ["replies", "replied", "replying"],
        "testify": ["testifies", "testified", "testifying"], "deny": ["denies", "denied", "denying"],
        "clarify": ["clarifies", "clarified", "clarifying"], "specify": ["specifies", "specified", "specifying"],
        "certify": ["certifies", "certified", "certifying"], "imply": ["implies", "implied", "implying"],
        "rely": ["relies", "relied", "relying"], "apply": ["applies", "applied", "applying"],
        "carry": ["carries", "carried", "carrying"], "try": ["tries", "tried", "trying"],
        "opine": ["opines", "opined", "opining"], "sum": ["sums", "summed", "summing"],
        "rejoin": ["rejoins", "rejoined", "rejoining"], "signal": ["signals", "signaled", "signalled", "signaling", "signalling"],
        "broadcast": ["broadcasts", "broadcasting"], "admit": ["admits", "admitted", "admitting"],
        "regret": ["regrets", "regretted", "regretting"], "brag": ["brags", "bragged", "bragging"],
        "concur": ["concurs", "concurred", "concurring"], "aver": ["avers", "averred", "averring"],
        "allow": ["allows", "allowed", "allowing"], "grant": ["grants", "granted", "granting"],
        "be": ["is", "are", "was", "were", "been", "being", "am"], "have": ["has", "had", "having"],
        "run": ["runs", "ran", "running"], "win": ["wins", "won", "winning"], "lose": ["loses", "lost", "losing"],
        "shut": ["shuts", "shutting"], "cut": ["cuts", "cutting"], "send": ["sends", "sent", "sending"],
        "spend": ["spends", "spent", "spending"], "show": ["shows", "showed", "shown", "showing"],
        "know": ["knows", "knew", "known", "knowing"], "see": ["sees", "saw", "seen", "seeing"],
        "rise": ["rises", "rose", "risen", "rising"], "drop": ["drops", "dropped", "dropping"],
        "plan": ["plans", "planned", "planning"], "commit": ["commits", "committed", "committing"],
        "submit": ["submits", "submitted", "submitting"], "embed": ["embeds", "embedded", "embedding"],
    ]

    /// Base form, third person, past and participles of a regular or listed verb.
    static func inflections(of lemma: String) -> [String] {
        if let forms = irregular[lemma] { return [lemma] + forms }
        var forms = [lemma]
        let last = lemma.last!
        if lemma.hasSuffix("e") {
            forms += [lemma + "s", lemma + "d", String(lemma.dropLast()) + "ing"]
        } else if last == "y", let before = lemma.dropLast().last, !"aeiou".contains(before) {
            forms += [String(lemma.dropLast()) + "ies", String(lemma.dropLast()) + "ied", lemma + "ing"]
        } else if lemma.hasSuffix("s") || lemma.hasSuffix("sh") || lemma.hasSuffix("ch") || lemma.hasSuffix("x") || lemma.hasSuffix("z") || lemma.hasSuffix("o") {
            forms += [lemma + "es", lemma + "ed", lemma + "ing"]
        } else {
            forms += [lemma + "s", lemma + "ed", lemma + "ing"]
        }
        return forms
    }

    /// Common verbs in their base form, for finding where a subject ends and where one of
    /// several coordinated actions begins ("come together, resolve their differences, and form").
    static let baseVerbs: [String] = [
        "abandon", "abide", "accelerate", "accept", "achieve", "act", "address", "adhere", "adopt",
        "agree", "allow", "answer", "apologize", "apologise", "apply", "approve", "arrest", "assist",
        "avoid", "back", "become", "begin", "bring", "build", "calm", "cancel", "cease", "change",
        "choose", "clarify", "close", "come", "commence", "commit", "comply", "condemn", "conduct",
        "consider", "continue", "cooperate", "co-operate", "create", "de-escalate", "deescalate",
        "deliver", "desist", "destroy", "disarm", "do", "drop", "embrace", "end", "engage", "ensure",
        "enter", "establish", "exercise", "explain", "facilitate", "feed", "find", "focus", "follow", "form",
        "free", "fulfil", "fulfill", "give", "go", "grant", "guarantee", "halt", "hand", "help",
        "hold", "honor", "honour", "implement", "improve", "include", "investigate", "join", "keep",
        "launch", "lay", "lead", "leave", "lift", "limit", "listen", "live", "look", "lower",
        "maintain", "make", "meet", "move", "negotiate", "observe", "offer", "open", "overcome",
        "participate", "pay", "permit", "play", "prepare", "preserve", "prevent", "proceed", "heed", "exceed", "succeed",
        "prosecute", "protect", "provide", "pull", "pursue", "put", "reach", "reconsider", "reduce",
        "refrain", "reform", "reject", "release", "remain", "remove", "renounce", "repeal",
        "replace", "resign", "resolve", "respect", "respond", "restore", "resume", "return",
        "reverse", "review", "revoke", "seek", "seize", "send", "set", "settle", "show", "sign",
        "spare", "stand", "start", "step", "stop", "strengthen", "suspend", "support", "sustain",
        "take", "tell", "treat", "uphold", "use", "vote", "wait", "withdraw", "work", 
        "inform", "deploy", "fund", "invest", "share", "speak", "talk", "educate",
        "disseminate", "exhibit", "tour", "visit", "attend", "bear", "abstain", "save",
        "publish", "reopen", "appoint", "admit", "account", "acknowledge", "announce", "assess",
        "authorize", "authorise", "ban", "block", "call", "clear", "collect", "compensate",
        "confirm", "contribute", "counter", "curb", "cut", "debate", "declare",
        "defend", "delay", "demobilize", "denounce", "dismantle", "dissolve", "distance", "ease",
        "eliminate", "empower", "enable", "enact", "encourage", "enforce", "evacuate", "expand",
        "extend", "fight", "fix", "hear", "hire", "identify", "increase", "introduce", "invite",
        "issue", "lend", "let", "locate", "mobilize", "monitor", "notify", "organize", "organise",
        "pass", "pause", "pledge", "postpone", "press", "prioritize", "prioritise",
        "promote", "publicize", "raise", "ratify", "recognize", "recognise", "reconcile",
        "refer", "refund", "regulate", "reinstate", "relocate", "rely", "renew",
        "repair", "report", "rescind", "rescue", "restrain", "retract", "reunite",
        "revise", "safeguard", "secure", "shut", "submit", "supply", "surrender", "swap", "test",
        "train", "trace", "transfer", "unblock", "unite", "update", "urge", "verify", "welcome",
        "widen", "win", "write", "adjust", "aid", "arrange", "ask",
        "assure", "audit", "avert", "broaden", "calculate", "cap", "check", "stay", "remember", "forward",
    ]

    /// Every inflected form of a common verb, auxiliary or reporting verb: where a subject stops.
    static let verbForms: Set<String> = {
        var forms = Set<String>()
        for lemma in Set(baseVerbs).union(reportingLemmas).union(extraVerbs) {
            forms.formUnion(inflections(of: lemma))
        }
        return forms.union(auxiliaries).union(irregularPasts)
    }()

    /// "given", "taken", "gave": a form of an irregular verb that is not its bare form.
    static let irregularInflections: Set<String> = Set(irregular.values.joined()).subtracting(irregular.keys)

    static let irregularPasts: [String] = [
        "chose", "went", "took", "made", "gave", "came", "saw", "knew", "thought", "brought",
        "began", "ran", "won", "met", "left", "held", "kept", "found", "told", "said", "wrote",
        "got", "became", "felt", "heard", "paid", "sent", "spent", "stood", "sat", "led", "fell",
        "grew", "drew", "rose", "shook", "spoke", "broke", "drove", "flew", "forgot", "hid",
        "lay", "lost", "meant", "rode", "rang", "sang", "sank", "slept", "sold", "taught",
        "threw", "understood", "wore", "woke", "withdrew", "sought", "fought", "caught",
        "bought", "built", "dealt", "struck", "swore", "did", "had", "was", "were",
    ]

    static let extraVerbs: [String] = [
        "remain", "welcome", "reiterate", "call", "appeal", "encourage", "press", "push", "expect",
        "hope", "want", "wish", "intend", "plan", "seem", "appear", "decide", "fail", "try",
        "detail", "affect", "cause", "develop", "receive", "arrive", "attack", "launch", "play",
        "win", "lose", "score", "face", "meet", "travel", "inspire", "invite", "hear", "feel",
        "sign", "approach", "reach", "spread", "increase", "decline", "examine", "analyse",
        "analyze", "publish", "include", "focus", "complete", "collect", "donate", "celebrate",
        "mark", "run", "know", "see", "shun", "treat", "spend", "undergo", "die", "kill",
        "seed", "stage", "host", "display", "feature", "base", "select", "explain",
        // ("advised people to prepare and reminded others that …": a verb that ends the action.)
        "remind",
    ]

    /// Auxiliaries of what is yet to be or might be: "will announce", "may say".
    static let modalAuxiliaries: [String] = ["will", "would", "shall", "should", "can", "could", "may", "might", "must", "'ll", "’ll"]

    static let auxiliaries: [String] = [
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "having",
        "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
        "must", "ought", "won't", "can't", "don't", "doesn't", "didn't", "isn't", "aren't",
        "wasn't", "weren't", "hasn't", "haven't", "hadn't", "wouldn't", "shouldn't", "couldn't",
    ]
}
