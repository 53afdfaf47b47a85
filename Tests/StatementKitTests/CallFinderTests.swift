import Testing
@testable import StatementKit

@Suite("Calls to action")
struct CallFinderTests {
    func calls(_ text: String) -> [CallToAction] { analyze(text).callsToAction }

    @Test(arguments: [
        ("The league urged the clubs to cut ticket prices.", "urged", "the clubs", "cut ticket prices"),
        ("The league called on the clubs to cut ticket prices.", "called on", "the clubs", "cut ticket prices"),
        ("The league called upon the clubs to cut ticket prices.", "called upon", "the clubs", "cut ticket prices"),
        ("The league appealed to the clubs to cut ticket prices.", "appealed to", "the clubs", "cut ticket prices"),
        ("The league asked the clubs to cut ticket prices.", "asked", "the clubs", "cut ticket prices"),
        ("The league encouraged the clubs to cut ticket prices.", "encouraged", "the clubs", "cut ticket prices"),
        ("The league pleaded with the clubs to cut ticket prices.", "pleaded with", "the clubs", "cut ticket prices"),
        ("The league said the clubs must cut ticket prices.", "must", "the clubs", "cut ticket prices"),
        ("The league says everyone must cut ticket prices.", "must", "everyone", "cut ticket prices"),
        ("The league urged the clubs to cut ticket prices following a surge in complaints.", "urged", "the clubs", "cut ticket prices"),
        ("The league urged the clubs to cut ticket prices amid the protests.", "urged", "the clubs", "cut ticket prices"),
        ("The league is appealing to the clubs — please cut ticket prices.", "appealing to", "the clubs", "cut ticket prices"),
        ("The league said it is time for the clubs to cut ticket prices.", "it is time for", "the clubs", "cut ticket prices"),
        ("The league said it is vital that the clubs cut ticket prices.", "it is vital that", "the clubs", "cut ticket prices"),
        ("The league is calling on the clubs to cut ticket prices.", "calling on", "the clubs", "cut ticket prices"),
        ("The league is urging the clubs to cut ticket prices.", "urging", "the clubs", "cut ticket prices"),
        ("The league took the opportunity to urge the clubs to cut ticket prices.", "urge", "the clubs", "cut ticket prices"),
        // A verb of the clause the word lists lack, found by its tag; a participle after whom is not it.
        ("The league recommended that all clubs over the age of ten get new ticket prices.", "recommended that",
         "all clubs over the age of ten", "get new ticket prices"),
        ("The league said it is vital that anyone crossing the border finds shelter.", "it is vital that",
         "anyone crossing the border", "finds shelter"),
        // Those meant most, listed after "especially", are whom; ", it's …" ends what.
        ("The league encouraged everyone, especially clubs, young players and anyone with a season ticket, to buy early, it's the best deal.",
         "encouraged", "everyone, especially clubs, young players and anyone with a season ticket,", "buy early"),
        // Those named after "especially" are of whom, asked with it, not beside it.
        ("The league urged the clubs, especially the Rovers and the United to cut ticket prices.",
         "urged", "the clubs, especially the Rovers and the United", "cut ticket prices"),
        // "It is vital" with its clause's "that" left out.
        ("The league said it is vital all the clubs cut ticket prices.", "it is vital", "all the clubs", "cut ticket prices"),
        // A day between the cue and its particle.
        ("The league called Tuesday on the clubs to cut ticket prices.", "called Tuesday on", "the clubs", "cut ticket prices"),
        ("The league called on Monday on the clubs to cut ticket prices.", "called on Monday on", "the clubs", "cut ticket prices"),
        // A clause of time between the necessity and its "that".
        ("The league said it is important, as the season begins, that all the clubs cut ticket prices.",
         "it is important, as the season begins, that", "all the clubs", "cut ticket prices"),
        // A clause of its own after ", as" ends what is asked, a number in its subject or not.
        ("The league urged the clubs to cut ticket prices, as its 2,000 new seats are finished.", "urged", "the clubs", "cut ticket prices"),
        // Why it is asked, after "given", is not what is asked.
        ("The league urged the clubs to cut ticket prices given the importance of young fans.", "urged", "the clubs", "cut ticket prices"),
        // A participle's own infinitive inside whom is the participle's; after its auxiliary it is the act's.
        ("The league urged all fans hoping to buy tickets to register early.", "urged", "all fans hoping to buy tickets", "register early"),
        ("The league urged fans who are protesting to do so peacefully.", "urged", "fans who are protesting", "do so peacefully"),
        // A clause after "ensure" or "until" is the act's.
        ("The league urged the clubs to ensure their tickets are cheaper.", "urged", "the clubs", "ensure their tickets are cheaper"),
        ("The league urged the clubs to wait until the inquiry is over.", "urged", "the clubs", "wait until the inquiry is over"),
        // A demand or a request with its clause's "that" left out.
        ("The league demanded the clubs cut ticket prices.", "demanded", "the clubs", "cut ticket prices"),
        ("The league requested all the clubs stay open.", "requested", "all the clubs", "stay open"),
        ("The league asked the clubs cut ticket prices.", "asked", "the clubs", "cut ticket prices"),
        // A participle's clause with "that" left out before a pronoun and its bare verb.
        ("The league wrote to the clubs asking they cut ticket prices.", "asking", "they", "cut ticket prices"),
        // Whom, quoted in passing.
        ("The league appealed to \"all clubs\" to cut ticket prices.", "appealed to", "\"all clubs\"", "cut ticket prices"),
        ("The league urged the \"big six\" clubs to cut ticket prices.", "urged", "the \"big six\" clubs", "cut ticket prices"),
        // Whom quoted whole right after the cue, the act asked in the narration after it.
        ("The league urged \"all clubs\" to cut ticket prices.", "urged", "all clubs", "cut ticket prices"),
        ("The league issued a statement urging \"all clubs\" to cut ticket prices.", "urging", "all clubs", "cut ticket prices"),
        // Whom and what quoted in passing after the cue's particle.
        ("The league called on \"the clubs to cut ticket prices\".", "called on", "the clubs", "cut ticket prices"),
        ("The league issued a statement calling on \"the clubs to cut ticket prices\".", "calling on", "the clubs", "cut ticket prices"),
        // When it was asked, between whom and what is asked for, is neither.
        ("The league appealed to the clubs on Saturday for lower ticket prices.", "appealed to", "the clubs", "lower ticket prices"),
    ])
    func cues(_ text: String, _ cue: String, _ addressee: String, _ action: String) throws {
        let call = try #require(calls(text).first)
        #expect(call.cue == cue)
        #expect(call.addressee.map(String.init) == addressee)
        #expect(call.action == action)
        #expect(call.actor == "league")
    }

    @Test(arguments: ["“We’re calling for lower ticket prices,” the league said.", "“I'm calling for lower ticket prices,” the league said."])
    func aProgressiveWithItsAuxiliaryInThePronounCalls(_ text: String) throws {
        let call = try #require(calls(text).first)
        #expect(call.cue == "calling for")
        #expect(call.action == "lower ticket prices")
        #expect(call.actor == "league")
    }

    @Test(arguments: [
        ("Mayor Jane Roe late Sunday night urged residents to stay indoors.", "Jane Roe"),
        ("Mayor Jane Roe late on Sunday urged residents to stay indoors.", "Jane Roe"),
        ("The league earlier this week urged the clubs to cut ticket prices.", "league"),
        ("Police this morning asked residents to stay indoors.", "Police"),
        ("Mayor Jane Roe Sunday said the road would reopen, and urged residents to stay indoors.", "Jane Roe"),
    ])
    func aTimeBetweenTheCallerAndTheCueIsNoPartOfTheCaller(_ text: String, _ actor: String) throws {
        let call = try #require(calls(text).first)
        #expect(call.actor == actor)
    }

    @Test(arguments: [
        "42 tenant groups have joined forces to demand lower rents.",
        "The 42 tenant groups have joined forces to demand lower rents.",
    ])
    func aNumberOpeningTheSubjectCountsItsNoun(_ text: String) throws {
        let call = try #require(calls(text).first)
        #expect(call.actor == "tenant groups")
    }

    @Test(arguments: [
        "The league called for cheaper tickets as the season begins.",
        "The league is appealing for cheaper tickets as this is a hard year.",
    ])
    func aClauseAfterAsEndsTheThingAskedFor(_ text: String) throws {
        let call = try #require(calls(text).first)
        #expect(call.action == "cheaper tickets")
    }

    @Test func aClauseOfWhoAfterTheCallersNounIsNoPartOfTheCaller() throws {
        let call = try #require(calls("Residents who spoke to Mayor Jane Roe urged the council to act.").first)
        #expect(call.actor == "Residents")
    }

    @Test func theFrameNearestBeforeAModalIsItsCaller() throws {
        let call = try #require(calls("The spokesman said Jane Roe told him that all clubs must cut ticket prices.").first)
        #expect(call.cue == "must")
        #expect(call.actor == "Jane Roe")
    }

    @Test func aQuantifierFloatedAfterTheAuxiliaryOrThePronounIsNoArticle() {
        let found = calls("The league and the union have both pressed the clubs to cut ticket prices.")
        #expect(found.map(\.cue) == ["pressed"])
        #expect(found.map(\.actor) == ["league and the union"])
        #expect(calls("The two leagues have each urged the clubs to cut ticket prices.").map(\.actor) == ["two leagues"])
        #expect(calls("We all call on the clubs to cut ticket prices.").map(\.cue) == ["call on"])
        // Before a noun it is one: "all calls for lower prices" are a thing.
        #expect(calls("The league welcomed all calls for lower ticket prices.").isEmpty)
    }

    /// "He thus urged": an adverb between a subject pronoun and the cue is no part of the caller.
    @Test func anAdverbAfterThePronounIsNoPartOfTheCaller() {
        let found = calls("Mayor Jane Roe opened the bridge. She therefore urged drivers to slow down near the school.")
        #expect(found.map(\.cue) == ["urged"])
        #expect(found.map(\.actor) == ["Jane Roe"])
    }

    @Test func aBodyNamedBesideOthersOnlyCountedIsTheCaller() {
        let text = "As the holiday nears, the Harbour Board and several other agencies are urging boaters to stay vigilant."
        #expect(calls(text).map(\.actor) == ["Harbour Board"])
        // Two bodies named in full are both the caller.
        #expect(calls("The league and the union have both pressed the clubs to cut prices.").map(\.actor) == ["league and the union"])
    }

    /// Bodies a list names, calling together, are one caller named as the list names them; a
    /// body whose own name has "and" in it is one.
    @Test(arguments: [
        ("The Harbour Board and the River Authority called on boaters to slow down.", "Harbour Board and the River Authority"),
        ("Norway, Denmark and the United Kingdom urged the parties to return to talks.", "Norway, Denmark and the United Kingdom"),
        ("The Department of Parks and Recreation urged visitors to stay on the paths.", "Department of Parks and Recreation"),
        // A bare cue after the list is its verb, whatever the tagger makes of it after a noun.
        ("FEMA and the state urge residents to register for assistance.", "FEMA and the state"),
    ])
    func bodiesListedAsCallersAreOneCaller(_ text: String, _ actor: String) {
        #expect(calls(text).map(\.actor) == [actor])
    }

    /// A post's office is named by its post: a bare "Office" is no caller's name.
    @Test(arguments: [
        ("The U.S. Attorney’s Office urges the public to report all incidents of fraud.", "U.S. Attorney’s Office"),
        ("The Sheriff’s Office and FBI urge the public to report all incidents of fraud.", "Sheriff’s Office and FBI"),
    ])
    func aPostsOfficeKeepsItsPost(_ text: String, _ actor: String) {
        #expect(calls(text).map(\.actor) == [actor])
    }

    /// "They" after a plural phrase that spoke means the whole phrase, not the body's name it opens with.
    @Test(arguments: [
        ("Police officers said the road was closed. They urged drivers to avoid the area.", "Police officers"),
        ("Army officers said the bridge was closed. They urged drivers to avoid the area.", "Army officers"),
    ])
    func theyMeansTheWholePhraseThatSpoke(_ text: String, _ actor: String) {
        #expect(calls(text).map(\.actor) == [actor])
    }

    /// How often the caller asks, between it and the cue, is no part of the caller.
    @Test(arguments: [
        ("The scammers oftentimes urge people to pay money.", "scammers"),
        ("Health officials always urge people to wash their hands.", "Health officials"),
        ("The scammers usually urge people to pay money.", "scammers"),
    ])
    func howOftenIsNoPartOfTheCaller(_ text: String, _ actor: String) {
        #expect(calls(text).map(\.actor) == [actor])
    }

    /// A participle right after a document is the call of the body the document's phrase names.
    @Test(arguments: [
        ("Reporters obtained a State Department memo urging embassies to cut costs.", "State Department"),
        ("We read the internal CDC documents instructing the media office to refuse requests.", "CDC"),
    ])
    func aDocumentsParticipleIsItsIssuersCall(_ text: String, _ actor: String) {
        #expect(calls(text).map(\.actor) == [actor])
    }

    /// A participle inside what a reporter says, after "told X that", is the reported clause's call.
    @Test(arguments: [
        ("The union spokesman told reporters that the players were collecting signatures to send to the board asking it to cut ticket prices.", "players"),
        ("The union spokesman said in a statement that the players were collecting signatures asking the board to cut ticket prices.", "players"),
    ])
    func aParticipleInAReportedClauseIsItsSubjects(_ text: String, _ actor: String) {
        #expect(calls(text).map(\.actor) == [actor])
    }

    /// After "and", a cue continues the reported clause when that clause's subject can ask and has
    /// a verb of doing; a pronoun, a thing or a state leaves the call the reporter's.
    @Test(arguments: [
        ("The league chairman, Jane Roe, said club members expressed concern about the prices, and called for a review.", "club members"),
        ("The league chairman said the supporters had gathered outside the ground and demanded a review.", "supporters"),
        ("The league chairman said the prices were too high and called for a review.", "league chairman"),
        ("Jane Roe said they were astonishing, and urged the clubs to cut ticket prices.", "Jane Roe"),
    ])
    func aCueAfterAndContinuesAReportedClauseOfPeople(_ text: String, _ actor: String) {
        #expect(calls(text).map(\.actor) == [actor])
    }

    /// Phrases a preposition opens, each set off by commas before `to`, are of whom, however many.
    @Test func setOffPhrasesBeforeToAreOfWhom() {
        let found = calls("The league called on all clubs, at every level, with any influence, with any authority, with any capacity, to cut ticket prices.")
        #expect(found.map { $0.addressee.map(String.init) } == ["all clubs, at every level, with any influence, with any authority, with any capacity,"])
        #expect(found.map(\.action) == ["cut ticket prices"])
    }

    /// "demanding more say": a comparative quantity opens what a participle after a comma asks.
    @Test func aComparativeQuantityOpensWhatIsAsked() {
        #expect(calls("The minister clashed with other countries over the treaty, demanding more say for the regions.").map(\.action)
                == ["more say for the regions"])
    }

    /// Of two people with one surname, a titled surname is the one who holds that post.
    @Test func aTitledSurnameIsTheNamesakeWithThatPost() {
        let text = "The election pits the party of Prime Minister Jan Roe against the opposition. President Lech Roe is his twin brother.\n\n"
            + "Prime Minister Roe urged voters to turn out."
        #expect(calls(text).map(\.actor) == ["Jan Roe"])
    }

    /// A meeting speaks in its communiqué: its noun, in a verb's form, is the caller.
    @Test func aMeetingAfterItsArticleIsTheCaller() {
        #expect(calls("The meeting further urged member states to ratify the treaty.").map(\.actor) == ["meeting"])
    }

    @Test func aSecondPartyAfterAndForHasItsOwnCall() {
        let found = calls("The league called on the River Football Club (RFC) and the clubs of the Northern Football Association "
                          + "(NFA) to cut ticket prices and for the RFC to open its books.")
        #expect(found.map { $0.addressee.map(String.init) } == ["the River Football Club (RFC)",
                                                                 "the clubs of the Northern Football Association (NFA)", "the RFC"])
        #expect(found.map(\.action) == ["cut ticket prices", "cut ticket prices", "open its books"])
    }

    /// "the Nigeria Labour Congress, NLC, and …": initials set off after a body are the body,
    /// not one more party asked; a listed body whose initials differ is.
    @Test func aBodysInitialsAfterItAreNoSecondAddressee() {
        let found = calls("The government appealed to the Nigeria Labour Congress, NLC, and the Trade Union Congress, TUC, "
                          + "to call off the strike.")
        #expect(found.map { $0.addressee.map(String.init) } == ["the Nigeria Labour Congress, NLC", "the Trade Union Congress, TUC"])
        let listed = calls("The council urged the European Union, NATO, and the African Union to send observers.")
        #expect(listed.map { $0.addressee.map(String.init) } == ["the European Union", "NATO", "the African Union"])
    }

    @Test func aNounsOwnInfinitiveIsNoAction() {
        let found = calls("The league demanded answers from the board on its plans to cut ticket prices.")
        #expect(found.map { $0.addressee.map(String.init) } == [nil])
        #expect(found.map(\.action) == ["answers from the board on its plans to cut ticket prices"])
    }

    /// "As Europeans we call on": the pronoun is the subject, the "as" phrase before it says in what capacity.
    @Test func aCapacityBeforeThePronounIsNoCaller() {
        let found = calls("Commissioner Jane Roe spoke. “As Europeans we call on all sides to stop the fighting,” she said.")
        #expect(found.map(\.actor) == ["Jane Roe"])
    }

    /// "reminds X of Y to V" gives Y's infinitive, not a call.
    @Test func remindersOfThingsAskNothing() {
        #expect(calls("The agency reminds employers of the following ways to mitigate heat hazards.").isEmpty)
        #expect(calls("The agency reminds employers to give workers water and shade.").map(\.action) == ["give workers water and shade"])
        #expect(calls("The minister ordered the army to withdraw from the town.").map(\.action) == ["withdraw from the town"])
    }

    /// A modal in a clause of "why" or "how" gives reasons or manners, and asks nothing.
    @Test func aModalAfterWhyAsksNothing() {
        #expect(calls("She co-authored an op-ed, “Why the Senate Should Ratify New START,” last week.").isEmpty)
        #expect(calls("The report explains how the council must act.").isEmpty)
    }

    /// Without "that", only a bare verb makes the clause a call: the rest report or hope.
    @Test func aNecessityWithoutThatNeedsABareVerb() {
        #expect(calls("It is important the talks resumed last week.").isEmpty)
        #expect(calls("It is vital our economy grows.").isEmpty)
    }

    /// "prompting the White House to urge": the object of a verb that has its object act urges.
    @Test func theObjectOfAPromptingVerbIsTheCaller() {
        let found = calls("More than 100 people have been infected, prompting the White House on Friday to urge parents to vaccinate their children.")
        #expect(found.map(\.actor) == ["White House"])
        #expect(found.map(\.action) == ["vaccinate their children"])
    }

    /// "Stop. Look. Lock.": a campaign's words, one verb a sentence, ask nothing.
    @Test func aSlogansVerbsAreNoCalls() {
        #expect(calls("“Our Stop. Look. Lock. campaign educates parents,” said Jane Roe.").isEmpty)
    }

    /// A finite verb after the act's noun, with no clause opened before it, is the main clause's.
    @Test func theMainClausesVerbEndsTheAct() {
        let found = calls("A resolution urging the clubs to cut ticket prices was carried by a large majority.")
        #expect(found.map(\.action) == ["cut ticket prices"])
        #expect(found.map(\.actor) == ["resolution"])
    }

    /// A cue after "and" shares its clause's subject, over words quoted in passing.
    @Test(arguments: [
        "Jane Roe said the figures were \"astonishing\" and urged the clubs to cut ticket prices.",
        "Jane Roe, a spokeswoman for the league, said they were \"astonishing\", and urged the clubs to cut ticket prices.",
    ])
    func aCueAfterAndSharesTheSubjectOverAQuoteInPassing(_ text: String) {
        #expect(calls(text).map(\.actor) == ["Jane Roe"])
    }

    /// "demanding" with its object after a comma is the clause subject's call; after a plural
    /// noun, that noun's; a finished verb after the object's noun is the main clause's.
    @Test(arguments: [
        ("The fans marched on Friday, demanding the return of the old coach.", "fans", "the return of the old coach"),
        ("Angry fans demanding the return of the old coach marched on Friday.", "Angry fans", "the return of the old coach"),
        // After a document and whom it was sent to, the sender's.
        ("Mayor Ana Ruiz sent a letter to the club's owner demanding the return of the old coach.", "Ana Ruiz", "the return of the old coach"),
    ])
    func aParticipleDemandsItsObject(_ text: String, _ actor: String, _ action: String) {
        let found = calls(text)
        #expect(found.map { $0.actor ?? "" } == [actor])
        #expect(found.map { String($0.action) } == [action])
    }

    @Test(arguments: [
        "It was a demanding job.",
        "Mayor Ana Ruiz spoke to the club's owner demanding the return of the old coach.",
        "Police arrested two fans allegedly helping to lead the marches, demanding the return of the old coach.",
    ])
    func aParticipleWhoseCallerIsUnsaidAsksNothing(_ text: String) {
        #expect(calls(text).isEmpty)
    }

    /// "As Europeans we … and call on": the pronoun is the subject the cue shares, so the
    /// statement's voice calls, not a caller named "As Europeans we".
    @Test func aPronounAfterAsIsTheSharedSubject() {
        let found = calls("The European Union issued the following statement: As Europeans we applaud the work of the clubs "
            + "and call on everyone to cut ticket prices.")
        #expect(found.map(\.actor) == ["European Union"])
    }

    /// Inside a quotation, a document that asks is the caller, not whoever quotes it.
    @Test func aDocumentInAQuotationIsItsOwnCaller() {
        let found = calls("“The resolution urges the clubs to cut ticket prices,” Jane Roe said.")
        #expect(found.map(\.actor) == ["resolution"])
    }

    @Test func aPurposeIsNoCaller() {
        let document = analyze("Statement by Jane Roe on Her Visit to Juba\n\nThe purpose of our trip is to call on the parties to hold elections.")
        #expect(document.callsToAction.map(\.actor) == ["Jane Roe"])
    }

    @Test func insistingOnAFactAsksNothing() {
        #expect(calls("The league insisted the plan was sound.").isEmpty)
        #expect(calls("The league insisted that the plan is sound.").isEmpty)
        #expect(calls("The league insisted on a vote.").isEmpty)
    }

    @Test func askingForSomethingToBeDoneIsACall() throws {
        let call = try #require(calls("“We are asking for the agreement to be honoured,” the chair said.").first)
        #expect(call.cue == "asking for")
        #expect(call.addressee == "the agreement")
        #expect(call.action == "be honoured")
    }

    @Test func callsForAndDemandsTakeTheirObjectAsTheAction() throws {
        let found = calls("The union called for an immediate pay review. It demands the release of the report.")
        #expect(found.map(\.action) == ["an immediate pay review", "the release of the report"])
        #expect(found.map(\.addressee) == [nil, nil])
        #expect(found.map(\.strength) == [.request, .demand])
    }

    /// "urged restraint from all parties": a group after "from" is whom the object asks, as after
    /// "call for"; "urge for" takes its object as "call for" does.
    @Test(arguments: [
        ("The union urged restraint from all parties.", "urged", "restraint", "all parties"),
        ("The union demanded an apology from the company.", "demanded", "an apology", "the company"),
        ("The union urged for calm in the city.", "urged for", "calm in the city", nil),
        // What is asked for, then what for: no one is asked.
        ("The union called for swift action to end the strike.", "called for", "swift action to end the strike", nil),
        ("The union appealed for information to help find the driver.", "appealed for", "information to help find the driver", nil),
        ("The union called for the board to resign.", "called for", "resign", "the board"),
    ] as [(String, String, String, String?)])
    func anObjectAskedOfAGroup(_ text: String, _ cue: String, _ action: String, _ addressee: String?) throws {
        let call = try #require(calls(text).first)
        #expect(call.cue == cue)
        #expect(call.action == action)
        #expect(call.addressee.map(String.init) == addressee)
    }

    /// "calling for X and urging Y to V": two asking participles are two calls, of the subject
    /// they share, and ", yet calling for" ends the act asked before it.
    @Test(arguments: [
        "The mayor spoke, calling for calm and urging residents to stay home.",
        "The mayor asked that the police act with restraint, yet calling for calm and urging residents to stay home.",
    ])
    func coordinatedParticiplesAreTwoCalls(_ text: String) {
        let found = calls(text).filter { $0.cue != "asked that" }
        #expect(found.map(\.cue) == ["calling for", "urging"])
        #expect(found.map { $0.addressee.map(String.init) } == [nil, "residents"])
        #expect(found.map(\.action) == ["calm", "stay home"])
        #expect(found.map(\.actor) == ["mayor", "mayor"])
        #expect(calls(text).first.map(\.action) == (text.contains("asked") ? "act with restraint" : "calm"))
    }

    @Test func coordinatedActionsAreSeparateCalls() {
        let found = calls("The council urged residents to stay indoors, close their windows, and avoid the river.")
        #expect(found.map(\.action) == ["stay indoors", "close their windows", "avoid the river"])
    }

    @Test(arguments: [
        // A second action keeps its "not"; adverbs before "and" belong to the verb after it.
        ("We urge the clubs to cut ticket prices and not to raise fees.", ["cut ticket prices", "not to raise fees"]),
        ("We urge the clubs to cut ticket prices and not raise fees.", ["cut ticket prices", "not raise fees"]),
        ("We urge the clubs to immediately and substantially cut ticket prices.", ["immediately and substantially cut ticket prices"]),
        ("We urge the clubs not to raise fees, and instead to cut ticket prices.", ["not to raise fees", "cut ticket prices"]),
        // "not" governs both sides of "or"; a purpose's own verbs are not asked.
        ("We urge the clubs not to raise fees or sell seats twice.", ["not to raise fees or sell seats twice"]),
        ("We urge the clubs to cut fees in order to help families and allow them to attend.",
         ["cut fees in order to help families and allow them to attend"]),
        // The asked verb may be quoted in passing.
        ("We urge the clubs to “cut ticket prices” this year.", ["“cut ticket prices” this year"]),
        // So may the whole infinitive, or the asked words after "to:".
        ("We urge the clubs “to cut ticket prices” this year.", ["cut ticket prices"]),
        ("We urge the clubs to: “Cut ticket prices this year.”", ["Cut ticket prices this year"]),
        // The caller's reason, or what else the caller did, is not asked; a further call is its own.
        ("We urge the clubs to cut ticket prices because families cannot pay.", ["cut ticket prices"]),
        ("We urge the clubs to cut ticket prices, while also stressing the need for safety.", ["cut ticket prices"]),
        ("We urge the clubs to cut ticket prices, again calling for fair fees.", ["cut ticket prices", "fair fees"]),
        ("We urge the clubs to cut ticket prices, and calling for fair fees is right.", ["cut ticket prices"]),
        // What came before the call, told as a clause after "after", is not asked either.
        ("The ministry called on both sides to stop the fighting after clashes erupted near the border.", ["stop the fighting"]),
        ("The ministry called on both sides to stop the fighting after receiving reports of clashes.", ["stop the fighting"]),
        ("The ministry called on both sides to stop the fighting after the elections.", ["stop the fighting after the elections"]),
        // A word in -ed between an article's adjective and its noun is no second verb.
        ("We urge the clubs to use our new and improved ticket app and arrive early.", ["use our new and improved ticket app", "arrive early"]),
        ("We urge the fans to stay calm and praised the stewards for their work.", ["stay calm"]),
        // A verb in -ed with its object after "and" is the caller's next act, known to the tagger alone.
        ("The league urged the clubs to cut ticket prices, and instructed them to open early.", ["cut ticket prices", "open early"]),
        // A bracket the action opened stays closed.
        ("We urge the board to restore the Review Board (CSRB) after the council dismissed it.", ["restore the Review Board (CSRB)"]),
    ])
    func aCoordinatedActionKeepsItsNegationAndAdverbs(_ text: String, _ actions: [String]) {
        #expect(calls(text).map { String($0.action) } == actions)
    }

    @Test(arguments: [
        // The reporting clause or participle after the comma is not asked.
        ("Moscow is calling on all parties to show restraint, Russian Foreign Ministry spokeswoman Jane Roe said on Saturday.",
         "show restraint"),
        ("Officials urged people to leave the coast, the Pacific tsunami warning centre said.", "leave the coast"),
        ("The envoy called for their immediate release, the agency said in a statement on April 27.", "their immediate release"),
        ("The council required all old towers to undergo inspection, according to the city engineer.", "undergo inspection"),
        ("She called on all parties to refrain from violence, emphasizing the need for dialogue.", "refrain from violence"),
        // A participle describing the statement the clause names.
        ("The mayor urged drivers to avoid the bridge, the city said in a notice posted on Friday.", "avoid the bridge"),
    ])
    func anActionEndsBeforeWhoReportsIt(_ text: String, _ action: String) {
        #expect(calls(text).map { String($0.action) } == [action])
    }

    /// "He" in a quotation is never its speaker, but someone named before.
    @Test func aThirdPersonCallerInAQuotationIsNotItsSpeaker() {
        let found = calls("Defense Secretary John Roe spoke with his Russian counterpart on Monday. "
            + "\"He wants to keep calling on the Russians to pull back their troops,\" spokesman Jim Doe said.")
        #expect(found.map(\.actor) == ["John Roe"])
    }

    /// No one asks itself: "it" is then someone named before the sentence.
    @Test func aPronounCallerIsNotItsAddressee() {
        let found = calls("The Council expressed its concern at the fighting. While recognising Israel's right to "
            + "self-defence, it urged Israel to exercise the utmost restraint.")
        #expect(found.map(\.actor) == ["Council"])
    }

    @Test(arguments: [
        // A day between the cue and its object, or where the call was made, is not asked.
        ("The Committee to Protect Journalists demanded on Friday the release of three reporters.", "the release of three reporters"),
        ("On Syria the UK called for an end to violence in a statement to the Council.", "an end to violence"),
        // The news around the call, a clause after ", as", is not asked; ", as well as" goes on.
        ("The envoy urged the Council to act to stop the killing, as the death toll in the city topped 600.", "act to stop the killing"),
        ("The envoy urged the Council to protect civilians, as well as aid workers.", "protect civilians, as well as aid workers"),
        ("The senators urged him to send more rockets to Ukraine, as the systems are vital in its defence.", "send more rockets to Ukraine"),
        ("The leader called for protests like those he led in 2006, when he narrowly lost the vote.", "protests like those he led in 2006"),
        // So is one opening with a possessive, whatever the tagger makes of its verb.
        ("The agency urged residents to sign up for alerts, as its flagship scheme wraps up for the year.", "sign up for alerts"),
        // After ", and", an article or a name with a finished verb opens a clause of its own.
        ("The envoy urged the rebels to protect the towns, and the army has agreed to a truce.", "protect the towns"),
        ("The envoy urged the rebels to protect the towns, and the villages around them.", "protect the towns, and the villages around them"),
        ("The envoy urged the rebels to protect the towns, and Russia has agreed to a truce.", "protect the towns"),
        ("The envoy urged the rebels to leave the towns, and Russia to end its bombing.", "leave the towns, and Russia to end its bombing"),
        // A clause after ", where" tells of the place; ", where possible" goes on.
        ("The envoy said peace must start on the island, where the north lives in fear of an attack.", "start on the island"),
        ("We urge families to report such incidents, where possible.", "report such incidents, where possible"),
        // Nor is its purpose or outcome after a comma; "in order to" with no comma goes on.
        ("The senators urged him to send more rockets, like HIMARS, in order to level the field.", "send more rockets, like HIMARS"),
        ("The Fleet ordered all ships to sortie within 24 hours, thereby setting Condition Bravo.", "sortie within 24 hours"),
        ("Citizens must stay committed to the work of healing, helping us live up to the dream.", "stay committed to the work of healing"),
        ("We urge the parties to reopen the crossing, allowing aid to reach the city.", "reopen the crossing"),
        ("We urge the parties to talk, so as to avoid a war.", "talk"),
        ("We urge the parties to talk in order to avoid a war.", "talk in order to avoid a war"),
        // A clause about people set off by a comma tells of them; ", which is to …" can be asked.
        ("Officials called on both sides to spare the villagers, who are facing a hard winter.", "spare the villagers"),
        ("We encourage people to do the responsible thing, which is to come to the table.", "do the responsible thing, which is to come to the table"),
        // What ", which" tells of a thing in the past or to come is not asked.
        ("We call on all parties to respect the truce, which was agreed last week.", "respect the truce"),
        ("We urge the House to raise the limit, which will soon be reached.", "raise the limit"),
    ])
    func whenAndWhereACallWasMadeAreNotAsked(_ text: String, _ action: String) {
        #expect(calls(text).map { String($0.action) } == [action])
    }

    @Test func aGroupAfterFromOrByIsWhomANounCallAsks() {
        let found = calls("The UN has called for maximum restraint from all parties.")
        #expect(found.map(\.addressee) == ["all parties"])
        #expect(found.map { String($0.action) } == ["maximum restraint"])
        // A participle's agent is no one asked.
        #expect(calls("The group called for the release of prisoners held by the regime.").map(\.addressee) == [nil])
        // "on" names whom only before the sides of a conflict.
        let onSides = calls("The envoy called for calm on both sides.")
        #expect(onSides.map(\.addressee) == ["both sides"])
        #expect(onSides.map { String($0.action) } == ["calm"])
        #expect(calls("The group called for a ban on all arms.").map(\.addressee) == [nil])
    }

    @Test(arguments: [
        ("Anyone who has symptoms should stay at home.", "Anyone who has symptoms"),
        ("Travellers who arrive after midnight must register at the desk.", "Travellers who arrive after midnight"),
        // So is a phrase after "with", "from" or "without".
        ("People with symptoms should get tested.", "People with symptoms"),
        ("Visitors from affected countries should seek medical advice.", "Visitors from affected countries"),
        ("Residents without power should call the hotline.", "Residents without power"),
        // An adverb and a participle between the article and the noun describe the noun.
        ("All newly arrived passengers must register at the desk.", "All newly arrived passengers"),
        // "that" with a verb right after it opens a relative clause too, after a phrase's noun.
        ("Drivers that use the bridge should expect delays.", "Drivers that use the bridge"),
        ("Anyone with evidence that might identify the driver should call the police.", "Anyone with evidence that might identify the driver"),
        // "that" after a verb or a noun of saying opens what was said, not a relative clause.
        ("The spokesman told reporters that the rebels must disarm.", "the rebels"),
        // A clause of "who" or "whose" that ends in its verb.
        ("Residents whose homes were flooded must register at the desk.", "Residents whose homes were flooded"),
        ("Reporters who wish to attend must arrive early.", "Reporters who wish to attend"),
    ])
    func aRelativeClauseBeforeAModalIsPartOfWhomItAsks(_ text: String, _ addressee: String) {
        #expect(calls(text).map { $0.addressee.map(String.init) } == [addressee])
    }

    @Test(arguments: [
        ("Urging residents to stay indoors, the mayor warned that the storm would be severe.", "stay indoors", "mayor"),
        ("Calling for calm, the minister said the police would investigate.", "calm", "minister"),
        ("Renewing a call for better data recorders, the Safety Board said its advice was ignored.", "better data recorders", "Safety Board"),
    ])
    func aParticipleOpeningTheSentenceAsksForTheMainSubject(_ text: String, _ action: String, _ actor: String) {
        let found = calls(text)
        #expect(found.map { String($0.action) } == [action])
        #expect(found.map(\.actor) == [actor])
    }

    /// After a verb, a cue read as an adjective before its noun describes the noun.
    @Test(arguments: [
        ("FEMA will make direct payments to families to cover their rent.", 0),
        ("The ministry will provide direct support to farmers to rebuild.", 0),
        ("We direct all agencies to comply.", 1),
    ])
    func aCueDescribingANounAsksNothing(_ text: String, _ count: Int) {
        #expect(calls(text).count == count)
    }

    /// After a number, or a number and its unit, a cue read as a noun names a thing; an adverb
    /// alone after "called for" is no object (what was called for stands before the cue).
    @Test(arguments: [
        ("The mayor is holding a 1 pm press conference today to urge residents to save water.", ["urge"]),
        ("Given the 50 calls for reform in the field, one might expect more studies.", []),
        ("That is a higher target than the mayor has called for previously.", []),
        ("The mayor has called for a higher target.", ["called for"]),
    ])
    func aCueAfterANumberOrBeforeAnAdverbAloneAsksNothing(_ text: String, _ cues: [String]) {
        #expect(calls(text).map { String($0.cue) } == cues)
    }

    /// "appealed for funds to help", "asked for the opportunity to make a plea": what is asked
    /// for, with what it is for, is no one asked to act.
    @Test func aThingAskedForWithItsPurposeIsNoOneAsked() {
        let found = calls("The agency appealed for funds to help the victims.")
        #expect(found.map { $0.addressee.map(String.init) } == [nil])
        #expect(found.map { String($0.action) } == ["funds to help the victims"])
        #expect(calls("He asked for the opportunity to make a plea to the public.").isEmpty)
    }

    /// When or how the call was made, after whom, is no part of whom.
    @Test(arguments: [
        ("We call upon all parties immediately to return to a ceasefire.", "all parties"),
        ("The envoys urged Ruritania on Friday to release the prisoners.", "Ruritania"),
        ("We urge the General Assembly to act.", "the General Assembly"),
    ])
    func whenOrHowAfterWhomIsNoPartOfIt(_ text: String, _ addressee: String) {
        #expect(calls(text).map { $0.addressee.map(String.init) } == [addressee])
    }

    /// A participle after a comma asks for the main clause's subject, not for the last people
    /// named before it, whom "their" could otherwise mean.
    @Test func aParticipleAfterACommaAsksForTheMainSubject() {
        let found = calls("The members of the committee condemned the attacks on the Ruritanians in the north, reiterating their call for a ceasefire.")
        #expect(found.map(\.actor) == ["members of the committee"])
    }

    /// A comma inside words quoted in an opening participle's phrase does not close the phrase.
    @Test func aQuotedCommaLeavesTheOpeningParticiplesSubjectAfterThePhrase() {
        let found = calls("Asking people to give “some weeks of yours, some time of yours”, the minister said the only way was to stay home.")
        #expect(found.map(\.actor) == ["minister"])
    }

    /// A word in -ed after "and" or "or" goes on with the act; a bare verb starts another.
    @Test func aParticipleAfterAndIsNoSecondAct() {
        let found = calls("We are asking people to share their stories with friends, colleagues and loved ones to show that anyone can be a victim.")
        #expect(found.map { String($0.action) } == ["share their stories with friends, colleagues and loved ones to show that anyone can be a victim"])
        let released = calls("We call on the authorities to release those detained or imprisoned for their views.")
        #expect(released.map { String($0.action) } == ["release those detained or imprisoned for their views"])
        #expect(calls("We urge them to stop, and proceed with caution.").map { String($0.action) } == ["stop", "proceed with caution"])
    }

    /// What will be asked should a condition be met is not asked yet; "will" alone asks.
    @Test(arguments: [
        ("If the bill comes to his desk, his staff and I will recommend that he veto it.", 0),
        ("If the results are not reversed, the opposition will call for street protests.", 0),
        ("We will urge the council to act.", 1),
    ])
    func aCallOnAConditionIsNotAskedYet(_ text: String, _ count: Int) {
        #expect(calls(text).count == count)
    }

    /// A modal in a clause after a noun and "that" describes the noun or gives what is held;
    /// after a verb of saying it still reports a call.
    @Test(arguments: [
        ("The market is an engine for growth that China should activate.", [String]()),
        ("The ministers expressed their view that all sides should refrain from violence.", []),
        ("The UN said that the parties must stop the fighting.", ["the parties"]),
    ])
    func aModalInAClauseAfterANounAsksNothing(_ text: String, _ addressees: [String]) {
        #expect(calls(text).compactMap { $0.addressee.map(String.init) } == addressees)
    }

    /// Those asked before the cue, as its subject, are asked one by one like an object: a
    /// relative clause a comma closes ends the first; "and other …" names one wider set.
    @Test(arguments: [
        ("Tenants and all their visitors must carry a permit.", ["Tenants", "all their visitors"]),
        ("Pupils whose teachers stayed away, or anyone who missed a lesson, are urged to come back.",
         ["Pupils whose teachers stayed away", "anyone who missed a lesson"]),
        ("In the survey, licensees and other groups interested in the rules were asked to comment on the findings.",
         ["licensees and other groups interested in the rules"]),
    ])
    func thoseAskedAsTheSubjectAreAskedOneByOne(_ text: String, _ addressees: [String]) {
        #expect(calls(text).compactMap { $0.addressee.map(String.init) } == addressees)
    }

    /// "Last year residents were asked to": a fronted time with no comma is when, not whom.
    @Test(arguments: [
        ("Last year tenants were asked to save water.", "tenants"),
        ("This week drivers are urged to slow down.", "drivers"),
        ("On Monday residents were urged to stay indoors.", "residents"),
    ])
    func aFrontedTimeIsNoPartOfWhomItAsks(_ text: String, _ addressee: String) {
        #expect(calls(text).map { $0.addressee.map(String.init) } == [addressee])
    }

    /// "Residents in Kent, Sussex and Surrey were urged to": places listed after a preposition,
    /// with their commas, are where those asked are, not whom it asks.
    @Test(arguments: [
        ("Tenants in Leeds, York and Hull were urged to save water.", "Tenants"),
        ("Farmers in Devon, Dorset, or Somerset are asked to report sick animals.", "Farmers"),
        // So are places listed after a participle that says what those asked are doing.
        ("Hikers heading to Wales, Cumbria, or Skye are urged to carry maps.", "Hikers"),
    ])
    func placesListedAfterWhomAreNotWhom(_ text: String, _ addressee: String) {
        #expect(calls(text).map { $0.addressee.map(String.init) } == [addressee])
    }

    /// "a letter from the Red Cross urging them to": the document's sender asks.
    @Test func aDocumentsParticipleIsItsSendersCall() {
        let found = calls("Residents will receive a letter in the mail from the Red Cross urging them to register.")
        #expect(found.map(\.actor) == ["Red Cross"])
        #expect(found.map { String($0.action) } == ["register"])
    }

    /// "the fans in Leeds and the Midlands": after "in" and a name, "and the" lists places.
    @Test func placesJoinedAfterInAreOneAddressee() {
        #expect(calls("The mayor called on the fans in Leeds and the Midlands to stay calm.").map { $0.addressee.map(String.init) }
            == ["the fans in Leeds and the Midlands"])
        #expect(calls("The mayor called on the fans in Leeds and the clubs to stay calm.").map { $0.addressee.map(String.init) }
            == ["the fans in Leeds", "the clubs"])
    }

    /// "told the clubs (that) they must": "they" after a telling verb is the group told; the
    /// reporters told are only an audience.
    @Test func theyAfterAGroupToldIsThatGroup() {
        #expect(calls("The mayor told the clubs that they must cut ticket prices.").map { $0.addressee.map(String.init) } == ["the clubs"])
        #expect(calls("The mayor reminded landlords they must fix the heating.").map { String($0.action) } == ["fix the heating"])
        #expect(calls("The mayor told reporters they must wait.").isEmpty)
    }

    /// "they must" asks the group named as a subject before it; with none, "they" is anyone.
    @Test func theyAfterANamedGroupIsAskedByMust() {
        let found = calls("Jane Roe says while the rebel leaders say they respect the truce, they must do more to stop abuses.")
        #expect(found.map { String($0.action) } == ["do more to stop abuses"])
        #expect(found.map(\.actor) == ["Jane Roe"])
        #expect(calls("Jane Roe said they must do more to stop abuses.").isEmpty)
        #expect(calls("The rebel leaders say they should rest.").isEmpty)
    }

    @Test func aSecondSubjectAndModalAfterAndIsASecondCall() {
        let found = calls("Drivers must slow down and passengers should wear seat belts.")
        #expect(found.map(\.addressee) == ["Drivers", "passengers"])
        #expect(found.map { String($0.action) } == ["slow down", "wear seat belts"])
        // Inside a clause of the action's own, it goes on with the action.
        let place = calls("Kosovo must remain a place where Albanians, Serbs and others can live in peace and others should help.")
        #expect(place.first.map { String($0.action) } == "remain a place where Albanians, Serbs and others can live in peace and others should help")
    }

    @Test func aDemonstrativeBeforeANounNamesWhatMust() {
        #expect(calls("The minister said that this violence must cease.").map(\.addressee) == ["this violence"])
        #expect(calls("The minister said that this must stop.").isEmpty)
    }

    @Test func aParticipleOpeningAQuotationIsItsSpeakersCall() {
        let found = calls("The refugee agency said it was working with governments “calling on them to keep borders open,” it said.")
        #expect(found.map(\.actor) == ["refugee agency"])
    }

    @Test func aDayAfterAnAppositionIsNoPartOfTheCaller() {
        #expect(calls("Germany's foreign minister, Frank Weber, on Tuesday urged Israel to avoid escalation.").map(\.actor) == ["Frank Weber"])
    }

    @Test func theGroupIsABodyNamedBeforeItNotAfter() {
        let found = calls("Amnesty International spoke on Monday. The group called for an inquiry by the United Nations.")
        #expect(found.map(\.actor) == ["Amnesty International"])
    }

    /// "The press freedom group" points back, as a pronoun does, to the first body of the latest
    /// sentence that names one; a name holding "Without" names a body; "press" is a noun here.
    @Test(arguments: [
        ("Reporters Without Borders staged a rally outside the United Nations headquarters. "
            + "The press freedom group called on North Korea to release two reporters.", "Reporters Without Borders"),
        ("Doctors Without Borders spoke on Monday. The group called on both sides to open the roads.", "Doctors Without Borders"),
    ])
    func aDescribedBodyIsTheFirstOfTheLatestSentence(_ text: String, _ actor: String) {
        #expect(calls(text).map(\.actor) == [actor])
    }

    @Test func aWordInIngBeforeTheNounIsPartOfTheCaller() {
        #expect(calls("The U.N. working group urged the government to release the prisoners.").map(\.actor) == ["U.N. working group"])
    }

    @Test(arguments: [
        // Words quoted in passing do not cut the participle off from its subject.
        ("Ruritania expressed concern about “a new escalation”, calling on all parties to show restraint.", ["Ruritania"]),
        // After a reporting clause set off by commas the participle is that speaker's act.
        ("The talks had failed, the league said on Monday, urging both clubs to return to the table.", ["league"]),
        ("The talks had failed, said Jane Roe, urging both clubs to return to the table.", ["Jane Roe"]),
        // When they called is no part of the second caller's name.
        ("Jane Roe and John Doe on Saturday called on all parties to show restraint.", ["Jane Roe and John Doe"]),
        // Two particles of a family name stand together.
        ("Commission President Anna von der Berg urged the clubs to cut ticket prices.", ["Anna von der Berg"]),
        // Words before "and" with no role of their own, when a role follows, are part of it.
        ("Water and Sanitation Minister Jane Roe on Wednesday appealed to the people to stay home.", ["Jane Roe"]),
        // A fronted phrase without its comma is no part of the caller.
        ("In a statement the Co-Chair countries call on the parties to stop.", ["Co-Chair countries"]),
        // The day after a body's bracketed short name is no part of it.
        ("The Relief Agency for Refugees (RAR) on Wednesday launched an appeal for funds.", ["Relief Agency for Refugees"]),
        // A post held "to" a body is the caller, not the body.
        ("The Ruritanian envoy to the United Nations appealed to the Council to act.", ["Ruritanian envoy to the United Nations"]),
        // A capitalised office after "the", a title the lists lack, keeps its portfolio out of the name.
        ("Commenting on the fighting, the Coordinator for Ruritania Jane Roe urged the clubs to cut ticket prices.", ["Jane Roe"]),
        // A name set off by dashes after a post is the caller; "Designate" is the title's.
        ("Ruritania’s Chief Medical Officer – Sir John Doe – is calling on parents to vaccinate their children.", ["John Doe"]),
        ("COP26 President Designate Jane Roe urged countries to come together.", ["Jane Roe"]),
        // People who ask together are one joint caller, named in full or by titled surnames.
        ("Foreign Secretary Jane Roe and Development Secretary John Doe called for the withdrawal of the militia.", ["Jane Roe and John Doe"]),
        ("Leader Roe and Speaker Doe asked the clubs to cut ticket prices.", ["Roe and Doe"]),
        // A list of people named in full, with their parties, opening the lede.
        ("Today, Senators Jane Roe (R-OH), John Doe (D-CT), and Ann Poe (D-IL) sent a letter to the league, urging it to cut ticket prices.",
         ["Jane Roe, John Doe and Ann Poe"]),
        ("Senators Jane Roe, John Doe and Ann Poe urged the league to cut ticket prices.", ["Jane Roe, John Doe and Ann Poe"]),
    ])
    func theCallerIsTheWholeSubject(_ text: String, _ actors: [String?]) {
        #expect(calls(text).map(\.actor) == actors)
    }

    @Test(arguments: [
        ("The agency issued an urgent appeal for funds.", "issued an urgent appeal for", "agency"),
        ("The agency launched a flash appeal to donors to give funds.", "launched a flash appeal to", "agency"),
        ("We renew our urgent call on the parties to stop.", "renew our urgent call on", nil),
    ])
    func aDescribedNounAfterARenewingVerbIsTheSubjectsCall(_ text: String, _ cue: String, _ actor: String?) {
        #expect(calls(text).map(\.cue) == [cue])
        #expect(calls(text).map(\.actor) == [actor])
        #expect(calls("Leaders did not make a direct call for violence.").isEmpty)
    }

    @Test func aBodyAfterWeInTheFirstSentenceIsWhomNotTheVoice() {
        #expect(calls("We urge the Government of Ruritania to release the protesters.").map(\.actor) == [nil])
    }

    @Test(arguments: [
        ("The league urged the clubs and the players to cut ticket prices.", ["the clubs", "the players"]),
        ("The league called on all clubs, and the players who run them, to cut ticket prices.",
         ["all clubs", "the players who run them"]),
        ("The league urged the clubs and all their sponsors to cut ticket prices.", ["the clubs", "all their sponsors"]),
        // The second leans on the first, or the action is done together: one call.
        ("The league urged the clubs and their sponsors to cut ticket prices.", ["the clubs and their sponsors"]),
        ("The league urged the clubs and the players to settle their differences.", ["the clubs and the players"]),
        ("The league urged the clubs and the players to work together.", ["the clubs and the players"]),
        ("The league urged Leeds and Hull clubs to cut ticket prices.", ["Leeds and Hull clubs"]),
        // Two noun phrases, one with a modifier of its own, are asked one by one.
        ("The league called on the Government of Ruritania and opposition forces to cut ticket prices.",
         ["the Government of Ruritania", "opposition forces"]),
        ("The league is encouraging all young players and parents of small children and babies to buy early.",
         ["all young players", "parents of small children and babies"]),
        ("The league encouraged fans and people around the world to buy early.", ["fans", "people around the world"]),
        // Bare plurals joined before one phrase share it: one set asked.
        ("The league is urging more fans and families in the region to buy early.", ["more fans and families in the region"]),
        ("The league urged players and members of the public attending matches to buy early.",
         ["players and members of the public attending matches"]),
        ("The league called on all club owners, and more importantly, players, to cut ticket prices.", ["all club owners", "players"]),
        // Before the last "and", a list's commas part items that open with "the" or a name.
        ("The league called on Ruritania, the union and the Players Council to cut ticket prices.",
         ["Ruritania", "the union", "the Players Council"]),
        // A plural's apostrophe is part of the phrase, not a quotation mark.
        ("The league urged the players' union to cut ticket prices.", ["the players' union"]),
        // A list with commas, a shared noun, or what follows "including", is one.
        ("The league urged all citizens and permanent residents to buy early.", ["all citizens and permanent residents"]),
        ("The league urged the family, friends and neighbours of the player to buy early.", ["the family, friends and neighbours of the player"]),
        ("The league urged all parties, including owners and players, to cut ticket prices.", ["all parties, including owners and players,"]),
    ])
    func coordinatedAddresseesAreAskedOneByOne(_ text: String, _ addressees: [String]) {
        #expect(calls(text).map { $0.addressee.map(String.init) } == addressees)
    }

    @Test func aBodyNamedByItsMembersPlacesIsOneCaller() throws {
        let document = analyze("""
            The Heads of Mission of the United Kingdom, United States, and Norway expressed deep concern about the fighting. \
            We call on all parties to end the fighting.
            """)
        #expect(document.callsToAction.map(\.actor) == ["Heads of Mission of the United Kingdom, United States, and Norway"])
        #expect(document.reportedSpeech.first?.speaker == "Heads of Mission of the United Kingdom, United States, and Norway")
        let ambassadors = try #require(calls("The ambassadors of Britain, France and Germany called on all parties to end the fighting.").first)
        #expect(ambassadors.actor == "ambassadors of Britain, France and Germany")
        // One person's offices, and a list that only ends an opening phrase, are no such body.
        #expect(analyze("Minister of Foreign Affairs, Trade and Development Ed Fast said the talks failed.").reportedSpeech.first?.speaker != "Minister of Foreign Affairs, Trade and Development Ed Fast")
        #expect(analyze("In letters to the heads of Britain and the Government Accountability Office, Grassley said the audits failed.").reportedSpeech.first?.speaker == "Grassley")
    }

    @Test func negativeAsksAreCalls() throws {
        let call = try #require(calls("Police urged drivers not to use the bridge.").first)
        #expect(call.action == "not to use the bridge" || call.action == "use the bridge")
    }

    @Test func letUsIsAdviceFromWhoeverReportsIt() throws {
        let call = try #require(calls("The Water Board said in a statement it was worried. Let us not waste a drop, the statement added.").first)
        #expect(call.cue == "Let us")
        #expect(call.action == "not waste a drop")
        #expect(call.actor == "Water Board")
        #expect(call.strength == .advice)
    }

    @Test(arguments: [
        "Let's get the plans together, and let's get this done.",
        "Let us get the plans together and let us get this done.",
    ])
    func anExhortationSaidAgainIsNoPartOfTheNextAct(_ text: String) {
        #expect(calls(text).map(\.action) == ["get the plans together", "get this done"])
    }

    @Test func aFramesCueIsHighlightedAfterTheQuotation() throws {
        let text = "“Stay at home tonight,” the mayor urged."
        let call = try #require(calls(text).first)
        let scalars = Array(text.unicodeScalars)
        let cue = String(String.UnicodeScalarView(scalars[call.cueSpan.start..<call.cueSpan.end]))
        #expect(cue == "urged")
        // The call's span is the quoted imperative; the frame's verb stands after it.
        #expect(call.span.end <= call.cueSpan.start)
    }

    @Test func anAsideSetOffByADashAfterTheCueIsNoOneAsked() {
        let found = calls("We recommend — as a precaution — boiling tap water to kill any germs.")
        #expect(!found.contains { $0.addressee?.contains("precaution") == true })
    }

    @Test func aSecondCueAfterACommaAndIsACallOfItsOwn() {
        let found = calls("We urge the army to hold its fire, and call on the rebels to free the hostages.")
        #expect(found.map(\.cue) == ["urge", "call on"])
        #expect(found.map(\.action) == ["hold its fire", "free the hostages"])
        #expect(found.map(\.addressee) == ["the army", "the rebels"])
    }

    @Test func aSecondFiniteVerbEndsTheAction() {
        let found = calls("The union urged the board to refrain from cuts and demanded the release of the accounts.")
        #expect(found.map(\.action) == ["refrain from cuts", "the release of the accounts"])
        #expect(found.map(\.actor) == ["union", "union"])
    }

    @Test func aSecondReminderEndsTheAction() {
        let found = calls("The governor advised people to heed the warnings and reminded others that time is running out.")
        #expect(found.map(\.action) == ["heed the warnings"])
        let both = calls("The governor advised people to heed the warnings and reminded drivers to slow down.")
        #expect(both.map(\.action) == ["heed the warnings", "slow down"])
    }

    @Test func aFirstPersonCallersOwnStanceAfterAndIsNotAsked() {
        let ours = calls("“We call on the marchers to keep to the route and condemn the damage done to the shops,” the mayor said.")
        #expect(ours.map(\.action) == ["keep to the route"])
        // A bare verb after a third person's call is still asked of the addressee.
        let theirs = calls("The mayor called on the marchers to keep to the route and condemn the damage.")
        #expect(theirs.map(\.action) == ["keep to the route", "condemn the damage"])
        // And a first-person caller's "and" before a verb of no stance goes on asking.
        let more = calls("We urge the marchers to keep to the route and avoid the bridge.")
        #expect(more.map(\.action) == ["keep to the route", "avoid the bridge"])
    }

    @Test func aPhraseQuotedInPassingIsReadThroughAndIsTheCallersWords() throws {
        let within = try #require(calls("The council urged the clubs to take “real steps” against ticket touts.").first)
        #expect(within.action == "take “real steps” against ticket touts")
        let document = analyze("The council called for “real steps” from the clubs.")
        #expect(document.callsToAction.map(\.action) == ["“real steps” from the clubs"])
        #expect(document.quotes.map(\.speaker) == ["council"])
        // A quotation after a reporting verb is speech, not a phrase of the action.
        let spoken = calls("The union pleaded with the board to reopen the depot, but the chair replied “We cannot”.")
        #expect(spoken.map(\.action) == ["reopen the depot"])
    }

    @Test func aVerbAfterAnArticleOrSaidIsANounOfTheAddressee() {
        let found = calls("The minister said aid workers must reach the city. The mayor said the rescue teams should rest.")
        #expect(found.map(\.addressee) == ["aid workers", "the rescue teams"])
    }

    @Test func aNewSubjectAfterButEndsTheAction() {
        let found = calls("Her brother pleaded with him to call a doctor, but he refused.")
        #expect(found.map(\.action) == ["call a doctor"])
    }

    @Test func aCallInsideAQuoteIsTheSpeakers() throws {
        let call = try #require(calls("“We call on all sides to show restraint,” said Minister Ella Varga.").first)
        #expect(call.actor == "Ella Varga")
        #expect(call.addressee == "all sides")
    }

    /// A marked imperative after a fronted adverbial asks; a bare word there may be a noun.
    @Test(arguments: [
        ("“As per the council's advice, do not drink tap water,” Mayor Rita Olsen said.", ["do not drink tap water"]),
        ("“When the alarm sounds, please leave the building,” Mayor Rita Olsen said.", ["please leave the building"]),
        ("“As per the council's advice, don't drink tap water,” Mayor Rita Olsen said.", ["don't drink tap water"]),
        ("“As a result, support for the plan grew,” Mayor Rita Olsen said.", []),
        // An ordinal numbering the advice.
        ("“First, stay at home,” Mayor Rita Olsen said.", ["stay at home"]),
        // A "please" after a long condition or a conjunction.
        ("“If you were near the river on Monday night and saw the van or have any footage of it, please get in touch,” Mayor Rita Olsen said.", ["please get in touch"]),
        ("“It may seem small but please call the office,” Mayor Rita Olsen said.", ["please call the office"]),
    ])
    func aMarkedImperativeAfterAFrontedAdverbialAsks(_ text: String, _ actions: [String]) {
        #expect(calls(text).map { String($0.action) } == actions)
    }

    /// A clause of time or place after the bare verb holds its own verbs; the bidding stands.
    @Test(arguments: [
        ("“Don't leave until the warning is lifted,” Mayor Rita Olsen said.", ["Don't leave until the warning is lifted"]),
        ("“Stay indoors before the storm has passed,” Mayor Rita Olsen said.", ["Stay indoors before the storm has passed"]),
        ("“Free elections will rebuild trust until the vote is held,” Mayor Rita Olsen said.", []),
    ])
    func aClauseOfTimeAfterTheBareVerbKeepsTheBidding(_ text: String, _ actions: [String]) {
        #expect(calls(text).map { String($0.action) } == actions)
    }

    @Test func aGerundAfterInIsTheQuotedSpeakersCall() throws {
        let call = try #require(calls("Minister Ella Varga said:\n\n“Today, I am proud to join the league in calling on all sides to show restraint.”").first)
        #expect(call.actor == "Ella Varga")
        let contracted = try #require(calls("“We've seen the reports and we continue to call on all sides to show restraint,” said Minister Ella Varga.").first)
        #expect(contracted.actor == "Ella Varga")
    }

    @Test func whomACallerActsWithOpensNoSubject() {
        let found = calls("Together with its partners, the Lakes Trust will continue to call upon the company to clean the shore.")
        #expect(found.map(\.actor) == ["Lakes Trust"])
    }

    @Test func aBodyThatThanksIsTheVoiceOfItsWe() throws {
        let found = calls("The Lakes Trust thanks the speakers for their work. We call on the company to clean the shore.")
        #expect(found.map(\.actor) == ["Lakes Trust"])
    }

    @Test func aModalCallInsideAQuoteFindsItsSubjectInTheQuote() throws {
        let call = try #require(calls("“The water is rising. Families in the valley must leave now,” the mayor said.").first)
        #expect(call.addressee == "Families in the valley")
        #expect(call.action == "leave now")
        #expect(call.actor == "mayor")
    }

    @Test func weInAnOrganisationsStatementIsTheOrganisation() throws {
        let found = calls("The Lakes Trust condemns the dumping. We demand an end to it. The company must clean the shore.")
        #expect(found.map(\.actor) == ["Lakes Trust", "Lakes Trust"])
    }

    @Test func aPassiveWithAnAgentIsTheAgentsCall() throws {
        let call = try #require(calls("The clubs were urged by the league to cut ticket prices.").first)
        #expect(call.actor == "league")
        #expect(call.addressee == "The clubs")
        #expect(call.action == "cut ticket prices")
    }

    @Test func whomAndWhatMayBeQuotedInPassing() throws {
        let call = try #require(calls("The Union welcomed the release, urging “everyone to exercise utmost restraint” in the east.").first)
        #expect(call.cue == "urging")
        #expect(call.addressee == "everyone")
        #expect(call.action == "exercise utmost restraint")
        #expect(call.actor == "Union")
        // A coordinated action after the quotation goes on in the narration.
        let more = calls("The Union welcomed the release, urging “everyone to exercise utmost restraint” and to avoid any provocation.")
        #expect(more.map(\.action) == ["exercise utmost restraint", "avoid any provocation"])
        // A quoted sentence of its own is the caller's words, not whom the cue asks.
        #expect(calls("The Union urged “Everyone must stay calm.”").allSatisfy { $0.cue != "urged" })
    }

    @Test func othersTheSpeakerNamesMakeTheirOwnCall() throws {
        let found = calls("“The governors are right to call for a new federal approach,” Secretary Jane Roe said. "
            + "“The department calls on states to act,” Roe said.")
        #expect(found.map(\.actor) == ["governors", "Jane Roe"])
    }

    @Test func theOppositionIsABodyThatItMeans() throws {
        let found = calls("The opposition says it lost the election because of fraud. It has boycotted the new government "
            + "and is calling for continued demonstrations.")
        #expect(found.map(\.actor) == ["opposition"])
    }

    @Test func aSecondPlaceAfterAndIsNoSubject() throws {
        let found = calls("News reports indicate that demonstrators in Awassa and several other towns were demanding the release "
            + "of the prisoners. Reports say that residents of Juba were demanding new elections.")
        #expect(found.map(\.actor) == ["demonstrators", "residents of Juba"])
    }

    @Test func aGroupOfAKindIsTheOneJustNamedOrANewOne() throws {
        let near = calls("Human Rights Watch released a report on Monday. The rights group called on the government to act.")
        #expect(near.map(\.actor) == ["Human Rights Watch"])
        let far = calls("The Foreign Ministry urged citizens to leave. Flights were cancelled. Schools closed. "
            + "The rights group, which monitors the conflict, called on the government to release the detainees.")
        #expect(far.map(\.actor) == ["Foreign Ministry", "rights group"])
    }

    @Test func aBodyOpeningALaterSentenceVoicesAnUnnamedWe() throws {
        let text = "Today we mark World Press Freedom Day.\n\nIn our country, we hold press freedom dear.\n\n"
            + "Journalists face repression in many places.\n\nThe courts are slow.\n\n"
            + "The United States remains firmly committed to press freedom.\n\n"
            + "We call upon all governments to release imprisoned journalists."
        #expect(calls(text).map(\.actor) == ["United States"])
        // Without a "we" of its own the narration has no voice to give.
        let report = "Journalists face repression in many places.\n\nThe courts are slow.\n\nCritics say little has changed.\n\n"
            + "The talks resumed on Monday.\n\nThe United States remains firmly committed to the talks.\n\n"
            + "“We call upon all governments to release imprisoned journalists,” Jane Roe said."
        #expect(calls(report).map(\.actor) == ["Jane Roe"])
    }

    @Test func eachItemOfAListAfterACallIsACall() throws {
        let numbered = calls("Ambassador Jane Roe delivered the statement.\n\nWe recommend that Ruritania:\n\n"
            + "1. Protects the right to freedom of assembly.\n\n2. Strengthens the judiciary.\n\nThank you.")
        #expect(numbered.map(\.cue) == ["Protects", "Strengthens"])
        #expect(numbered.map(\.action) == ["Protects the right to freedom of assembly", "Strengthens the judiciary"])
        #expect(numbered.map(\.addressee) == ["Ruritania", "Ruritania"])
        let unmarked = calls("We urge the Government to:\n\nRelease all political prisoners.\n\nEnd the blockade.")
        #expect(unmarked.map(\.action) == ["Release all political prisoners", "End the blockade"])
        #expect(unmarked.map(\.addressee) == ["the Government", "the Government"])
        // A bare verb behind a short prefix and its hyphen opens an item too.
        let prefixed = calls("We urge the Government to:\n\nRe-open the border.\n\nCo-fund the clinics.\n\nEnd the blockade.")
        #expect(prefixed.map(\.cue) == ["Re-open", "Co-fund", "End"])
        // A colon after a call that asks something already is no list's frame.
        #expect(calls("We urge the Government to act now:\n\n1. The talks resume in May.").count == 1)
    }

    /// "Staff at the city library urge": a noun the tagger reads as an adjective, ending a
    /// phrase that modifies the opening noun, leaves the cue the subject's verb.
    @Test func aModifiedSubjectEndingInAnAdjectiveTagStillAsks() {
        let found = calls("Staff at the city library urge patrons to return overdue books before the end of the month.")
        #expect(found.map(\.addressee) == ["patrons"])
        #expect(found.map(\.action) == ["return overdue books before the end of the month"])
    }

    /// "residents who want to avoid foreclosure to contact": the infinitive right after a
    /// relative clause's verb is the clause's, and the act asked follows the second `to`.
    @Test func aRelativeClausesInfinitiveIsWhoms() {
        let one = calls("The council urged tenants who want to avoid eviction to call the housing office.")
        #expect(one.map(\.addressee) == ["tenants who want to avoid eviction"])
        #expect(one.map(\.action) == ["call the housing office"])
        let two = calls("The council urged anyone who wishes to travel, to not delay.")
        #expect(two.map(\.addressee) == ["anyone who wishes to travel"])
        #expect(two.map(\.action) == ["not delay"])
        // A single infinitive after the clause's verb is still the act asked.
        #expect(calls("The council urged those who are protesting to do so peacefully.").map(\.action) == ["do so peacefully"])
    }

    /// "residents interested in gardening, composting or recycling to contact": gerunds after
    /// a preposition, or listed after one, name things and take no infinitive.
    @Test func listedGerundsAfterAPrepositionTakeNoInfinitive() {
        let found = calls("The council is encouraging all tenants interested in cycling, walking or rowing to contact the office.")
        #expect(found.map(\.addressee) == ["all tenants interested in cycling, walking or rowing"])
        #expect(found.map(\.action) == ["contact the office"])
    }

    /// "called for his release to end the standoff": a release asked for is what is asked,
    /// not whom.
    @Test func aReleaseAskedForIsNoAddressee() {
        let found = calls("The union called for her release to end the dispute.")
        #expect(found.count == 1)
        #expect(found.first?.addressee == nil)
        #expect(found.first?.action.hasPrefix("her release") == true)
    }

    /// "advises residents to: check …; forward …; and do not click …": acts listed after a
    /// colon in the same sentence, parted by semicolons, are each asked.
    @Test func actsListedAfterAnInlineColonAreEachAsked() {
        let found = calls("The council advises tenants to: check the sender's address; forward odd messages to the council; "
            + "and do not click links in unexpected emails.")
        #expect(found.map(\.addressee) == ["tenants", "tenants", "tenants"])
        #expect(found.map(\.action) == ["check the sender's address", "forward odd messages to the council",
                                         "do not click links in unexpected emails"])
    }

    /// "advises customers to:" over "Check …; Forward …; Do not click …": items run together in
    /// one paragraph, parted by semicolons, are a call each.
    @Test func itemsPartedBySemicolonsAreACallEach() {
        let run = calls("The council advises residents to:\n\nCheck the advice on its website; Forward suspicious emails to the council; "
            + "Do not click on links in suspicious emails.")
        #expect(run.map(\.cue) == ["Check", "Forward", "Do"])
        #expect(run.map(\.action) == ["Check the advice on its website", "Forward suspicious emails to the council",
                                      "Do not click on links in suspicious emails"])
        // A clause after a semicolon that opens with no verb goes on with the item.
        #expect(calls("We urge the Government to:\n\nEnd the blockade; the talks depend on it.").map(\.action)
                == ["End the blockade; the talks depend on it"])
    }

    /// "Roe says while the rebels say they are committed, the rebels must do more": a frame in
    /// a clause of concession closed by its comma does not report the call after it.
    @Test func aConcededSayingDoesNotReportTheCallAfterIt() {
        let found = calls("In a report released Monday, Jane Roe says while the rebel leaders say they respect the truce, the rebel leaders must do more to stop abuses.")
        #expect(found.map(\.actor) == ["Jane Roe"])
        #expect(found.map(\.addressee) == ["the rebel leaders"])
        // A frame with no clause of concession around it still reports.
        #expect(calls("Jane Roe says John Doe said that the police must do more.").map(\.actor) == ["John Doe"])
    }

    /// "because they must, enduring …": a modal with no verb after it asks nothing.
    @Test func aModalWithNoVerbAfterItAsksNothing() {
        #expect(calls("Some residents moved because the landlords must, enduring the burden of it.").isEmpty)
        #expect(calls("The parties must, therefore, return to the talks.").map(\.action) == ["return to the talks"])
    }

    /// "Her message to the parties was simple:": a message or a call's noun to whom, then the
    /// items, each asked by the message's owner.
    @Test func theItemsOfAMessageToSomeoneAreCalls() {
        let found = calls("Jane Roe spoke on Monday. Her message to the parties was simple:\n\nStop the fighting.\n\nReturn to the talks.")
        #expect(found.map(\.action) == ["Stop the fighting", "Return to the talks"])
        #expect(found.map(\.addressee) == ["the parties", "the parties"])
        #expect(found.map(\.actor) == ["Jane Roe", "Jane Roe"])
        // A message to someone with no list after it asks nothing.
        #expect(calls("Her message to the parties was simple: the talks are over.").isEmpty)
    }

    @Test func aTranscriptTurnIsItsSpeakersVoice() throws {
        let text = "MR ROE: Good afternoon.\n\nQUESTION: What about the detained reporter?\n\n"
            + "MR ROE: The claims against Evan Doe are baseless, and we continue to call for his immediate release. "
            + "We call on the government to grant consular access.\n\nQUESTION: We ask you to answer."
        let found = calls(text)
        #expect(found.map(\.action) == ["his immediate release", "grant consular access", "answer"])
        #expect(found.map(\.actor) == ["MR ROE", "MR ROE", nil])
    }

    /// "Jane Roe, Foreign Minister:" in mixed case labels a turn too, and a turn runs on over the
    /// paragraphs after it until the next label; a heading of capitalised words labels none.
    @Test func aTurnRunsOnUntilTheNextLabel() throws {
        let text = "Jane Roe, Foreign Minister: Morning everybody. Thanks for coming.\n\n"
            + "Australia is alarmed by the escalation. We call on all parties to refrain from violence.\n\n"
            + "Journalist: Minister, what about trade? We ask you to answer.\n\nJane Roe: We urge both sides to talk."
        let found = calls(text)
        #expect(found.map(\.action) == ["refrain from violence", "answer", "talk"])
        #expect(found.map(\.actor) == ["Jane Roe", nil, "Jane Roe"])
        let heading = calls("Reducing Air Fatalities: We urge airlines to act.")
        #expect(heading.map(\.actor) == [nil])
    }

    /// A labelled turn is its speaker speaking: listed among the speakers with no quote or call;
    /// the questions are a reporter's, whose "we" is no one's voice.
    @Test func aTurnsSpeakerIsASpeaker() {
        let document = analyze("MR ROE: Good afternoon. The floods have receded and the roads are open again.\n\nQUESTION: When?")
        #expect(document.speakers.map(\.name) == ["MR ROE", "Reporter"])
        let journalist = analyze("Jane Roe, Foreign Minister: Good morning, everyone.\n\nJournalist: Minister, what about trade?")
        #expect(journalist.speakers.map(\.name) == ["Jane Roe", "Journalist"])
    }

    /// A label in capitals that names someone in full is that person, written as the body
    /// would ("PRESS SECRETARY JOHN F. ROE" is John F. Roe, Press Secretary); a later "MR. ROE"
    /// is the same person; a surname alone with no one named in full stays as written.
    @Test func aLabelInCapitalsNamesThePersonAsTheBodyWould() throws {
        let document = analyze("PRESS SECRETARY JOHN F. ROE: Hello, everybody. A couple of things at the top, and then we will take questions.\n\n"
            + "Q: Thank you.\n\nMR. ROE: We call on Ruritania to stop.")
        let roe = try #require(document.speakers.first)
        #expect(roe.name == "John F. Roe")
        #expect(roe.role == "Press Secretary")
        #expect(document.callsToAction.map(\.actor) == ["John F. Roe"])
        #expect(document.structure.issuer == nil || document.structure.issuer == "John F. Roe")
        #expect(analyze("MR ROE: We call on Ruritania to stop.").callsToAction.map(\.actor) == ["MR ROE"])
    }

    @Test func labelsThatNameNoSpeakerGiveNoVoice() throws {
        let found = calls("NOTE: We urge reporters to arrive early.\n\nWASHINGTON: We urge reporters to arrive early.")
        #expect(found.map(\.actor) == [nil, nil])
    }

    @Test func namesBetweenDashesBelongToWhom() throws {
        let found = calls("The report said the group is encouraging elements of two Sunni extremist groups -- Lashkar-e-Jhangvi "
            + "and Ahl-e-Sunnat Wai Jamat -- to join forces and carry out attacks.")
        #expect(found.map(\.action) == ["join forces", "carry out attacks"])
        #expect(found.first?.addressee?.hasPrefix("elements of two Sunni extremist groups") == true)
    }

    @Test func anAdverbMayStandInAPassive() throws {
        let call = try #require(calls("Reporters are kindly asked to contact the press office.").first)
        #expect(call.cue == "are kindly asked to")
        #expect(call.addressee == "Reporters")
        #expect(call.actor == nil)
    }

    @Test func aCueVerbAfterAndAsksOnItsOwn() throws {
        let found = calls("Mona Vale called for fresh elections and asked supporters to stay peaceful.")
        #expect(found.map(\.cue) == ["called for", "asked"])
        #expect(found.map(\.action) == ["fresh elections", "stay peaceful"])
        #expect(found.last?.addressee == "supporters")
        #expect(found.allSatisfy { $0.actor == "Mona Vale" })
    }

    @Test func twoPeopleWhoAskTogetherAreOneJointCaller() throws {
        let found = calls("Mayor Ada Birch and Sheriff Tom Reyes urged drivers to stay off the roads.")
        #expect(found.count == 1)
        #expect(found.first?.actor == "Ada Birch and Tom Reyes")
    }

    @Test func theRoleOfSomeoneNamedInTheSentenceBeforeIsTheirsWhenTheyCall() throws {
        let found = calls("Harbour Minister Lena Ostrova toured the docks. The minister urged shippers to check their cargo.")
        #expect(found.first?.actor == "Lena Ostrova")
    }

    @Test(arguments: ["Member states must act now.", "The attacks must stop.", "These claims must be examined by an independent panel."])
    func aWordInSBeforeAModalIsThePluralAsked(_ text: String) throws {
        let call = try #require(calls(text).first)
        #expect(call.cue == "must")
        #expect(call.addressee == String(text.prefix { $0 != " " }) + " " + text.split(separator: " ")[1])
    }

    @Test func aDocumentsParticipleAsksForItsSubject() throws {
        let clause = try #require(calls("The assembly passed a motion demanding that Ruritania open its border.").first)
        #expect(clause.cue == "demanding that")
        #expect(clause.addressee == "Ruritania")
        #expect(clause.action == "open its border")
        #expect(clause.actor == "assembly")
        let object = try #require(calls("The assembly passed a motion demanding an inquiry into the fire.").first)
        #expect(object.action == "an inquiry into the fire")
    }

    @Test(arguments: ["Corp", "Corp.", "LLC", "plc"])
    func aCompanysSuffixMakesItTheCompanyMeant(_ suffix: String) throws {
        let call = try #require(calls("Norbert \(suffix) recalled its heaters. The company asked customers to return them.").first)
        #expect(call.actor == "Norbert \(suffix)")
    }

    @Test(arguments: [
        ("Detectives investigating the fire at the mill are appealing for witnesses to come forward.", "Detectives", "witnesses"),
        ("The wardens said that rangers searching the hills have urged walkers to carry a map.", "rangers", "walkers"),
        ("Drivers using the ferry must book a place.", nil, "Drivers"),
        // So is a participle in -ed with its phrase: where the subject was posted or is based.
        ("A letter published in the local paper urged walkers to carry a map.", "letter", "walkers"),
        ("Rangers based in the valley have urged walkers to carry a map.", "Rangers", "walkers"),
        // Before a modal, who they are runs on through the participle and its phrase.
        ("Walkers caught by the storm must call the wardens.", nil, "Walkers caught by the storm"),
    ] as [(String, String?, String)])
    func whatTheSubjectIsDoingIsNoPartOfWhoAsksOrIsAsked(_ text: String, actor: String?, addressee: String) throws {
        let call = try #require(calls(text).first)
        if let actor { #expect(call.actor == actor) }
        #expect(call.addressee.map(String.init) == addressee)
    }

    @Test func anImperativeOpeningAQuotationAfterAColonAsks() throws {
        let found = calls("Sergeant Ada Birch said: “Please check your dashcam footage and call us.”")
        #expect(found.map(\.actor) == ["Ada Birch", "Ada Birch"])
        #expect(found.map(\.action) == ["Please check your dashcam footage", "call us"])
        #expect(calls("The review said: “Tourism fell last year.”").isEmpty)
    }

    @Test func aVerbAfterOrGoesOnWithTheRelativeClause() {
        let found = calls("Officers urged anyone who saw the van, or has dashcam footage of it, to call them.")
        #expect(found.map(\.addressee) == ["anyone who saw the van, or has dashcam footage of it"])
        #expect(calls("Officers urged anyone who saw the van, or anyone with footage, to call them.").map(\.addressee)
            == ["anyone who saw the van", "anyone with footage"])
    }

    @Test func afterPleaseABareBeAfterAndIsASecondBidding() throws {
        let found = calls("Please avoid the march and be careful near the square.")
        #expect(found.map(\.action) == ["Please avoid the march", "be careful near the square"])
        #expect(calls("Please the crowds will be calm.").isEmpty)
    }

    /// "Please do not hesitate to …": a negation between the softener and the verb still bids.
    @Test(arguments: ["Please do not hesitate to report the theft to us.", "Please don't hesitate to report the theft to us."])
    func aNegationAfterPleaseStillBids(_ text: String) throws {
        let call = try #require(calls(text).first)
        #expect(call.cue.hasSuffix("hesitate"))
        #expect(call.action.hasSuffix("hesitate to report the theft to us"))
    }

    @Test func aCommaAfterACueEndsItsClause() throws {
        let found = calls("As the county issued storm orders, the mayor urged people to leave.")
        #expect(found.map(\.actor) == ["mayor"])
        #expect(found.map(\.addressee) == ["people"])
    }

    @Test func aDayRightAfterTheCallersNameIsWhen() throws {
        let found = calls("Gov. Ada Birch Monday evening urged residents to stay indoors.")
        #expect(found.map(\.actor) == ["Ada Birch"])
    }

    @Test(arguments: [
        // A reporting clause with a place and a noun in -ing after its verb.
        ("The mayor called for a halt to the fighting, Jane Roe said in a press briefing on Tuesday.", "a halt to the fighting"),
        // A clause of its own after ", as" with a bare plural for subject.
        ("The city asked residents to stay off the roads, as crews are still clearing the snow.", "stay off the roads"),
        // A clause of its own after "and the" with its noun and a form of "be".
        ("Engineers have been asked to find the leak and the county is delivering water.", "find the leak"),
    ])
    func anActionEndsBeforeAnotherClause(_ text: String, _ action: String) throws {
        let call = try #require(calls(text).first)
        #expect(call.action == action)
    }

    @Test(arguments: [
        // A gerund after "recommend" is what is asked, however a verb follows it.
        ("We recommend filling a tub with water for temporary use.", "filling a tub with water for temporary use"),
        // A noun phrase whose modifier precedes a verb-like noun is what is demanded.
        ("Protesters demanded Jane Roe's immediate release.", "Jane Roe's immediate release"),
        // A clause word inside what would be whom opens a clause of its own.
        ("Over time, users will demand this of any site where they invest their time.", "this of any site where they invest their time"),
    ])
    func anObjectIsNoClause(_ text: String, _ action: String) throws {
        let call = try #require(calls(text).first)
        #expect(call.action == action)
    }

    /// A word in -s after a comma in a list of nouns is no second bare verb asked.
    @Test func aPluralInAListIsNoSecondAct() {
        #expect(calls("We advise fans to avoid large political gatherings, protests, and demonstrations.").map(\.action)
            == ["avoid large political gatherings, protests, and demonstrations"])
        #expect(calls("The league urges fans to show their support by avoiding all loud demonstrations, marches, and chants in the coming days.")
            .map(\.action) == ["show their support by avoiding all loud demonstrations, marches, and chants in the coming days"])
    }

    /// "Department of Fish & Wildlife": an ampersand joins a name as "and" does.
    @Test func anAmpersandJoinsTheActorsName() throws {
        let call = try #require(calls("The Department of Fish & Wildlife today urged all hunters to review the rules.").first)
        #expect(call.actor == "Department of Fish & Wildlife")
        // (So it does in the subject of the clause an infinitive's cue shares.)
        let continued = try #require(calls("The Department of Fish & Wildlife today continued to encourage hunters to review the rules.").first)
        #expect(continued.actor == "Department of Fish & Wildlife")
    }

    @Test func passivesHaveNoActor() throws {
        let call = try #require(calls("Residents were advised to boil their water.").first)
        #expect(call.actor == nil)
        #expect(call.addressee == "Residents")
        // A relative clause between its head and the passive is part of whom it asks.
        let relative = try #require(calls("Anyone who has been targeted by a scam like this is asked to call the police.").first)
        #expect(relative.addressee == "Anyone who has been targeted by a scam like this")
    }

    @Test(arguments: [
        "The mayor hopes the council will act soon.",
        "The mayor welcomed the decision to reopen the school.",
        "The mayor condemned the attack on the library.",
        "We will rebuild the bridge by spring.",
        "The minister rejected a call for new elections.",
        "The senator called the governor a liar.",
        "She made a phone call to her lawyer.",
        "The minister asked reporters how the papers got out.",
        "If the regime continues, it must face the consequences.",
        "These are the steps that need to be taken.",
        "A spokeswoman, who asked not to be identified, said the plant would reopen.",
        "“Ana should never have been jailed,” her lawyer said.",
        "“We are not asking for favours,” the chair said.",
        "“Officials will never ask people for extra money,” the chair said.",
        // A verb in a list that a negation opens is denied with the rest.
        "“Banks will never phone you, demand payment or ask for your password,” the chair said.",
        "“Banks never phone you, ask for details or demand payment,” the chair said.",
        // A cue that asks only through its particle asks nothing without it.
        "Scammers send texts looking genuine to trick people into paying.",
        "He said he wanted the ceasefire to allow the talks to go forward.",
        "“Let us be clear: the attack was a crime,” the chair said.",
        "“Let’s wait and see what the council decides,” the chair said.",
        "“Let us hope the talks succeed,” the chair said.",
        "The ministry denied reports that it had urged farmers to burn their crops.",
        "I have been advised by my department of an active scam to deceive visitors.",
        "The agency is reminding visitors to national parks of the fire risk.",
        // A necessity's adjective before its noun, or without "that" or "for" after it, names no one asked.
        "“It is also a more important opportunity than ever to remind parents of the risk,” the chair said.",
        "“It is essential to arrive at the airport early,” the chair said.",
        // What is important is an infinitive, asked of no one.
        "It is important to note that the stadium is safe.",
        // What is sought, and what for: no one is asked to act.
        "The department is seeking the help of residents to catch the offenders.",
        "The council sought funds to rebuild the bridge.",
        // A clause after "as" ends whom a call could ask: "your patience" is asked for, not asked.
        "We ask for your patience as we work to restore power.",
        // A cue's form as the noun subject of a finished verb.
        "A court order requires the owners to pay the refund.",
        // A clause told, with its own subject and verb: its infinitive is no act asked.
        "Tell your family you want to be a donor.",
        // What had been asked before the story's past is its background.
        "All the clubs, including the champions, had been invited to attend the meeting.",
        // A cue read as the head of a noun phrase an article opens.
        "We hope to lift this water conservation request within the next day.",
        // A topic after the person told.
        "He told her about the steps needed to tackle the flooding.",
        // What one is able or allowed to ask for.
        "Anyone can ask for a fine to be reviewed if they think it too high.",
        "Tenants may also request that the landlord be named.",
        // A "for" left without its object: what was asked stands before the cue.
        "The council will cut fares, as the riders' union called for in its spring report.",
        "Lower fares are what the riders have pushed for since the spring.",
        // A question asked, with no clause of what is asked.
        "The reporter asked if the clubs cut ticket prices.",
        // A thing needed, and what it is for.
        "“We need more support to rebuild the schools,” the mayor said.",
        // After "amid", a form in -s is a noun: the news around the story, no one's call.
        "The council met amid growing calls for a recount.",
        "Amid calls for reform, the minister resigned.",
        // A bare cue after "and" or "to" in a negated clause is not done either.
        "The office does not contact residents and demand payment over the phone.",
        "“The office will never contact you by phone to request money,” the chief said.",
        // A noun's own infinitive asks nothing yet.
        "The menu gave callers the opportunity to press a number for the front desk.",
        // A clause after a preposition and "which" has its own subject, whose verb the `to` is.
        "The office is warning the community about a scam in which callers pretend to be deputies.",
    ])
    func notCalls(_ text: String) {
        #expect(calls(text).isEmpty)
    }
}
