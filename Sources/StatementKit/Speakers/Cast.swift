/// Everyone and everything the statement mentions, who of them speaks, and the state of the
/// discourse that pronouns and "the statement said" are resolved against.
struct Cast {
    struct Entity {
        var name: String
        var role: String? { didSet { roleLength = role?.unicodeScalars.count ?? 0 } }
        /// The role's length in scalars, compared at every mention that brings a role.
        var roleLength = 0
        var aliases: [String] = []
        var kind: Speaker.Kind
        var gender: Gender
        /// What the entity is, for "the program", "the poster": the last word of its name.
        var head: String
        var speaks = false
        var quoteCount = 0
        var reportedCount = 0
        var callCount = 0
        var firstSpoke = Int.max
        /// Every form already offered as an alias, as written: a name is mentioned again and
        /// again, and each mention offers the same forms.
        var offeredAliases: Set<NameKey> = []
        /// The name and aliases lowercased, to refuse an alias that differs only in case.
        var aliasKeys: Set<String> = []
        /// Several people speaking as one ("Patty Murray and Jeb Hensarling"): none of their
        /// surnames alone means the joint speaker.
        var isJoint = false
        /// First named only as the owner of something ("John Roe's resignation").
        var namedAsOwner = false
        /// The person named in full this titled surname turned out to be, once the text is read.
        var foldedInto: Int?
    }

    struct Mention {
        var entity: Int
        var sentence: Int
        var position: Int
        /// "Bush's stipulations": a possessor, not the sentence's subject.
        var possessive = false
        /// "the statement said": the entity was named by a document it issued, which a later
        /// "it" means whoever issued it is.
        var byDocument = false
    }

    private(set) var entities: [Entity] = []
    private var mentions: [Mention] = []
    // Look-ups kept beside the entities so that resolving a name costs the same however many
    // names came before it. Each maps a lowercased key to the entity that had it last.
    private var byName: [NameKey: Int] = [:]
    private var byLastWord: [String: Int] = [:]
    private var byFirstWord: [String: Int] = [:]
    private var byHead: [String: Int] = [:]
    /// A body's own word ("Yonhap" of "Yonhap News Agency") -> the body; -1 once two have it.
    private var bodiesByOwnWord: [String: Int] = [:]
    /// The one person named with each role's noun ("Fisheries Minister Tomas Varga": "minister"),
    /// -1 once two are: "the minister" means that person only while no other minister is named.
    private var roleHolders: [String: Int] = [:]
    /// The initials each role seen goes by, worked out once a role: a role is indexed again
    /// whenever its holder is.
    private var initialsOfRoles: [String: [String]] = [:]
    private var lastOrganisation: Int?
    private var phrases = PhraseRecords()
    /// Counts the changes to the look-ups by name, first and last word, so that a phrase's
    /// look-up is made again only when they changed since.
    private var lookupsVersion = 0
    private var speechOrder = 0
    /// The last one to say something, directly or in reported speech.
    var currentSpeaker: Int?
    /// Whoever issued the statement most recently mentioned ("she said in a statement").
    var statementIssuer: Int?
    /// The statement's own voice, for "we" in a press statement's narration.
    var voice: Int?
    /// Who holds the floor in a transcript's turn: "I" to himself, so never "he" or "she".
    var turnSpeaker: Int?

    // MARK: Speaking

    /// `takingTurn` false: named as a speaker, but the one who speaks next is unchanged.
    mutating func markSpeaking(_ id: Int, takingTurn: Bool = true) {
        if !entities[id].speaks {
            entities[id].speaks = true
            entities[id].firstSpoke = speechOrder
            speechOrder += 1
        }
        if takingTurn { currentSpeaker = id }
    }

    mutating func countQuote(for id: Int) {
        markSpeaking(id)
        entities[id].quoteCount += 1
    }

    /// Counted without making the speaker the current one: the frame that reports the speech
    /// has already done that, in its place in the text.
    mutating func countReported(for id: Int) {
        entities[id].reportedCount += 1
    }

    mutating func countCall(for id: Int) {
        let id = entities[id].foldedInto ?? id
        markSpeaking(id)
        entities[id].callCount += 1
    }

    /// People who speak as one, in a joint statement, are one speaker named by all of them:
    /// "Patty Murray and Jeb Hensarling", "A, B and C". Each of them is a speaker too, though
    /// the words are the joint speaker's.
    /// (`named`: the words that name them together, for bodies a text names as it lists them.)
    mutating func jointSpeaker(of ids: [Int], named given: String? = nil) -> Int {
        for id in ids { markSpeaking(id, takingTurn: false) }
        let names = ids.map { entities[$0].name }
        let name = given ?? (names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1])
        if let id = byName[NameKey(name.lowercased())] { return id }
        var joint = Entity(name: name, role: nil, kind: .group, gender: .unknown, head: "joint")
        joint.isJoint = true
        return add(joint)
    }

    /// Whether someone named in full has this surname: "Kirby" after "John F. Kirby".
    func knowsSurname(_ surname: String) -> Bool { byLastWord[surname.lowercased()].map { entities[$0].kind == .person } ?? false }

    func name(of id: Int?) -> String? { id.map { entities[entities[$0].foldedInto ?? $0].name } }
    func speaks(_ id: Int) -> Bool { entities[entities[id].foldedInto ?? id].speaks }

    /// The entity with this name or alias, case ignored: a name read outside the body.
    func entity(named name: String) -> Int? {
        let key = name.lowercased()
        if let id = entities.firstIndex(where: { $0.name.lowercased() == key || $0.aliasKeys.contains(key) }) { return id }
        // "US Embassy" in a headline is the body's "U.S. Embassy": the stops of initials aside.
        let bare = key.filter { $0 != "." }
        return entities.firstIndex { $0.kind != .person && $0.name.lowercased().filter { $0 != "." } == bare }
    }

    var speakers: [Speaker] {
        entities.filter(\.speaks).sorted { $0.firstSpoke < $1.firstSpoke }.map { entity in
            Speaker(
                name: entity.name, role: entity.role,
                aliases: entity.aliases.filter { $0.lowercased() != entity.name.lowercased() },
                quoteCount: entity.quoteCount, reportedCount: entity.reportedCount, callCount: entity.callCount,
                kind: entity.kind)
        }
    }

    // MARK: Folding

    /// "Governor Cooper urged …" before the lede's "Governor Roy Cooper": a titled surname met
    /// before the one person named in full with that surname and post is that person. Done
    /// once the text is read, since a subheadline names people before the body does.
    mutating func foldTitledSurnames() {
        // surname -> the one person named in full with it; -1 once two are
        var namedInFull: [String: Int] = [:]
        for id in entities.indices where entities[id].kind == .person && !entities[id].isJoint {
            let words = entities[id].name.spaceSeparatedWords()
            guard words.count >= 2, let first = words.first, !Self.isTitleWord(first), let last = words.last,
                  words.allSatisfy({ $0.first?.isUppercase == true }) else { continue }
            let key = last.lowercased()
            namedInFull[key] = namedInFull[key].map { $0 == id ? id : -1 } ?? id
        }
        for id in entities.indices where entities[id].kind != .organisation && !entities[id].isJoint {
            let words = entities[id].name.spaceSeparatedWords()
            guard let last = words.last, words.allSatisfy({ $0.first?.isUppercase == true }) else { continue }
            guard words.dropLast().allSatisfy(Self.isTitleWord), !Self.isTitleWord(last),
                  let full = namedInFull[last.lowercased()], full >= 0, full != id else { continue }
            // The post in the name or the role must be the full name's; a courtesy title
            // alone, its gender. A surname with neither may be anyone's.
            let lowered = words.map { $0.lowercased() }
            let post = lowered.last { !ReferenceParser.honorifics.contains($0) && Self.isTitleWord($0[...]) }
                ?? entities[id].role?.lowercased().spaceSeparatedWords().last.map(String.init)
            if let post {
                guard entities[full].role?.lowercased().spaceSeparatedWords().contains(where: { $0 == post }) == true else { continue }
            } else {
                let gender = Gender.of(words: lowered)
                // ("'We must be vigilant,' McMaster said." above the lede's "Gov. Henry McMaster":
                // a bare surname that speaks is the one person named in full with it.)
                guard words.count >= 2 || entities[id].speaks,
                      gender == .unknown || entities[full].gender == .unknown || gender == entities[full].gender else { continue }
            }
            fold(id, into: full)
        }
    }

    private mutating func fold(_ id: Int, into target: Int) {
        let folded = entities[id]
        for alias in [folded.name] + folded.aliases where !entities[target].aliasKeys.contains(alias.lowercased()) {
            entities[target].aliases.append(alias)
            entities[target].aliasKeys.insert(alias.lowercased())
        }
        entities[target].quoteCount += folded.quoteCount
        entities[target].reportedCount += folded.reportedCount
        entities[target].callCount += folded.callCount
        if folded.speaks {
            entities[target].speaks = true
            entities[target].firstSpoke = min(entities[target].firstSpoke, folded.firstSpoke)
        }
        entities[id].speaks = false
        entities[id].foldedInto = target
    }

    /// A post's or a courtesy title's word: "Governor", "Mr", "Gov.".
    static func isTitleWord(_ word: Substring) -> Bool {
        let lower = word.lowercased()
        return ReferenceParser.honorifics.contains(lower) && lower != "the" || Lexicon.isPostWord(lower)
    }

    // MARK: Resolving

    /// The entity a reference names, creating it when it is new. Pronouns come back nil when
    /// nothing compatible has been mentioned.
    mutating func resolve(_ reference: Reference, sentence: Int, position: Int, scope: Int? = nil) -> Int? {
        switch reference {
        case .pronoun(let pronoun):
            let id = antecedent(of: pronoun, sentence: sentence, position: position, scope: scope)
            if let id {
                if pronoun == .she && entities[id].gender == .unknown { entities[id].gender = .female }
                if pronoun == .he && entities[id].gender == .unknown { entities[id].gender = .male }
                note(id, sentence: sentence, position: position)
            }
            return id
        case .name(let name):
            let id = entity(named: name).0
            note(id, sentence: sentence, position: position, possessive: name.surface.endsInPossessive)
            return id
        case .description(let description):
            let id = entity(described: description, sentence: sentence, position: position).0
            if let id { note(id, sentence: sentence, position: position, byDocument: description.kind == .document) }
            return id
        }
    }

    private mutating func entity(named name: ProperName) -> (Int, Bool) {
        let key = name.key
        let slot = name.phrase.map { phrases.slot(for: $0) }
        let found: Int?
        if let slot, phrases[slot].version == lookupsVersion {
            found = phrases[slot].found < 0 ? nil : Int(phrases[slot].found)
        } else {
            found = byName[key] ?? shortFormMatch(name)
            if let slot {
                phrases[slot].found = found.map { Int32($0) } ?? -1
                phrases[slot].version = lookupsVersion
            }
        }
        if let id = found {
            // A role learnt later ("Jane Roe, the UN envoy, said" after the bare name) makes its
            // holder "the UN envoy" too.
            var learnt = false
            if let role = name.role, name.roleLength > entities[id].roleLength {
                entities[id].role = role
                learnt = true
            }
            // ("John Roe's resignation", then "John Roe said": a run ending in a possessive is
            // read as a body's; named again as a person, it is one.)
            if name.kind == .person && (entities[id].kind == .group || entities[id].kind == .organisation && entities[id].namedAsOwner) {
                entities[id].kind = .person
                learnt = true
            }
            if learnt { index(id, aliases: false) }
            if entities[id].gender == .unknown { entities[id].gender = name.gender }
            // A name is mentioned the same way again and again: a phrase already offered to
            // this entity offers nothing new, so its strings are not hashed again.
            if let slot {
                if phrases[slot].offeredTo == Int32(id) { return (id, false) }
                phrases[slot].offeredTo = Int32(id)
            }
            addAlias(name.surfaceKey, to: id)
            addAlias(name.nameKey, to: id)
            return (id, false)
        }
        // "my Department", then "the Department of Home Affairs": the body named by its head word
        // alone is now named in full.
        if name.kind != .person, let head = Self.headWord(ofBody: name.name), Lexicon.namesABody([head[...]]),
           let id = byName[NameKey(head)], entities[id].kind != .person,
           entities[id].role.map({ ["my", "our", "its", "their"].contains($0.lowercased()) }) ?? true, !entities[id].name.containsBytes(" ") {
            entities[id].aliases.append(entities[id].name)
            entities[id].name = name.name
            entities[id].role = nil
            entities[id].roleLength = 0
            entities[id].aliasKeys.insert(name.name.lowercased())
            index(id)
            return (id, false)
        }
        var entity = Entity(
            name: name.name, role: name.role, kind: name.kind, gender: name.gender,
            head: name.name.spaceSeparatedWords().last.map { $0.lowercased() } ?? key.text)
        if name.surface != name.name { entity.aliases.append(name.surface) }
        entity.namedAsOwner = name.surface.endsInPossessive
        return (add(entity), true)
    }

    private mutating func add(_ entity: Entity) -> Int {
        var entity = entity
        entity.roleLength = entity.role?.unicodeScalars.count ?? 0  // the memberwise initialiser skips `didSet`
        entity.aliasKeys = Set([entity.name.lowercased()] + entity.aliases.map { $0.lowercased() })
        entities.append(entity)
        let id = entities.count - 1
        index(id)
        return id
    }

    /// `aliases` false: only the role or the kind changed, and every alias already names the
    /// entity (each was indexed as it came); a speaker mentioned often has many.
    private mutating func index(_ id: Int, aliases: Bool = true) {
        let entity = entities[id]
        lookupsVersion += 1
        byName[NameKey(entity.name.lowercased())] = id
        if aliases {
            for alias in entity.aliases { byName[NameKey(alias.lowercased())] = id }
        }
        byHead[entity.head] = id
        // "the airline" of "Southwest Airlines": a body named by its kind in the plural is one of that kind.
        if entity.kind == .organisation, entity.head.hasSuffix("s"), !entity.head.hasSuffix("ss"),
           Lexicon.flagTable[entity.head]?.contains(.organisation) == true {
            byHead[String(entity.head.dropLast())] = id
        }
        // "The Somali insurgent group al-Shabab … The group told": a role's noun is a head too.
        if let role = entity.role, let noun = role.spaceSeparatedWords().last?.lowercased(),
           Self.genericOrganisationNouns.contains(noun) || Self.genericOrganisationNouns.contains(String(noun.dropLast()))
        {
            byHead[noun] = id
            if noun.hasSuffix("s") { byHead[String(noun.dropLast())] = id }
        } else if entity.kind == .person, let role = entity.role, let last = role.spaceSeparatedWords().last,
                  // ("PM" is held as "minister", the noun "the prime minister" ends in.)
                  let noun = Self.spelledOut(word: last).spaceSeparatedWords().last.map(String.init),
                  !noun.hasSuffix("s"), !role.lowercased().spaceSeparatedWords().contains(where: { ["former", "late", "then"].contains($0) }) {
            // "U.S. Senators Rob Portman and …": a plural role is not one person's; "former
            // Secretary-General Dag Hammarskjöld" no longer holds the office.
            roleHolders[noun] = roleHolders[noun].map { $0 == id ? id : -1 } ?? id
        }
        // "Secretary of Defense", "Minister for Fisheries": the office's noun stands before its portfolio.
        if entity.kind == .person, let role = entity.role, let office = Self.officeBeforePortfolio(role),
           !role.lowercased().spaceSeparatedWords().contains(where: { ["former", "late", "then"].contains($0) }),
           role.lowercased().spaceSeparatedWords().last.map(String.init) != office {
            roleHolders[office] = roleHolders[office].map { $0 == id ? id : -1 } ?? id
        }
        // "the IGP" after "the Inspector-General of Police (IGP), Jane Roe": a post's initials
        // name its holder, over the bare initials read as a body of their own.
        if entity.kind == .person, let role = entity.role {
            let known: [String]
            if let memo = initialsOfRoles[role] { known = memo } else {
                known = Self.initials(ofPost: role)
                initialsOfRoles[role] = known
            }
            for initials in known {
                let key = NameKey(initials.lowercased())
                if let other = byName[key], other != id, entities[other].name != initials || entities[other].role != nil { continue }
                byName[key] = id
            }
        }
        if entity.kind == .organisation {
            lastOrganisation = id
            // "Yonhap" after "Yonhap News Agency": a body's own word before words that only say
            // what kind of body it is names it alone.
            let written = entity.name.spaceSeparatedWords()
            if written.count >= 2, let first = written.first, first.first?.isUppercase == true, first.allSatisfy(\.isLetter),
               Lexicon.flagTable[first.lowercased()] == nil,
               written.dropFirst().allSatisfy({ Lexicon.flagTable[$0.lowercased()]?.contains(.organisation) == true }) {
                let key = first.lowercased()
                bodiesByOwnWord[key] = bodiesByOwnWord[key].map { $0 == id ? id : -1 } ?? id
            }
        }
        var words = entity.name.spaceSeparatedWords().map { $0.lowercased() }
        // "Deegan" for "Peter E. Deegan, Jr.": the family name before the generation.
        while words.count > 2, let last = words.last, Lexicon.generations.contains(last) {
            words.removeLast()
            if let family = words.last, family.hasSuffix(",") { words[words.count - 1] = String(family.dropLast()) }
        }
        // ("Republicans and Democrats" are two; "Democrats" alone is not them.)
        guard words.count > 1, entity.kind != .organisation, !entity.isJoint, !words.contains("and") else { return }
        byLastWord[words.last!] = id
        guard entity.kind == .person else { return }
        byFirstWord[words.first!] = id
        // "Mr Kong" for "Kong Wing-cheung", "Mr. Ban" for "Ban Ki-moon": a given name joined by a
        // hyphen to a lowercase syllable follows the family name, which is the first word.
        if words.count == 2, words[1].utf8.contains(UInt8(ascii: "-")), case let written = entity.name.spaceSeparatedWords(),
           written.count == 2, Self.isSyllabicGivenName(written[1]) {
            byLastWord[words[0]] = id
        }
    }

    /// Whether every word of `short` stands in `full` in the same order.
    static func isInOrder(_ short: [String], within full: [String]) -> Bool {
        var rest = full[...]
        for word in short {
            guard let at = rest.firstIndex(of: word) else { return false }
            rest = rest[(at + 1)...]
        }
        return true
    }

    /// "Wing-cheung", "Ki-moon", "Jae-in": a capitalised syllable, a hyphen, a lowercase one.
    static func isSyllabicGivenName(_ word: Substring) -> Bool {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let first = parts[0].first, let second = parts[1].first else { return false }
        return first.isUppercase && second.isLowercase && parts[1].allSatisfy(\.isLetter) && parts[0].allSatisfy(\.isLetter)
    }

    /// `Khalilzad`, `Ms Hutchison`, `Thomas` for a person already named in full.
    private func shortFormMatch(_ name: ProperName) -> Int? {
        // "OSHA" after "the Occupational Safety and Health Administration (OSHA)": the body's initials.
        if Self.isAcronym(name.name),
           let id = entities.firstIndex(where: { $0.kind != .person && $0.name.containsBytes(" ") && Self.abbreviates(name.name, $0.name) }) {
            return id
        }
        let words = name.name.spaceSeparatedWords().map { $0.lowercased() }
        // "my Department" after "the Department of Home Affairs": a body's head word alone is the
        // one body named with it and its portfolio.
        if words.count == 1, let word = words.first, Lexicon.namesABody([word[...]]) {
            let bodies = entities.indices.filter { entities[$0].kind == .organisation && Self.headWord(ofBody: entities[$0].name) == word }
            if bodies.count == 1 { return bodies[0] }
        }
        // "John Public" after "John Q. Public", "Hillary Clinton" after "Hillary Rodham Clinton":
        // the same person with a middle name or initial left out.
        // (The look-ups by first and last word agree before the name is spelled out.)
        if words.count > 1, name.kind == .person, let id = byLastWord[words[words.count - 1]], byFirstWord[words[0]] == id,
           entities[id].kind == .person {
            let full = entities[id].name.spaceSeparatedWords().map { $0.lowercased() }
            if full.count > words.count, full.first == words.first, Self.isInOrder(words, within: full) { return id }
        }
        guard words.count == 1, let word = words.first else { return nil }
        let bare = word.hasSuffix("'") ? String(word.dropLast()) : word
        // "Prime Minister Kaczynski" after "Prime Minister Jaroslaw Kaczynski" and "President Lech
        // Kaczynski": of two people with the surname, the one who holds the post named with it.
        // (The cast is walked only when the one the surname finds holds another post.)
        if name.kind == .person, let role = name.role?.lowercased(), let last = byLastWord[bare], entities[last].role?.lowercased() != role {
            let namesakes = entities.indices.filter { index in
                entities[index].kind == .person && entities[index].name.lowercased().spaceSeparatedWords().last.map(String.init) == bare
            }
            let holders = namesakes.filter { entities[$0].role?.lowercased() == role }
            if namesakes.count >= 2, holders.count == 1 { return holders[0] }
        }
        // (A person's surname before a body's own word: "Mr Morrison" of "the Morrison Government".)
        if name.kind != .organisation, let id = byLastWord[bare] ?? byFirstWord[bare] { return id }
        // "Kemp's evacuation order" after "Gov. Brian Kemp": the owner a possessive is read as
        // (a body's, when nothing else is known) is the person with that surname.
        if name.surface.endsInPossessive, let id = byLastWord[bare], entities[id].kind == .person { return id }
        return bodiesByOwnWord[bare].flatMap { $0 >= 0 ? $0 : nil }
    }

    /// "department" of "Department of Home Affairs", "office" of "Office for Students": the word
    /// that names a body alone once its portfolio has been given, lowercased.
    static func headWord(ofBody name: String) -> String? {
        let words = name.lowercased().spaceSeparatedWords()
        guard words.count > 2, ["of", "for"].contains(words[1]) else { return nil }
        return String(words[0])
    }

    /// Two to eight capitals: a word that could be some body's initials. Asked once a name,
    /// before the cast is walked for the body it abbreviates.
    static func isAcronym(_ word: String) -> Bool {
        (2...8).contains(word.count) && word.allSatisfy { $0.isUppercase }
    }

    /// Whether `acronym` is the initials of `name`: "OSHA" of "Occupational Safety and Health
    /// Administration", "EPA" of "U.S. Environmental Protection Agency" (without its country),
    /// and, with `orItsEnd`, "USGS" of "Geological Survey", where "U.S." was left out of the name.
    static func abbreviates(_ acronym: String, _ name: String, orItsEnd: Bool = false) -> Bool {
        guard isAcronym(acronym) else { return false }
        var initials = ""
        var first = ""
        for word in name.spaceSeparatedWords() {
            guard let letter = word.first, letter.isUppercase else { continue }
            // "U.S." gives both its letters.
            let part = word.contains(".") ? String(word.filter(\.isUppercase)) : String(letter)
            if initials.isEmpty { first = part }
            initials += part
        }
        return initials.count > 1 && (initials == acronym || (orItsEnd && acronym.hasSuffix(initials))
            || (initials.count > first.count && initials.dropFirst(first.count) == acronym))
    }

    /// The initials a post goes by: "SSG" of "Secretary to the State Government", "IGP" of
    /// "Inspector-General of Police" (a hyphen parts two words), "COAS" as well as "CAS" of "Chief
    /// of Army Staff". Each part of a role between commas that opens with an office's word and
    /// is capitalised but for its small words gives them; "a spokeswoman for the EPA" gives none.
    static func initials(ofPost role: String) -> [String] {
        var found: [String] = []
        for part in role.split(separator: ",") {
            var words = part.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "(" || $0 == ")" })
            if let first = words.first, first == "The" || first == "the" { words.removeFirst() }
            guard let office = words.first, office.first?.isUppercase == true,
                  Lexicon.isPostOrRoleWord(office)
            else { continue }
            // "Inspector-General of Police (IGP)": the initials given after the post.
            let given = words.count > 2 && isAcronym(String(words[words.count - 1])) ? String(words.removeLast()) : nil
            var plain = "", withOf = ""
            var isPost = true
            for word in words {
                guard let letter = word.first else { continue }
                if letter.isUppercase {
                    plain.append(letter)
                    withOf.append(letter)
                } else if word == "of" {
                    withOf.append("O")
                } else if !["to", "for", "and", "the"].contains(word) {
                    isPost = false
                    break
                }
            }
            guard isPost, plain.count > 1 else { continue }
            if let given {
                if given == plain || given == withOf { found.append(given) }
            } else {
                found.append(plain)
                if withOf != plain { found.append(withOf) }
            }
        }
        return found
    }

    private mutating func entity(described description: Description, sentence: Int? = nil, position: Int = .max) -> (Int?, Bool) {
        if description.definite && description.head == "statement" {
            return (statementIssuer, false)
        }
        // The role's words: "the minister", "the foreign minister" or "the Swedish minister", not
        // "the prime minister" or "the minister of defence". Only someone already speaking: "The
        // Prime Minister met Japan's Prime Minister Fumio Kishida" is another prime minister, and
        // "the Commissioner" is Commissioner Jane Roe only once she has spoken.
        if description.definite,
           let id = roleHolders[description.head], id >= 0, entities[id].speaks || justMentioned(id, before: sentence, position: position),
           Self.holds(entities[id].role, described: description.text.lowercased()) {
            // "A spokesman for the ministry said … the spokesman added": one described since is meant.
            if let described = byHead[description.head], described != id, lastMention(of: described) > lastMention(of: id) {
                return (described, false)
            }
            return (id, false)
        }
        // "the head of state" after "President Jane Roe said": the one holder of an office news
        // names otherwise, once spoken or just mentioned.
        if description.definite, let offices = Lexicon.officeByAnotherName[description.text.lowercased()] {
            for office in offices {
                let holders = entities.indices.filter { entities[$0].kind == .person && Self.holds(entities[$0].role, described: office) }
                guard holders.count == 1, let id = holders.first, entities[id].speaks || justMentioned(id, before: sentence, position: position)
                else { continue }
                return (id, false)
            }
        }
        // "Jordan's deputy envoy" after "the Palestinian envoy": a name the earlier one lacks makes another.
        if description.definite, let latest = byHead[description.head] {
            if Self.namesFit(description, entities[latest]) { return (latest, false) }
            // "The Ruritanian envoy" once "Jordan's deputy envoy" has spoken: the earlier one it fits.
            if let earlier = entities.indices.last(where: { $0 != latest && entities[$0].head == description.head && Self.namesFit(description, entities[$0]) }) {
                return (earlier, false)
            }
        }
        // "the organisation", "the group": the organisation named last; "the rights group", of a
        // kind, only while it is still being talked of.
        // "The group called for an inquiry by the United Nations": not a body named after it.
        // ("The Houthi movement" after "the Federal Government": a name among the description's
        // words must be in the body's own.)
        if description.definite, Self.genericOrganisationNouns.contains(description.head), let id = organisation(before: position, in: sentence),
           !description.text.contains(" ") || sentence.map({ now in mentions.last { $0.entity == id }.map { now - $0.sentence <= 1 } ?? false }) ?? true,
           Self.namesInDescription(description.text).allSatisfy({ entities[id].name.spaceSeparatedWords().contains($0) }) {
            return (id, false)
        }
        if let pair = pairNamed(for: description, before: position, in: sentence) {
            return (jointSpeaker(of: pair), false)
        }
        var entity = Entity(
            name: description.text, role: nil, kind: description.kind, gender: description.gender,
            head: description.head)
        if description.surface != description.text { entity.aliases.append(description.surface) }
        return (add(entity), true)
    }

    /// "Both men", "the two sides": the last two people named in the last few sentences, who
    /// speak as one; for sides or countries, the last two named of any kind when no two people are.
    private func pairNamed(for description: Description, before position: Int, in sentence: Int?) -> [Int]? {
        guard let sentence, description.head.hasSuffix("s") || ["men", "women"].contains(description.head) else { return nil }
        let words = description.surface.lowercased().split(separator: " ")
        guard words.count == 2 && words[0] == "both" || words.count == 3 && words[0] == "the" && words[1] == "two" else { return nil }
        let people = ["men", "women"].contains(description.head) || Self.isPluralOfPeople(description.head)
        var persons: [Int] = [], named: [Int] = []
        for mention in mentions.suffix(Self.mentionWindow).reversed() where mention.sentence >= sentence - 4 {
            if mention.sentence > sentence || (mention.sentence == sentence && mention.position >= position) { continue }
            let entity = entities[mention.entity]
            guard !entity.isJoint, entity.name.containsBytes(" ") || entity.speaks else { continue }
            if entity.kind == .person, !persons.contains(mention.entity) { persons.append(mention.entity) }
            if !named.contains(mention.entity) { named.append(mention.entity) }
            if persons.count == 2 { return persons.sorted() }
        }
        // In the order the text introduced them.
        return !people && named.count >= 2 ? named.prefix(2).sorted() : nil
    }

    /// Where in the recent mentions `id` was last mentioned, -1 when not among them.
    /// "Health Minister Jane Roe visited the hospital. “…,” the minister said": the holder named
    /// in the sentence before, with no one named since, is meant before they have spoken.
    /// (The same words resolved again, as a subject is for its sentence's quote, then its call,
    /// are passed over: they are this description, not a mention before it.)
    private func justMentioned(_ id: Int, before sentence: Int?, position: Int) -> Bool {
        guard let sentence,
              let last = mentions.last(where: { $0.sentence != sentence || $0.position != position }), last.entity == id else { return false }
        return last.sentence == sentence - 1
    }

    private func lastMention(of id: Int) -> Int {
        let recent = mentions.suffix(Self.mentionWindow)
        return recent.lastIndex { $0.entity == id } ?? -1
    }

    /// The body a description points back to: in the latest sentence that names a body before
    /// `position`, the first it names, as a pronoun's antecedent is ("Reporters Without Borders
    /// staged a rally outside the United Nations. The press freedom group called …").
    private func organisation(before position: Int, in sentence: Int?) -> Int? {
        let recent = mentions.suffix(Self.mentionWindow)
        let before = { (m: Mention) in entities[m.entity].kind == .organisation && (m.sentence != sentence || m.position < position) }
        guard let latest = recent.last(where: before) else {
            // Named before the mentions kept, and not since.
            return recent.contains(where: { $0.entity == lastOrganisation }) ? nil : lastOrganisation
        }
        return recent.first { before($0) && $0.sentence == latest.sentence }?.entity
    }

    /// Whether a person with `role` is "the \(text)": its words, its end, its office before a
    /// portfolio or after a country.
    static func holds(_ role: String?, described text: String) -> Bool {
        guard let role = role.map(spelledOut) else { return false }
        return role == text || role.hasSuffix(" " + text) || narrows(role, to: text) || officeBeforePortfolio(role) == text
            || office(ofPortfolio: role).map({ $0 == text || $0.hasSuffix(" " + text) }) ?? false
    }

    /// Every name before a described person's post ("Jordan's", "British") is in the name or an
    /// alias of the one it would mean: "the Palestinian envoy" may be "the Palestinian
    /// Authority's envoy", "Jordan's deputy envoy" is another. (Where a body is, "Cambodia's
    /// election committee", says nothing of which it is.)
    static func namesFit(_ description: Description, _ entity: Entity) -> Bool {
        guard entity.kind != .organisation else { return true }
        func names(_ text: String, before head: String?) -> [Substring] {
            var words = text.spaceSeparatedWords()
            if let head, let at = words.firstIndex(where: { $0.lowercased() == head }) { words = Array(words[..<at]) }
            return words.filter { $0.first?.isUppercase == true }.map { word in
                word.endsInPossessive ? word.dropLast(2) : word
            }
        }
        let known = Set(([entity.name] + entity.aliases).flatMap { names($0, before: nil) })
        return names(description.text, before: description.head).allSatisfy(known.contains)
    }

    /// "secretary" of "U.S. Secretary of Defense", "minister" of "Minister for Trade", "envoy" of
    /// "Special Envoy to the Lakes", "spokesperson" of "Spokesperson at the President's office":
    /// a title just before the role's first "of", "for", "to" or "at".
    static func officeBeforePortfolio(_ role: String) -> String? {
        let words = role.lowercased().spaceSeparatedWords()
        guard let of = words.firstIndex(where: { $0 == "of" || $0 == "for" || $0 == "to" || $0 == "at" }), of > 0,
              Lexicon.isPostWord(String(words[of - 1])) else { return nil }
        return String(words[of - 1])
    }

    /// "deputy secretary" of "Deputy Secretary of State", "state minister" of "the State Minister
    /// for Health": the whole office before its portfolio, which "the Deputy Secretary" names
    /// ("the Special Envoy" too, of "the United Nations Special Envoy for Syria").
    static func office(ofPortfolio role: String) -> String? {
        var words = role.spaceSeparatedWords()
        if words.first == "the" { words.removeFirst() }
        guard let of = words.firstIndex(where: { $0 == "of" || $0 == "for" || $0 == "to" }), of > 1,
              Lexicon.isPostWord(String(words[of - 1])) else { return nil }
        return words[..<of].joined(separator: " ")
    }

    /// A role lowercased with its short titles written out: "Gen." as "general".
    static func spelledOut(_ role: String) -> String {
        role.spaceSeparatedWords().map(spelledOut(word:)).joined(separator: " ")
    }

    static func spelledOut(word: Substring) -> String {
        let lower = word.lowercased()
        return Lexicon.titleAbbreviations[lower] ?? lower
    }

    /// "the Swedish minister" for "Swedish Foreign Minister": every word of the description is a
    /// word of the role, which ends in the same noun.
    static func narrows(_ role: String, to description: String) -> Bool {
        let words = description.spaceSeparatedWords()
        guard words.count >= 2 else { return false }
        let roleWords = role.spaceSeparatedWords()
        return roleWords.last == words.last && words.allSatisfy { roleWords.contains($0) }
    }

    /// The capitalised words before a description's head: "Houthi" of "Houthi movement".
    static func namesInDescription(_ text: String) -> [Substring] {
        text.spaceSeparatedWords().dropLast().filter { $0.first?.isUppercase == true && $0 != "The" }
    }

    static let genericOrganisationNouns: Set<String> = [
        "organisation", "organization", "group", "agency", "body", "company", "alliance", "bloc",
        "institution", "movement", "association",
    ]

    private mutating func addAlias(_ offered: NameKey, to id: Int) {
        guard entities[id].offeredAliases.insert(offered).inserted else { return }
        let alias = offered.text.trimmingEdgePunctuation()
        let key = alias.lowercased()
        guard !alias.isEmpty, entities[id].aliasKeys.insert(key).inserted else { return }
        entities[id].aliases.append(alias)
        byName[NameKey(key)] = id
        lookupsVersion += 1
    }

    // MARK: Discourse

    /// The entity named last in sentence `number`, if any was.
    func lastNamed(inSentence number: Int) -> Int? {
        guard let last = mentions.last, last.sentence == number else { return nil }
        return last.entity
    }

    /// The entity's role, for telling whom a person speaks for.
    func role(of id: Int) -> String? { entities[entities[id].foldedInto ?? id].role }

    mutating func note(_ id: Int, sentence: Int, position: Int, possessive: Bool = false, byDocument: Bool = false) {
        mentions.append(Mention(entity: id, sentence: sentence, position: position, possessive: possessive, byDocument: byDocument))
        // Only the last 64 mentions matter to a pronoun. Trimmed 64 at a time: trimming one
        // at every mention moved the other 63 each time.
        if mentions.count >= 2 * Self.mentionWindow { mentions.removeFirst(mentions.count - Self.mentionWindow) }
    }

    private static let mentionWindow = 64

    /// The entity a pronoun refers to: in the nearest sentence with a compatible mention, the
    /// first one (the subject, most often; "For Kevin Allton, ..., Warhol was a legend. He
    /// said" is Allton's).
    private func antecedent(of pronoun: Lexicon.Pronoun, sentence: Int, position: Int, scope: Int?) -> Int? {
        if pronoun == .we || pronoun == .i { return scope ?? voice }
        // The compatible mention in the latest sentence, and in it the earliest: one pass, no
        // table of candidates by sentence.
        // "Military strikes …, Ban Ki-moon said. He added …": within the sentence a bare
        // capitalised word that never spoke, which may be no one, comes after any other.
        var best: Mention?
        var bestIsPerson = false
        // ("Bush's stipulations have been clear, Rumsfeld said. He added": a possessor comes after the rest.)
        // "The Foreign Secretary welcomed …. This followed resolutions on Iran. He also called for":
        // a bare name that never spoke, last mentioned, gives way to one who spoke before it.
        var speaker: Mention?
        for mention in mentions.suffix(Self.mentionWindow) where mention.sentence >= sentence - 3 {
            if mention.sentence > sentence || (mention.sentence == sentence && mention.position >= position) { continue }
            // "While Unite says …, it also claimed …": in the same sentence, a bare name that has
            // just spoken is what "it" means too.
            let spokeJustNow = pronoun == .it && mention.sentence == sentence && entities[mention.entity].kind == .group
                && entities[mention.entity].speaks && !entities[mention.entity].name.containsBytes(" ")
            guard spokeJustNow || (pronoun == .it && mention.byDocument) || isCompatible(mention.entity, with: pronoun) else { continue }
            if mention.entity == turnSpeaker, pronoun == .he || pronoun == .she { continue }
            let entity = entities[mention.entity]
            if pronoun == .he || pronoun == .she, entity.speaks { speaker = mention }
            // ("The minister visited the camps of South Ossetia. He said": one person described
            // is a person as much as a name of two words is.)
            let isPerson = entity.speaks || entity.kind != .group || entity.name.containsBytes(" ") || isOnePerson(mention.entity)
            if let current = best {
                if mention.sentence < current.sentence { continue }
                if mention.sentence == current.sentence {
                    if bestIsPerson && !isPerson { continue }
                    if isPerson == bestIsPerson {
                        if mention.possessive && !current.possessive { continue }
                        // ("Police officers said …. They urged": a body's name begun at the same place as the
                        // phrase that spoke gives way to that whole phrase.)
                        if mention.possessive == current.possessive && mention.position >= current.position,
                           !(mention.position == current.position && entities[mention.entity].name.count > entities[current.entity].name.count
                             && entities[mention.entity].name.hasPrefix(entities[current.entity].name)) { continue }
                    }
                }
            }
            best = mention
            bestIsPerson = isPerson
        }
        if !bestIsPerson, let speaker { return speaker.entity }
        // "Farmer Abu Adam dug wells. He speaks Hausa. … But he says …": "he" or "she" after a
        // bare word that never spoke means the last person named in full or heard, even further back.
        if pronoun == .he || pronoun == .she, best.map({ !bestIsPerson && !entities[$0.entity].speaks }) ?? false,
           let earlier = mentions.suffix(Self.mentionWindow).last(where: { mention in
               mention.sentence < sentence && !mention.possessive && entities[mention.entity].kind == .person && mention.entity != turnSpeaker
                   && (entities[mention.entity].speaks || entities[mention.entity].name.containsBytes(" "))
                   && isCompatible(mention.entity, with: pronoun)
           }) {
            return earlier.entity
        }
        return best?.entity
    }

    /// "doctors", "officials": a post's or a role's noun in the plural.
    static func isPluralOfPeople(_ head: String) -> Bool {
        guard head.hasSuffix("s"), !head.hasSuffix("ss") else { return false }
        let roles: WordFlags = [.roleNoun, .title]
        return Lexicon.flagTable[head].map { !$0.isDisjoint(with: roles) } == true
            || Lexicon.flagTable[String(head.dropLast())].map { !$0.isDisjoint(with: roles) } == true
    }

    /// "the self-identified politician": a description of someone who speaks, in the singular
    /// and not a body, is one person whom "he" or "she" can mean.
    private func isOnePerson(_ id: Int) -> Bool {
        let head = entities[id].head
        guard !head.hasSuffix("s"), Reading.canSpeak(head), !Reading.isDocument(head) else { return false }
        return Lexicon.flagTable[head]?.contains(.organisation) != true
    }

    /// By number rather than by entity, so that no `Entity`, names and alias sets and all, is
    /// copied for each mention a pronoun looks at.
    private func isCompatible(_ id: Int, with pronoun: Lexicon.Pronoun) -> Bool {
        let kind = entities[id].kind, gender = entities[id].gender
        switch pronoun {
        case .he, .she:
            return (kind == .person || kind == .group) && gender.isCompatible(with: pronoun)
                && !(kind == .group && gender == .unknown && entities[id].name.containsBytes(" ") && !isOnePerson(id))
                // "North Korea and Burma" are two of something, never "he".
                && !entities[id].name.containsBytes(" and ")
                // "The doctors said …", "Officials say …": a plural of people is never "she".
                && !(kind == .group && !entities[id].name.containsBytes(" ") && Self.isPluralOfPeople(entities[id].head))
        case .it:
            return kind == .organisation || kind == .document
        case .they:
            // "They called for …": people or bodies, not the statements just mentioned.
            let head = entities[id].head
            // ("Democrats argue … They say …": a plural name that has spoken.)
            let pluralName = kind == .group && entities[id].speaks && head.hasSuffix("s") && entities[id].name.first?.isUppercase == true
            return (kind == .organisation || kind == .group) && !Reading.isDocument(head) && (Reading.canSpeak(head) || pluralName)
        case .we, .i:
            return false
        }
    }
}

extension String {
    /// Whether the bytes of `part` occur in the string. Names are asked this for every pronoun
    /// and every candidate, and the generic `contains(_:)` cost more there than the rest of
    /// the pronoun's resolution.
    func containsBytes(_ part: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: part.utf8Start, count: part.utf8CodeUnitCount)
        let found = utf8.withContiguousStorageIfAvailable { hay -> Bool in
            guard !needle.isEmpty else { return true }
            guard needle.count <= hay.count else { return false }
            search: for start in 0...(hay.count - needle.count) {
                for offset in 0..<needle.count where hay[start + offset] != needle[offset] { continue search }
                return true
            }
            return false
        }
        return found ?? contains(String(decoding: needle, as: UTF8.self))
    }

    /// The words between spaces, found byte by byte: `split(separator: " ")` compares whole
    /// characters, and was most of the cost of indexing a name and its role.
    func spaceSeparatedWords() -> [Substring] {
        var words: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            if utf8[index] == 0x20 {
                if start < index { words.append(self[start..<index]) }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if start < utf8.endIndex { words.append(self[start..<utf8.endIndex]) }
        return words
    }

    func trimmingEdgePunctuation() -> String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.isWhitespace || ",;:".unicodeScalars.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace || ",;:".unicodeScalars.contains(last) { scalars.removeLast() }
        return String(scalars)
    }
}

extension StringProtocol where UTF8View: BidirectionalCollection, UTF8View.SubSequence: BidirectionalCollection {
    /// Whether the string ends in "'s" or "’s", read from its last bytes: the generic
    /// `hasSuffix(_:)` compares characters, and every name the cast resolves is asked this.
    var endsInPossessive: Bool {
        let bytes = utf8
        guard let last = bytes.last, last == 0x73 else { return false }
        let before = bytes.dropLast()
        if before.last == 0x27 { return true }
        return before.count >= 3 && before.suffix(3).elementsEqual([0xE2, 0x80, 0x99])
    }
}
