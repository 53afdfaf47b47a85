import Testing
@testable import StatementKit

@Suite("Attribution")
struct AttributionTests {
    @Test(arguments: [
        "“The dam must stay open,” Maria Okafor said.",
        "“The dam must stay open,” said Maria Okafor.",
        "Maria Okafor said: “The dam must stay open.”",
        "Maria Okafor said, “The dam must stay open.”",
        "Maria Okafor, the mayor of Lakeside, said that “the dam must stay open.”",
        "“The dam must stay open,” Maria Okafor, the mayor of Lakeside, said on Tuesday.",
        "The dam must stay open, according to Maria Okafor.",
    ])
    func layouts(_ sentence: String) {
        let document = analyze("Maria Okafor spoke.\n\n" + sentence)
        if let quote = document.quotes.first {
            #expect(quote.speaker == "Maria Okafor")
        }
        #expect(document.speaker(named: "Maria Okafor") != nil)
    }

    @Test(arguments: [
        "Speaking to reporters in Lisbon on Tuesday, Commissioner Ana Ribeiro said the road must open.",
        "In Lisbon, Commissioner Ana Ribeiro said the road must open.",
        "At Lisbon, Commissioner Ana Ribeiro said the road must open.",
    ])
    func aPlaceOrAnOpeningAdverbialIsNoOneAPronounMeans(_ narration: String) {
        let document = analyze(narration + " “Every hour counts,” she said.")
        #expect(document.quotes.map(\.speaker) == ["Ana Ribeiro"])
        #expect(document.speakers.map(\.name) == ["Ana Ribeiro"])
    }

    /// A body's post named by its place ("Embassy Lisbon") is the body, and "General" after a
    /// body's word is part of its name, not a general's title.
    @Test(arguments: [
        ("Consulate General Lisbon urged citizens to avoid the square.", "Consulate General Lisbon"),
        ("Embassy Lisbon urged citizens to avoid the square.", "Embassy Lisbon"),
        ("The Consulate General of Brazil urged citizens to avoid the square.", "Consulate General of Brazil"),
    ])
    func aBodysPostByItsPlace(_ text: String, _ actor: String) {
        #expect(analyze(text).callsToAction.map(\.actor) == [actor])
    }

    /// One word after a post's "for" or "to" names the body or place it serves: the post's
    /// holder speaks, and a person named after the place is still the speaker.
    @Test(arguments: [
        "Speaking at the UN summit in Geneva she said: “The evidence is credible.”",
        "In Geneva she said: “The evidence is credible.”",
    ])
    func aPronounAfterAnOpeningAdverbialIsTheWholeSubject(_ sentence: String) {
        let document = analyze("Jane Roe called for a ceasefire. " + sentence)
        #expect(document.quotes.map(\.speaker) == ["Jane Roe"])
    }

    /// "the statement said. … it added": "it" is the statement, whoever issued it, and not a
    /// body named in between ("the Indian army").
    @Test func itAfterTheStatementIsTheStatement() {
        let text = """
        “The Secretary-General is following the clashes,” Ban Ki-moon said in a statement.

        The protester died in a gunfight with the Indian army on Friday.

        “He regrets the loss of lives,” the statement said.

        “He calls on all parties to exercise restraint,” it added.
        """
        #expect(analyze(text).quotes.map(\.speaker) == ["Ban Ki-moon", "Ban Ki-moon", "Ban Ki-moon"])
    }

    @Test(arguments: [
        ("“The road must open,” the Portuguese envoy to Brazil said.", "Portuguese envoy to Brazil"),
        ("A spokesman for Frelimo said: “The road must open.”", "spokesman for Frelimo"),
        ("“The road must open,” said the envoy to Brazil Ana Ribeiro.", "Ana Ribeiro"),
    ])
    func aPostsPlaceIsNotItsHolder(_ text: String, _ speaker: String) {
        #expect(analyze(text).quotes.map(\.speaker) == [speaker])
    }

    /// A person's name, then "from" or "with" and where the person works, is the person.
    @Test(arguments: [
        "Capt. Ana Ribeiro from the Lisbon Harbour Police said that the boats were safe.",
        "Ana Ribeiro with the Red Cross said that the boats were safe.",
        "Ana Ribeiro from Frelimo said that the boats were safe.",
    ])
    func aNameThenWhereThePersonWorks(_ text: String) {
        #expect(analyze(text).reportedSpeech.map(\.speaker) == ["Ana Ribeiro"])
    }

    /// Words quoted inside reported speech are its speaker's, not the sentence subject's.
    @Test(arguments: [
        "Detectives with the Lisbon Police Department are working “around the clock” to find the driver, Commissioner Ana Ribeiro said.",
        "LISBON, May 3 -- The search for the driver has shown “progress but no result” so far, said Commissioner Ana Ribeiro on Tuesday.",
    ])
    func wordsQuotedInsideAReportAreItsSpeakers(_ text: String) {
        let document = analyze(text)
        #expect(document.reportedSpeech.map(\.speaker) == ["Ana Ribeiro"])
        #expect(document.quotes.map(\.speaker) == ["Ana Ribeiro"])
    }

    /// A speaker described by a relative clause on a lowercase noun is no voice of the text's "we".
    @Test func aDescribedSpeakerIsNoVoice() {
        let document = analyze("We urge the council to reopen the bridge.\n\n"
            + "Our town has the right to choose leaders who respond to the needs of its people.")
        #expect(document.callsToAction.map(\.actor) == [nil])
    }

    /// A place after "in the" or "at the" is no one a later "he" means.
    @Test func aPlaceAfterInTheIsNoOne() {
        let found = analyze("John Doe spoke on Monday. There were clashes in the Golan. He calls for the utmost restraint.").callsToAction
        #expect(found.map(\.actor) == ["John Doe"])
    }

    /// A relative clause after a name holds no post: the post before the name is still the
    /// one "the minister" names.
    @Test func aRelativeClauseAfterANameIsNoRole() {
        let document = analyze("Transport Minister Ana Ribeiro, who returned from Lisbon on Monday, urged drivers to slow down.\n\n"
            + "“Every hour counts,” the minister said.")
        #expect(document.quotes.map(\.speaker) == ["Ana Ribeiro"])
        #expect(document.speakers.map(\.role) == ["Transport Minister"])
    }

    @Test(arguments: [
        ("The Committee to Protect Journalists said the talks failed.", "Committee to Protect Journalists", nil),
        ("The Reporters Committee for Freedom of the Press said the talks failed.", "Reporters Committee for Freedom of the Press", nil),
        ("Minister for Foreign Affairs Simon Coveney said the talks failed.", "Simon Coveney", "Minister for Foreign Affairs"),
        ("Foreign Minister Thordis Kolbrun Reykfjord Gylfadottir said the talks failed.", "Thordis Kolbrun Reykfjord Gylfadottir", "Foreign Minister"),
        ("A spokesman for the ministry said the talks failed.", "spokesman for the ministry", nil),
        ("Commission President Anna von der Berg said the talks failed.", "Anna von der Berg", "Commission President"),
        ("Secretary of Commerce Dana K. Whitfield said the talks failed.", "Dana K. Whitfield", "Secretary of Commerce"),
        ("Secretary of Homeland Security Dana K. Whitfield said the talks failed.", "Dana K. Whitfield", "Secretary of Homeland Security"),
        ("Secretary for Labour & Welfare Dana Whitfield said the talks failed.", "Dana Whitfield", "Secretary for Labour & Welfare"),
        ("RBN Co said the talks failed.", "RBN Co", nil),
        // An apposition left open whose post names its body after "at".
        ("Dr Dana Whitfield, Head of Extreme Events at PHE said the talks failed.", "Dana Whitfield", "Head of Extreme Events at PHE"),
        // A post in capitals opening the sentence, then the name after a comma.
        ("Weather Office Chief Forecaster, Dana Whitfield says the talks failed.", "Dana Whitfield", "Weather Office Chief Forecaster"),
        // An adviser's, a coordinator's and a manager's posts are titles too.
        ("Senior Program Advisor Dana Whitfield said the talks failed.", "Dana Whitfield", "Senior Program Advisor"),
        ("Regional Coordinator Dana Whitfield said the talks failed.", "Dana Whitfield", "Regional Coordinator"),
        // A rate's "Class" after its ordinal is the role's.
        ("Personnel Specialist 1st Class Dana Whitfield said the talks failed.", "Dana Whitfield", "Personnel Specialist 1st Class"),
        // An Irish deputy's letters after the name are no part of it.
        ("Minister for Foreign Affairs Dana Whitfield T.D. said the talks failed.", "Dana Whitfield", "Minister for Foreign Affairs"),
        // A portfolio ending in a noun of a thing done is the role's, however long the list.
        ("Minister for Roads and Regional Development Dana Whitfield said the talks failed.", "Dana Whitfield",
         "Minister for Roads and Regional Development"),
        ("Minister for Regional Education Dana Whitfield said the talks failed.", "Dana Whitfield", "Minister for Regional Education"),
        ("High Commissioner to Kenya Dana Whitfield said the talks failed.", "Dana Whitfield", "High Commissioner to Kenya"),
        // A body's name ending "and" a noun of a thing done is the body's, not a person's.
        ("The Department of Housing and Urban Development said the talks failed.", "Department of Housing and Urban Development", nil),
        ("The Centers for Disease Control and Prevention said the talks failed.", "Centers for Disease Control and Prevention", nil),
        ("Secretary of Housing and Urban Development Dana K. Whitfield said the talks failed.", "Dana K. Whitfield",
         "Secretary of Housing and Urban Development"),
        // A generation after a comma is the name's, not an apposition.
        ("U.S. Attorney Dana K. Whitfield, Jr., said the talks failed.", "Dana K. Whitfield, Jr.", "U.S. Attorney"),
        ("Special Agent Dana Whitfield Jr. said the talks failed.", "Dana Whitfield Jr.", "Special Agent"),
        // A post before the name and its honour after it, set off by commas: the name speaks.
        ("The Secretary of State for Rivers, Dana Whitfield MP, said the talks failed.", "Dana Whitfield",
         "The Secretary of State for Rivers"),
        // What someone is, with its article, is an apposition, however capitalised.
        ("Senator Dana Whitfield, a Riverland Democrat, said the talks failed.", "Dana Whitfield", "Senator, a Riverland Democrat"),
        // "in Charge" is the title's; the office after "of" is where the person works.
        ("Special Agent in Charge Dana Whitfield of the Northeast Division said the talks failed.", "Dana Whitfield",
         "Special Agent in Charge, the Northeast Division"),
    ] as [(String, String, String?)])
    func aNameKeepsItsWords(_ sentence: String, _ name: String, _ role: String?) throws {
        let speaker = try #require(analyze(sentence).speakers.first)
        #expect(speaker.name == name)
        #expect(speaker.role == role)
    }

    @Test(arguments: [
        // The role's noun names the one person named with it who has spoken.
        ("Fisheries Minister Tomas Varga denied the leak. The minister said the office was sealed.", "Tomas Varga"),
        ("Fisheries Minister Tomas Varga denied the leak. The fisheries minister said the office was sealed.", "Tomas Varga"),
        // A role's words, some left out: "the Swedish minister" for "Swedish Fisheries Minister".
        ("Swedish Fisheries Minister Tomas Varga denied the leak. The Swedish minister said the office was sealed.", "Tomas Varga"),
        // Not another role with the same noun, nor a capitalised title a government gives its own leader.
        ("Fisheries Minister Tomas Varga denied the leak. The prime minister said the office was sealed.", "prime minister"),
        ("Fisheries Minister Tomas Varga denied the leak. The minister of defence said the office was sealed.", "minister of defence"),
        ("The Prime Minister met Japan's Prime Minister Ken Sato. The Prime Minister said the office was sealed.", "Prime Minister"),
        // A capitalised title too, once its holder has spoken; not a former holder.
        ("Police Commissioner Ann Ruiz visited. She said the road was closed. The Commissioner said the office was sealed.", "Ann Ruiz"),
        ("Former Secretary-General Dag Hammarskjöld said peace was hard. The Secretary-General said the office was sealed.",
         "Secretary-General"),
        // The office before its portfolio: "Secretary of Defense", "Minister for Trade".
        ("U.S. Secretary of Defense Tomas Varga denied the leak. The secretary said the office was sealed.", "Tomas Varga"),
        ("Minister for Fisheries Tomas Varga denied the leak. The minister said the office was sealed.", "Tomas Varga"),
        ("Minister for Fisheries Tomas Varga denied the leak. The prime minister said the office was sealed.", "prime minister"),
        // A role learnt after the bare name: its holder still.
        ("Tomas Varga, the UN envoy, said the office was sealed. The UN envoy said the office was sealed.", "Tomas Varga"),
        // A participle's phrase before the subject names no one.
        ("Fisheries Minister Tomas Varga denied the leak. Touching on the theme of the summit - “Open Seas” - the minister said "
            + "the office was sealed.", "Tomas Varga"),
        // The holder named in the sentence before, with no one named since, before they have spoken.
        ("The talks were led by Fisheries Minister Tomas Varga. The minister said the office was sealed.", "Tomas Varga"),
        // Not a holder who has not spoken, with someone else named since.
        ("Fisheries Minister Tomas Varga led the talks. Ken Sato opened them. The minister said the office was sealed.", "minister"),
    ])
    func aRoleNounMeansThePersonNamedWithIt(_ text: String, _ speaker: String) {
        #expect(analyze(text).reportedSpeech.last?.speaker == speaker)
    }

    @Test(arguments: [
        // An apposition left open before the verb is the name's; so is where it was said.
        ("Mr. Tomas Varga, the new fisheries minister said the office was sealed.", "Tomas Varga"),
        ("Tomas Varga, River Authority fisheries officer said the office was sealed.", "Tomas Varga"),
        ("Tomas Varga, the fisheries minister in a press conference on Tuesday said the office was sealed.", "Tomas Varga"),
        ("The ministry at a news briefing on Monday said the office was sealed.", "ministry"),
        // Not a name in the middle of the clause, nor a title before the comma.
        ("He was briefed by his aide, Tomas Varga, the ministry said the next day.", "ministry"),
        ("Fisheries Minister, the Hon Tomas Varga said the office was sealed.", "Tomas Varga"),
    ])
    func anOpenAppositionAndAnOccasionLeaveTheName(_ text: String, _ speaker: String) {
        #expect(analyze(text).reportedSpeech.last?.speaker == speaker)
    }

    @Test(arguments: [
        // After an inverted "said", where and when end the name; a name ending the sentence after
        // the post's comma is who speaks.
        ("“The dam will hold,” said Varga after speaking with Minister Dana Whitfield.", "Varga"),
        ("“The dam will hold,” said Special Agent in Charge Tomas Varga.", "Tomas Varga"),
        ("“The dam will hold,” said the River Authority's chairman for the northern basin, Tomas Varga.", "Tomas Varga"),
    ])
    func anInvertedSubjectEndsWithItsName(_ text: String, _ speaker: String) {
        #expect(analyze(text).quotes.first?.speaker == speaker)
    }

    /// A name alone after a quotation, its "said" dropped by the copy, still says who speaks;
    /// a sentence of capitalised words that is not a name does not.
    @Test func aStatementPrintedWithoutMarksAfterSaidIsTheIntroducedSpeakers() {
        let document = analyze("FOR IMMEDIATE RELEASE\n\nRiver Agency Urges Care in the Heat\n\n"
            + "The River Agency today warned of high temperatures across the region.\n\nJane Roe, the agency's director, said:\n\n"
            + "We're urging everyone to keep an eye on those who may be at risk this summer.\n\n"
            + "The agency publishes its advice on its website.")
        #expect(document.callsToAction.map(\.actor) == ["Jane Roe"])
    }

    @Test func theMilitaryIsABodyHeNeverMeans() {
        let document = analyze("The U.S. military has exercised in the Black Sea, Admiral John Doe said. “So we keep looking for new ways,” he added.")
        #expect(document.quotes.map(\.speaker) == ["John Doe"])
    }

    @Test func anInquiryReportsWhatItConcludes() {
        let document = analyze("Last month, a British public inquiry concluded the minister probably signed off on the deal.")
        #expect(document.reportedSpeech.map(\.speaker) == ["British public inquiry"])
    }

    @Test(arguments: [
        "You'll note we offer a couple of versions of some books.",
        "Yeah, “think again” or something like that.",
        "Okay, “we will see” is what I told them.",
    ])
    func aContractionOrAnInterjectionIsNoOnesName(_ text: String) {
        let document = analyze(text)
        #expect(document.speakers.isEmpty)
        #expect(document.quotes.allSatisfy { $0.speaker == nil })
    }

    /// Before a colon, a clause is no label: only its subject speaks.
    @Test func aClauseBeforeAColonGivesItsSubject() {
        let document = analyze("Jane Roe himself famously exclaimed: “I am the victim of a plot.”")
        #expect(document.quotes.map(\.speaker) == ["Jane Roe"])
        let label = analyze("Jane Roe, Secretary of State: “I am the victim of a plot.”")
        #expect(label.quotes.map(\.speaker) == ["Jane Roe"])
    }

    /// "Around" before a number counts; before anything else it opens an adverbial.
    @Test func anAdverbialOpeningTheSentenceIsNoCaller() {
        let document = analyze("Around schooling age, his father, Johann, encouraged him to study business.")
        #expect(document.callsToAction.map(\.actor) == ["his father"])
    }

    @Test func aNumberAfterAroundIsCounted() {
        let document = analyze("Around 3,000 protesters, many of them students, called for his resignation.")
        #expect(document.callsToAction.map(\.actor) == ["Around 3,000 protesters"])
    }

    @Test func aSayingsTheyIsNoOne() {
        let document = analyze("President Jane Roe addressed a joint meeting of the U.S. Congress on Wednesday.\n\n"
            + "She noted that, as they say in the north, “it takes two hands to clap.”")
        #expect(document.quotes.map(\.speaker) == ["Jane Roe"])
    }

    @Test func whereItWasSaidEndsAnInvertedSubject() {
        let document = analyze("“Every hour counts,” said the President in his weekly address.")
        #expect(document.quotes.map(\.speaker) == ["President"])
    }

    @Test func aNameAloneAfterAQuotationIsItsSpeaker() {
        let dropped = analyze("Senator Jane Roe spoke today.\n\n“The fund will grow,” Senator Roe.\n\n“It is open to all.”")
        #expect(dropped.quotes.map(\.speaker) == ["Jane Roe", "Jane Roe"])
        let none = analyze("“The fund will grow,” the report.")
        #expect(none.quotes.map(\.speaker) == [nil])
    }

    /// One who speaks in a clause of reason is named, but the next quotation is the main speaker's.
    @Test func aSpeakerInAClauseOfReasonDoesNotTakeTheTurn() {
        let document = analyze("Party spokesman Tomas Varga denied the claim, especially since the police had said they would "
            + "allow the rally.\n\n“The party did not provoke anyone.”")
        #expect(document.quotes.map(\.speaker) == ["Tomas Varga"])
    }

    @Test func aDescribedSubjectIsWhomALaterPronounMeans() {
        let document = analyze("Olga Petrova spoke first. The ministers met in Oslo. They demanded that Russia withdraw.")
        #expect(document.callsToAction.map(\.actor) == ["ministers"])
        // A sentence opening with something that cannot speak leaves the pronoun to the name.
        let other = analyze("The Nordic Council met in Oslo. The weather was cold. It demanded that Russia withdraw.")
        #expect(other.callsToAction.map(\.actor) == ["Nordic Council"])
        let titled = analyze("The Secretary-General is alarmed by the fighting. He calls on all sides to stop.")
        #expect(titled.callsToAction.map(\.actor) == ["Secretary-General"])
    }

    @Test func oneDescribedPersonIsWhomHeMeans() {
        let document = analyze("The self-identified politician said leaders in the north are not Boko Haram sympathizers.\n\n“We were wrong,” he said.")
        #expect(document.quotes.map(\.speaker) == ["self-identified politician"])
        // Several people, or a body, are not "he".
        let plural = analyze("Nigerian Christian leaders said the talks failed, according to Jane Roe.\n\n“We were wrong,” he said.")
        #expect(plural.quotes.map(\.speaker) != ["Nigerian Christian leaders"])
    }

    @Test(arguments: [
        ("Senator Jane Roe (D-Wash.) and Representative John Doe (R-Texas), co-chairs of the committee, today issued the following statement:",
         "Jane Roe and John Doe"),
        ("HRVP Ann Poe and Commissioner Carl Moe made the following joint statement:", "Ann Poe and Carl Moe"),
        ("WASHINGTON – U.S. Senators Jane Roe, John Doe, Ann Poe and Carl Moe today issued the following statement:",
         "Jane Roe, John Doe, Ann Poe and Carl Moe"),
        ("Ottawa, May 1, 2016 – The Hon. Jane Roe, Minister of Health; the Hon. John Doe, Minister of Foreign Affairs; and the Hon. Ann Poe, "
            + "Minister of Trade and Exports, today issued the following statement:", "Jane Roe, John Doe and Ann Poe"),
    ])
    func peopleWhoIssueOneStatementAreItsOneSpeaker(_ introduction: String, _ speaker: String) {
        let document = analyze(introduction + "\n\n“We will act together.”")
        #expect(document.quotes.map(\.speaker) == [speaker])
        #expect(document.structure.issuer == speaker)
        // Each is named among the speakers too.
        #expect(document.speakers.count == speaker.components(separatedBy: " and ").joined(separator: ", ").components(separatedBy: ", ").count + 1)
    }

    /// Each of a joint statement's people keeps a role of their own, not the others as an apposition.
    @Test func eachOfAJointStatementsPeopleKeepsTheirOwnRole() {
        let document = analyze("Senator Jane Roe (D-Wash.) and Representative John Doe (R-Texas), co-chairs of the committee, "
            + "today issued the following statement:\n\n“We will act together.”")
        #expect(document.speakers.first { $0.name == "Jane Roe" }?.role == "Senator")
        #expect(document.speakers.first { $0.name == "John Doe" }?.role == "Representative")
    }

    @Test func peopleWhoSayTheSameAreNotOneSpeaker() {
        let document = analyze("Senator Jane Roe and Senator John Doe said in a statement that the talks failed.\n\n“We will act,” said Roe.")
        #expect(!document.speakers.contains { $0.name.contains(" and ") })
    }

    @Test func twoPeopleNamedInFullWithAndAreEachNamed() {
        let document = analyze("Gen. Jane Roe and Chief Master Sgt. John A. Doe visited the base.\n\n“We will act,” Roe said. “We are ready,” Doe said.")
        #expect(document.quotes.map(\.speaker) == ["Jane Roe", "John A. Doe"])
        // One body's name may hold "and".
        let body = analyze("The Department of Health and Human Services opened a clinic.\n\n“We will act,” said Health and Human Services.")
        #expect(!body.speakers.contains { $0.name == "Human Services" })
    }

    @Test(arguments: [("Gen.", "general"), ("Lt. Col.", "colonel"), ("Sen.", "senator"), ("PM", "prime minister")])
    func aShortTitleIsTheNounThatDescribesItsHolder(_ title: String, _ noun: String) {
        let document = analyze("\(title) Jane Roe said the talks failed. The \(noun) also said the vote was late.")
        #expect(document.reportedSpeech.map(\.speaker) == ["Jane Roe", "Jane Roe"])
    }

    @Test func theShortTitleOfSomeoneNamedInFullIsTheSamePerson() {
        let document = analyze("Prime Minister Jane Roe met the unions.\n\nIn reply, PM Roe said that the strike must end.")
        #expect(document.reportedSpeech.map(\.speaker) == ["Jane Roe"])
        #expect(document.speakers.map(\.name) == ["Jane Roe"])
    }

    @Test func thePostOfThePersonNamedJustBeforeIsThem() {
        let document = analyze("Health Minister Jane Roe visited the hospital on Monday.\n\n“We are doing everything we can,” the minister said.")
        #expect(document.quotes.map(\.speaker) == ["Jane Roe"])
        // One holder met another: the one who opened the sentence is still "the Prime Minister".
        let met = analyze("The Prime Minister met Ruritania's Prime Minister Jan Novak. The Prime Minister said the talks went well.")
        #expect(met.reportedSpeech.map(\.speaker) == ["Prime Minister"])
    }

    @Test(arguments: [
        ("Deputy Secretary of Trade Jane Roe", "The Deputy Secretary"),
        ("Junior Minister for Fisheries Jane Roe", "The Junior Minister"),
        ("Jane Roe, the Special Envoy to the Lakes,", "The Special Envoy"),
        // The office's last words alone.
        ("The United Nations Special Envoy for Fisheries, Jane Roe,", "The Special Envoy"),
        // A place word in a post or its portfolio is no name.
        ("Jane Roe, the Regional Director,", "The Regional Director"),
        ("Jane Roe, the Minister of National Fisheries,", "The Minister"),
        ("Minister for Federal Lands, Jane Roe,", "The Minister"),
    ])
    func theOfficeBeforeItsPortfolioNamesItsHolder(_ named: String, _ described: String) {
        let document = analyze("\(named) said the talks failed.\n\n\(described) urged the parties to return to the table.")
        #expect(document.callsToAction.map(\.actor) == ["Jane Roe"])
    }

    @Test(arguments: ["on Wednesday", "in January", "on Friday"])
    func theDayADescribedSpeakerSpokeIsNotWhoTheyAre(_ day: String) {
        let document = analyze("A ministry spokesperson \(day) called on the parties to return to the table.")
        #expect(document.callsToAction.map(\.actor) == ["ministry spokesperson"])
    }

    @Test(arguments: ["Staffan de Mistura", "Ludwig van Berg"])
    func aNameWithALowercaseParticleIsTheApposedPerson(_ name: String) {
        let document = analyze("The Special Envoy for the Lakes, \(name), said the talks would pause.")
        #expect(document.reportedSpeech.map(\.speaker) == [name])
    }

    @Test func aPluralOfPeopleIsNeverSheOrHe() {
        let document = analyze("Jane Roe visited the ward on Monday. The doctors said the patient was stable. She said the tests were clear.")
        #expect(document.reportedSpeech.map(\.speaker) == ["doctors", "Jane Roe"])
    }

    @Test func thePlaceAfterATitlesToIsNoPartOfTheName() {
        let document = analyze("U.S. Ambassador to Ruritania Jane Roe visited the clinic.\n\n“We will act,” Roe said.")
        #expect(document.quotes.map(\.speaker) == ["Jane Roe"])
    }

    @Test func aSurnameAloneIsThePersonNamedWithAGeneration() {
        let document = analyze("U.S. Attorney Dana K. Whitfield, Jr., said the talks failed.\n\n“We will act,” said Whitfield.")
        #expect(document.quotes.map(\.speaker) == ["Dana K. Whitfield, Jr."])
    }

    @Test(arguments: [
        "Yesterday my Department said the talks failed. The Department of Home Affairs said the vote was late.",
        "The Department of Home Affairs said the talks failed. The Department said the vote was late.",
    ])
    func aBodysHeadWordAloneIsTheBodyNamedInFull(_ text: String) {
        #expect(analyze(text).reportedSpeech.map(\.speaker) == ["Department of Home Affairs", "Department of Home Affairs"])
    }

    @Test func aNameBeforeAPostTheEarlierOneLacksMakesAnother() {
        let document = analyze("The Ruritanian envoy to the United Nations said the talks failed. "
            + "Jordan's deputy envoy said the council would vote. The Ruritanian envoy said the vote was late.")
        #expect(document.reportedSpeech.map(\.speaker) == [
            "Ruritanian envoy to the United Nations", "Jordan's deputy envoy", "Ruritanian envoy to the United Nations",
        ])
    }

    @Test func aNationalityBeforeANounNamesNoOne() {
        let document = analyze("Reporters Without Borders staged a rally. The group called on North Korea to release two American reporters, saying their detention is political.")
        #expect(!document.speakers.map(\.name).contains("American"))
        #expect(document.reportedSpeech.map(\.text) == ["their detention is political"])
    }

    @Test func aNationalityAfterTheOfAPortfolioOpensTheBodysName() {
        let document = analyze("""
            The Chairman of the National Lottery, Tomas Vell, said sales would hold. \
            The Chairman also urged shops to stay open.
            """)
        #expect(document.callsToAction.map(\.actor) == ["Tomas Vell"])
        #expect(document.speakers.map(\.name) == ["Tomas Vell"])
    }

    @Test func aBritishPoliceRankIsATitle() {
        let document = analyze("""
            Harlow PC, Tomas Vell, said the lane was closed. He said: “We are keen to hear from anyone who saw the van.” \
            Det. Sgt. Mira Sand said: “The driver was not hurt.”
            """)
        #expect(document.quotes.map(\.speaker) == ["Tomas Vell", "Mira Sand"])
        #expect(document.speakers.map(\.name) == ["Tomas Vell", "Mira Sand"])
    }

    @Test func aDescribedSubjectOutranksAPlaceNamedAfterIt() {
        let document = analyze("""
            The envoy toured the camps of North Varia on Monday. He urged donors to send tents.
            """)
        #expect(document.callsToAction.map(\.actor) == ["envoy"])
    }

    @Test func aNameAfterHisBeforeANounDescribesTheNoun() {
        let document = analyze("""
            Tomas Vell, the mayor, opened the fair. In his Easter message, he urged residents to help their neighbours. \
            On her Facebook page, Mira Sand said the fair was a success.
            """)
        #expect(document.callsToAction.map(\.actor) == ["Tomas Vell"])
        #expect(document.speakers.map(\.name).sorted() == ["Mira Sand", "Tomas Vell"])
    }

    @Test func aStatementFromSomeoneIsTheirsAndSoIsItsLaterVoice() throws {
        let document = analyze("""
            Olga Petrova said the dam was sound. According to a statement from the Water Board, the dam is safe. \
            The statement added that residents should stay calm.
            """)
        #expect(document.callsToAction.map(\.actor) == ["Water Board"])
        let board = try #require(document.speaker(named: "Water Board"))
        #expect(board.role == nil)
    }

    @Test func anInfinitiveInAClauseAfterAfterIsThatClausesSubjects() {
        let document = analyze("The mayor was forced from office after residents took to the streets to demand his removal.")
        #expect(document.callsToAction.map(\.actor) == ["residents"])
    }

    @Test func anAsideBetweenDashesIsNotTheSubject() {
        let document = analyze("Residents — many of whom had not slept — urged the mayor to reopen the shelter.")
        #expect(document.callsToAction.map(\.actor) == ["Residents"])
    }

    @Test func militaryRanksAreTitles() throws {
        let document = analyze("“Stay calm,” said Sgt. Maj. David Ortiz.")
        #expect(document.quotes.map(\.speaker) == ["David Ortiz"])
    }

    @Test func aStatementAttributableToSomeoneIsTheirs() {
        let document = analyze("""
            Statement attributable to the Spokesperson for the Secretary-General on Haiti

            We call on all sides to stop the fighting.
            """)
        #expect(document.callsToAction.map(\.actor) == ["Spokesperson for the Secretary-General"])
    }

    @Test func splitQuotesGetTheSameSpeaker() {
        let document = analyze("“We will rebuild,” the mayor said. “It will take years.”")
        #expect(document.attributed.map(\.1) == ["mayor", "mayor"])
    }

    @Test func rolesAndAliasesComeFromTitlesAndAppositions() throws {
        let document = analyze("""
            US ambassador to the UN Linda Marsh said the vote mattered.

            “It was close,” Marsh said.

            Pavel Ionescu, the foreign minister of Moldova, said “we are ready.”
            """)
        let marsh = try #require(document.speaker(named: "Linda Marsh"))
        #expect(marsh.role == "US ambassador to the UN")
        #expect(marsh.aliases.contains("Marsh"))
        #expect(marsh.quoteCount == 1)
        let ionescu = try #require(document.speaker(named: "Pavel Ionescu"))
        #expect(ionescu.role == "the foreign minister of Moldova")
    }

    /// A speaker met again with a longer role takes it; a shorter one later leaves it (roles
    /// are measured in scalars, accents and all).
    @Test func theLongestRoleAPersonIsGivenStays() throws {
        let document = analyze("""
            Anna Berg, an envoy, said “one.”

            Anna Berg, the délégué of the foreign ministry, said “two.”

            Anna Berg, a minister, said “three.”
            """)
        let berg = try #require(document.speaker(named: "Anna Berg"))
        #expect(berg.role == "the délégué of the foreign ministry")
        #expect(berg.quoteCount == 3)
    }

    @Test func pronounsResolveToTheLastCompatiblePerson() {
        let document = analyze("""
            Spokeswoman Ana Ruiz told reporters the talks would resume.

            “We are hopeful,” she said.
            """)
        #expect(document.attributed.map(\.1) == ["Ana Ruiz"])
    }

    /// "Otherwise," opening a sentence is an adverb, whoever's quotation follows it.
    @Test func anOpeningAdverbIsNoSpeaker() {
        let document = analyze("“Rescue comes first,” Jane Roe said. Otherwise, “captains might hesitate,” including sailors.")
        #expect(!document.speakers.map(\.name).contains("Otherwise"))
    }

    /// "Bush's stipulations have been clear, Rumsfeld said": the possessor opens the sentence
    /// but is not its subject; "he" after it is the one who said so.
    @Test func aPossessorIsNoPronounsFirstChoice() {
        let document = analyze("""
            President Ash spoke on Monday. Defense Secretary Ben Roe spoke too.

            Ash's terms have been clear, Roe said. “They want a government,” he said.
            """)
        #expect(document.attributed.map(\.1) == ["Ben Roe"])
    }

    /// "his sister": the last gendered word of an apposition gives the name its gender, so a
    /// later "he" passes over her.
    @Test func aBodysInitialsAreTheBody() {
        let document = analyze("The U.S. River Safety Agency (RSA) said the water was safe. RSA said the tests were done.")
        #expect(document.reportedSpeech.map(\.speaker) == ["U.S. River Safety Agency", "U.S. River Safety Agency"])
        #expect(document.speakers.count == 1)
    }

    @Test func heIsOneWhoSpokeNotTheBareNamesAfterHim() {
        let document = analyze("On Tuesday the Foreign Secretary welcomed the resolution on Ruritania. This followed resolutions on "
                               + "Borduria, North Ruritania and Syldavia. He also called for the authorities to respect the right of protest.")
        #expect(document.callsToAction.map(\.actor) == ["Foreign Secretary"])
    }

    @Test func anAppositionGivesANameItsGender() {
        let document = analyze("""
            Tom Hale arrived first. Robin Tate, his sister, said the talks had failed.

            “We will appeal,” he said.
            """)
        #expect(document.attributed.map(\.1) == ["Tom Hale"])
    }

    @Test func aGenderedRoleRulesOutTheWrongPronoun() {
        let document = analyze("His sister begged Tom Hale to come home, but he replied “I cannot.”")
        #expect(document.attributed.map(\.1) == ["Tom Hale"])
    }

    @Test func theStatementSaidBelongsToWhoeverIssuedTheLastStatement() {
        let document = analyze("""
            The Ocean Council in a statement urged ministers to act.

            “We expect results,” the statement said.

            Council member Rosa Lind welcomed the move.

            “This is our moment,” she said in a statement.

            “Now is the time,” the statement said.
            """)
        #expect(document.attributed.map(\.1) == ["Ocean Council", "Rosa Lind", "Rosa Lind"])
    }

    @Test func aParagraphThatIsOnlyAQuoteContinuesThePreviousSpeaker() {
        let document = analyze("""
            The ministry said in a statement that the border would stay closed.

            “We call on travellers to be patient.”
            """)
        #expect(document.attributed.map(\.1) == ["ministry"])
    }

    @Test func aColonIntroducesTheNextParagraphsQuote() {
        let document = analyze("A Foreign Office spokesperson said:\n\n“We are concerned.”")
        #expect(document.attributed.map(\.1) == ["Foreign Office spokesperson"])
    }

    @Test func organisationsAndDocumentsCanSpeak() {
        let document = analyze("“Prices will rise,” said the report by the central bank. The Department of Energy notes, “Supply is tight.”")
        #expect(document.attributed.map(\.1) == ["report by the central bank", "Department of Energy"])
    }

    @Test func scareQuotesAndTitlesGetNoSpeaker() {
        let document = analyze("The show, called “Night Lights”, was stored in “special boxes”, the curator said.")
        #expect(document.quotes.allSatisfy { $0.speaker == nil })
    }

    @Test func anUnresolvablePronounStaysNil() {
        let document = analyze("“Nothing changes,” he said.")
        #expect(document.attributed.map(\.1) == [nil])
    }

    @Test func datelinesAndTimePhrasesStayOutOfNames() throws {
        let document = analyze("""
            OSLO (Reuters) - Norway's Foreign Minister Eva Lunde on Monday called on both sides to talk.

            "Time is short," Lunde told reporters. "We must act," said Dr. Ivo Brant, the WHO envoy.

            According to the Red Cross, the road is closed. The organisation said it would stay.
            """)
        let lunde = try #require(document.speaker(named: "Eva Lunde"))
        #expect(lunde.quoteCount == 1)
        #expect(document.callsToAction.first?.actor == "Eva Lunde")
        #expect(document.speaker(named: "Ivo Brant")?.role?.contains("the WHO envoy") == true)
        #expect(document.speaker(named: "Red Cross") != nil)
        #expect(document.speaker(named: "organisation") == nil)
    }

    @Test func indirectSpeakersJoinTheRoster() {
        let document = analyze("Both the Harbour Authority and the Port Police Department have stated that the pier is safe. Environment spokesperson Julie Park said it was closed.")
        let names = Set(document.speakers.map(\.name))
        // (The two bodies also speak as one, as joint statements of bodies do.)
        #expect(names == ["Harbour Authority", "Port Police Department", "Harbour Authority and Port Police Department", "Julie Park"])
    }
}

@Suite("Sentence-opening plurals")
struct SentenceOpeningPluralTests {
    @Test func aCommonPluralOpeningASentenceIsNoOneAPronounCanMean() {
        let document = analyze("Parents are urged to check the records. “We will act,” he said.")
        #expect(document.quotes.first?.speaker == nil)
        #expect(!document.speakers.contains { $0.name == "Parents" })
    }
}

@Suite("Datelines")
struct DatelineTests {
    @Test(arguments: [
        "WASHINGTON – Senator Jane Roe today issued the following statement: “We will act.”",
        "LONDON, June 3 (Reuters) – Senator Jane Roe said: “We will act.”",
        "(GENEVA, Switzerland) – Senator Jane Roe said: “We will act.”",
    ])
    func aDatelineNamesAPlaceNotTheSpeaker(_ text: String) {
        let document = analyze(text)
        #expect(document.quotes.first?.speaker == "Jane Roe")
        #expect(!document.speakers.contains { $0.name.uppercased() == $0.name })
    }

    /// A place in capitals and small letters, with its date in brackets before the dash.
    @Test(arguments: ["Geneva (3 February 2016)- ", "Geneva (3 February 2016) – "])
    func aDateInBracketsClosesAPlace(_ dateline: String) {
        let document = analyze(dateline + "The Special Envoy, Jane Roe, has announced a recess in the talks.")
        #expect(document.reportedSpeech.map(\.speaker) == ["Jane Roe"])
        #expect(document.structure.place == "Geneva")
    }
}

@Suite("Roles before names")
struct RoleBeforeNameTests {
    @Test func aRoleNounAndAnAffiliationLeaveThePersonsName() throws {
        let document = analyze("“We are on our way,” said Mission Operations Manager Alice Bowman of Johns Hopkins University.")
        #expect(document.quotes.first?.speaker == "Alice Bowman")
        let bowman = try #require(document.speakers.first)
        #expect(bowman.role?.contains("Johns Hopkins University") == true)
    }

    /// "Ranking Member", "Council Member": a member's seat is a role before the name.
    @Test(arguments: ["Ranking Member Jane Roe", "City Council Member Jane Roe"])
    func aMembersSeatIsARole(_ named: String) {
        let document = analyze("\(named) said the talks failed.")
        #expect(document.speakers.map(\.name) == ["Jane Roe"])
        #expect(analyze("EU Member States said the talks failed.").speakers.map(\.name) == ["EU Member States"])
    }

    /// The byte search the cast asks of names on every pronoun.
    @Test(arguments: [
        ("North Korea and Burma", " and ", true), ("Anderson Cooper", " and ", false), ("Zoë Brandt and Ana", " and ", true),
        ("Ana", " ", false), ("Ana Ruiz", " ", true), ("", " ", false), ("Ana", "", true), ("and", " and ", false),
    ])
    func aNameIsSearchedByteForByte(_ name: String, _ part: String, _ found: Bool) {
        let parts: [String: StaticString] = [" and ": " and ", " ": " ", "": ""]
        #expect(name.containsBytes(parts[part]!) == found)
    }

    /// The cast's byte split agrees with splitting on the space character.
    @Test(arguments: ["Secretary of State Jane Roe", "  two  spaces ", "", " ", "Zoë Brandt, the envoy", "one"])
    func aRoleIsSplitIntoItsWords(_ text: String) {
        #expect(text.spaceSeparatedWords() == text.split(separator: " "))
    }

    /// "Jan" with no full stop is a given name; "Jan." is the month.
    @Test func janWithoutItsFullStopIsAGivenName() {
        let document = analyze("UN relief chief Jan Egeland said the aid would arrive by Jan. 5.")
        #expect(document.speakers.map(\.name) == ["Jan Egeland"])
        #expect(document.reportedSpeech.map(\.text) == ["the aid would arrive by Jan. 5"])
    }
}

/// Who a described or introduced speaker is: pairs, documents' authors, owners named again.
@Suite("Speakers described or introduced")
struct DescribedSpeakerTests {
    /// "Both men", "the two sides": the two last named speak as one, in the order they were introduced.
    @Test(arguments: ["Both men", "Both sides", "The two leaders"])
    func aPairDescribedSpeaksForTheTwoLastNamed(_ subject: String) {
        let text = "Mayor Jane Roe met Governor John Doe on Monday. The harbour was closed. "
            + subject + " said the talks had gone well."
        #expect(analyze(text).reportedSpeech.map(\.speaker) == ["Jane Roe and John Doe"])
    }

    /// Sides and countries speak as parties do; a patrol is a body, not a person after a title.
    @Test(arguments: [
        ("The two sides stressed that the border must stay open.", "two sides"),
        ("The two countries stressed that the border must stay open.", "two countries"),
        ("Lakeside State Patrol said the border must stay open.", "Lakeside State Patrol"),
    ])
    func partiesAndPatrolsSpeak(_ text: String, _ speaker: String) {
        #expect(analyze(text).reportedSpeech.map(\.speaker) == [speaker])
    }

    /// "The following is a statement by X:": a sentence that only introduces the quotation after
    /// its colon names whose words they are.
    @Test(arguments: [
        "The following is a statement by Jane Roe, director of the Lakeside Fund: “We applaud the senators.”",
        "Below are remarks from Jane Roe: “We applaud the senators.”",
    ])
    func aDocumentIntroducedByItsAuthorIsTheirs(_ sentence: String) {
        let document = analyze("Senators signed a letter on Monday.\n\n" + sentence)
        #expect(document.quotes.map(\.speaker) == ["Jane Roe"])
    }

    /// A name first met as an owner ("John Roe's resignation") is read as a body's; named again
    /// as a person, "he" can mean him.
    @Test func anOwnerNamedAgainAsAPersonIsOne() {
        let document = analyze("Protesters seek John Roe's resignation.\n\n"
            + "John Roe said the council offered talks to Lakeside residents. “We have no objection,” he said.")
        #expect(document.quotes.map(\.speaker) == ["John Roe"])
    }

    /// An apposition left open before "said" that ends in a post in capitals, or joins two posts, is the name's.
    @Test(arguments: [
        "“We will keep working,” Jane Roe, senior party leader and Transport Minister said.",
        "“We will keep working,” Jane Roe, Transport Minister said.",
    ])
    func anOpenAppositionEndingInAPostIsTheName(_ text: String) {
        let document = analyze(text)
        #expect(document.quotes.map(\.speaker) == ["Jane Roe"])
        #expect(document.reportedSpeech.isEmpty)
    }

    /// Two bodies named together as a subject speak as one.
    @Test func twoBodiesNamedTogetherSpeakAsOne() {
        let document = analyze("The Harbour Board and the Ferry Union said that the crossing must reopen.")
        #expect(document.reportedSpeech.map(\.speaker) == ["Harbour Board and Ferry Union"])
    }

    /// "Mayor Jane Roe's office said": the office's holder speaks, named without the post, and
    /// "she" after it is hers.
    @Test func anOfficeHoldersPostIsNoPartOfTheirName() {
        let document = analyze("Mayor Jane Roe's office released a statement saying she deplores the closure. "
                               + "She also urged the council to reopen the library.")
        #expect(document.reportedSpeech.map(\.speaker) == ["Jane Roe"])
        #expect(document.speakers.first { $0.name == "Jane Roe" }?.role == "Mayor")
        #expect(document.callsToAction.map(\.actor) == ["Jane Roe"])
    }

    /// "Jane Roe, Chief Ranger, said": a name in full comes first and stays the name; the post
    /// after it, a title and one word, is not a second name.
    @Test func aPostAfterANameInFullIsItsApposition() {
        let document = analyze("Jane Roe, Chief Ranger, said the trail was closed. \"We ask walkers to keep away,\" she said.")
        #expect(document.reportedSpeech.map(\.speaker) == ["Jane Roe"])
        #expect(document.speakers.first?.name == "Jane Roe")
        #expect(document.speakers.first?.role == "Chief Ranger")
    }

    /// "Mr Kong" after "Kong Wing-cheung": a given name of syllables joined by a hyphen follows
    /// the family name, which a place's last word ("Hong Kong") does not take from its holder.
    @Test func aFamilyNameBeforeASyllabicGivenNameIsTheSurname() {
        let document = analyze("Violence has plunged Hong Kong into panic.\n\n"
                               + "Chief Superintendent Kong Wing-cheung made the statement today.\n\n"
                               + "Mr Kong said: \"We appeal to the public to stay calm.\"")
        #expect(document.quotes.map(\.speaker) == ["Kong Wing-cheung"])
        #expect(document.speakers.map(\.name) == ["Kong Wing-cheung"])
    }

    /// "the IGP", "the COAS": a post's initials, given in brackets or not, name its holder; a
    /// body's initials in a spokeswoman's role still name the body.
    @Test func aPostsInitialsNameItsHolder() {
        let document = analyze("The Inspector-General of Police (IGP), Ibrahim Idris, said on Monday the officers would go.\n\n"
                               + "\"We will not allow criminals to take over,\" the IGP said.\n\n"
                               + "The Chief of Army Staff, Lt. Gen. Tukur Buratai, said the army was ready.\n\n"
                               + "\"We are ready,\" the COAS said.\n\n"
                               + "Jane Roe, a spokeswoman for the EPA, said the rules were changed.\n\n"
                               + "\"The rules changed,\" the EPA said.")
        #expect(document.quotes.map(\.speaker) == ["Ibrahim Idris", "Tukur Buratai", "EPA"])
    }

    /// "Spokesperson at the President's office Jane Roe", then "the spokesperson": the office
    /// before "at" is the post that names her.
    @Test func anOfficeBeforeAtIsThePost() {
        let document = analyze("Spokesperson at the President's office Jane Roe said that the talks would go on.\n\n"
                               + "\"We are ready,\" the spokesperson said.")
        #expect(document.quotes.map(\.speaker) == ["Jane Roe"])
        #expect(document.speakers.map(\.name) == ["Jane Roe"])
    }

    /// "the head of state", "the premier", "the top diplomat": an office news names otherwise is
    /// its one holder, among other ministers too.
    @Test func anOfficeByAnotherNameIsItsHolder() {
        let document = analyze("President Jane Roe said on Monday that the talks had failed.\n\n"
                               + "\"We will not give up,\" the head of state said.\n\n"
                               + "Prime Minister John Doe said that the government was ready.\n\n"
                               + "\"We are ready,\" the premier said.\n\n"
                               + "Foreign Minister Ann Smith said that talks would resume.\n\n"
                               + "\"We will talk,\" the top diplomat said.")
        #expect(document.quotes.map(\.speaker) == ["Jane Roe", "John Doe", "Ann Smith"])
    }

    /// A person named again without a middle name or initial is the same person.
    @Test(arguments: [
        ("Senator John Q. Public visited the plant.", "Senator John Public", "John Q. Public"),
        ("Hillary Rodham Clinton arrived later.", "Hillary Clinton", "Hillary Rodham Clinton"),
        ("Deputy Commissary Afonso de Jesus spoke to reporters.", "Commissary de Jesus", "Commissary Afonso de Jesus"),
    ])
    func aMiddleNameLeftOutNamesTheSamePerson(_ first: String, _ again: String, _ name: String) {
        let document = analyze(first + "\n\n\"We will not close it,\" " + again + " said.")
        #expect(document.quotes.map(\.speaker) == [name])
    }

    /// "Governor Cooper urged …" before the lede's "Governor Roy Cooper": the titled surname is
    /// the one person named in full with it, from a headline too; another with the surname
    /// but not the post is someone else.
    @Test func aTitledSurnameBeforeTheNameInFullIsThatPerson() {
        let early = analyze("On Monday Governor Cooper urged people to be prepared.\n\n"
                            + "As the storm neared, Governor Roy Cooper today advised people to follow local instructions.\n\n"
                            + "\"I urge you to closely follow the forecast,\" said Governor Cooper.")
        #expect(early.quotes.map(\.speaker) == ["Roy Cooper"])
        #expect(early.callsToAction.map(\.actor) == ["Roy Cooper", "Roy Cooper", "Roy Cooper"])
        #expect(early.speakers.map(\.name) == ["Roy Cooper"])
        let headed = analyze("Governor Cooper urges people to be prepared\n\n"
                             + "As the storm neared, Governor Roy Cooper today advised people to follow local instructions.\n\n"
                             + "\"I urge you to closely follow the forecast,\" said Cooper.\n\n"
                             + "The Governor also announced that he has signed an executive order.")
        #expect(headed.quotes.map(\.speaker) == ["Roy Cooper"])
        #expect(headed.reportedSpeech.map(\.speaker) == ["Roy Cooper"])
        let other = analyze("On Monday President Bush urged Congress to act.\n\n"
                            + "Laura Bush visited a school in Texas.\n\n"
                            + "\"We must act now,\" said President Bush.")
        #expect(other.quotes.map(\.speaker) == ["Bush"])
    }

    /// "Yonhap" after "Yonhap News Agency": a body's own word names it alone; "Mr Morrison" is
    /// still the person after "the Morrison Government".
    @Test func aBodysOwnWordNamesIt() {
        let agency = analyze("The talks would resume soon, Yonhap News Agency said.\n\nBut he did not give a date, according to Yonhap.")
        #expect(agency.reportedSpeech.map(\.speaker) == ["Yonhap News Agency", "Yonhap News Agency"])
        #expect(agency.speakers.map(\.name) == ["Yonhap News Agency"])
        let person = analyze("Prime Minister Scott Morrison said the Morrison Government would fund the road.\n\n"
                             + "\"This is a big day,\" Mr Morrison said.")
        #expect(person.quotes.map(\.speaker) == ["Scott Morrison"])
    }

    /// "'We must be vigilant,' McMaster said." above the lede's "Gov. Henry McMaster": a bare
    /// surname that speaks is the one person named in full with it; a list of groups is no one's name.
    @Test func aBareSurnameBeforeTheNameInFullIsThatPerson() {
        let document = analyze("'We must be vigilant,' McMaster said.\n\n"
                               + "Gov. Henry McMaster urged residents on Tuesday to heed warnings.\n\n"
                               + "\"We must take it very seriously,\" McMaster said.")
        #expect(document.quotes.map(\.speaker) == ["Henry McMaster", "Henry McMaster"])
        #expect(document.speakers.map(\.name) == ["Henry McMaster"])
        let groups = analyze("\"The vote was stolen,\" Democrats said.\n\n"
                             + "Republicans and Democrats both claimed the vote was fair.")
        #expect(groups.quotes.map(\.speaker) == ["Democrats"])
    }

    /// "Kemp's evacuation order" after "Gov. Brian Kemp": the owner is the person with the
    /// surname, and a later "Kemp said" is still Brian Kemp.
    @Test func aPossessiveSurnameIsThePerson() {
        let document = analyze("Gov. Brian Kemp warned residents that it is \"not worth the risk\" to stay.\n\n"
                               + "Kemp's order applies to six counties.\n\n"
                               + "\"This storm is a big one,\" Kemp said.")
        #expect(document.speakers.map(\.name) == ["Brian Kemp"])
        #expect(document.quotes.last?.speaker == "Brian Kemp")
    }

    /// "Traffic on Interstate 26 is …, she said.": a common noun opening a sentence names no
    /// one, and "she" is the official named before it.
    @Test func aCommonNounOpeningTheContentIsNoAntecedent() {
        let document = analyze("Traffic volumes are heavier than normal, Transportation Secretary Christy Hall said. "
                               + "Traffic on Interstate 26 is three times greater than normal, she said.")
        #expect(document.reportedSpeech.map(\.speaker) == ["Christy Hall", "Christy Hall"])
    }

    /// "the airline" after "Southwest Airlines": a body named by its kind in the plural is the
    /// one of that kind, at the head of a sentence too.
    @Test func aBodyIsItsKindInTheSingular() {
        let document = analyze("Southwest Airlines said on Thursday it called in investigators.\n\n"
                               + "The airline said: \"These markings are vandalism.\"")
        #expect(document.quotes.map(\.speaker) == ["Southwest Airlines"])
        #expect(document.speakers.map(\.name) == ["Southwest Airlines"])
    }

    /// "The following is the text of a statement by X on …:": the text's document is X's, and
    /// X is the voice of what follows.
    @Test func theTextOfAStatementIsItsAuthors() {
        let document = analyze("The following is the text of a statement by UN Secretary-General Ban Ki-moon on the escalation in Gaza:\n\n"
                               + "I am deeply alarmed by the escalation. Both Israel and Hamas must halt their acts of violence.")
        #expect(document.callsToAction.map(\.actor) == ["Ban Ki-moon"])
        #expect(document.structure.issuer == "Ban Ki-moon")
    }

    /// "Official Statement from Sheriff Roe" over one quoted paragraph: before anyone else
    /// speaks, the quotation is the issuer's, and so are its calls.
    @Test func aStatementThatIsOneQuotationIsItsIssuers() {
        let document = analyze("Official Statement from Sheriff Jane Roe\n\n"
                               + "“I have opened an investigation. I urge anyone with information to come forward.”")
        #expect(document.quotes.map(\.speaker) == ["Jane Roe"])
        #expect(document.callsToAction.map(\.actor) == ["Jane Roe"])
        // A quotation inside a sentence of the narration stays nobody's.
        let inPassing = analyze("Official Statement from Sheriff Jane Roe\n\nThe stop was “routine” and lasted a minute.")
        #expect(inPassing.quotes.map(\.speaker) == [nil])
        // A joint statement has more than one issuer, so no one is the quotation's.
        let joint = analyze("Joint Statement from Sheriff Jane Roe\n\n“We have opened an investigation.”")
        #expect(joint.quotes.map(\.speaker) == [nil])
    }

    /// "the London-based Amnesty International": a capitalised word hyphened to a participle
    /// tells of the name after it; "the Saudi-led coalition" keeps it, as nothing named follows.
    @Test func aHyphenedModifierIsNoPartOfTheNameAfterIt() {
        let document = analyze("The London-based Amnesty International said the trial was unfair.\n\n"
                               + "The Saudi-led coalition said it had struck a missile site.")
        #expect(document.speakers.map(\.name) == ["Amnesty International", "Saudi-led coalition"])
    }

    /// "The Houthi movement" right after "the Federal Government" is not that government: a
    /// name among a description's words must be in the body's own name.
    @Test func aNamedKindIsNoOtherBody() {
        let other = analyze("The Federal Government has appealed to the unions to call off the strike.\n\n"
                            + "The Houthi movement urged the United Nations to act.")
        #expect(other.callsToAction.map(\.actor) == ["Federal Government", "Houthi movement"])
        let same = analyze("The Houthi Movement of Yemen urged the United Nations to act.\n\n"
                           + "The Houthi movement also urged donors to send food.")
        #expect(same.callsToAction.map(\.actor) == ["Houthi Movement of Yemen", "Houthi Movement of Yemen"])
    }

    /// "Alhaji Mohammed Idris", as Nigerian papers name him: a courtesy before the name, as
    /// "Mr" is, and no part of it.
    @Test func aCourtesyOfThePilgrimageIsNoPartOfTheName() {
        let document = analyze("The Minister of Information, Alhaji Mohammed Idris, said the talks would go on.\n\n"
                               + "“We are making a heartfelt appeal,” Idris said.")
        #expect(document.speakers.map(\.name) == ["Mohammed Idris"])
    }
}
