/// The word lists of people and bodies: titles, organisations, nationalities, pronouns,
/// role and document nouns, and the words around a subject.
extension Lexicon {
    // MARK: Names, titles and organisations

    /// Words that make a role, and stand before a name: `Secretary of State John Kerry`.
    static let titles: [String] = [
        "president", "vice", "secretary", "minister", "ambassador", "general", "director",
        "senator", "governor", "mayor", "prime", "chancellor", "king", "queen", "prince",
        "princess", "pope", "judge", "justice", "chief", "officer", "dr", "dr.", "mr", "mr.",
        "mrs", "mrs.", "ms", "ms.", "sir", "dame", "lord", "lady", "professor", "prof", "prof.",
        "rep", "rep.", "sen", "sen.", "gov", "gov.", "gen", "gen.", "col", "col.", "capt",
        "capt.", "lt", "lt.", "sgt", "sgt.", "adm", "adm.", "rev", "rev.", "reverend", "father",
        "sheikh", "alhaji", "alhaja", "imam", "rabbi", "bishop", "cardinal", "archbishop", "coach", "captain",
        "chairman", "chairwoman", "chair", "ceo", "cfo", "spokesman", "spokeswoman",
        "spokesperson", "commissioner", "envoy", "deputy", "foreign", "attorney", "special",
        "representative", "permanent", "speaker", "leader", "commander", "colonel", "lieutenant", "sergeant",
        "admiral", "major", "emir", "sultan", "ayatollah", "premier", "consul", "councillor",
        "councilor", "congressman", "congresswoman", "assemblyman", "delegate", "head", "founder", "agent", "charge", "chargé", "designate",
        "co-founder", "editor", "executive", "curator", "dean", "rector", "inspector",
        "superintendent", "detective", "constable", "sheriff", "marshal", "treasurer", "auditor", "administrator",
        "ombudsman", "registrar", "solicitor", "barrister", "advocate", "counsel", "prosecutor",
        "magistrate", "mp", "mep", "qc", "sc", "kc", "his", "her", "excellency",
        "holiness", "majesty", "highness", "high", "supreme", "state", "general-secretary",
        "secretary-general", "under-secretary", "assistant", "associate", "acting", "interim",
        "former", "senior", "junior", "maj", "maj.", "cpl", "cpl.", "pvt", "pvt.", "brig",
        "brig.", "cmdr", "cmdr.", "supt", "supt.", "insp", "insp.", "sgt.maj.", "hon", "hon.", "honourable", "honorable",
        "advisor", "adviser", "coordinator", "manager",
        // British police ranks as their forces write them: "PC Jane Roe", "DCI John Moss".
        "pc", "pcso", "dci", "dcs",
        // "PM Jan Novak", as South Asian and Australian outlets write the prime minister.
        "pm",
    ]

    /// Other names news gives an office: "the head of state" is President Jane Roe, "the premier"
    /// the prime minister, "the top diplomat" the foreign minister.
    static let officeByAnotherName: [String: [String]] = [
        "head of state": ["president", "king", "queen", "emir", "monarch"],
        "head of government": ["prime minister", "chancellor", "premier"],
        "premier": ["prime minister"],
        "top diplomat": ["foreign minister", "foreign secretary", "secretary of state", "minister of foreign affairs"],
        "monarch": ["king", "queen"],
    ]

    /// Titles written short, and the noun a description uses for them: "Gen. Jane Roe" is
    /// "the general".
    static let titleAbbreviations: [String: String] = {
        let short = [
            "gen": "general", "sgt": "sergeant", "lt": "lieutenant", "col": "colonel", "capt": "captain",
            "adm": "admiral", "maj": "major", "sen": "senator", "rep": "representative", "gov": "governor",
            "cmdr": "commander", "supt": "superintendent", "insp": "inspector", "prof": "professor",
            "cpl": "corporal", "pvt": "private", "brig": "brigadier", "rev": "reverend", "pc": "constable",
            "pm": "prime minister",
        ]
        return short.merging(short.map { ($0.key + ".", $0.value) }) { first, _ in first }
    }()

    /// A generation after a family name, part of the name: "Peter E. Deegan, Jr.".
    static let generations: [String] = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]

    /// Letters after a name that are an office or an honour, not the name: "Jane Roe MP".
    static let postNominals: Set<String> = [
        "mp", "mep", "msp", "mla", "mhr", "qc", "kc", "sc", "obe", "mbe", "cbe", "ac", "ao", "am", "oam", "csc", "dsc",
        "td", "t.d.", "mpp", "mna", "mlc", "mha", "p.c.",
    ]

    /// Whether a name's words hold an organisation word: "Department of National Defence".
    static func namesABody(_ words: some Sequence<Substring>) -> Bool {
        words.contains { flagTable[$0.lowercased()]?.contains(.organisation) == true }
    }

    /// Words that end or make up the name of an organisation, publication or place of work.
    static let organisationWords: [String] = [
        "department", "ministry", "council", "relations", "association", "agency", "authority",
        "office", "university", "college", "school", "district", "foundation", "program",
        "programme", "organization", "organisation", "union", "committee", "commission", "bank",
        "fund", "party", "army", "military", "forces", "force", "police", "church", "institute", "center", "centers",
        "centre", "centres", "museum", "gallery", "galleries", "times", "news", "post", "herald", "journal",
        "gazette", "service", "services", "board", "court", "government", "embassy", "consulate", "mission",
        "group", "society", "corporation", "company", "inc", "inc.", "ltd", "ltd.", "corp", "corp.", "llc", "plc", "network",
        "television", "radio", "press", "bureau", "league", "alliance", "coalition", "front",
        "movement", "federation", "senate", "congress", "parliament", "assembly", "cabinet", "opposition",
        "administration", "nation", "nations", "kingdom", "republic", "states", "club", "team",
        "tribune", "telegraph", "guardian", "observer", "chronicle", "daily", "weekly", "review",
        "magazine", "wire", "reuters", "ap", "afp", "bbc", "cnn", "cbc", "nato", "un", "eu",
        "who", "imf", "opec", "hospital", "clinic", "trust", "secretariat", "directorate", "inspectorate", "caucus",
        "faction", "brigade", "regiment", "battalion", "division", "corps", "navy", "guard",
        "taliban", "hamas", "hezbollah", "regime", "house", "palace", "kremlin", "pentagon",
        "monitor", "watch", "watchdog", "regulator", "amnesty", "international", "institution", "academy", "laboratory",
        "labs", "channel", "site", "website", "wiki", "studio", "studios",
        "exchange", "market", "airlines", "airways", "railway", "railways", "systems", "games",
        "affairs", "co", "patrol",
    ]

    /// Countries, nationalities and regions that stand before a role: `US ambassador`, `Swedish captain`.
    static let nationalityWords: [String] = [
        "us", "u.s.", "u.s", "uk", "u.k.", "eu", "un", "american", "british", "french", "german",
        "russian", "chinese", "afghan", "swedish", "english", "scottish", "irish", "welsh",
        "canadian", "australian", "indian", "pakistani", "iranian", "iraqi", "syrian", "israeli",
        "palestinian", "egyptian", "saudi", "turkish", "japanese", "korean", "italian", "spanish",
        "dutch", "belgian", "polish", "ukrainian", "mexican", "brazilian", "african", "european",
        "asian", "arab", "honduran", "belarusian", "tunisian", "panamanian", "nigerian", "kenyan",
    ] + governmentLevels

    /// Levels of government that stand before a body as a nationality does: `state police`,
    /// `the Federal Reserve`; before a form in -s they still leave it a verb ("local officials urge").
    static let governmentLevels: [String] = ["state", "federal", "national", "regional", "local", "municipal", "provincial"]
    static let governmentLevelSet = Set(governmentLevels)

    /// "Today", "Yesterday": a day named as a word, which may open a lede before its subject.
    static let dayWords: Set<String> = ["today", "yesterday", "tonight"]

    /// Connectors that may stand inside a name: `Church of Scientology`, `The Globe and Mail`.
    static let nameConnectors: [String] = [
        "of", "the", "and", "&", "for", "on", "de", "del", "della", "der", "van", "von", "da",
        "di", "du", "la", "le", "bin", "ibn", "al", "el", "y", "st.", "in",
    ]

    /// Capitalised words that start sentences without naming anyone.
    static let capitalisedFunctionWords: [String] = [
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "we", "our", "he", "she",
        "they", "his", "her", "their", "i", "my", "you", "your", "in", "on", "at", "for", "by",
        "as", "if", "but", "and", "or", "however", "although", "though", "while", "when", "after",
        "before", "since", "despite", "yesterday", "today", "tomorrow", "allegedly", "additionally",
        "now", "never", "some", "many", "each", "both", "all", "any", "several", "one", "two",
        "three", "four", "five", "six", "seven", "eight", "nine", "ten", "why", "how", "what",
        "where", "who", "which", "there", "here", "then", "so", "also", "meanwhile", "moreover",
        "furthermore", "still", "yet", "just", "only", "even", "perhaps", "maybe", "not", "no",
        "with", "without", "from", "to", "into", "during", "until", "because", "once", "whether",
        "other", "another", "such", "more", "most", "less", "last", "next", "first", "further",
        "indeed", "instead", "thus", "therefore", "hence", "following", "according", "regarding",
        "speaking", "writing", "asked", "like", "unlike", "among", "about", "over", "under",
        "again", "already", "earlier", "later", "recently", "currently", "finally", "ever",
        "every", "either", "neither", "nor", "few", "much", "very", "well", "let", "please",
        "dear", "yes", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "statement", "wait", "do", "don't",
        "did", "does", "is", "are", "was", "were", "has", "have", "had", "will", "would", "can",
        "could", "should", "must", "might", "shall", "cool", "want", "hoping", "yeah", "oh",
        "okay", "ok", "hey",
    ]

    /// "we've", "I'm", "they'll": a subject pronoun with its auxiliary is the pronoun to the
    /// rules that look for a subject ("“We've seen these reports and we continue to call on").
    /// "You'll", "She's", "Don't": a word with its auxiliary or "not" run on is no one's name.
    static func endsInContraction(_ word: String) -> Bool {
        guard let apostrophe = word.lastIndex(of: "'") else { return false }
        let ending = word[word.index(after: apostrophe)...]
        return ["ve", "ll", "re", "d", "m"].contains(ending) || (ending == "t" && word[..<apostrophe].hasSuffix("n"))
    }

    static func pronoun(contractedIn word: String) -> String? {
        guard let apostrophe = word.firstIndex(of: "'") else { return nil }
        let base = String(word[..<apostrophe]), ending = word[word.index(after: apostrophe)...]
        guard ["we", "i", "they"].contains(base), ["ve", "ll", "re", "d", "m"].contains(ending) else { return nil }
        return base
    }

    static let personalPronouns: [String: Pronoun] = [
        "he": .he, "him": .he, "his": .he, "himself": .he,
        "she": .she, "her": .she, "hers": .she, "herself": .she,
        "it": .it, "its": .it, "itself": .it,
        "they": .they, "them": .they, "their": .they,
        "we": .we, "us": .we, "our": .we, "ours": .we,
        "i": .i, "me": .i, "my": .i,
    ]

    enum Pronoun { case he, she, it, they, we, i }

    static let femaleWords: [String] = [
        "she", "her", "woman", "women", "sister", "wife", "mother", "daughter", "spokeswoman",
        "chairwoman", "congresswoman", "queen", "princess", "ms", "ms.", "mrs", "mrs.", "miss",
        "madam", "lady", "dame", "girl", "aunt", "niece", "grandmother", "actress", "businesswoman",
        "girlfriend", "widow", "nun", "alhaja",
    ]

    static let maleWords: [String] = [
        "he", "him", "his", "man", "men", "brother", "husband", "father", "son", "spokesman",
        "chairman", "congressman", "king", "prince", "mr", "mr.", "sir", "lord", "boy", "uncle",
        "nephew", "grandfather", "actor", "businessman", "boyfriend", "widower", "monk", "alhaji",
    ]

    /// Nouns that name a text which can "say" something: "the statement said".
    /// What someone answered or gave out, as a noun: "Roe's reply: “…”".
    static let replyNouns: [String] = [
        "reply", "response", "answer", "retort", "comment", "comments", "words", "reaction", "verdict",
        "explanation", "advice", "assessment",
    ]

    /// Verbs that put a statement out: "issued the following statement", "released a statement".
    static let issuingVerbs: [String] = [
        "issue", "issues", "issued", "release", "releases", "released", "deliver", "delivers", "delivered",
        "make", "makes", "made", "give", "gives", "gave", "publish", "publishes", "published",
    ]

    /// How someone was speaking when they said it: "A spokesman speaking to reporters said".
    static let speakingParticiples: [String] = [
        "speaking", "talking", "addressing", "writing", "responding", "briefing", "testifying", "appearing", "commenting",
    ]

    /// Occasions something is said at: "in a press conference on Tuesday said".
    static let occasionNouns: [String] = ["conference", "interview", "briefing", "speech", "address", "meeting", "hearing"]

    static let documentNouns: [String] = [
        "statement", "letter", "report", "communique", "communiqué", "declaration", "post",
        "message", "tweet", "document", "memo", "release", "note", "email", "e-mail", "article",
        "editorial", "website", "site", "notice", "resolution", "blog", "study", "paper", "documentary", "motion", "petition",
        "advisory", "bulletin", "circular", "directive", "text",
    ]

    /// Nouns for people or bodies that are named only by their role: "a spokesperson said".
    static let roleNouns: [String] = [
        "spokesperson", "spokesman", "spokeswoman", "official", "officials", "source", "sources",
        "poster", "author", "witness", "witnesses", "resident", "residents", "ministry", "department",
        "government", "agency", "police", "embassy", "office", "statement", "post", "website",
        "program", "programme", "foundation", "committee", "council", "court", "authority",
        "authorities", "organisation", "organization", "company", "group", "site", "sister",
        "brother", "father", "mother", "wife", "husband", "prosecutor", "lawyer", "attorney",
        "judge", "doctor", "expert", "analyst", "researcher", "researchers", "scientist",
        "scientists", "teacher", "student", "leader", "leaders", "army", "military", "regime",
        "commander", "diplomat", "diplomats", "envoy", "ambassador", "minister", "president",
        "chairman", "director", "editor", "reporter", "correspondent", "critic", "critics",
        "user", "users", "blogger", "campaigner", "activist", "activists", "union", "party",
        "club", "coach", "captain", "manager", "owner", "team", "board", "message", "letter",
        "report", "article", "editorial", "document", "memo", "notice", "newspaper", "paper",
        "study", "survey", "blog", "tweet", "family", "families", "victim", "victims",
        "delegation", "panel", "rebel", "militant", "insurgent", "insurgency", "citizen", "delegate",
        "troops", "relative", "inquiry", "tribunal", "member", "side", "country",
        // ("The policy says that …", "Local television stations reported …": a text or a broadcaster.)
        "policy", "guidance", "station", "stations", "broadcaster",
        // ("the coalition's leadership shared its thinking": those who lead a body speak for it.)
        "leadership",
    ]

    static let determiners: [String] = [
        "the", "a", "an", "this", "that", "these", "those", "one", "another", "some", "its",
        "their", "his", "her", "our", "my", "your", "each", "every", "both", "all", "no", "any",
    ]

    /// Words that begin an adverbial chunk rather than a subject ("After the match, ...").
    static let adverbialStarters: [String] = [
        "after", "before", "during", "in", "on", "at", "for", "by", "with", "without", "as",
        "if", "when", "while", "whilst", "although", "though", "since", "despite", "because", "following",
        "according", "from", "to", "under", "over", "amid", "among", "speaking", "writing",
        "asked", "responding", "however", "meanwhile", "additionally", "moreover", "yesterday",
        "today", "tomorrow", "earlier", "later", "then", "now", "also", "still", "again", "once",
        "allegedly", "reportedly", "separately", "similarly", "furthermore", "finally", "but",
        "and", "or", "so", "yet", "instead", "overall", "last", "next", "this", "throughout", "until",
        "upon", "within", "into", "regarding", "concerning", "unlike", "like", "whereas",
        "otherwise", "nevertheless", "nonetheless", "likewise", "indeed", "ultimately", "around",
        "across", "against", "along", "alongside", "amongst", "between", "beyond", "behind", "near",
        "through", "toward", "towards", "outside", "inside",
    ]

    /// Adverbs, auxiliaries and quantifiers that stand between a subject and its verb ("has
    /// also urged", "were all told"): skipped when a verb's subject is looked for.
    static let wordsBetweenSubjectAndVerb: [String] = [
        "also", "then", "later", "previously", "recently", "once", "again", "further", "still",
        "already", "often", "repeatedly", "publicly", "privately", "formally", "officially",
        "subsequently", "earlier", "separately", "similarly", "reportedly", "allegedly", "too",
        "had", "has", "have", "would", "will", "is", "are", "am", "was", "were", "been", "did", "does", "do", "not",
        "never", "both", "all", "strongly", "urgently", "immediately", "firmly", "jointly",
        "personally", "simply", "just", "even", "finally", "first", "indeed", "today", "yesterday",
        "tomorrow", "tonight", "now", "late", "early",
        // "Roe however insisted that …": a connective adverb without commas, as in reporting.
        "however", "meanwhile", "nevertheless", "nonetheless", "likewise",
        // "The scammers oftentimes urge": how often the subject does it.
        "oftentimes", "sometimes", "usually", "always", "frequently", "regularly", "routinely", "typically", "commonly",
    ]
}
