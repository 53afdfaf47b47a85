import Testing
@testable import StatementKit

/// One row per form of reported speech: its content, who said it, and the reporting cue.
@Suite("Reported speech")
struct ReportedSpeechTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var text: String
        var content: String
        var speaker: String?
        var cue: String
        var testDescription: String { text }
    }

    @Test(arguments: [
        Row(text: "The envoy Jane Roe said that the talks had failed.", content: "the talks had failed",
            speaker: "Jane Roe", cue: "said"),
        Row(text: "Jane Roe told reporters on Tuesday that the talks had failed.", content: "the talks had failed",
            speaker: "Jane Roe", cue: "told"),
        // Speech acts: a congratulation on something, an apology for something.
        Row(text: "Jane Roe congratulated Mayor John Doe on his election victory.",
            content: "Mayor John Doe on his election victory", speaker: "Jane Roe", cue: "congratulated"),
        Row(text: "The minister apologized for the delay, saying staff had been ill.", content: "the delay",
            speaker: "minister", cue: "apologized"),
        // A plural of people in the possessive inside a body's name is part of the name.
        Row(text: "The Ruritanian Children’s Fund said the appeal had raised two million dollars.",
            content: "the appeal had raised two million dollars", speaker: "Ruritanian Children’s Fund", cue: "said"),
        Row(text: "Jane Roe thanked the mayor for his help with the harbour repairs.",
            content: "the mayor for his help with the harbour repairs", speaker: "Jane Roe", cue: "thanked"),
        // A person's office speaks for its holder; a post's office is a body.
        Row(text: "Jane Roe's office said the talks had failed.", content: "the talks had failed",
            speaker: "Jane Roe", cue: "said"),
        Row(text: "The Attorney General's office said the talks had failed.", content: "the talks had failed",
            speaker: "Attorney General's office", cue: "said"),
        // A reporting verb's form after a determiner is a noun, no trailing frame a participle could share.
        Row(text: "However, Jane Roe will remain in her post, saying that she had made a mistake.", content: "she had made a mistake",
            speaker: "Jane Roe", cue: "saying"),
        // A description, then the person it names with their body: the person speaks.
        Row(text: "A senior official, Petra Svoboda of the pro-market Civic Union, told reporters the budget would be cut.",
            content: "the budget would be cut", speaker: "Petra Svoboda", cue: "told"),
        // A phrase set off after the subject and opening with a preposition is an aside, with any name in it.
        Row(text: "The mayor, in a statement by her spokesman, John Doe, said the talks had failed.", content: "the talks had failed",
            speaker: "mayor", cue: "said"),
        // Where it was said, a documentary as a statement is, is the frame's, not what was said.
        Row(text: "The embassy highlighted human rights concerns in its documentary about the war.",
            content: "human rights concerns", speaker: "embassy", cue: "highlighted"),
        // A noun of an event with its own verb opens the clause concluded.
        Row(text: "Jane Roe concluded the talks had failed.", content: "the talks had failed",
            speaker: "Jane Roe", cue: "concluded"),
        // A watchdog speaks as a body does.
        Row(text: "The global rights watchdog says the case is a test for the government.", content: "the case is a test for the government",
            speaker: "global rights watchdog", cue: "says"),
        // A trailing frame with the day cut short after it, or with "here" before its verb.
        Row(text: "The talks had failed, Air Forces officials said Oct. 19.", content: "The talks had failed",
            speaker: "Air Forces officials", cue: "said"),
        Row(text: "The talks had failed, Air Forces officials here said.", content: "The talks had failed",
            speaker: "Air Forces officials", cue: "said"),
        Row(text: "Governor Jane Roe declared that the county was safe again.", content: "the county was safe again",
            speaker: "Jane Roe", cue: "declared"),
        // A description headed by a common noun, then the name of the body it describes.
        Row(text: "The main opposition party, the Movement for Democratic Change, said the vote was rigged.",
            content: "the vote was rigged", speaker: "Movement for Democratic Change", cue: "said"),
        // A clause that opens with when it happened is still what was said.
        Row(text: "General Jane Roe said during the operation dozens of rebels were wounded.",
            content: "during the operation dozens of rebels were wounded", speaker: "Jane Roe", cue: "said"),
        Row(text: "Admiral Jane Roe told Prime Minister John Doe and General Ann Poe that the talks had failed.",
            content: "the talks had failed", speaker: "Jane Roe", cue: "told"),
        Row(text: "The envoy, Jane Roe, says Ruritania's aid comes in response to a formal request, and it will continue.",
            content: "Ruritania's aid comes in response to a formal request, and it will continue", speaker: "Jane Roe", cue: "says"),
        // A characterisation ends with its quoted quality, the comma inside the marks.
        Row(text: "The ministry dismissed the strike as \"a stunt,\" ahead of the harvest.", content: "the strike as \"a stunt,\"",
            speaker: "ministry", cue: "dismissed"),
        // After an object that opens no clause, ", but" with a subject and its verb is the narration's.
        Row(text: "Jane Roe praised the plan to build a bridge, but the council has decided to build a tunnel.",
            content: "the plan to build a bridge", speaker: "Jane Roe", cue: "praised"),
        // A body that rules states its ruling ("researchers found that" is a finding, below),
        // also after an aside set off by dashes.
        Row(text: "The tribunal found that the landlord had broken the lease.", content: "the landlord had broken the lease",
            speaker: "tribunal", cue: "found"),
        Row(text: "The court ruled — for the second time this month — that the ban was unlawful.", content: "the ban was unlawful",
            speaker: "court", cue: "ruled"),
        // After a verb that describes, "as" opens the description, not a clause of time or reason.
        // ("issues" after "as" would read as a clause's verb.)
        Row(text: "Jane Roe described safety and policing as crucial issues for the town.",
            content: "safety and policing as crucial issues for the town", speaker: "Jane Roe", cue: "described"),
        Row(text: "Jane Roe branded the levy \"theft,\" before the council met.", content: "the levy \"theft,\"",
            speaker: "Jane Roe", cue: "branded"),
        // A charge after a comma, its object bare and capitalised, then what it charges.
        Row(text: "The farmers left the hall, accusing Ruritanians of dumping grain.", content: "Ruritanians of dumping grain",
            speaker: "farmers", cue: "accusing"),
        // "with" gives the participle a subject of its own.
        Row(text: "The hall emptied, with the farmers blaming engineers for the cracks.", content: "engineers for the cracks",
            speaker: "farmers", cue: "blaming"),
        Row(text: "The council closed the bridge, blaming engineers for the cracks.", content: "engineers for the cracks",
            speaker: "council", cue: "blaming"),
        Row(text: "The minister Jane Roe blamed the violence on the rebels.", content: "the violence on the rebels",
            speaker: "Jane Roe", cue: "blamed"),
        Row(text: "The spokesman Abu Roe defended the attacks on the towers.", content: "the attacks on the towers",
            speaker: "Abu Roe", cue: "defended"),
        Row(text: "Jane Roe said in a statement that the talks had failed.", content: "the talks had failed",
            speaker: "Jane Roe", cue: "said"),
        // Going on to say is saying; going on to win is not.
        Row(text: "Jane Roe went on to say there would be costs for any intervention.",
            content: "there would be costs for any intervention", speaker: "Jane Roe", cue: "say"),
        // A clause told opens with its subject's pronoun: its "to" asks no one to act.
        Row(text: "Jane Roe told reporters she has plans to create jobs.", content: "she has plans to create jobs",
            speaker: "Jane Roe", cue: "told"),
        // A feeling expressed in a document, its noun bare.
        Row(text: "The council issued a statement expressing regret over the vote.", content: "regret over the vote",
            speaker: "council", cue: "expressing"),
        Row(text: "The ministry of health warned the outbreak was spreading.", content: "the outbreak was spreading",
            speaker: "ministry of health", cue: "warned"),
        Row(text: "According to the ministry of health, 40 people were hurt.", content: "40 people were hurt",
            speaker: "ministry of health", cue: "According to"),
        Row(text: "Forty people were hurt, according to the ministry of health.", content: "Forty people were hurt",
            speaker: "ministry of health", cue: "according to"),
        Row(text: "The talks had failed, Jane Roe said.", content: "The talks had failed",
            speaker: "Jane Roe", cue: "said"),
        Row(text: "The talks had failed, said Jane Roe.", content: "The talks had failed",
            speaker: "Jane Roe", cue: "said"),
        Row(text: "The talks had failed, Jane Roe said in a statement issued on Saturday.", content: "The talks had failed",
            speaker: "Jane Roe", cue: "said"),
        Row(text: "As Jane Roe said last week, the talks have failed.", content: "the talks have failed",
            speaker: "Jane Roe", cue: "said"),
        Row(text: "The spokesman declined to comment, saying only the talks would go on.",
            content: "only the talks would go on", speaker: "spokesman", cue: "saying"),
        Row(text: "Senator Jane Roe outlined several examples of waste.", content: "several examples of waste",
            speaker: "Jane Roe", cue: "outlined"),
        Row(text: "Forty people were hurt, the ministry of health announced today.", content: "Forty people were hurt",
            speaker: "ministry of health", cue: "announced"),
        Row(text: "Jane Roe welcomed the agreement: “We have waited for this.”", content: "the agreement",
            speaker: "Jane Roe", cue: "welcomed"),
        Row(text: "Jane Roe welcomed the release of the prisoners.", content: "the release of the prisoners",
            speaker: "Jane Roe", cue: "welcomed"),
        Row(text: "Jane Roe said it was “a disgrace” that the vote was delayed.",
            content: "it was “a disgrace” that the vote was delayed", speaker: "Jane Roe", cue: "said"),
        Row(text: "Jane Roe, who said she had not been consulted, resigned on Friday.", content: "she had not been consulted",
            speaker: "Jane Roe", cue: "said"),
        Row(text: "Amnesty International said in its report that torture was widespread.", content: "torture was widespread",
            speaker: "Amnesty International", cue: "said"),
        Row(text: "The European Commission welcomed the agreement, calling it a step forward.", content: "the agreement",
            speaker: "European Commission", cue: "welcomed"),
        Row(text: "Jane Roe said that the audit revealed serious failings.", content: "the audit revealed serious failings",
            speaker: "Jane Roe", cue: "said"),
        Row(text: "According to Jane Roe the files were returned by mail.", content: "the files were returned by mail",
            speaker: "Jane Roe", cue: "According to"),
        Row(text: "The rebel leader Jane Roe vowed to disrupt the elections.", content: "to disrupt the elections",
            speaker: "Jane Roe", cue: "vowed"),
        Row(text: "Jane Roe confirmed to VOA the delegation had left.", content: "the delegation had left",
            speaker: "Jane Roe", cue: "confirmed"),
        Row(text: "Jane Roe said in the statement the group would target the station.",
            content: "the group would target the station", speaker: "Jane Roe", cue: "said"),
        Row(text: "With the help of Pakistan, Jane Roe said, the delegation travelled to Islamabad.",
            content: "With the help of Pakistan, Jane Roe said, the delegation travelled to Islamabad", speaker: "Jane Roe", cue: "said"),
        Row(text: "Prices rose, and the ministry has always said that the rise would pass.", content: "the rise would pass",
            speaker: "ministry", cue: "said"),
        Row(text: "The minister has made it clear to all parties that the talks will go on.", content: "the talks will go on",
            speaker: "minister", cue: "made it clear"),
        Row(text: "The ministry has long been clear that the rise would pass.", content: "the rise would pass",
            speaker: "ministry", cue: "been clear"),
        Row(text: "Ministry officials have been saying for weeks that the rise would pass.", content: "the rise would pass",
            speaker: "Ministry officials", cue: "saying"),
        Row(text: "The UN report said both sides had shared their views.", content: "both sides had shared their views",
            speaker: "UN", cue: "said"),
        Row(text: "Both sides exchanged their views, according to the Taliban statement.", content: "Both sides exchanged their views",
            speaker: "Taliban", cue: "according to"),
        Row(text: "The River Authority's position is that the rise would pass.", content: "the rise would pass",
            speaker: "River Authority", cue: "position is"),
        Row(text: "The minister expressed hope that the talks would resume.", content: "the talks would resume",
            speaker: "minister", cue: "expressed"),
        Row(text: "The minister warned of a humanitarian crisis in the region.", content: "a humanitarian crisis in the region",
            speaker: "minister", cue: "warned"),
        // Where it was said is the frame's; "My" before an office is the speaker's own.
        Row(text: "My Foreign Secretary condemned this reckless escalation in his statement to Parliament last week.",
            content: "this reckless escalation", speaker: "Foreign Secretary", cue: "condemned"),
        Row(text: "Our Ambassador welcomed the release during her remarks on Monday.",
            content: "the release", speaker: "Ambassador", cue: "welcomed"),
        Row(text: "Jane Roe maintained that the talks had failed.", content: "the talks had failed",
            speaker: "Jane Roe", cue: "maintained"),
        Row(text: "Jane Roe responded the talks would resume in May.", content: "the talks would resume in May",
            speaker: "Jane Roe", cue: "responded"),
        Row(text: "The EU stresses the importance of an inclusive dialogue and encourages all sides to take part.",
            content: "the importance of an inclusive dialogue", speaker: "EU", cue: "stresses"),
        Row(text: "Dawn reported November 8 that officials had found the report.", content: "officials had found the report",
            speaker: "Dawn", cue: "reported"),
        // Whom a source quotes says it.
        Row(text: "The newspaper quoted a confidential report as saying the militants are recruiting fighters.",
            content: "the militants are recruiting fighters", speaker: "confidential report", cue: "as saying"),
        Row(text: "Reuters quoted the minister as saying the talks had failed.",
            content: "the talks had failed", speaker: "minister", cue: "as saying"),
        // Characterisations: an object, then the quoted words or "as".
        Row(text: "The United States calls the spying charges \"baseless\".", content: "the spying charges \"baseless\"",
            speaker: "United States", cue: "calls"),
        Row(text: "An official labeled the service chief Abdi Yabarow as an apostate.",
            content: "the service chief Abdi Yabarow as an apostate", speaker: "official", cue: "labeled"),
        Row(text: "Edward R. Murrow referred to the Holocaust as a horror beyond imagination.",
            content: "the Holocaust as a horror beyond imagination", speaker: "Edward R. Murrow", cue: "referred to"),
        Row(text: "The embassy in Kabul said the roads were closed.", content: "the roads were closed",
            speaker: "embassy in Kabul", cue: "said"),
        Row(text: "NOAA’s outlook predicted storms would come.", content: "storms would come", speaker: "NOAA", cue: "predicted"),
        Row(text: "The ministry’s report said the roads were closed.", content: "the roads were closed",
            speaker: "ministry’s report", cue: "said"),
        Row(text: "Amnesty International protested on Monday, saying their detention is political.",
            content: "their detention is political", speaker: "Amnesty International", cue: "saying"),
        // After the content: whom it was told, or a short speaker in lowercase after "said".
        Row(text: "The talks had failed, Jane Roe told reporters.", content: "The talks had failed", speaker: "Jane Roe", cue: "told"),
        Row(text: "The talks had failed, the minister told the BBC on Monday.", content: "The talks had failed",
            speaker: "minister", cue: "told"),
        Row(text: "The talks had failed, Jane Roe said here today.", content: "The talks had failed", speaker: "Jane Roe", cue: "said"),
        // Where a named person is ends the name; a pronoun after an adverbial with no comma is the subject.
        Row(text: "In his blog, Jane Roe in Kabul described progress in the talks.", content: "progress in the talks",
            speaker: "Jane Roe", cue: "described"),
        Row(text: "Jane Roe met the groups on Monday. Speaking after the meeting she said the talks had failed.",
            content: "the talks had failed", speaker: "Jane Roe", cue: "said"),
        // An acronym spelled like "who" opens no relative clause.
        Row(text: "The WHO chief said the plan will work.", content: "the plan will work", speaker: "WHO chief", cue: "said"),
        // "yesterday" after the verb; a participle in -ed inside the describing noun phrase.
        Row(text: "The talks had failed, the union's top elected official said yesterday.", content: "The talks had failed",
            speaker: "union's top elected official", cue: "said"),
        Row(text: "The talks had failed, Jane Roe told reporters during a news conference at the Pentagon.",
            content: "The talks had failed", speaker: "Jane Roe", cue: "told"),
        // After a clause, whom it was told and where, however long; after an adverbial, what.
        Row(text: "The talks had failed, Jane Roe told senior European officials gathered here for the annual conference Oct. 25.",
            content: "The talks had failed", speaker: "Jane Roe", cue: "told"),
        Row(text: "On Thursday, Jane Roe told reporters the talks had failed.", content: "the talks had failed", speaker: "Jane Roe", cue: "told"),
        // A word quoted in passing between the verb and its "that".
        Row(text: "Ambassador Jane Roe denied “categorically” that the forces had used gas.", content: "the forces had used gas",
            speaker: "Jane Roe", cue: "denied"),
        // A "that" after "this is" is the content's own, not the frame's.
        Row(text: "Jane Roe said this is a war that the country does not want.", content: "this is a war that the country does not want",
            speaker: "Jane Roe", cue: "said"),
        // A report's topic after "on", the day before it; the name without its owner and place.
        Row(text: "The agency's Jane Roe in Tokyo reported Friday on the results of the meeting.",
            content: "the results of the meeting", speaker: "Jane Roe", cue: "reported"),
        Row(text: "In a speech to the NATO Parliamentary Assembly the Foreign Secretary said that the talks had failed.",
            content: "the talks had failed", speaker: "Foreign Secretary", cue: "said"),
        // After an object, a clause of time or reason and a participle of saying are not what was said.
        Row(text: "The United States has threatened sanctions on Russia as more equipment has flowed into Ukraine.",
            content: "sanctions on Russia", speaker: "United States", cue: "threatened"),
        Row(text: "Jane Roe condemned the police for violence after officers stormed the mosque.",
            content: "the police for violence", speaker: "Jane Roe", cue: "condemned"),
        Row(text: "Jane Roe welcomed the new budget saying the schools needed it.",
            content: "the new budget", speaker: "Jane Roe", cue: "welcomed"),
        Row(text: "The document describes the official as having been an agent of the city.",
            content: "the official as having been an agent of the city", speaker: "document", cue: "describes"),
        Row(text: "The talks had failed, said investigators.", content: "The talks had failed", speaker: "investigators", cue: "said"),
        Row(text: "The talks had failed, says the ministry.", content: "The talks had failed", speaker: "ministry", cue: "says"),
        // A second act in the past after an object is not what was condemned.
        Row(text: "The minister condemned the attack and offered condolences to the families.", content: "the attack",
            speaker: "minister", cue: "condemned"),
        Row(text: "The ministry has condemned the offensive, and we join it in urging calm.", content: "the offensive",
            speaker: "ministry", cue: "condemned"),
        Row(text: "Critics charged that the vote was rigged.", content: "the vote was rigged", speaker: "Critics", cue: "charged"),
        // Words quoted as the subject of the clause reported: reported speech holding a quotation.
        Row(text: "Jane Roe says \"all the possible options\" must be used.", content: "\"all the possible options\" must be used",
            speaker: "Jane Roe", cue: "says"),
        // A clause reported may open with a gerund, "being" too.
        Row(text: "Safety officials say being careful is vital.", content: "being careful is vital",
            speaker: "Safety officials", cue: "say"),
        // A plural in -ies of a body's word speaks as the body does.
        Row(text: "Opposition parties say they want a new direction.", content: "they want a new direction",
            speaker: "Opposition parties", cue: "say"),
        Row(text: "The agencies said the road was closed.", content: "the road was closed", speaker: "agencies", cue: "said"),
        // A participle of saying with a clause of its own ends the content, comma or not.
        Row(text: "Jane Roe said the arrest was politically motivated arguing it was a plot.",
            content: "the arrest was politically motivated", speaker: "Jane Roe", cue: "said"),
        // Who, whole: places after a plural, two words before one noun, a role "for" a body, a fronted day.
        Row(text: "Officials in South Korea and Japan had reported that the launch failed.", content: "the launch failed",
            speaker: "Officials in South Korea and Japan", cue: "reported"),
        Row(text: "State and local officials have complained that they were kept in the dark.",
            content: "they were kept in the dark", speaker: "State and local officials", cue: "complained"),
        Row(text: "A spokesperson for the United Nations said that the talks failed.", content: "the talks failed",
            speaker: "spokesperson for the United Nations", cue: "said"),
        Row(text: "The Movement for Democratic Change (MDC) in a statement today said the charges were false.",
            content: "the charges were false", speaker: "Movement for Democratic Change", cue: "said"),
        Row(text: "Jane Roe reassured the public that the law would be enforced.", content: "the law would be enforced",
            speaker: "Jane Roe", cue: "reassured"),
        Row(text: "The Prime Minister saluted the envoy's leadership in the crisis.", content: "the envoy's leadership in the crisis",
            speaker: "Prime Minister", cue: "saluted"),
        Row(text: "The party in its statement said the talks failed.", content: "the talks failed", speaker: "party", cue: "said"),
        Row(text: "On Tuesday the minister said that the talks failed.", content: "the talks failed", speaker: "minister", cue: "said"),
        // An aside may open the clause after "that".
        Row(text: "The chair said that, despite the storm, the vote would go ahead.",
            content: "despite the storm, the vote would go ahead", speaker: "chair", cue: "said"),
        // A phrase with no verb opening the content ends at a comma that joins nothing: a
        // frame after it is inside the clause reported.
        Row(text: "The tribunal noted that according to city records, the council denied most permits.",
            content: "according to city records, the council denied most permits", speaker: "tribunal", cue: "noted"),
        // One of a group speaks as the group, not as the group's possessor.
        Row(text: "One of Ruritania's largest unions says the strike will go ahead.",
            content: "the strike will go ahead", speaker: "Ruritania's largest unions", cue: "says"),
        // A name, then "and other" and a class: the one named speaks.
        Row(text: "Harbour master Jane Roe and other officials said the pier was safe.",
            content: "the pier was safe", speaker: "Jane Roe", cue: "said"),
        // Any form of "tell" names whom it tells before the clause told.
        Row(text: "The harbour master is telling skippers the channel will be dredged in May.",
            content: "the channel will be dredged in May", speaker: "harbour master", cue: "telling"),
        // After "that", a verb that reports only a clause has one, however long its subject.
        Row(text: "The Valley Gazette observed that the banner on the town hall, a gift from the twin town, had faded.",
            content: "the banner on the town hall, a gift from the twin town, had faded", speaker: "Valley Gazette", cue: "observed"),
        // A fronted phrase of time or reason after "that," is part of the clause said.
        Row(text: "The harbour master told the council that, in the past winter, the pier had sunk a metre.",
            content: "in the past winter, the pier had sunk a metre", speaker: "harbour master", cue: "told"),
        Row(text: "Jane Roe said that, as the ferry was late, the crew would be paid overtime.",
            content: "as the ferry was late, the crew would be paid overtime", speaker: "Jane Roe", cue: "said"),
        // One capitalised word and a comma opening the sentence is no one "he" could mean.
        Row(text: "The chair spoke first. Second, she said the vote would go ahead.",
            content: "the vote would go ahead", speaker: "chair", cue: "said"),
        // A document's words told by a participle: the issuer says them.
        Row(text: "Officer Kim Sato issued a statement saying the road was clear.", content: "the road was clear",
            speaker: "Kim Sato", cue: "saying"),
        Row(text: "Officer Kim Sato released a written statement on Friday saying she is aware of the complaint.",
            content: "she is aware of the complaint", speaker: "Kim Sato", cue: "saying"),
        // "…, announced an increase in aid" names what was announced, not who announced it.
        Row(text: "Yesterday, Jane Roe, the head of the agency, announced an increase in assistance to the region.",
            content: "an increase in assistance to the region", speaker: "Jane Roe", cue: "announced"),
        // A bare reporting verb's form just before "said" is a noun of the subject.
        Row(text: "A Texas state official said the dam had failed.", content: "the dam had failed", speaker: "Texas state official", cue: "said"),
        Row(text: "The governor of Lagos state said the dam had failed.", content: "the dam had failed",
            speaker: "governor of Lagos state", cue: "said"),
        // Whom it was told is no part of what: a name, "the" and a noun, a plural noun, a pronoun.
        Row(text: "Jane Roe told The Associated Press the dam had failed.", content: "the dam had failed", speaker: "Jane Roe", cue: "told"),
        Row(text: "Jane Roe told the court she was innocent.", content: "she was innocent", speaker: "Jane Roe", cue: "told"),
        Row(text: "Jane Roe told reporters the dam had failed.", content: "the dam had failed", speaker: "Jane Roe", cue: "told"),
        // Refuting a claim reports the claim's clause, as denying it does.
        Row(text: "The minister refuted claims that the dam had failed.", content: "the dam had failed", speaker: "minister", cue: "refuted"),
        // A plural right before a past reporting verb is the subject's noun, not the verb.
        Row(text: "News reports said the dam had failed.", content: "the dam had failed", speaker: "News reports", cue: "said"),
        // A question put to the speaker before the frame is no condition on it.
        Row(text: "When asked whether this was a breakthrough, Jane Roe said the dam had held.", content: "the dam had held",
            speaker: "Jane Roe", cue: "said"),
        // The day it was said, or the occasion it was told, before what; "quoted as saying".
        Row(text: "Jane Roe said Sunday the dam had failed.", content: "the dam had failed", speaker: "Jane Roe", cue: "said"),
        Row(text: "Jane Roe told a news conference in Ostrava the dam had failed.", content: "the dam had failed",
            speaker: "Jane Roe", cue: "told"),
        Row(text: "Jane Roe was quoted as saying the dam had failed.", content: "the dam had failed", speaker: "Jane Roe", cue: "saying"),
        // A post in lowercase before "of" a body is its holder's.
        Row(text: "The head of the World Health Organization said the dam had failed.", content: "the dam had failed",
            speaker: "head of the World Health Organization", cue: "said"),
        Row(text: "The spokesperson of Jane Roe said the dam had failed.", content: "the dam had failed",
            speaker: "Jane Roe", cue: "said"),
        // A frame with no one to name ("Such reports") does not hide the frame after it.
        Row(text: "Such reports constitute \"wild speculation,\" Jane Roe said.", content: "Such reports constitute \"wild speculation,\"",
            speaker: "Jane Roe", cue: "said"),
        // Nor is a condition closed by a comma: it is the content's.
        Row(text: "If the rains come early, Jane Roe said the dam would hold.", content: "the dam would hold",
            speaker: "Jane Roe", cue: "said"),
        // An open apposition and where it was said stay out of the speaker.
        Row(text: "Mr. Tomas Varga, the new fisheries minister in a press conference on Tuesday said the dam had failed.",
            content: "the dam had failed", speaker: "Tomas Varga", cue: "said"),
        // "say" in a relative clause whose gap is the subject of what was said.
        Row(text: "Forty soldiers died during the drive, which Jane Roe said would continue until the rebels leave.",
            content: "would continue until the rebels leave", speaker: "Jane Roe", cue: "said"),
        Row(text: "The army sent 20 tanks, a number the senators say is far too low.", content: "is far too low",
            speaker: "senators", cue: "say"),
        // When, set off by commas, before what; "that" after an abstract object with "of" is relative;
        // "Tech. Sgt." ends no sentence.
        Row(text: "The Department of Justice announced, in March, a review of hate crimes.", content: "a review of hate crimes",
            speaker: "Department of Justice", cue: "announced"),
        Row(text: "The minister stressed the importance of a safety concern that we must address together.",
            content: "the importance of a safety concern that we must address together", speaker: "minister", cue: "stressed"),
        Row(text: "According to Tech. Sgt. Jane Roe, the Air Force lost 29 Airmen last year.", content: "the Air Force lost 29 Airmen last year",
            speaker: "Jane Roe", cue: "According to"),
        // A correspondent's sign-on: what is reported follows the place.
        Row(text: "Jane Roe reports from our East Africa bureau in Nairobi, the talks have failed.", content: "the talks have failed",
            speaker: "Jane Roe", cue: "reports"),
        Row(text: "Jane Roe reports for VOA from Budapest the election follows a scandal.", content: "the election follows a scandal",
            speaker: "Jane Roe", cue: "reports"),
        // A name after a common noun that is no post starts the subject.
        Row(text: "Whilst travelling in the region Minister Jane Roe said the talks had failed.", content: "the talks had failed",
            speaker: "Jane Roe", cue: "said"),
        // A participle of saying right after a finished verb, a clause after it.
        Row(text: "After two hours, the envoy emerged saying it had been a good meeting.", content: "it had been a good meeting",
            speaker: "envoy", cue: "saying"),
        // A frame inside what it reports, inverted or with where it was said after it.
        Row(text: "Institutional recipients, said Jane Roe, are required to show the photographs.",
            content: "Institutional recipients, said Jane Roe, are required to show the photographs", speaker: "Jane Roe", cue: "said"),
        Row(text: "The big hit, Jane Roe noted from the long line, was the room.",
            content: "The big hit, Jane Roe noted from the long line, was the room", speaker: "Jane Roe", cue: "noted"),
        // A second verb after "and" is its own frame; the first said nothing of its own.
        Row(text: "Jane Roe tweeted to Mohamed and said the boy was welcome to come.", content: "the boy was welcome to come",
            speaker: "Jane Roe", cue: "said"),
        // A verb after ", and" with no subject of its own goes on with the frame's subject.
        Row(text: "Opposition leaders have criticised the budget, and have called for a general election.",
            content: "the budget", speaker: "Opposition leaders", cue: "criticised"),
        Row(text: "Jane Roe claimed to suffer from a bone disease, and arrived by wheelchair.",
            content: "to suffer from a bone disease", speaker: "Jane Roe", cue: "claimed"),
        // When it was said, in words, before what.
        Row(text: "Opposition parties said late last year they had asked the UN for mediation.",
            content: "they had asked the UN for mediation", speaker: "Opposition parties", cue: "said"),
        // A reporting participle opening the sentence, its object up to the comma, is the main
        // clause's subject's.
        Row(text: "Citing the cost of the repairs, the council closed the bridge.", content: "the cost of the repairs",
            speaker: "council", cue: "Citing"),
        Row(text: "While acknowledging the cost of the repairs, the council closed the bridge.", content: "the cost of the repairs",
            speaker: "council", cue: "acknowledging"),
        // A participle after an inverted frame leaves it trailing.
        Row(text: "The rules are clear, said Jane Roe, directing the first question to the panel.", content: "The rules are clear",
            speaker: "Jane Roe", cue: "said"),
        // A characterisation's object may hold a partner or a plural's apostrophe before the quality.
        Row(text: "Jane Roe called the city's ties with Borduria “warm and lasting.”", content: "the city's ties with Borduria “warm and lasting.”",
            speaker: "Jane Roe", cue: "called"),
        Row(text: "Jane Roe called the farmers' protest \"a disgrace\" on Monday.", content: "the farmers' protest \"a disgrace\" on Monday",
            speaker: "Jane Roe", cue: "called"),
        // A relative clause after the name, ending in an adverb, leaves the name as the subject.
        Row(text: "Jane Roe, who lives nearby, said the ferry would stop.", content: "the ferry would stop",
            speaker: "Jane Roe", cue: "said"),
        Row(text: "Jane Roe, a fisher who lives nearby, says the ferry will stop.", content: "the ferry will stop",
            speaker: "Jane Roe", cue: "says"),
        // A short adverbial set off after the subject is no part of it.
        Row(text: "The harbour master, however, said the ferry would stop.", content: "the ferry would stop",
            speaker: "harbour master", cue: "said"),
        Row(text: "Jane Roe, meanwhile, says the ferry will stop.", content: "the ferry will stop",
            speaker: "Jane Roe", cue: "says"),
        // Whom it was told, where and when, before the clause told.
        Row(text: "Jane Roe told reporters in the harbour town on Friday the ferry would stop.", content: "the ferry would stop",
            speaker: "Jane Roe", cue: "told"),
        // Quoted in the passive, with the agent after "by": the one quoted speaks.
        Row(text: "Jane Roe was quoted by state radio as saying the ferry would stop.", content: "the ferry would stop",
            speaker: "Jane Roe", cue: "saying"),
        // What a body calls something, after "what", unquoted.
        Row(text: "Farmers backed what the Harbour Board calls a fair price.", content: "a fair price",
            speaker: "Harbour Board", cue: "calls"),
        // What a body calls something, after a short object, unquoted: an adjective or "a" and a noun.
        Row(text: "The Harbour Board called the tender fraudulent and something no one can accept.",
            content: "the tender fraudulent and something no one can accept", speaker: "Harbour Board", cue: "called"),
        Row(text: "The Harbour Board called her dismissal a breach of the law.",
            content: "her dismissal a breach of the law", speaker: "Harbour Board", cue: "called"),
        // Right after "made clear", an object is what was made clear, with no "that".
        Row(text: "The Harbour Board made clear the need for new moorings.", content: "the need for new moorings",
            speaker: "Harbour Board", cue: "made clear"),
        // Words said, turned down, are reported; the statement's own "rejects" is not (below).
        Row(text: "The ministry rejected recent press reports that the dam had burst.",
            content: "recent press reports that the dam had burst", speaker: "ministry", cue: "rejected"),
        Row(text: "Harbour officials dismissed the allegations.", content: "the allegations",
            speaker: "Harbour officials", cue: "dismissed"),
        // A post's portfolio joined by "and the", then the holder in apposition: one speaker.
        Row(text: "Minister for Fisheries and the Coast, the Hon Jane Roe, said the catch had doubled.",
            content: "the catch had doubled", speaker: "Jane Roe", cue: "said"),
        // A post, then the holder's name under "Rt Hon … MP": the holder speaks, not the post.
        Row(text: "Secretary of State, Rt Hon Jane Roe MP, has said the talks must resume.",
            content: "the talks must resume", speaker: "Jane Roe", cue: "said"),
        // An honoured name, then its post with no comma before the verb, after a fronted clause.
        Row(text: "As the storm passed, the Honourable Jane Roe, Minister of Transport stressed the importance of safety.",
            content: "the importance of safety", speaker: "Jane Roe", cue: "stressed"),
        // A frame inside what it reports, a quotation going on with the sentence after it.
        Row(text: "The levy, Jane Roe said, \"would ruin the harbour.\"", content: "The levy, Jane Roe said, \"would ruin the harbour.\"",
            speaker: "Jane Roe", cue: "said"),
        // A verb that reports only a clause: the clause's subject may have a short phrase after its noun.
        Row(text: "Farmers agree the levy on imported grain is unfair.", content: "the levy on imported grain is unfair",
            speaker: "Farmers", cue: "agree"),
        // A claim questioned is doubted aloud.
        Row(text: "The rights group questioned the fairness of the count.", content: "the fairness of the count",
            speaker: "rights group", cue: "questioned"),
        Row(text: "The union questioned their commitment to the deal.", content: "their commitment to the deal",
            speaker: "union", cue: "questioned"),
        // What one admits to follows the verb's own preposition.
        Row(text: "The rebel group later admitted to the bombing of the depot.", content: "the bombing of the depot",
            speaker: "rebel group", cue: "admitted"),
        // After the name "according to" gives, a phrase of its own runs to the comma.
        Row(text: "According to Capt. Jane Roe with the harbour police, a ferry ran aground near the pier.",
            content: "a ferry ran aground near the pier", speaker: "Jane Roe", cue: "According to"),
        // A description of the name between commas belongs to it, lists and all.
        Row(text: "According to Tom Reed, director of the pier, harbour and ferry office, the ferry will resume on Monday.",
            content: "the ferry will resume on Monday", speaker: "Tom Reed", cue: "According to"),
        // A description headed by a body's word, then the body's one-word name between commas.
        Row(text: "The country's largest farmers' union, Agrifed, said that the plan would hurt growers.",
            content: "the plan would hurt growers", speaker: "Agrifed", cue: "said"),
        // A few words quoted in passing as the object, the narration going on after them.
        Row(text: "The mayor criticized “reckless spending” by the harbour board.",
            content: "“reckless spending” by the harbour board", speaker: "mayor", cue: "criticized"),
        // A term quoted after an article is the object written about.
        Row(text: "Ahead of the visit the mayor wrote about the “new harbour partnership”.",
            content: "the “new harbour partnership”", speaker: "mayor", cue: "wrote"),
        // Those who lead a body speak for it.
        Row(text: "The Harbour Coalition leadership shared its thinking for a new ferry service.",
            content: "its thinking for a new ferry service", speaker: "Harbour Coalition leadership", cue: "shared"),
    ])
    func form(_ row: Row) throws {
        let document = analyze(row.text)
        let report = try #require(document.reportedSpeech.first, "no reported speech in \(row.text)")
        #expect(document.reportedSpeech.count == 1)
        #expect(report.kind == .reported)
        #expect(report.text == row.content)
        #expect(report.speaker == row.speaker)
        #expect(report.cue == row.cue)
    }

    /// A bulletin, like a statement, is a document that says things.
    /// "According to him, A, adding that B": the participle goes on for the one the sentence
    /// goes by, and ends what "according to" reports.
    @Test func aParticipleAfterAccordingToIsTheSameSpeakers() {
        let document = analyze("Minister John Roe spoke in Abuja on Monday.\n\n"
                               + "According to him, the wage is not for public workers alone, adding that it binds employers too.")
        #expect(document.reportedSpeech.map(\.text) == ["the wage is not for public workers alone", "it binds employers too"])
        #expect(document.reportedSpeech.map(\.speaker) == ["John Roe", "John Roe"])
        // A finished verb with a subject of its own still reports for itself.
        let nearer = analyze("According to the Herald, Burrows said the talks had failed.")
        #expect(nearer.reportedSpeech.map(\.text) == ["the talks had failed"])
    }

    @Test func aBulletinSaysWhatItReports() {
        let document = analyze("The ministry issued a bulletin on Monday. The bulletin said residents should stay home.")
        #expect(document.reportedSpeech.map(\.text) == ["residents should stay home"])
    }

    /// After a quotation and its frame, "but" or "and" with a verb in the past is the
    /// speaker's next act: the quotation is speech, and nothing is reported around it.
    @Test func aPastVerbAfterAQuotationsFrameIsTheSpeakersNextAct() {
        let document = analyze("“We will rebuild the bridge,” the mayor said, but declined to give a date for the work.")
        #expect(document.reportedSpeech.isEmpty)
    }

    /// "…, says the Minister of Transport, John Doe.": an inverted frame's post in lowercase,
    /// however long, with a name in apposition ending the sentence, is the speaker.
    @Test func aLongPostWithANameAfterAnInvertedVerbIsTheSpeaker() {
        let document = analyze("The road will reopen on Monday, says the Minister of Public Transport, John Doe.")
        #expect(document.reportedSpeech.map(\.text) == ["The road will reopen on Monday"])
        #expect(document.reportedSpeech.map(\.speaker) == ["John Doe"])
    }

    /// "reports" before a plural's verb of saying is the subject's noun, not the frame.
    @Test func aPluralOfReportsBeforeAVerbOfSayingIsItsSubject() {
        let document = analyze("Local reports suggest the ferry to the island was cancelled.")
        #expect(document.reportedSpeech.map(\.text) == ["the ferry to the island was cancelled"])
        #expect(document.reportedSpeech.map(\.speaker) == ["Local reports"])
        #expect(document.reportedSpeech.map(\.cue) == ["suggest"])
    }

    /// A clause that already reports someone's words, with a trailing frame after it, is
    /// that report alone: the frame after it only tells who passed it on.
    @Test func aReportBeforeATrailingFrameIsReportedOnce() {
        let document = analyze("The harbour board has made it clear to the council that the ferry will run on Sundays, Jane Roe said.")
        #expect(document.reportedSpeech.map(\.text) == ["the ferry will run on Sundays"])
    }

    /// "X said NAME told him …": the words are the named speaker's, passed on by the outer frame.
    @Test func aNamedSpeakerInsideAReportSpeaksForThemselves() {
        let document = analyze("Senator Jane Roe visited the valley. The senator said Ortega explained that the bridge would reopen soon.")
        #expect(document.reportedSpeech.map(\.text) == ["the bridge would reopen soon"])
        #expect(document.reportedSpeech.map(\.speaker) == ["Ortega"])
    }

    /// A long run of names and posts after an inverted frame, to the sentence's end, is who spoke.
    @Test func aLongRunOfNamesAfterAnInvertedFrameIsItsSpeaker() {
        let document = analyze("A former harbour clerk was sentenced to two years in prison today for fraud, announced "
            + "District Attorney Jane Roe and Special Agent in Charge John Doe of the Ruritanian Police’s Northern Field Office.")
        #expect(document.reportedSpeech.map(\.text) == ["A former harbour clerk was sentenced to two years in prison today for fraud"])
        #expect(document.reportedSpeech.first?.speaker?.contains("Jane Roe") == true)
    }

    /// In a transcript's turn the one speaking is "I" to himself: "he" there is someone else.
    @Test func heInATranscriptTurnIsNotTheOneSpeaking() {
        let document = analyze("PRESS SECRETARY JOHN ROE: Hello, everybody. So the minister had two calls. He said the bridge would reopen soon.")
        #expect(!document.reportedSpeech.contains { $0.speaker == "John Roe" })
    }

    /// "it" after a bare name that has just spoken in the same sentence is that name.
    @Test func itIsTheBareNameThatJustSpoke() {
        let document = analyze("While Riverunion says it sees the need for cuts, it also claimed it was not consulted.")
        #expect(document.reportedSpeech.map(\.speaker) == ["Riverunion", "Riverunion"])
    }

    /// "what X calls a …" inside another report is X's report too, when X is named.
    @Test func whatABodyCallsSomethingInsideAReportIsItsOwn() {
        let document = analyze("Jane Roe said farmers backed what the Harbour Board calls a fair price.")
        #expect(document.reportedSpeech.map(\.text) == ["farmers backed what the Harbour Board calls a fair price", "a fair price"])
        #expect(document.reportedSpeech.map(\.speaker) == ["Jane Roe", "Harbour Board"])
        // Quoted, the quotation is the words said.
        let quoted = analyze("Jane Roe said farmers backed what the Harbour Board calls a \"fair price\".")
        #expect(quoted.reportedSpeech.map(\.text) == ["farmers backed what the Harbour Board calls a \"fair price\""])
    }

    /// "called" with an object and then when, whom or what for characterises nothing.
    @Test(arguments: [
        "The Harbour Board called the election a month early.",
        "The Harbour Board called the police chief.",
        "The Harbour Board called the meeting to order.",
    ])
    func aCallWithNoQualityReportsNothing(text: String) {
        #expect(analyze(text).reportedSpeech.isEmpty)
    }

    /// A reporting verb after "and" or "but" shares the subject of the frame before it.
    @Test func aCoordinatedReportingVerbSharesItsSubject() {
        let document = analyze("Jane Roe says the talks were “careless” and warned a flawed deal could do harm.")
        #expect(document.reportedSpeech.map(\.text) == ["the talks were “careless”", "a flawed deal could do harm"])
        #expect(document.reportedSpeech.map(\.speaker) == ["Jane Roe", "Jane Roe"])
        // Words after the quotation do not make a subject of their own for the verb after "and".
        let after = analyze("Jane Roe says the mayors were “careless” with the money and warned a flawed budget could do harm.")
        #expect(after.reportedSpeech.map(\.speaker) == ["Jane Roe", "Jane Roe"])
        // Inside the clause "that" opens, the verb is that clause's subject's.
        let inside = analyze("Jane Roe told reporters that on Monday the man \"walked into the station and turned himself in\", "
            + "and told the police, \"everything he did\".")
        #expect(inside.reportedSpeech.isEmpty)
    }

    /// A participle of saying right after a finished verb is that verb's subject's.
    @Test func aParticipleAfterAFinishedVerbIsItsSubjects() {
        let document = analyze("Jane Roe, vice president of the party, said the arrest was politically motivated arguing it was "
            + "a “concerted and malicious effort to link her to this case”.")
        #expect(document.reportedSpeech.map(\.cue) == ["said", "arguing"])
        #expect(document.reportedSpeech.map(\.speaker) == ["Jane Roe", "Jane Roe"])
    }

    /// "which she says is …" inside a report is part of that report, not a second one.
    @Test func aRelativeGapInsideAReportIsPartOfIt() {
        let document = analyze("Roe said voters are sharply opposed to the government's decision to remove a fuel subsidy, "
            + "which she says is a crushing blow to citizens.")
        #expect(document.reportedSpeech.map(\.text)
            == ["voters are sharply opposed to the government's decision to remove a fuel subsidy, which she says is a crushing blow to citizens"])
    }

    /// "…, in which John Doe said …": the relative's subject speaks, and opens a report of its own.
    @Test func aFrameInARelativeAfterACommaIsItsSubjects() {
        let document = analyze("The rebels said they were insulted by John Doe's statement on Friday, in which John Doe said the country is worried.")
        #expect(document.reportedSpeech.map(\.text) == ["they were insulted by John Doe's statement on Friday", "the country is worried"])
        #expect(document.reportedSpeech.map(\.speaker) == ["rebels", "John Doe"])
    }

    /// An apposition after an inverted frame, even one the tagger reads as a verb, leaves the
    /// quotation before it as the whole of what was said.
    @Test func anAppositionAfterAnInvertedFrameIsNoReport() {
        let document = analyze("“The rules are clear,” said Lt. Jane Roe, command duty officer at the station.")
        #expect(document.reportedSpeech.isEmpty)
        #expect(document.quotes.map(\.speaker) == ["Jane Roe"])
    }

    /// "warned of floods": after "of" comes what was warned of, so the frame is not trailing.
    @Test func whatAWarningIsOfIsNoPlace() {
        let document = analyze("The river is rising, the mayor warned of floods.")
        #expect(!document.reportedSpeech.contains { $0.text == "The river is rising" })
    }

    /// "pointed to", "wrote about": what follows the verb's own preposition is what was said,
    /// a name after "to" included.
    @Test(arguments: [
        ("The senator pointed to rising prices in the capital.", "rising prices in the capital"),
        ("The senator pointed to Ruritania's new tariffs.", "Ruritania's new tariffs"),
        ("The envoy wrote about the new friendship between the two ports.", "the new friendship between the two ports"),
    ])
    func whatFollowsTheVerbsOwnPrepositionIsWhatWasSaid(_ sentence: String, _ content: String) {
        let reports = analyze(sentence).reportedSpeech
        #expect(reports.map { String($0.text) } == [content])
    }

    /// What follows "and" after a frame is another clause: the frame said nothing of its own.
    @Test func aClauseAfterAndIsNoContent() {
        let document = analyze("Jane Roe said on Monday, and John Doe agreed.")
        #expect(!document.reportedSpeech.contains { $0.text.hasPrefix("and") })
    }

    /// When the words came, with nothing of what they were, is no report.
    @Test func aTimeAloneIsNoContent() {
        let document = analyze("Rebel leader Jane Roe said on Sunday after her fighters were pushed back that she wanted talks to resume.")
        #expect(!document.reportedSpeech.contains { $0.text == "on Sunday" })
    }

    /// A bare plural after a pair named together is one of the pair, not both.
    @Test func onePartyIsNotThePair() {
        let document = analyze("Senate Greens and Reds met on Monday.\n\nBut Reds argue that there is no crisis in the fund.")
        #expect(document.reportedSpeech.map(\.speaker) == ["Reds"])
        // "They" after a plural name that has spoken is that name.
        let they = analyze("Reds argue that there is no crisis in the fund. They say the bill should wait.")
        #expect(they.reportedSpeech.map(\.speaker) == ["Reds", "Reds"])
    }

    @Test(arguments: [
        // A quotation, not a report.
        "Jane Roe said: “The talks have failed.”",
        "Jane Roe said in a statement: “The talks have failed.”",
        "“The talks have failed,” Jane Roe said.",
        // Questions and conditions.
        "Did Jane Roe say the talks had failed?",
        "If Jane Roe says the talks have failed, the markets will fall.",
        // An indirect question, or where the words came from, is not what was said.
        "The doctors say which towns are at risk.",
        "Jane Roe reports where the talks were held.",
        // A question put: what was asked about, not what was said.
        "Reporters asked the mayor about the flooding.",
        "No fine is due if, on a case-by-case basis, the agency agrees that the delay was unavoidable.",
        // "clear" that opens no clause.
        "The river Jane Roe crossed was clear that day.",
        // A call to action is found as a call.
        "Jane Roe urged the parties to return to the talks.",
        "Jane Roe urges the country to fully respect its obligations.",
        "The council demands that the forces stop the siege.",
        "The report demands answers on the election.",
        "Since Leader Reid asked us to undertake this joint responsibility, we have been working together.",
        // The statement's own voice.
        "We welcome the release of the prisoners.",
        "The United Kingdom condemns the attack on the embassy.",
        // Acts, not speech.
        "The government continues to support the programme.",
        // A reporting word after an adjective that opens the sentence is a noun.
        "Violent protests continue in the capital, we continue to monitor the situation.",
        "Initial estimates indicate that the river is rising.",
        // A reporting word before an auxiliary is a noun, or its clause is a subject.
        "Recent reports have shown growth in exports.",
        "What Jane Roe said was true.",
        "The talks Jane Roe said were useful ended on Monday.",
        // Yet to be said; a belief in something; a nationality before a noun-like word.
        "The ministers will announce new funding for the college on Monday.",
        "The United States believes in the sovereignty of all member states.",
        "She was sworn in as the seventh Deputy Secretary of Homeland Security on April 8, 2017.",
        "Three Australian posts in Brussels and Berlin get new heads.",
        "They were detained after an October protest of the referendum.",
        "The United Kingdom reiterates its outrage at the killings.",
        "This is in response to the authorities’ repeated actions to undermine rights.",
        // Verbs that report only a clause, with a bare object or a phrase.
        "The agency maintains an oversight role to ensure that the cleanup is protective.",
        "The provincial government responded promptly to provide basic services.",
        "Jane Roe did not agree with reports suggesting the presence of fighters.",
        "Multiple state and federal agencies will patrol the lake.",
        // "call" names or convenes without a quoted quality; "referred to" a body passes a case on.
        "The group called the meeting to order.",
        "The council called Jane Roe as a witness.",
        "The case was referred to the court in May.",
        // A legal charge is no report; a call repeated is a call.
        "Police charged the driver with murder.",
        "The UN chief reiterated his call for an immediate ceasefire.",
        // Lives claimed are lives taken; a visit concluded and envoys recalled are acts.
        "Ebola has claimed nearly 730 lives.",
        "President Jane Roe concluded her five-day visit to Ruritania, where she met students.",
        "The envoy concluded Monday with an agreement on land.",
        "The government recalled its ambassador from the capital.",
        // The statement's own congratulation, in the present.
        "Ruritania congratulates the people of Borduria on their election.",
        "Ruritania thanks the people of Borduria for their welcome.",
        // What a thing shows of another.
        "Ruritania’s response to the crisis says a lot about the future of the alliance.",
        // A correspondent's sign-on with nothing reported after the place.
        "VOA's Jane Roe reports from our Southeast Asia bureau in Bangkok.",
        // A report as a noun, with its topic after "on".
        "Today's stories include an Internet Watch Foundation report on online child abuse.",
        // After a necessity's "that", the verb is what is asked.
        "It is critical that farmers believe that their land rights are safe.",
        // A word standing for what was said elsewhere, then where.
        "The minister said this at the daily press briefing on Monday in the capital.",
        // After a quotation, where it was said, with no clause of its own.
        "“The talks are over,” the minister said on ABC's Today programme two days before Unity Day, the anniversary of the war.",
        // When it was said, with no subject of its own.
        "“The talks are over,” the minister said while visiting the border town of Arlit.",
        "The minister said when asked about the talks.",
        // Turning down what is no speech; the statement's own rejection, in the present.
        "The council rejected the application for a second bridge.",
        "The judge dismissed the case against the driver.",
        "The Harbour Board strongly rejects the accusations.",
        // "add" with a bare object puts something in; it reports a clause only.
        "The board added a third bridge to the list of projects.",
        // What researchers or a study find tells of a finding, not of words said.
        "Researchers found that the drug reduced deaths.",
        // "declare" with an object performs an act; with a clause it reports.
        "Governor Jane Roe declared a state of emergency in the county.",
        "The government declared the group a terrorist organisation last year.",
        // A person questioned is interrogated, not doubted.
        "Detectives questioned Jane Roe for three hours on Monday.",
        "Detectives questioned him for three hours on Monday.",
        "Detectives questioned the suspect for three hours on Monday.",
    ])
    func notReportedSpeech(_ text: String) {
        #expect(analyze(text).reportedSpeech.isEmpty, "\(analyze(text).reportedSpeech.map(\.text))")
    }

    /// After what was said, a name between commas and a description of its holder, then the verb.
    @Test(arguments: [
        "The talks will resume, John Smith, a spokesman for the ministry, said.",
        "The talks will resume, John Smith, the secretary, said.",
    ])
    func aTrailingNameWithItsAppositionSpeaks(_ text: String) {
        let reports = analyze(text).reportedSpeech
        #expect(reports.map(\.text) == ["The talks will resume"])
        #expect(reports.map(\.speaker) == ["John Smith"])
    }

    /// How the speaker spoke, between the speaker and the verb, is no part of who spoke.
    @Test(arguments: [
        ("Officials speaking on condition of anonymity said the talks had failed.", "Officials"),
        ("A spokesman speaking to reporters said the talks had failed.", "spokesman"),
        ("Whilst travelling in the region Minister Jane Roe said the talks had failed.", "Jane Roe"),
    ])
    func howTheSpeakerSpokeIsNoPartOfTheSpeaker(_ text: String, _ speaker: String) {
        #expect(analyze(text).reportedSpeech.map(\.speaker) == [speaker])
    }

    /// "announced on Friday the launch of …": the day, then what was announced.
    @Test func aDayAfterOnBeforeWhatIsNoPartOfIt() {
        let reports = analyze("The department announced on Friday the launch of a public campaign.").reportedSpeech
        #expect(reports.map(\.text) == ["the launch of a public campaign"])
    }

    /// "said Thursday evening in an address to the nation, noting …": the day, its time and the
    /// occasion are no report; the participle reports.
    @Test func aDayWithItsTimeAndOccasionIsNoContent() {
        let reports = analyze("Jane Roe said Thursday evening in an address to the nation, noting the economy had shrunk.").reportedSpeech
        #expect(reports.map(\.text) == ["the economy had shrunk"])
    }

    @Test func aParticipleAfterATrailingFrameIsItsSpeakers() {
        let reports = analyze("The object disappeared over the sea, Jane Roe told reporters, adding the launch had failed.").reportedSpeech
        #expect(reports.map(\.text) == ["The object disappeared over the sea", "the launch had failed"])
        #expect(reports.map(\.speaker) == ["Jane Roe", "Jane Roe"])
    }

    @Test func heIsTheOneWhoSpokeNotACapitalisedWordBeforeHim() {
        let reports = analyze("Military strikes might only aggravate the conflict, Secretary-General Jane Roe said. "
            + "She added that talks were the only way.").reportedSpeech
        #expect(reports.map(\.speaker) == ["Jane Roe", "Jane Roe"])
    }

    @Test func aFrontedDayLeavesThePronounAsTheSubject() {
        let reports = analyze("Jane Roe arrived in Caracas. On Tuesday she announced that she expected a referendum.").reportedSpeech
        #expect(reports.map(\.speaker) == ["Jane Roe"])
        #expect(reports.map(\.text) == ["she expected a referendum"])
    }

    @Test func aSecondFrameJoinedByAndIsASecondReport() {
        let reports = analyze("Jane Roe said the talks had failed, and added that a new round would begin in May.").reportedSpeech
        #expect(reports.map(\.text) == ["the talks had failed", "a new round would begin in May"])
        #expect(reports.map(\.cue) == ["said", "added"])
    }

    @Test func aSemicolonBeforeAnotherFrameEndsTheReport() {
        let reports = analyze("Prime Minister Petra Novak warned that an intervention would mean war; acting President Ana Ruiz said she had put the army on alert.").reportedSpeech
        #expect(reports.map(\.text) == ["an intervention would mean war", "she had put the army on alert"])
        #expect(reports.map(\.speaker) == ["Petra Novak", "Ana Ruiz"])
        // A list of what was said goes on past its semicolons.
        let listed = analyze("The minister added that the alliance must streamline headquarters; expand information sharing; and improve command.").reportedSpeech
        #expect(listed.map(\.text) == ["the alliance must streamline headquarters; expand information sharing; and improve command"])
    }

    @Test func aParticipleAfterACommaReportsForTheSubject() {
        let reports = analyze("The group criticised the decision, saying it was unlawful.").reportedSpeech
        #expect(reports.map(\.text) == ["the decision", "it was unlawful"])
        #expect(reports.map(\.cue) == ["criticised", "saying"])
        // A clause opening with a contraction of "it is" follows a participle too.
        let added = analyze("Jane Roe said the talks would go on, adding it’s too early to speculate.").reportedSpeech
        #expect(added.map(\.text) == ["the talks would go on", "it’s too early to speculate"])
    }

    @Test func aTitlesCommaBeforeSaysIsNoTrailingFrame() {
        // "says he has …" opens what is said: the apposition before it is not its content.
        let reports = analyze("Jane Roe, author of a book titled \"The Long Night,\" says he has no doubt the dam will hold.").reportedSpeech
        #expect(!reports.contains { $0.text.hasPrefix("Jane Roe") })
        // "said he" after a quotation still names who said it.
        #expect(analyze("“The talks have failed,” said Jane Roe.").quotes.map(\.speaker) == ["Jane Roe"])
    }

    /// "He says, it could be …", "said, of the 20 boats, 12 were …": a comma right after the
    /// verb, then a clause, or a phrase of what with its clause after, is what was said.
    @Test func aClauseAfterTheVerbsCommaIsWhatWasSaid() {
        #expect(analyze("Jane Roe says, it could be a drought.").reportedSpeech.map(\.text) == ["it could be a drought"])
        let counted = analyze("Harbour master Jane Roe said, of the 20 boats in the eastern harbour, 12 were unsafe.").reportedSpeech
        #expect(counted.map(\.text) == ["of the 20 boats in the eastern harbour, 12 were unsafe"])
        // A quotation after the comma is no report.
        #expect(analyze("Jane Roe said, \"it could be a drought.\"").reportedSpeech.isEmpty)
    }

    /// "Or he says, it could be …": "or" opening a sentence is no part of its subject, as "but" is not.
    @Test func orOpeningTheSentenceLeavesThePronounAsSubject() {
        let reports = analyze("Jane Roe says the dam may fail. Or she says the river could flood.").reportedSpeech
        #expect(reports.map(\.text) == ["the dam may fail", "the river could flood"])
        #expect(reports.map(\.speaker) == ["Jane Roe", "Jane Roe"])
    }

    /// "MS ROE: Good morning. He told us …": the word opening a turn after its label is
    /// capitalised as a sentence's first word is, and names no one "he" could mean.
    @Test func aTurnsOpeningWordIsNoName() {
        let reports = analyze("Harbour briefing\n\nMS ROE: Good morning. He told us the port would close.").reportedSpeech
        #expect(!reports.contains { $0.speaker == "Good" })
    }

    /// "He speaks Hausa. … But he says …": a bare word that never spoke ("Hausa", "Chad") is
    /// not whom "he" means when a person named in full came before it.
    @Test func heAfterABareWordMeansThePersonNamedBefore() {
        let reports = analyze("Fisherman Abu Adam has dug deep wells near the lake. He is from Chad and speaks Hausa. "
            + "He came here looking for water. But he says the lake is shrinking fast.").reportedSpeech
        #expect(reports.map(\.text) == ["the lake is shrinking fast"])
        #expect(reports.first?.speaker?.hasSuffix("Abu Adam") == true)
    }

    /// "updated Parliament on the crisis": whom, then the topic after "on", is a report of the
    /// topic; an update of the subject's own thing ("its guidance") says nothing.
    @Test func anUpdateOnATopicReportsTheTopic() {
        let reports = analyze("The Harbour Minister Jane Roe updated the assembly on the flooding in the delta.").reportedSpeech
        #expect(reports.map(\.text) == ["the flooding in the delta"])
        #expect(reports.map(\.cue) == ["updated"])
        #expect(analyze("The port authority updated its rules on fishing nets.").reportedSpeech.isEmpty)
    }

    /// "gave an update on the campaign", "released a statement regarding the aid": the topic of
    /// a statement given is what it said; "the following statement on …:" introduces its text.
    @Test func theTopicOfAStatementGivenIsReported() {
        let reports = analyze("General Jane Roe gave a brief update on the rescue in the valley and thanked the volunteers.").reportedSpeech
        #expect(reports.map(\.text) == ["the rescue in the valley"])
        #expect(reports.map(\.speaker) == ["Jane Roe"])
        #expect(analyze("Mayor Jane Roe issued the following statement on the floods:").reportedSpeech.isEmpty)
    }

    @Test func aParticipleAfterByReportsForTheSubject() {
        let reports = analyze("Admiral Jane Roe began by expressing her sympathy to the families.").reportedSpeech
        #expect(reports.map(\.text) == ["her sympathy to the families"])
        #expect(reports.map(\.speaker) == ["Jane Roe"])
        // Not a participle that does rather than says.
        #expect(analyze("Admiral Jane Roe began by visiting the families.").reportedSpeech.isEmpty)
    }

    /// A readout's "the Ministers" speak for the side that issues it; a joint statement's for all.
    @Test func theSidesOfAMeetingAreTheIssuersInAReadout() {
        let readout = analyze("Minister Roe speaks with Minister Doe\n\nMinister of Rivers Jane Roe today spoke with John Doe, "
            + "Minister of Lakes.\n\nThe Ministers reaffirmed their commitment to clean water. They underscored their shared work.")
        #expect(readout.reportedSpeech.map(\.speaker) == ["Jane Roe", "Jane Roe"])
        let joint = analyze("Joint statement by the ministers of rivers and lakes\n\nMinister of Rivers Jane Roe today met John Doe, "
            + "Minister of Lakes.\n\nThe Ministers reaffirmed their commitment to clean water.")
        #expect(joint.reportedSpeech.map(\.speaker) != ["Jane Roe"])
    }

    @Test func aFrameAfterWhileIsASecondReport() {
        let reports = analyze("Jane Roe said ten fighters were killed while John Doe said 30 rebels died.").reportedSpeech
        #expect(reports.map(\.text) == ["ten fighters were killed", "30 rebels died"])
        #expect(reports.map(\.speaker) == ["Jane Roe", "John Doe"])
    }

    /// Figures and findings show things; "according to" them reports no one's words.
    @Test func accordingToAStudyOrDataReportsNothing() {
        #expect(analyze("According to a study from the office of the Rivers Board, more grain has been moved.").reportedSpeech.isEmpty)
        #expect(analyze("Farmers lost most of the grain, according to new Rivers Board (RB) data released today.").reportedSpeech.isEmpty)
        #expect(analyze("According to the Rivers Board, farmers lost most of the grain.").reportedSpeech.map(\.text)
            == ["farmers lost most of the grain"])
    }

    @Test func goingOnToWinReportsNothing() {
        #expect(analyze("Jane Roe went on to win the seat by a wide margin.").reportedSpeech.isEmpty)
    }

    /// A "say" or "tell" whose subject opens a clause inside another report is a report of its own.
    @Test func aSayingInsideAnotherReportIsReportedToo() {
        let told = analyze("The admiral added that he asked the envoy about the dam, and that John Doe told him the dam would hold.").reportedSpeech
        #expect(told.contains { $0.text == "the dam would hold" && $0.speaker == "John Doe" && $0.cue == "told" })
        // After "while", the clause ends at its comma.
        let saying = analyze("Jane Roe says while the rebels say they want peace, they must disarm first.").reportedSpeech
        #expect(saying.contains { $0.text == "they want peace" && $0.speaker == "rebels" })
        // Not a belief inside what is said.
        let belief = analyze("Jane Roe said that John Doe believes the dam will hold.").reportedSpeech
        #expect(belief.map(\.text) == ["John Doe believes the dam will hold"])
    }

    @Test func aThreatAfterACommaIsReported() {
        let reports = analyze("Police officer Jane Roe stopped the drivers, threatening to charge them.").reportedSpeech
        #expect(reports.map(\.text) == ["to charge them"])
        #expect(reports.map(\.cue) == ["threatening"])
    }

    @Test func theVoicesEarlierWordsAreReported() {
        let text = "The Council calls on donors to give generously.\n\nWe have made clear to all parties that the violence must stop. "
            + "We told the envoy that the talks would resume. We welcome the truce."
        let reports = analyze(text).reportedSpeech
        #expect(reports.map(\.text) == ["the violence must stop", "the talks would resume"])
        #expect(reports.map(\.speaker) == ["Council", "Council"])
    }

    @Test func aBeliefInsideATrailingReportIsItsContent() {
        let reports = analyze("The Union believes that talks must resume within the group, Jane Roe said in a statement.").reportedSpeech
        #expect(reports.map(\.speaker) == ["Jane Roe"])
        #expect(reports.map(\.text) == ["The Union believes that talks must resume within the group"])
        // What someone said, reported by another, stays the first speaker's.
        let said = analyze("John Doe said the talks had failed, the newspaper reported.").reportedSpeech
        #expect(said.first?.speaker == "John Doe")
    }

    @Test func theNearerFrameOfANestedReportSpeaks() {
        let reports = analyze("According to the Herald, Professor John Burrows said the flag had never been put to a vote.").reportedSpeech
        #expect(reports.map(\.speaker) == ["John Burrows"])
    }

    @Test func theSeedsStatementNotedIsNATOs() throws {
        let seed = analyze("NATO in a statement urged Afghan leaders to come together.\n\nThe statement noted that the current level of violence is not acceptable.")
        let report = try #require(seed.reportedSpeech.first)
        #expect(report.paragraph == 1)
        #expect(report.speaker == "NATO")
        #expect(report.text == "the current level of violence is not acceptable")
    }

    @Test func aParticipleAfterAQuotationsFrameReportsNothing() {
        let document = analyze("Minister Jane Roe spoke today.\n\n\"Elections are the only way,\" he said, addressing a press conference.\n")
        #expect(document.reportedSpeech.isEmpty)
        #expect(document.quotes.count == 1)
    }

    /// "…, said Jane Roe on Tuesday.": when or where the words were said may follow the name
    /// of an inverted frame at the sentence's end.
    @Test(arguments: [
        "The bridge will reopen in May, said Ana Ribeiro on Tuesday.",
        "The bridge will reopen in May, said Ana Ribeiro in a statement.",
    ])
    func whenOrWhereMayFollowAnInvertedFramesName(_ text: String) {
        let document = analyze(text)
        #expect(document.reportedSpeech.map(\.text) == ["The bridge will reopen in May"])
        #expect(document.reportedSpeech.map(\.speaker) == ["Ana Ribeiro"])
    }

    /// Only when and where between a frame's verb and the quotation it opens report nothing.
    @Test(arguments: [
        ("Ana Ribeiro spoke. “We are ready,” she said Saturday during a news conference, “and we will open.”", 0),
        ("Ana Ribeiro spoke. She said in a statement, “We will open the bridge.”", 0),
        ("Ana Ribeiro spoke. She said on Saturday that the council, “as ever,” would open the bridge.", 1),
    ])
    func whenAndWhereBeforeAQuotationReportNothing(_ text: String, _ reports: Int) {
        #expect(analyze(text).reportedSpeech.count == reports)
    }

    @Test func speakersCountTheirReportedSpeech() throws {
        let document = analyze("Jane Roe said the talks had failed. She also said that a new round would begin.")
        let speaker = try #require(document.speakers.first { $0.name == "Jane Roe" })
        #expect(speaker.reportedCount == 2)
        #expect(speaker.quoteCount == 0)
    }

    @Test func theJSONListsReportedSpeechAmongTheQuotesByKind() {
        let json = JSONReport.render(analyze("“We are ready,” Jane Roe said.\n\nJane Roe said the talks had failed."))
        #expect(json.contains("\"kind\" : \"reported\"") || json.contains("\"kind\": \"reported\""))
        #expect(json.contains("\"cue\""))
        #expect(json.contains("\"reportedCount\""))
        let speech = json.range(of: "We are ready")!
        let reported = json.range(of: "the talks had failed")!
        #expect(speech.lowerBound < reported.lowerBound)
    }

    /// "According to him": the object form of a pronoun after "to" refers back as its subject form would.
    @Test(arguments: [
        ("Mayor Tom Reed spoke on Monday. According to him, the harbour will reopen in May.", "Tom Reed"),
        ("The unions met on Monday. The strike will go on, according to them.", "unions"),
    ])
    func aPronounAfterAccordingToNamesWhoSpoke(text: String, speaker: String) {
        let document = analyze(text)
        #expect(document.reportedSpeech.map(\.speaker) == [speaker])
    }

    /// "an increase in confirmed cases": a participle between a preposition and a noun is no
    /// reporting verb of its own to take the report from "According to him".
    @Test func aParticipleBeforeANounAfterAPrepositionFramesNothing() {
        let document = analyze("Mayor Tom Reed spoke on Monday.\n\nAccording to him, the city is seeing an increase in confirmed cases.")
        #expect(document.reportedSpeech.map(\.speaker) == ["Tom Reed"])
    }

    /// "said that talks would resume": a form in -s before an auxiliary is the clause's subject,
    /// and "that" opens the clause; so does "that" after an aside closed by a comma.
    @Test(arguments: [
        ("Foreign Minister Jane Roe said that talks would resume.", "talks would resume"),
        ("Jane Roe announced on Sunday, in the context of the coronavirus epidemic, that the situation is under control.",
         "the situation is under control"),
    ])
    func thatOpensTheClauseReported(text: String, content: String) {
        let document = analyze(text)
        #expect(document.reportedSpeech.map { String($0.text) } == [content])
    }

    /// "the statement posted on the website": a document placed somewhere says nothing by the
    /// verb that placed it.
    @Test func aDocumentPostedSomewhereIsNoFrame() {
        let document = analyze("The police asked residents to stay calm, according to the statement posted on the official website of the ministry.")
        #expect(!document.reportedSpeech.contains { $0.cue == "posted" })
    }

    /// A post's portfolio ending in an abstract noun names no one for a later "he" to mean.
    @Test func aPortfoliosLastWordIsNoOnesName() {
        let document = analyze("The Minister of Ports and Regional Development, John Okafor, said on Friday that the harbour will reopen.\n\nHe added that the repairs were necessary.\n")
        #expect(document.reportedSpeech.map(\.speaker) == ["John Okafor", "John Okafor"])
    }

    /// "said this while …": a word standing for words said elsewhere, then when, is no content.
    @Test func aDemonstrativeThenATimeClauseReportsNothing() {
        let document = analyze("The mayor said this while touring the harbour on Monday.")
        #expect(document.reportedSpeech.isEmpty)
    }

    /// "said that to cut costs, …": an infinitive of purpose after "that" opens the clause said.
    @Test func anInfinitiveOfPurposeAfterThatOpensTheContent() {
        let document = analyze("The mayor said that to save money, the council will close two pools.")
        #expect(document.reportedSpeech.map(\.text) == ["to save money, the council will close two pools"])
        #expect(analyze("The mayor said that to reporters on Monday.").reportedSpeech.isEmpty)
    }

    /// A negated reporting verb: what was not said is no report.
    @Test(arguments: [
        "The council did not specify what the repairs to the old bridge would cost.",
        "The ferry operator has never said the crossing would be cancelled.",
        "The mayor did not publicly explain how the budget would be balanced.",
    ])
    func aNegatedReportingVerbReportsNothing(text: String) {
        #expect(analyze(text).reportedSpeech.isEmpty)
    }

    /// ", reports NAME news agency." at a sentence's end says where the report came from.
    @Test func aNewsAgencySignOffEndsTheContent() {
        let document = analyze("The governor said the dam would be finished by June, reports the Harbour Post.")
        #expect(document.reportedSpeech.map(\.text) == ["the dam would be finished by June"])
    }

    /// A connective adverb with no commas between a name and its verb: the name still speaks.
    @Test(arguments: [
        ("Jane Roe however insisted that the ferry would run.", "insisted"),
        ("Jane Roe meanwhile said the ferry would run.", "said"),
        ("Jane Roe nevertheless told reporters the ferry would run.", "told"),
    ])
    func aConnectiveAdverbBetweenANameAndItsVerbIsSkipped(text: String, cue: String) {
        let reported = analyze(text).reportedSpeech
        #expect(reported.map(\.text) == ["the ferry would run"])
        #expect(reported.map(\.speaker) == ["Jane Roe"])
        #expect(reported.map(\.cue) == [cue])
    }

    /// A frame after "after" or "before" inside another's report is a report of its own.
    @Test func aFrameInATimeClauseInsideAReportIsItsOwn() {
        let reported = analyze("The harbour board says the ferry will keep running, days after Jane Roe said the service would stop.")
            .reportedSpeech
        let inner = reported.first(where: { $0.text == "the service would stop" })
        #expect(inner?.speaker == "Jane Roe")
        #expect(inner?.cue == "said")
    }

    /// A number after a preposition, between the verb and "that", is part of when or whom.
    @Test(arguments: [
        "The harbour master said in 2019 that the pier was unsafe.",
        "The harbour master told a meeting of 200 fishermen that the pier was unsafe.",
    ])
    func aNumberAfterAPrepositionBeforeThatIsPassedOver(text: String) {
        #expect(analyze(text).reportedSpeech.map(\.text) == ["the pier was unsafe"])
    }

    /// A post in lowercase before "of" a body's name, or "for" someone, is who speaks.
    @Test(arguments: [
        ("The talks had failed, the chairman of the Joint Chiefs of Staff said today.", "chairman of the Joint Chiefs of Staff"),
        ("A spokesman for Jane Roe said the talks had failed.", "spokesman for Jane Roe"),
    ])
    func aPostBeforeOfOrForANameSpeaks(text: String, speaker: String) {
        #expect(analyze(text).reportedSpeech.map(\.speaker) == [speaker])
    }

    /// A frame with nothing after its verb but a comma or the sentence's end is an aside: it
    /// ends the content of a frame before it, even one with no verb of its own.
    @Test(arguments: [
        "Jane Roe spoke on Monday. The ministry expresses deep concern about the blockade, she said.",
        "Jane Roe spoke on Monday. The ministry expresses deep concern about the blockade, she said, adding that talks must resume.",
    ])
    func anAsideFrameEndsAVerblessContent(text: String) {
        let reports = analyze(text).reportedSpeech
        #expect(reports.first?.text == "deep concern about the blockade")
        #expect(!reports.contains { $0.text.contains("she said") })
    }

    /// After an aside frame, ", and" with a verb of no subject of its own goes on with the clause
    /// the aside stands in, for the speaker of the frame before it.
    @Test func aClauseGoesOnPastAnAsideAfterAnd() {
        let reports = analyze("Jane Roe has said many times that the blockade has hurt the port, John Doe added, and brought new costs to shippers.").reportedSpeech
        #expect(reports.map(\.text) == ["the blockade has hurt the port, John Doe added, and brought new costs to shippers"])
        #expect(reports.map(\.speaker) == ["Jane Roe"])
    }

    /// After a long phrase of when or where, or whom for "tell", a "that" with a subject opens
    /// what was said.
    @Test(arguments: [
        ("Jane Roe said on Sunday after her troops were pushed from their last bases that she wanted a truce.", "she wanted a truce"),
        ("Jane Roe told a farm group, the Northern Growers League, Sunday evening that the port should reopen.", "the port should reopen"),
    ])
    func thatAfterALongPhraseOpensTheContent(text: String, content: String) {
        let texts = analyze(text).reportedSpeech.map { String($0.text) }
        #expect(texts == [content])
    }

    /// One common noun right after the verb, ending its clause, is what was said; a noun of
    /// people there is whom, and a feeling expressed alone says nothing.
    @Test(arguments: [
        ("Jane Roe stressed teamwork and encouraged the crews to stay safe.", ["teamwork"]),
        ("Jane Roe has also pledged aid.", ["aid"]),
        ("Jane Roe threatened journalists.", []),
        ("Jane Roe expressed concern.", []),
    ])
    func aBareNounAfterTheVerbIsWhatWasSaid(text: String, contents: [String]) {
        let texts = analyze(text).reportedSpeech.map { String($0.text) }
        #expect(texts == contents)
    }

    /// "They" right after a sentence whose subject lists people in full is those people, as one.
    @Test(arguments: [
        "Jane Roe and John Doe met on Tuesday in Oslo. They reaffirmed that the two countries remain close.",
        "The Minister of Foreign Affairs of the Republic of Ruritania Jane Roe and Secretary of State John Doe met in Oslo. They reaffirmed that the two countries remain close.",
    ])
    func theyAfterPeopleListedIsThemTogether(text: String) {
        #expect(analyze(text).reportedSpeech.map(\.speaker) == ["Jane Roe and John Doe"])
    }

    /// "(JACKSON, Miss.)—Today the Governor declared …, according to X": the dateline opening the
    /// release is no part of what X is the source of.
    @Test func aDatelineIsNoPartOfWhatAccordingToReports() {
        let text = "Storm warning\n\n(JACKSON, Mississippi)—Today the Governor declared an emergency, which may affect "
            + "the whole state according to the National Weather Service.\n\nThe order runs for a week."
        #expect(analyze(text).reportedSpeech.map { String($0.text) }
                == ["Today the Governor declared an emergency, which may affect the whole state"])
    }

    /// "“…,” the minister said, after answering a question": when a quotation was said is no
    /// words going on past its frame; "A, the secretary said, because B" still goes on.
    @Test func whenAQuotationWasSaidIsNoReport() {
        let quoted = analyze("\u{201C}The talks will be held,\u{201D} the minister said, after answering a question.")
        #expect(quoted.reportedSpeech.isEmpty)
        #expect(quoted.quotes.map(\.speaker) == ["minister"])
        let going = analyze("The strategy calls it a \u{201C}threat multiplier,\u{201D} the secretary said, because it worsens many challenges.")
        #expect(going.reportedSpeech.count == 1)
    }

    /// "told the Foreign Affairs and Trade Committee a day ago that …": a body's name joined by
    /// "and" is whom it was told, and the content opens after the "that".
    @Test func aNameWithAndIsWhomItWasTold() {
        let document = analyze("The minister told the Unification, Foreign Affairs and Trade Committee a day ago that the talks would resume soon.")
        #expect(document.reportedSpeech.map { String($0.text) } == ["the talks would resume soon"])
    }

    /// A policy or guidance that says something, and a broadcaster that reports it, speak.
    @Test(arguments: [
        ("The policy says that companies must report their emissions.", ["companies must report their emissions"]),
        ("Local television stations reported that the referendum had passed.", ["the referendum had passed"]),
    ])
    func aTextOrABroadcasterSpeaks(text: String, contents: [String]) {
        #expect(analyze(text).reportedSpeech.map { String($0.text) } == contents)
    }

    /// "…, state Transportation Secretary Jane Roe said": a level of government opening a
    /// trailing frame's subject is the subject's, though "state" is also a verb.
    @Test(arguments: [
        "Traffic is heavier than normal, state Department of Transportation Secretary Christy Hall said.",
        "Traffic is heavier than normal, state spokesman Christy Hall told reporters.",
    ])
    func aLevelOfGovernmentOpensATrailingSubject(text: String) {
        let document = analyze(text)
        #expect(document.reportedSpeech.map { String($0.text) } == ["Traffic is heavier than normal"])
        #expect(document.reportedSpeech.map(\.speaker) == ["Christy Hall"])
    }

    /// "A spokesperson with the Secretary of State's office said": the spokesperson speaks,
    /// as one "for" a body does, not the office.
    @Test func aSpokespersonWithABodySpeaks() {
        let document = analyze("A spokesperson with the Secretary of State's office said their office received new information.")
        #expect(document.reportedSpeech.map(\.speaker) == ["spokesperson with the Secretary of State's office"])
    }

    /// "The paper also reports that": "the" and a noun opening the sentence are the subject of a
    /// word that is often a noun, when "that" follows it.
    @Test func aNounOpeningTheSentenceReportsThat() {
        let document = analyze("The paper also reports that the harbour will reopen in May.")
        #expect(document.reportedSpeech.map { String($0.text) } == ["the harbour will reopen in May"])
        #expect(document.reportedSpeech.map(\.speaker) == ["paper"])
    }

    @Test func theTextAndMarkdownReportsListReportedSpeech() {
        let document = analyze("Jane Roe said the talks had failed.")
        #expect(TextReport.render(document).contains("reported (said): the talks had failed — Jane Roe"))
        let markdown = MarkdownReport.render(document)
        #expect(markdown.contains("### Jane Roe (1 reported)"))
        #expect(markdown.contains("- said: the talks had failed (¶1)"))
    }
}

/// "Officials on the island of Malta said": a place's kind after "on the", then "of" its
/// name, is where the speakers are, and the name is no speaker's.
@Test func aPlaceOfANameAfterAPluralIsNoSpeakersName() {
    let document = analyze("Local officials on the island of Gozo said the ferry would resume service on Monday.")
    #expect(document.reportedSpeech.map(\.text) == ["the ferry would resume service on Monday"])
    #expect(document.reportedSpeech.map(\.speaker) == ["Local officials on the island of Gozo"])
}

/// "Jane Roe, a Treasury official, last week said": a time after the apposition's comma is
/// when, and the name before the apposition is who spoke.
@Test func aTimeAfterAnAppositionsCommaKeepsTheFrame() {
    let document = analyze("Jane Roe, the county clerk, earlier this month told reporters the count would be late.")
    #expect(document.reportedSpeech.map(\.text) == ["the count would be late"])
    #expect(document.reportedSpeech.map(\.speaker) == ["Jane Roe"])
}

/// "No group has claimed responsibility", "Nobody said": a subject naming no one reports
/// nothing, though the same verb after a speaker does.
@Test func aSubjectNamingNoOneReportsNothing() {
    let document = analyze("No group has claimed responsibility for the bombing. Nobody said the road would reopen.")
    #expect(document.reportedSpeech.isEmpty)
}

/// "…, witnesses said": witnesses, in the plural, speak as residents do.
@Test func witnessesSpeakAfterTheirContent() {
    let document = analyze("The convoy was hit near the bridge at dawn, witnesses said.")
    #expect(document.reportedSpeech.map(\.text) == ["The convoy was hit near the bridge at dawn"])
    #expect(document.reportedSpeech.map(\.speaker) == ["witnesses"])
}

/// "The National Directorate of Security", "the Independent Directorate of Local Governance":
/// a directorate is a body, whose name goes on past "of" and keeps its level of government.
@Test func aDirectorateIsABodysName() {
    let document = analyze("""
        The Independent Directorate of Local Governance (IDLG) said the convoy was hit near the bridge.

        National Directorate of Security said the raid ended at dawn.
        """)
    #expect(document.reportedSpeech.map(\.speaker) == ["Independent Directorate of Local Governance", "National Directorate of Security"])
}

/// "In a statement issued on Tuesday, the agency accused …. The statement blamed …": a
/// statement opening the sentence is the subject's, and "the statement" later speaks for it.
@Test func aStatementOpeningTheSentenceIsItsSubjects() {
    let document = analyze("""
        In a statement issued on Tuesday, the ministry condemned the raid on the port.

        The statement blamed the rebels for the raid.
        """)
    #expect(document.reportedSpeech.map(\.cue) == ["condemned", "blamed"])
    #expect(document.reportedSpeech.map(\.speaker) == ["ministry", "ministry"])
}

/// "The ministry issued a statement on Tuesday. The statement said …": the statement a
/// subject issues is theirs, and speaks for them.
@Test func anIssuedStatementSpeaksForItsIssuer() {
    let document = analyze("The ministry issued a statement on Tuesday. The statement said the rebels broke the truce.")
    #expect(document.reportedSpeech.map(\.text) == ["the rebels broke the truce"])
    #expect(document.reportedSpeech.map(\.speaker) == ["ministry"])
}

/// "claiming to be from X": whom something purports to come from, no claim reported.
@Test func claimingToBeFromReportsNothing() {
    let document = analyze("The ministry issued a statement. The statement, claiming to be from the army, reads: “We will not stop.”")
    #expect(!document.reportedSpeech.contains { $0.cue == "claiming" })
}
