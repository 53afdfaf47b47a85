import Testing
@testable import StatementKit

/// One row per form a statement uses to ask: the cue, who asks, whom, and what. Adding a cue
/// to `CueGrammar` adds a row here.
@Suite("Cue grammar")
struct CueGrammarTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var text: String
        var cue: String
        var actor: String?
        var addressee: String?
        var action: String
        var strength: CallToAction.Strength
        var testDescription: String { text }
    }

    @Test(arguments: [
        // Noun cues.
        Row(text: "The minister said: “We renew our call on the parties to return to talks.”", cue: "renew our call on",
            actor: "minister", addressee: "the parties", action: "return to talks", strength: .request),
        Row(text: "The council reaffirmed its appeal to donors to give generously.", cue: "reaffirmed its appeal to",
            actor: "council", addressee: "donors", action: "give generously", strength: .request),
        Row(text: "The council renewed appeals to donors to give generously.", cue: "renewed appeals to",
            actor: "council", addressee: "donors", action: "give generously", strength: .request),
        Row(text: "The envoy renewed her call to the world to act.", cue: "renewed her call to",
            actor: "envoy", addressee: "the world", action: "act", strength: .request),
        // A participle after the document a renewing verb issued is the document's call.
        Row(text: "The ministry issued a statement urging people to stay home.", cue: "urging",
            actor: "ministry", addressee: "people", action: "stay home", strength: .request),
        // A participle keeps its cue's own particle: "appealing to", as "appealed to".
        Row(text: "Jane Roe spoke at the summit, appealing to donors to give generously.", cue: "appealing to",
            actor: "Jane Roe", addressee: "donors", action: "give generously", strength: .request),
        // A "must" of its own in the clause "that" opens is the call's cue.
        Row(text: "The opposition leader insisted that the president must step down.", cue: "must",
            actor: "opposition leader", addressee: "the president", action: "step down", strength: .demand),
        // A participle after a reported clause is asked by that clause's subject, not the reporter.
        Row(text: "Jane Roe reports that lawyers continue taking to the streets, calling for the president to resign.",
            cue: "calling for", actor: "lawyers", addressee: "the president", action: "resign", strength: .request),
        Row(text: "The general issued an order to the units to withdraw.", cue: "issued an order to",
            actor: "general", addressee: "the units", action: "withdraw", strength: .demand),
        Row(text: "Officials published the Health Agency's recommendation that all schools be closed.", cue: "recommendation that",
            actor: "Health Agency", addressee: "all schools", action: "be closed", strength: .encouragement),
        // A clause with "that" or without it; an assertion ("insisted the plan was sound") asks nothing.
        Row(text: "The envoy said: “We insist all parties engage in the talks as part of the peace process.”", cue: "insist",
            actor: "envoy", addressee: "all parties", action: "engage in the talks", strength: .demand),
        Row(text: "The envoy insisted that the parties respect the ceasefire.", cue: "insisted that",
            actor: "envoy", addressee: "the parties", action: "respect the ceasefire", strength: .demand),
        // Modals with a third party as subject.
        Row(text: "The envoy said the parties must stop the fighting.", cue: "must",
            actor: "envoy", addressee: "the parties", action: "stop the fighting", strength: .demand),
        Row(text: "The envoy said the council has to publish its accounts.", cue: "has to",
            actor: "envoy", addressee: "the council", action: "publish its accounts", strength: .advice),
        Row(text: "The envoy said the ministry needs to publish the report.", cue: "needs to",
            actor: "envoy", addressee: "the ministry", action: "publish the report", strength: .advice),
        Row(text: "The envoy said the board ought to resign.", cue: "ought to",
            actor: "envoy", addressee: "the board", action: "resign", strength: .advice),
        Row(text: "“We need the government to act now,” the mayor said.", cue: "need",
            actor: "mayor", addressee: "the government", action: "act now", strength: .request),
        // "It is (highly) recommended that": a judgement that asks, as "it is vital that" does.
        Row(text: "It is highly recommended that residents seek refuge in safer places.", cue: "It is highly recommended that",
            actor: nil, addressee: "residents", action: "seek refuge in safer places", strength: .request),
        // A participle before "by" describes whom; the empty "it" of a passive is no one.
        Row(text: "The agency recommends that families affected by the storm boil their water.", cue: "recommends that",
            actor: "agency", addressee: "families affected by the storm", action: "boil their water", strength: .encouragement),
        Row(text: "It is recommended to wear a mask on the bus.", cue: "is recommended to",
            actor: nil, addressee: nil, action: "wear a mask on the bus", strength: .encouragement),
        // A particle, whom, then what is asked after "for".
        Row(text: "Police are appealing to the public for information about the crash.", cue: "appealing to",
            actor: "Police", addressee: "the public", action: "information about the crash", strength: .request),
        Row(text: "The lawyer pleaded with the judge for mercy.", cue: "pleaded with",
            actor: "lawyer", addressee: "the judge", action: "mercy", strength: .request),
        // Exhortations.
        Row(text: "“Let's keep the pressure on,” the mayor said.", cue: "Let's",
            actor: "mayor", addressee: nil, action: "keep the pressure on", strength: .advice),
        Row(text: "“It's time to act,” the mayor said.", cue: "It's time to",
            actor: "mayor", addressee: nil, action: "act", strength: .request),
        Row(text: "“Now is the time for all parties to cease all violence,” the mayor said.", cue: "Now is the time for",
            actor: "mayor", addressee: "all parties", action: "cease all violence", strength: .request),
        Row(text: "The mayor said: “We look to the authorities to restore order.”", cue: "look to",
            actor: "mayor", addressee: "the authorities", action: "restore order", strength: .request),
        // Complement clauses, gerunds and participles.
        Row(text: "The panel recommends that every country ban the drug.", cue: "recommends that",
            actor: "panel", addressee: "every country", action: "ban the drug", strength: .encouragement),
        Row(text: "The panel recommended iodising salt.", cue: "recommended",
            actor: "panel", addressee: nil, action: "iodising salt", strength: .encouragement),
        Row(text: "The union sent a letter encouraging members to vote.", cue: "encouraging",
            actor: "union", addressee: "members", action: "vote", strength: .encouragement),
        Row(text: "The allies pressured the regime to step down.", cue: "pressured",
            actor: "allies", addressee: "the regime", action: "step down", strength: .request),
        // Whom, then what after "for".
        Row(text: "The union is pressing the government for a pay rise.", cue: "pressing",
            actor: "union", addressee: "the government", action: "a pay rise", strength: .request),
        Row(text: "Farmers lobbied the council for more funding.", cue: "lobbied",
            actor: "Farmers", addressee: "the council", action: "more funding", strength: .request),
        Row(text: "The firm petitioned the court for a stay.", cue: "petitioned",
            actor: "firm", addressee: "the court", action: "a stay", strength: .request),
        Row(text: "The envoy pushed both sides for concessions.", cue: "pushed",
            actor: "envoy", addressee: "both sides", action: "concessions", strength: .request),
        Row(text: "The chair invited the parties to meet in Geneva.", cue: "invited",
            actor: "chair", addressee: "the parties", action: "meet in Geneva", strength: .advice),
        Row(text: "Dr Roe requested assurances for the safety of the staff.", cue: "requested",
            actor: "Roe", addressee: nil, action: "assurances for the safety of the staff", strength: .request),
        // Imperatives in a quote.
        // A bare verb that only looks like a participle, capitalised where the tagger doubts it.
        Row(text: "“Bring this bill to the floor,” Jane Roe said.", cue: "Bring",
            actor: "Jane Roe", addressee: nil, action: "Bring this bill to the floor", strength: .request),
        // A frame's verb of asking after the quotation names the call; after it, "Be" bids too.
        Row(text: "“Stay at home tonight,” the mayor urged.", cue: "urged",
            actor: "mayor", addressee: nil, action: "Stay at home tonight", strength: .request),
        Row(text: "“Be a partner in the global economy,” Jane Roe urged.", cue: "urged",
            actor: "Jane Roe", addressee: nil, action: "Be a partner in the global economy", strength: .request),
        Row(text: "“Go register,” Jane Roe said.", cue: "Go",
            actor: "Jane Roe", addressee: nil, action: "Go register", strength: .request),
        // A verb the lexicon does not list, read as one by the tagger, before its particle or object.
        Row(text: "“Roll up your sleeves,” Jane Roe said.", cue: "Roll",
            actor: "Jane Roe", addressee: nil, action: "Roll up your sleeves", strength: .request),
        Row(text: "“Stay at home and follow the advice of health officials,” the minister told reporters.", cue: "Stay",
            actor: "minister", addressee: nil, action: "Stay at home", strength: .request),
        Row(text: "“Please help us,” Jane Roe said.", cue: "Please help",
            actor: "Jane Roe", addressee: nil, action: "Please help us", strength: .request),
        // "Please" asks the reader in the narration too.
        Row(text: "Jane Roe said the site would open on Friday. Please RSVP to the press office by Thursday.", cue: "Please RSVP",
            actor: "Jane Roe", addressee: nil, action: "Please RSVP to the press office by Thursday", strength: .request),
        // A modal in a clause of its own after the imperative does not make it a subject.
        Row(text: "Jane Roe said the line would open on Friday. Please call the helpline if you need support.", cue: "Please call",
            actor: "Jane Roe", addressee: nil, action: "Please call the helpline if you need support", strength: .request),
        // Whom a call asks runs on through "with" after "anyone" or "those".
        Row(text: "Anyone with information is asked to contact police.", cue: "is asked to",
            actor: nil, addressee: "Anyone with information", action: "contact police", strength: .request),
        Row(text: "The fire spread overnight. Anyone with information should contact police.", cue: "should",
            actor: nil, addressee: "Anyone with information", action: "contact police", strength: .advice),
        // In a "that" clause, a word right after an article is a noun, not the clause's verb.
        Row(text: "The minister asked that the report be published.", cue: "asked that",
            actor: "minister", addressee: "the report", action: "be published", strength: .request),
        // "not to" asks too, active or passive, whatever the verb after it.
        Row(text: "The rangers asked visitors not to litter on the dunes.", cue: "asked",
            actor: "rangers", addressee: "visitors", action: "not to litter on the dunes", strength: .request),
        Row(text: "Visitors are asked not to feed the animals.", cue: "are asked not to",
            actor: nil, addressee: "Visitors", action: "not to feed the animals", strength: .request),
        Row(text: "“Don’t give up,” Jane Roe told the crowd.", cue: "Don’t give",
            actor: "Jane Roe", addressee: nil, action: "Don’t give up", strength: .request),
        Row(text: "“Let’s go,” Jane Roe said.", cue: "Let’s",
            actor: "Jane Roe", addressee: nil, action: "go", strength: .advice),
        // A negation before `to` belongs to what is asked.
        Row(text: "The union warned members not to sign the new contracts.", cue: "warned",
            actor: "union", addressee: "members", action: "not to sign the new contracts", strength: .request),
        Row(text: "Visitors are cautioned to stay on the marked paths.", cue: "are cautioned to",
            actor: nil, addressee: "Visitors", action: "stay on the marked paths", strength: .request),
        // A name in apposition, with its honorific, is the one who asks.
        Row(text: "The head of the agency, Dr. Ann Lee, urged parents to vaccinate their children.", cue: "urged",
            actor: "Ann Lee", addressee: "parents", action: "vaccinate their children", strength: .request),
        // An adverbial between the cue and its particle; a gerund after a preposition.
        Row(text: "The EU calls in particular on the government to cease its air campaign.", cue: "calls in particular on",
            actor: "EU", addressee: "the government", action: "cease its air campaign", strength: .request),
        Row(text: "Senator Jane Roe joined colleagues in calling on the administration to engage with China.", cue: "calling on",
            actor: "Jane Roe", addressee: "the administration", action: "engage with China", strength: .request),
        // The agent of a passive.
        Row(text: "Since the Speaker asked us to take on this task, we have been working together.", cue: "asked",
            actor: "Speaker", addressee: "us", action: "take on this task", strength: .request),
        // Brackets opened in the action close in it.
        Row(text: "The senators urged the Environmental Protection Agency (EPA) to publish its data.", cue: "urged",
            actor: "senators", addressee: "the Environmental Protection Agency (EPA)", action: "publish its data", strength: .request),
        Row(text: "The senators demanded answers from the Environmental Protection Agency (EPA) on its plans.", cue: "demanded",
            actor: "senators", addressee: nil, action: "answers from the Environmental Protection Agency (EPA) on its plans",
            strength: .demand),
        Row(text: "The league condemns the attack. The rules must be respected at all times, by all.", cue: "must",
            actor: "league", addressee: "The rules", action: "be respected at all times, by all", strength: .demand),
        Row(text: "The league is asking the clubs for $3 million to fund the stadium.", cue: "asking",
            actor: "league", addressee: "the clubs", action: "$3 million to fund the stadium", strength: .request),
        Row(text: "He was urged by colleagues to resign.", cue: "was urged",
            actor: "colleagues", addressee: "He", action: "resign", strength: .request),
        // The agent after the cue's particle asks.
        Row(text: "He was called upon by colleagues to resign.", cue: "was called upon",
            actor: "colleagues", addressee: "He", action: "resign", strength: .request),
        // "recommend" with its clause's "that" left out; two plural nouns joined are one subject;
        // a condition closed by its comma is not the modal's clause.
        Row(text: "If anyone receives such an email, the league recommends they send it to the police.", cue: "recommends",
            actor: "league", addressee: "they", action: "send it to the police", strength: .encouragement),
        Row(text: "The league says that even if a ground is safe, parents and carers must take steps to watch their children.", cue: "must",
            actor: "league", addressee: "parents and carers", action: "take steps to watch their children", strength: .demand),
        // A participle read as an adjective is a state the subject is asked to be in.
        Row(text: "The league says fans must be prepared for higher prices.", cue: "must",
            actor: "league", addressee: "fans", action: "be prepared for higher prices", strength: .demand),
    ])
    func form(_ row: Row) throws {
        let call = try #require(analyze(row.text).callsToAction.first, "no call in \(row.text)")
        #expect(call.cue == row.cue)
        #expect(call.actor == row.actor)
        #expect(call.addressee.map(String.init) == row.addressee)
        #expect(call.action == row.action)
        #expect(call.strength == row.strength)
    }

    @Test func aPassiveWithoutItsAgentAsksNoOne() {
        #expect(analyze("The league says the prisoners must be released.").callsToAction.isEmpty)
        #expect(analyze("The league says the new board must be empowered with real authority.").callsToAction.isEmpty)
    }

    @Test func aSecondParticleAfterAndIsASecondCall() {
        let calls = analyze("We call on Russia to withdraw its troops and on Belarus to release all political prisoners.").callsToAction
        #expect(calls.map(\.addressee) == ["Russia", "Belarus"])
        #expect(calls.map(\.action) == ["withdraw its troops", "release all political prisoners"])
        #expect(calls.map(\.cue) == ["call on", "call on"])
    }

    @Test func aRelativeClauseInAnActionIsNotASecondAction() {
        let calls = analyze("Hagel ordered the commander to train a team that could, if required, provide assistance.").callsToAction
        #expect(calls.map(\.action) == ["train a team that could, if required, provide assistance"])
    }

    @Test func anAdverbBeforeASecondVerbStillSplitsTheActions() {
        let calls = analyze("We call on all parties to accept and fully comply with its terms.").callsToAction
        #expect(calls.map(\.action) == ["accept", "fully comply with its terms"])
    }

    /// Two people who ask together, named by title and surname or in full, ask as one joint
    /// caller, and each is listed among the speakers.
    @Test func twoPeopleWhoAskMakeOneJointCall() {
        let calls = analyze("Senator Roe and Congressman Doe asked the council to publish the audit.").callsToAction
        #expect(calls.map(\.actor) == ["Roe and Doe"])
        #expect(calls.map(\.action) == ["publish the audit"])
        let quoted = analyze("“Senator Roe and Congressman Doe asked us to publish the audit,” the mayor said.").callsToAction
        #expect(quoted.map(\.actor) == ["Roe", "Doe"])
        let joint = analyze("Senator Jane Roe and Congressman John Doe asked the council to publish the audit.")
        #expect(joint.callsToAction.map(\.actor) == ["Jane Roe and John Doe"])
        #expect(Set(joint.speakers.map(\.name)) == ["Jane Roe and John Doe", "Jane Roe", "John Doe"])
        let agency = analyze("The Department of Health and Human Services asked hospitals to report cases.").callsToAction
        #expect(agency.count == 1)
    }

    @Test func aCallerNamedInPassingDoesNotTakeTheTurn() {
        let document = analyze("Senator Jane Roe issued this statement on Treasury Secretary John Doe’s request that Congress act:\n\n“We will act now.”")
        #expect(document.callsToAction.count == 1)
        #expect(document.quotes.map(\.speaker) == ["Jane Roe"])
    }

    @Test func aCallByWeTakesTheVoiceTheTextGivesLater() {
        let text = "We call on all parties to respect the truce.\n\nThe Council calls on donors to give generously."
        let calls = analyze(text).callsToAction
        #expect(calls.map(\.actor) == ["Council", "Council"])
    }

    @Test func theStatementsHeadingNamesWhoseWeItIs() {
        let text = "Statement by UK Permanent Representative to the UN Ambassador Jane Roe at the Security Council.\n\n"
            + "We call for urgent de-escalation."
        #expect(analyze(text).callsToAction.map(\.actor) == ["Jane Roe"])
    }

    @Test func aBodyOpeningAnEarlySentenceIsTheVoiceOfWe() {
        let text = "Today's decision gives residents a safe haven.\n\nThe Republic of Ruritania will defer all departures.\n\n"
            + "We urge the authorities to release the detained."
        #expect(analyze(text).callsToAction.map(\.actor) == ["Republic of Ruritania"])
    }

    @Test func aBodyCallingInAQuoteInThePresentIsTheSpeaker() {
        let own = analyze("“The EU urges all sides to exercise restraint,” Jane Roe said.").callsToAction
        #expect(own.map(\.actor) == ["Jane Roe"])
        // In the past tense the body is someone else, reported by the speaker.
        let reported = analyze("“The Council urged all sides to exercise restraint,” Jane Roe said.").callsToAction
        #expect(reported.map(\.actor) == ["Council"])
    }

    @Test func anInfinitiveOpeningTheSentenceSaysWhatFor() {
        let calls = analyze("To request an interview, write to the press office.").callsToAction
        #expect(!calls.contains { $0.cue.lowercased().hasPrefix("request") })
    }

    @Test func aPronounAfterANounOpensARelativeClauseNotACall() {
        let calls = analyze("Small businesses will get the support they need to remain open.").callsToAction
        #expect(calls.isEmpty)
    }

    @Test func aSecondThatClauseAsksItsOwnSubject() {
        let calls = analyze("The council demands that the forces stop the siege and that all sides step back from the brink.").callsToAction
        #expect(calls.map(\.addressee) == ["the forces", "all sides"])
        #expect(calls.map(\.action) == ["stop the siege", "step back from the brink"])
    }

    @Test(arguments: [
        ("We have been calling for restraint on both sides, and the government to desist from force.",
         ["restraint on both sides", "desist from force"], ["-", "the government"]),
        ("We call for calm and for all sides to talk.", ["calm", "talk"], ["-", "all sides"]),
    ])
    func aThingAskedForThenSomeoneAskedToActAreTwoCalls(text: String, actions: [String], addressees: [String]) {
        let calls = analyze(text).callsToAction
        #expect(calls.map { String($0.action) } == actions)
        #expect(calls.map { $0.addressee.map(String.init) ?? "-" } == addressees)
    }

    @Test(arguments: ["Remember to ask your doctor for advice.", "Don't forget to ask your doctor for advice.",
                      "Never forget to ask your doctor for advice."])
    func anImperativesVerbIsNoCaller(_ text: String) {
        #expect(analyze(text).callsToAction.map(\.actor) == [nil])
        let quoted = analyze("“\(text.dropLast()),” Jane Roe said.").callsToAction
        #expect(quoted.allSatisfy { $0.actor == "Jane Roe" })
        #expect(!quoted.isEmpty)
    }

    @Test func aParticiplesSubjectAfterAsIsThePronoun() {
        #expect(!analyze("As we sat in this Chamber urging Russia to step back, troops crossed the border.").speakers.contains { $0.name.hasPrefix("As") })
    }

    @Test(arguments: [
        ("The agency is appealing for USD 38 million to assist people in need.", "-"),
        ("The agency appealed for $38 million to assist people in need.", "-"),
        ("The agency appealed for 5,000 volunteers to help.", "5,000 volunteers"),
    ])
    func aSumAskedForIsNoAddressee(text: String, addressee: String) {
        let calls = analyze(text).callsToAction
        #expect(calls.map { $0.addressee.map(String.init) ?? "-" } == [addressee])
    }

    @Test(arguments: [
        ("Officials have been told to prepare for a second wave.", "Officials"),
        ("Burma will host a conference in which Southeast Asian nations will be asked to donate money.", "Southeast Asian nations"),
        ("“We are appealing to anyone who was in the area around 10 p.m. and may have dashcam footage to come forward,” Jane Roe said.",
         "anyone who was in the area around 10 p.m. and may have dashcam footage"),
        // A phrase a preposition opens after the subject's noun, with a participle in it.
        ("Residents in low lying areas are being asked to take precautions.", "Residents in low lying areas"),
    ])
    func aPassivesOrARelativesAddresseeIsWhole(text: String, addressee: String) {
        #expect(analyze(text).callsToAction.map { $0.addressee.map(String.init) ?? "-" } == [addressee])
    }

    /// A bare cue after a phrase that a preposition opens on the subject is the subject's verb.
    @Test func aBareCueAfterTheSubjectsModifierIsItsVerb() {
        let calls = analyze("Officials with the county health department urge residents to get a flu shot.").callsToAction
        #expect(calls.map { $0.addressee.map(String.init) ?? "-" } == ["residents"])
    }

    @Test func anAgesRangeIsOneAddressee() {
        let calls = analyze("Individuals aged 65 and older are also encouraged to receive the booster dose.").callsToAction
        #expect(calls.map { $0.addressee.map(String.init) } == ["Individuals aged 65 and older"])
    }

    @Test func aSecondThatClauseOfTheSameVerbIsNoSecondAction() {
        let calls = analyze("All parties must understand that there is no military solution and that there is no alternative to talks.").callsToAction
        #expect(calls.count == 1)
    }

    /// A credit and a date in brackets after a place in capitals belong to the dateline.
    @Test func aDatelineWithACreditInBracketsIsNoCaller() {
        let text = "UNITED NATIONS (Wire News - 11th May, 2023) UN Secretary-General Jane Roe is concerned about the fighting "
            + "and calls on the parties to refrain from such actions, her spokesperson John Doe said on Wednesday."
        let document = analyze(text)
        #expect(document.callsToAction.map(\.actor) == ["Jane Roe"])
        #expect(document.reportedSpeech.allSatisfy { $0.text.hasPrefix("UN Secretary-General") })
    }

    @Test func aCuesParticipleAfterACommaIsASecondCall() {
        let calls = analyze("The minister directed agencies to be prepared for any situation, specifically ordering hospitals to make all arrangements.").callsToAction
        #expect(calls.map { String($0.cue) } == ["directed", "ordering"])
        #expect(calls.map { String($0.action) } == ["be prepared for any situation", "make all arrangements"])
        #expect(calls.map(\.actor) == ["minister", "minister"])
    }

    @Test func aModalAfterAndSharesItsClausesSubject() {
        let calls = analyze("The minister noted that union members were not immune to the virus and must, therefore, ensure strict compliance.").callsToAction
        #expect(calls.map { $0.addressee.map(String.init) } == ["union members"])
        #expect(calls.map { String($0.action) } == ["ensure strict compliance"])
        #expect(calls.map { String($0.cue) } == ["must"])
    }

    @Test func anAdverbBetweenToAndItsVerbSplitsNothing() {
        let calls = analyze("The minister enjoined them to always abide by the rules put in place by government to ensure their safety.").callsToAction
        #expect(calls.map { $0.addressee.map(String.init) } == ["them"])
    }

    @Test func aParticipleAfterAnOpeningWhileHasTheMainSubject() {
        let calls = analyze("While urging residents to pray, the minister enjoined them to take steps at getting vaccinated.").callsToAction
        #expect(calls.map(\.actor) == ["minister", "minister"])
        #expect(calls.map { String($0.action) } == ["pray", "take steps at getting vaccinated"])
    }

    @Test func twoAddresseesBetweenCommasAreAskedTheSame() {
        let calls = analyze("The council calls on the co-chairs, and on all other actors that are part of the group, to respect the truce.").callsToAction
        #expect(calls.map(\.addressee) == ["the co-chairs", "all other actors that are part of the group"])
        #expect(calls.map(\.action) == ["respect the truce", "respect the truce"])
    }

    @Test func aStatementDeliveredBySomeoneIsTheirs() {
        let calls = analyze("Delivered by the Ambassador, Eleanor Sanders.\n\nWe strongly urge Israel to enable food supplies.").callsToAction
        #expect(calls.map(\.actor) == ["Eleanor Sanders"])
    }

    @Test func twoAddresseesOfOneActionStayOneCall() {
        let calls = analyze("We call on Russia and Belarus to release all political prisoners.").callsToAction
        #expect(calls.map(\.addressee) == ["Russia and Belarus"])
    }

    @Test(arguments: [
        "Entrants were required to build a robot that can climb stairs.",
        "A visa required the team to travel through Paris.",
        "The talks were held in order to reach a deal.",
        "“Who will pay for it?” she asked.",
        "The parents rejected a call for talks.",
        "The official did not make a direct call for violence.",
        "Amos tells reporters it is still too soon to judge the damage.",
        "Crimes of such horror should never again be committed.",
        "“Thank you for coming,” Jane Roe said.",
        "“Change is coming,” Jane Roe said.",
        "The order requires members to sign a contract.",
        "Never again should crimes of such horror be committed.",
        // A noun after a determiner; a modal before its subject is a condition.
        "The letter stresses the need to finish the work.",
        "Civilians need to be allowed to leave the city should they wish.",
        // A verb right after the cue makes the cue a noun.
        "Their method of measuring pressure is still used in aircraft to measure the speed of the air.",
        // A participle or a verb before "that" opens no imperative.
        "“Given the consensus, the senators will vote,” Jane Roe said.",
        "“Know that asking for help is a sign of strength,” Jane Roe said.",
        // A contracted negation denies the call as "not" does.
        "We didn't call for calm.",
        "We cannot ask for more.",
        // A subject found from a preposition is the tail of a clause.
        "It follows that the words that exist in the world's languages should sound quite different.",
        // An obligation in an infinitive has no subject to ask.
        "The editors don't want to have to give anyone permission to use the recordings.",
        // A form in -s after a nationality, or after a modifier a preposition opens, is a noun.
        "North Korean calls for dialogue follow weeks of hostile rhetoric.",
        "OPEC has responded to earlier calls for action by increasing supplies.",
        "Despite Western calls for talks, the army advanced.",
        // A necessity's clause in the indicative states what is so.
        "It is vital that whales are able to migrate over great distances.",
        // What a contrast sets aside is not asked.
        "The charity will write to each donor rather than simply issuing a general call for support.",
        "The board chose to wait instead of urging members to vote.",
    ])
    func requirementsAndRefusalsAreNotCalls(_ text: String) {
        #expect(analyze(text).callsToAction.isEmpty)
    }

    @Test func aVerbOfTheCallersOwnAfterCommaAndIsNoAddressee() {
        let calls = analyze("We press the regime for unhindered access, and stand ready to deliver aid.").callsToAction
        #expect(!calls.contains { $0.action.contains("deliver") })
    }

    @Test func aCourtsRequirementIsACall() throws {
        let call = try #require(analyze("The Supreme Court required the company to pay the fine.").callsToAction.first)
        #expect(call.addressee == "the company")
        #expect(call.action == "pay the fine")
    }

    @Test func everyCueIsDeclaredOnce() {
        for table in [CueGrammar.verbs, CueGrammar.nouns] {
            let lemmas = table.map(\.lemma)
            #expect(Set(lemmas).count == lemmas.count, "a cue declared twice: \(lemmas)")
        }
        let modals = CueGrammar.modals.map(\.form)
        #expect(Set(modals).count == modals.count)
    }
}
