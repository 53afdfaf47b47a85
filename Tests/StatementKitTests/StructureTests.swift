import Testing
@testable import StatementKit

/// A release's parts, title, date, place and issuer, on invented releases: one row per part
/// kind and per form of date, place and issuer. Adding a cue to `PartCues` adds a row here.
@Suite("Statement structure")
struct StructureTests {
    /// A paragraph whose first bytes hold no line (a fuzzer's input) opens no transcript turn.
    @Test func aShapeWithNoLineOpensNoTurn() {
        #expect(!StructureFinder.opensATurn(ParagraphShape(" \n \n")))
        #expect(StructureFinder.opensATurn(ParagraphShape("MS. JANE ROE: Thank you all. We are glad to be here today.")))
    }

    /// A paragraph of only bars and spaces (a table's rule) can stand anywhere in a release:
    /// at each place of a head and a foot the finder reads it as an empty line.
    @Test func aParagraphOfBarsStandsAnywhere() {
        let release = [
            "FOR IMMEDIATE RELEASE", "Agency Opens New Office", "Staff Will Serve Three Counties",
            "March 3, 2025", "SPRINGFIELD, Ill. -- The agency opened an office today.",
            "\"We are glad,\" said Director Ann Lee.", "Media contact:", "Jo Bell, 555-0100, jo@example.org",
            "About the Agency", "The agency serves the state.", "###",
        ]
        for place in release.indices {
            for odd in ["|", "| |\n|", "\u{A0}", "\u{A0}\n|", String(repeating: " ", count: 700) + "Agency"] {
                var paragraphs = release
                paragraphs[place] = odd
                let document = analyze(paragraphs.joined(separator: "\n\n"))
                #expect(document.paragraphs.count >= release.count - 1)
            }
        }
        #expect(ParagraphShape("| |\n|").lines == ["| |"])
        #expect(ParagraphShape("| |\n|").everyLineOpens(with: PartCues.trail))
        #expect(ParagraphShape(Substring(String(repeating: " ", count: 700) + "Agency")).lines == ["Agency"])
    }

    /// The kinds of a text's paragraphs, body included.
    static func kinds(_ text: String) -> [StatementPart.Kind] {
        let document = analyze(text)
        return document.paragraphs.indices.map { document.structure.kind(ofParagraph: $0) }
    }

    /// A long text with no head is no release: two short lines between its paragraphs are
    /// read as its body, not as section titles (a release with no head is read so only up to
    /// `StructureFinder.releaseLength` paragraphs).
    @Test func aLongTextWithNoHeadIsNotSetOutInSections() {
        let prose = Array(repeating: Self.body, count: StructureFinder.releaseLength + 10).joined(separator: "\n\n")
        let text = "\(Self.body)\n\nWhat you should do\n\n\(Self.body)\n\nWhere to find help\n\n\(prose)"
        let kinds = Self.kinds(text)
        #expect(kinds.count == StructureFinder.releaseLength + 14)
        #expect(!kinds.contains(.subheadline))
    }

    /// A short question on a line of its own heads the answer below it; one in quotation
    /// marks is someone's words, the body's.
    @Test func aQuestionHeadsTheSectionBelowIt() {
        let head = "Agency Urges Care on the Water\n\n\(Self.body)\n\n"
        #expect(Self.kinds(head + "Who is most at risk?\n\n\(Self.body)") == [.headline, .body, .subheadline, .body])
        #expect(Self.kinds(head + "“Who is most at risk?”\n\n\(Self.body)") == [.headline, .body, .body, .body])
    }

    /// A sentence of a few words may end a section: the short title under it heads the next.
    @Test func aShortSentenceEndsTheSectionAboveATitle() {
        let text = "Agency Urges Care on the Water\n\n\(Self.body)\n\nAsk the lifeguard on duty.\n\nWhere to swim safely\n\n\(Self.body)"
        #expect(Self.kinds(text) == [.headline, .body, .body, .subheadline, .body])
    }

    struct PartRow: CustomTestStringConvertible, Sendable {
        var text: String
        var kinds: [StatementPart.Kind]
        var testDescription: String { String(text.prefix(40)) }
    }

    static let body = "The agency welcomed the agreement and said it would support its work in the region."

    @Test(arguments: [
        PartRow(text: "FOR IMMEDIATE RELEASE\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)", kinds: [.release, .headline, .body]),
        PartRow(text: "Media Advisory M-12-044\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)", kinds: [.release, .headline, .body]),
        // A disclaimer under the release is the site's.
        PartRow(text: "Council to plant trees this winter\n\n\(body)\n\n\(body)\n\nDisclaimer: This release is provided as a public service.",
                kinds: [.headline, .body, .body, .trail]),
        // A political release's authorisation line at the foot is the page's.
        PartRow(text: "Council to plant trees this winter\n\n\(body)\n\n\(body)\n\nAuthorised by Jane Roe MP, Riverton.",
                kinds: [.headline, .body, .body, .trail]),
        // A wire's media under the release: a label and its address; a sentence ending in one is body.
        PartRow(text: "Council to plant trees this winter\n\n\(body)\n\n\(body)\n\nPhoto - https://media.rivers.example/123/trees.jpg",
                kinds: [.headline, .body, .body, .trail]),
        PartRow(text: "Council to plant trees this winter\n\n\(body)\n\n\(body)\n\nResidents can read the full plan at www.rivers.example",
                kinds: [.headline, .body, .body, .body]),
        // A wire's link to its copy and a page's publishing date at the foot are the page's.
        PartRow(text: "Council to plant trees this winter\n\n\(body)\n\n\(body)\n\n"
                    + "View original content: https://www.rivers.example/news/2024-03-12",
                kinds: [.headline, .body, .body, .trail]),
        PartRow(text: "Council to plant trees this winter\n\n\(body)\n\n\(body)\n\nDate published: 2024-03-12",
                kinds: [.headline, .body, .body, .trail]),
        // Notes to editors set under the end mark are notes still, not the page's trail.
        PartRow(text: "Council to plant trees this winter\n\n\(body)\n\nENDS\n\nNotes to editors\n\n"
                    + "1. The planting is paid for by the 2023 budget.",
                kinds: [.headline, .body, .endMark, .editorNote, .editorNote]),
        // A standfirst naming its document is one sentence whatever abbreviations stop inside it.
        PartRow(text: "PRESS RELEASE : Ruling on river fees [May 2025]\n\nThe press release issued by the Department of Rivers on 9 May 2025.\n\n"
                    + "A statement from the department on the ruling in Lake Co. Ltd. and others vs. River Board.\n\n\(body)\n\n\(body)",
                kinds: [.headline, .release, .subheadline, .body, .body]),
        // A GOV.UK copy keeps the page's one-sentence summary under its line; a release from before
        // 2012 has none, and a lede that credits its news ends on its reporting verb.
        PartRow(text: "PRESS RELEASE : Boats on the river [May 2025]\n\nThe press release issued by the Department of Rivers on 9 May 2025.\n\n"
                    + "All boat owners should now register their boats as new rules come into force today (9 May).\n\n\(body)\n\n\(body)",
                kinds: [.headline, .release, .subheadline, .body, .body]),
        // A readout's first sentence that the next paragraph goes on from ("They …") starts its body.
        PartRow(text: "PRESS RELEASE : Minister call with the Mayor [May 2025]\n\nThe press release issued by the Department of Rivers on 9 May 2025.\n\n"
                    + "The Minister for Rivers spoke to the Mayor of Riverton this morning.\n\nThey discussed the floods and the works to come.\n\n\(body)",
                kinds: [.headline, .release, .body, .body, .body]),
        PartRow(text: "PRESS RELEASE : Boats on the river\n\nThe press release issued by the Department of Rivers on 9 May 2010.\n\n"
                    + "All boat owners should now register their boats as new rules come into force today (9 May).\n\n\(body)\n\n\(body)",
                kinds: [.headline, .release, .body, .body, .body]),
        PartRow(text: "PRESS RELEASE : Boats on the river [May 2025]\n\nThe press release issued by the Department of Rivers on 9 May 2025.\n\n"
                    + "Boat registrations rose most on the river last year, the Department of Rivers has announced.\n\n\(body)\n\n\(body)",
                kinds: [.headline, .release, .body, .body, .body]),
        // The hour a release may be printed; the feed's line in capitals; more kinds of release.
        PartRow(text: "FOR RELEASE AT 10:00 A.M. EST\n\nCouncil to plant trees this winter\n\n\(body)", kinds: [.release, .headline, .body]),
        PartRow(text: "NEWS FROM THE DEPARTMENT OF RIVERS\n\nCouncil to plant trees this winter\n\n\(body)", kinds: [.release, .headline, .body]),
        PartRow(text: "Notice to media\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)", kinds: [.release, .headline, .body]),
        PartRow(text: "EMBARGOED UNTIL 00:01 BST 4 June\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)",
                kinds: [.release, .headline, .body]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\nBy Jane Roe, Staff Writer\n\n\(body)", kinds: [.headline, .byline, .body]),
        // The other words a site sets before its writer's name; a name and a post with no "By".
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\nStory and photos by Sgt. Jane Roe\n\n\(body)", kinds: [.headline, .byline, .body]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\nWritten by Jane Roe\n\n\(body)", kinds: [.headline, .byline, .body]),
        // The words as a label, a colon after them.
        PartRow(text: "Council to plant trees this winter\n\nPosted by: Jane Roe\n\n\(body)", kinds: [.headline, .byline, .body]),
        PartRow(text: "Council to plant trees this winter\n\nJane Roe, Staff Writer\n\n12 March 2024\n\n\(body)",
                kinds: [.headline, .byline, .dateline, .body]),
        // Capitalised words under the headline that name no person, post or body: its deck, no byline.
        PartRow(text: "Message from the Honourable Jane Roe, Minister of Rivers\n\nRiver Safety Awareness Week\n\nOctober, 2011\n\n\(body)",
                kinds: [.headline, .subheadline, .dateline, .body]),
        PartRow(text: "Telebriefing on River Levels for the Current Season\n\nRBA Announces National River Safety Week, Dec. 4-10\n\n\(body)",
                kinds: [.headline, .subheadline, .body]),
        // A byline in lower case, and a writer's byline over its date: the byline still.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\nby River Valley Authority\n\nJune 29, 2011\n\n\(body)",
                kinds: [.headline, .byline, .dateline, .body]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\nBy Jane Roe, River Valley Authority\nSeptember 6, 2017\n\n\(body)",
                kinds: [.headline, .byline, .body]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\nJune 3, 2021\n\n\(body)", kinds: [.headline, .dateline, .body]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\nContact: Jane Roe, 202-555-0100\n\n\(body)",
                kinds: [.headline, .contact, .body]),
        // Site furniture above the release; an office and its number alone at the foot.
        PartRow(text: "Jump to main content.\n\nNewsroom\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)",
                kinds: [.trail, .trail, .headline, .body]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nMinister's office - 6552 5500",
                kinds: [.headline, .body, .body, .contact]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\nContacts\n\nMedia Relations\n819-994-9101\n\n"
                    + "Follow us on Twitter: @CdnHeritage",
                kinds: [.headline, .body, .contact, .contact, .contact]),
        // A title and a deck ending in stops, over a minister's name and office and the page's empty fields.
        PartRow(text: "Transcript of a doorstop interview at the harbour, Sydney.\n\nTranscript of the Minister for Rivers, "
                    + "Jane Roe, at the harbour on 3 June 2021.\n\nThe Hon Jane Roe MP\nFormer Minister for Rivers\n\n"
                    + "Media event date:\nDate published:\nMedia type:\nGeneral public\n\n\(body)",
                kinds: [.headline, .subheadline, .byline, .release, .body]),
        // A minister's long post under the name with honours; a reposting site's credit at the foot.
        PartRow(text: "Department of Rivers\n\nThe Hon Jane Roe MP\n\nMinister for Rivers, Lakes, Water, Fisheries, Population and Communities\n\n"
                    + "Agency welcomes ceasefire agreement\n\nThe ceasefire agreed in the valley today is a step towards peace.\n\n"
                    + "\(body)\n\n/Public Release. View in full here.",
                kinds: [.release, .byline, .byline, .headline, .body, .body, .trail]),
        // A government site's banner and its archive notice over the headline; a date under its label.
        PartRow(text: "US flag Official website of the Department of Rivers\n\nArchived Content\n\n"
                    + "In an effort to keep current, the archive contains content from a previous administration or is otherwise outdated.\n\n"
                    + "Agency Notes Rise in Flood Claims\n\nRelease Date:\nJanuary 9, 2017\n\n\(body)",
                kinds: [.trail, .trail, .trail, .headline, .dateline, .body]),
        // A letterhead with a long name, over its release line: the headline is the line below.
        PartRow(text: "Ministry of Foreign Affairs of the Republic of Ruritania\n\nPress Release\n\n"
                    + "Ministry Condemns Attack on Embassy\n\n\(body)",
                kinds: [.release, .release, .headline, .body]),
        // After the end mark, the prose under an "About …" heading is the boilerplate it heads.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n-ENDS-\n\nAbout the Department of Rivers\n\n"
                    + "The Department of Rivers looks after the nation's rivers, lakes and canals, and works with communities.",
                kinds: [.headline, .body, .endMark, .boilerplate, .boilerplate]),
        // A link to the page's file, with its size, under the first paragraph is the page's furniture.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\nPrintable version of the agreement (PDF 120 KB)\n\n\(body)\n\n\(body)",
                kinds: [.headline, .body, .trail, .body, .body]),
        // GOV.UK's label of a campaign's page is its release line.
        PartRow(text: "Campaign\n\nFlood Week: Protect your home – and your business\n\n\(body)", kinds: [.release, .headline, .body]),
        // GOV.UK's labels of a page's kind are release lines too.
        PartRow(text: "Statement from the Rivers Secretary on flooding\n\nGovernment response\n\n\(body)", kinds: [.headline, .release, .body]),
        PartRow(text: "Oral statement to Parliament\n\nFlood response in the valley\n\n\(body)", kinds: [.release, .headline, .body]),
        // A kind of release and who sent it out, under the headline.
        PartRow(text: "Put the rivers first, minister urges anglers\n\nDEPARTMENT FOR RIVERS News Release (037/2008) issued by "
                    + "The Government News Network on 21 April 2008\n\n\(body)", kinds: [.headline, .release, .body]),
        // A typed head's columns on one line, one of them a release line.
        PartRow(text: "Department of Rivers     For Immediate Release          Aug. 27, 2012\n\nStatement by Secretary Jane Roe on River Week"
                    + "\n\n\(body)", kinds: [.release, .headline, .body]),
        // A release cue inside a line set off by asterisks.
        PartRow(text: "**RIVER AGENCY MEDIA ADVISORY**\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)", kinds: [.release, .headline, .body]),
        // A release number as the last line.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\nThe ceasefire agreed in the valley today is a step towards peace.\n\n"
                    + "\(body)\n\n\(body)\n\nPRN: 2011/162",
                kinds: [.headline, .body, .body, .body, .release]),
        // Fields of the head set one a paragraph, each value under its label.
        PartRow(text: "Agency Reminds Public of Fire Danger\n\nAgency Office:\n\nRiver State Office\n\nMedia Contact:\n\n"
                    + "Jane Roe\n\n\(body)",
                kinds: [.headline, .byline, .byline, .contact, .contact, .body]),
        // A contact block among the last body paragraphs, its heading with it; a dial-in's numbers are not one.
        PartRow(text: "Agency Hosts Forum on River Safety\n\n\(body)\n\nForum contact information --\n\n"
                    + "Mail: River Forum, 45 Quay Road, Riverton.\nTelephone: (571) 223-3900\n\nDirections are on the agency's web site.",
                kinds: [.headline, .body, .contact, .contact, .body]),
        PartRow(text: "Agency Hosts Forum on River Safety\n\n\(body)\n\nDial-In\n\nMedia: 800-857-9756\nInternational: 1-212-287-1850\n\n"
                    + "Please dial in fifteen minutes before the start.",
                kinds: [.headline, .body, .body, .body, .body]),
        // A label heading the contacts; a site's search box and what follows it are the trail.
        PartRow(text: "Agency Hosts Forum on River Safety\n\n\(body)\n\nInformation:\n\nJane Roe\nOffice of the Minister\n613-998-5681\n\n"
                    + "Search for related information by keyword\n\nHon. Jane Roe River Agency Government and Politics",
                kinds: [.headline, .body, .contact, .contact, .trail, .trail]),
        // A headline that names a statement and its day is no date line.
        PartRow(text: "Thursday, April 28, 2011\n\nUS Embassy Statement on April 27 Events\n\nApril 28, 2011\n\n\(body)",
                kinds: [.dateline, .headline, .dateline, .body]),
        // Two sentences are body, whatever stands under them.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\nFollowing are the developments. Call the contact.\n\n"
                    + "FOR IMMEDIATE RELEASE\n\n\(body)",
                kinds: [.headline, .body, .body, .body]),
        // One sentence under the headline that says what the document is, its standfirst; a lede
        // that opens with its dateline is body.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\nJoint statement from the Governments of Arland and Brenia on the valley.\n\n\(body)",
                kinds: [.headline, .subheadline, .body]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\nGENEVA — A statement from the agency on the valley was given today.\n\n\(body)",
                kinds: [.headline, .body, .body]),
        // A release with no head whose body opens with its dateline: a short title between prose heads a section.
        PartRow(text: "RIVERTON, June 3, 2021 - \(body)\n\n\(body)\n\nQuotes\n\n\"We welcome the agreement and the work it makes possible,\" said Jane Roe.",
                kinds: [.body, .body, .subheadline, .body]),
        // Social lines under the contacts close them; a page's feedback prompt is its furniture.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\nContacts\n\nMedia Relations\n819-994-9101\n\n"
                    + "Follow us on Twitter: @RiverAgency\nLike us on Facebook: River Agency",
                kinds: [.headline, .body, .contact, .contact, .contact]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nWas this information useful?",
                kinds: [.headline, .body, .body, .trail]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nFor more information, please contact the "
                    + "Embassy Press Section: Jane Roe, Media Assistant, +211 0912 152994",
                kinds: [.headline, .body, .body, .contact]),
        // A body's mission, said among the last paragraphs, is its boilerplate.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nUnder the River Act, owners must keep their "
                    + "banks clear. The agency’s role is to help them do so.\n\n# # #",
                kinds: [.headline, .body, .body, .boilerplate, .endMark]),
        // A site's block titles over the headline are its furniture.
        PartRow(text: "Main navigation\n\nSearch form\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)",
                kinds: [.trail, .trail, .headline, .body]),
        // A date, a place that names the land it stands on, and the issuing body, parted by dashes.
        PartRow(text: "New funding for river safety in Riverton\n\nNews release\n\nJune 16, 2021 — Riverton, Traditional unceded "
                    + "Riverine Territory, Ontario — River Services Canada\n\n\(body)",
                kinds: [.headline, .release, .dateline, .body]),
        // A sentence its dateline opens, however short, is body.
        PartRow(text: "Minister Jane Roe shares a message with Canadians for River Day\n\nRIVERTON, ON, July 1, 2024 /CNW/ - Happy River Day!"
                    + "\n\n\(body)",
                kinds: [.headline, .body, .body]),
        // A headline may open with the quotation it reports, its speaker after it.
        PartRow(text: "“Wear a Life Jacket!” River safety staff urges\n\n\(body)", kinds: [.headline, .body]),
        // A date under a publishing label dates the release in the head; at the foot it is furniture.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\nLast updated: 2020-06-22\n\n\(body)\n\nPublished 21 January 2021",
                kinds: [.headline, .dateline, .body, .trail]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nAccess Code: 3723839#",
                kinds: [.headline, .body, .body, .body]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\nJane Roe\nPress Office, Geneva\n+41 22 555 01 00\n\n\(body)",
                kinds: [.headline, .contact, .body]),
        PartRow(text: "\(body)\n\nNotes to editors\n\nThe agency was founded in 1950.", kinds: [.body, .editorNote, .editorNote]),
        PartRow(text: "\(body)\n\nAbout the Agency: The Agency works for peace.\n\n###", kinds: [.body, .boilerplate, .endMark]),
        PartRow(text: "Press Release\n\nFor Immediate Release\nJanuary 22, 2007\n\nWashington D.C.\nAgency Press Office\n(202) 555-0100\n\n"
                    + "Agency Response to the Review of the Agency's Initial\nResponse to the Floods\n\n\(body)\n\nCheck against delivery!",
                kinds: [.release, .release, .contact, .headline, .body, .release]),
        PartRow(text: "Floods in the valley\n\nCheck against delivery!\n\n\(body)\n\nMedia enquiries\n\n"
                    + "  • Minister's office: (02) 5550 7840\n  • Agency Media Liaison: (02) 5551 1555",
                kinds: [.headline, .release, .body, .contact, .contact]),
        PartRow(text: "Disaster press release CA 17757-19\n\nAgency Centre to Close in Danville\n\n\(body)\n\nSource link\n\nLeave a Reply\n\n"
                    + "Your email address will not be published. Required fields are marked *",
                kinds: [.release, .headline, .body, .trail, .trail, .trail]),
        PartRow(text: "\(body)\n\nAgency News Release:\nContact Name:\n\nJane Roe\n\nPhone Number:\nRelease Number:",
                kinds: [.body, .contact, .contact, .contact]),
        PartRow(text: "\(body)\n\nMedia Relations\nRiver Agency\n613-555-0100\n\nNorthern Region\n\nJane Roe\n613-555-0101",
                kinds: [.body, .contact, .contact, .contact]),
        PartRow(text: "Floods in the valley\n\n\(body)\n\nSource\n\nBriefing Room", kinds: [.headline, .body, .trail, .trail]),
        PartRow(text: "News Release\n\nPlease note: As of January 20, 2017, some releases may be out of date.\n\nStatement on the Floods by Director Jane Roe\n\n\(body)",
                kinds: [.release, .trail, .headline, .body]),
        // A snapshot's notice over the page's labels: the head goes on under it to the headline.
        PartRow(text: "This is not the current Agency website. To navigate to the current Agency website, please go to the home page. "
                    + "This website is historical material reflecting the Agency website as it existed on January 19, 2021. "
                    + "It is no longer updated and links to external websites and some internal pages may not work. More information »\n\n"
                    + "News Releases\n\nRiver Agency Week In Review\n\nContact Information:\nAgency Press Office\n\n\(body)",
                kinds: [.trail, .release, .headline, .contact, .body]),
        // An archive's notice of several sentences, bylines of a name over an office, then the
        // headline in sentence case; a link label under the release line.
        PartRow(text: "Much of the material listed on these archived web pages has been superseded, or served a particular "
                    + "purpose at a particular time. It may contain references to activities or policies that have no current "
                    + "application. Many archived pages link to other sites which may also have changed.\n\n"
                    + "The Hon Jane Roe AM MP\nMinister for the Environment, Heritage and the Arts\n\n"
                    + "Ms Kat Doe\nManager, Threatened Species Network\n\n"
                    + "Threatened species - it's time to take action\n\nJoint Media release\n5 September 2008\n\n"
                    + "Download the PDF\n\n\(body)",
                kinds: [.trail, .byline, .byline, .headline, .release, .trail, .body]),
        // A mailed bulletin: its kind "from" a body, the mail's furniture, the body's name over its
        // office, place and web address, the release block, the headline again.
        PartRow(text: "U.S. Department of Rivers Reminds Employers of Important Protections in Summer Heat\n\n"
                    + "Trade Release from RSA\n\nHaving trouble viewing this email? View it as a Web page.\n\n"
                    + "U.S. Department of Rivers\nRiver Safety Administration\nOffice of Communications\nWashington, D.C.\nwww.rsa.gov\n\n"
                    + "For Immediate Release\nJune 30, 2020\nContact: Office of Communications\nPhone: 202-693-1999\n\n"
                    + "U.S. Department of Rivers Reminds Employers of Important Protections in Summer Heat\n\n\(body)",
                kinds: [.headline, .release, .trail, .release, .contact, .headline, .body]),
        // A body's name over its emblem is the letterhead; a dated archive warning is the site's.
        PartRow(text: "River Canada\nSymbol of the Government of Canada\nAbout River Canada\n\n"
                    + "Message from the Honourable Jane Roe, Minister of Rivers\n\n"
                    + "Warning This content was archived on June 24, 2013.\n\nArchived Content\n\n\(body)",
                kinds: [.release, .headline, .trail, .trail, .body]),
        PartRow(text: "This content relates to a former minister\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)",
                kinds: [.trail, .headline, .body]),
        // "Press Room" over the date is the site's label.
        PartRow(text: "Press Room\n\nJanuary 29, 2008\n\nStatement by Secretary Roe on House Passage\nof the Budget\n\n\(body)",
                kinds: [.trail, .dateline, .headline, .body]),
        // A body's name and "Statement" is a headline; "NASA Press Release" is a release line.
        PartRow(text: "U.S. Embassy Statement\n\n\(body)", kinds: [.headline, .body]),
        // A body's name and the kind of its feed, with the feed's date, is a release line.
        PartRow(text: "Department of River Security News\nFeb 23, 2018\n\nRiver Statement on the Floods\n\n\(body)",
                kinds: [.release, .headline, .body]),
        // A site's note over the release it reposts, under the title given twice.
        PartRow(text: "Agency Ensures Smooth Transition\n\nAgency Ensures Smooth Transition\n\n"
                    + "The following press release was published by the Agency on Nov. 6, 2008. It is reproduced in full below.\n\n\(body)",
                kinds: [.headline, .headline, .trail, .body]),
        // A link marked with "»", an image left out, a language list, over a letterhead broken after "OF".
        PartRow(text: "Other available languages: FR DE DA ES NL IT SV PT FI EL\n\n[Graphic in PDF & Word format]\n\n"
                    + "COUNCIL OF\nTHE RIVER UNION\n\nPRESS RELEASE\n\n2744th Council Meeting\n\n» More Information on the Floods\n\n\(body)",
                kinds: [.trail, .trail, .release, .release, .headline, .trail, .body]),
        // So is one over a block of release codes, which no release cue opens.
        PartRow(text: "[Graphic in PDF & Word format]\n\nCOUNCIL OF\nTHE RIVER UNION\n\nEN\nC/06/219\n11575/06 (Presse 219)\n\n"
                    + "2744th Council Meeting\n\n\(body)",
                kinds: [.trail, .release, .release, .headline, .body]),
        // Before the end mark, a body that says what it does is boilerplate; a person's story or
        // an event's is still the body.
        PartRow(text: "\(body)\n\nDeputy Secretary Roe was confirmed by the Senate on April 4, 2017.\n\n# # #",
                kinds: [.body, .body, .endMark]),
        PartRow(text: "\(body)\n\nThe Energy Conference presents a platform for businesses to discuss energy.\n\n-30-",
                kinds: [.body, .body, .endMark]),
        // A contact set one line a paragraph under the end mark.
        PartRow(text: "\(body)\n\n- 30 -\n\nMedia Enquiries:\n\nJane Roe\n\nMedia Relations Advisor\n\nRiver Agency\n\n(613) 992-7468",
                kinds: [.body, .endMark, .contact, .contact, .contact, .contact, .contact]),
        PartRow(text: "\(body)\n\n-ENDS-\n\nTo unsubscribe, send a message to the list.", kinds: [.body, .endMark, .trail]),
        PartRow(text: "\(body)\n\n– 30 –", kinds: [.body, .endMark]),
        PartRow(text: "\(body)\n\n[ENDS]", kinds: [.body, .endMark]),
        PartRow(text: "\(body)\n\nJane Roe, spokesperson, 202-555-0100", kinds: [.body, .contact]),
        PartRow(text: "\(body)\n\nShare this page\n\nPublished 3 June 2021\n\nLast updated 4 June 2021", kinds: [.body, .trail, .trail, .trail]),
        PartRow(text: "\(body)\n\nRelated links\n\nCeasefire talks resume\n\nAgency annual report", kinds: [.body, .trail, .trail, .trail]),
        PartRow(text: "\(body)\n\nMedia contact:\nJane Roe, 202-555-0100", kinds: [.body, .contact]),
        // A contact's labelled fields, each a paragraph of its own.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nEmail: jane.roe@agency.example.org",
                kinds: [.headline, .body, .body, .contact]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nMob: 07700 900123",
                kinds: [.headline, .body, .body, .contact]),
        // A site's controls and footer links, above the release or below it.
        PartRow(text: "Search\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)", kinds: [.trail, .headline, .body]),
        PartRow(text: "Toggle navigation\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)", kinds: [.trail, .headline, .body]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nPrivacy policy\n\nAccessibility",
                kinds: [.headline, .body, .body, .trail, .trail]),
        // A headline with the site's furniture under it is a head, though a short line the cues do not know follows.
        PartRow(text: "Ceasefire Talks Resume in the Spring\n\nMain menu\n\nclear answers for every traveller\n\n\(body)",
                kinds: [.headline, .trail, .body, .body]),
        // A line in which the site speaks of itself is its notice, above the release or below it.
        PartRow(text: "Please note that this website offers a text-only version.\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)",
                kinds: [.trail, .headline, .body]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nThis page is reviewed every year by the web team.",
                kinds: [.headline, .body, .body, .trail]),
        // Under the date, the press team that sent it, in sentence case: still the head's date line.
        PartRow(text: "Rivers: Statement by the Spokesperson on the floods\n\n15.04.2023\nPress and information team of the "
                    + "Delegation to Riverland\n\n\(body)\n\n\(body)",
                kinds: [.headline, .dateline, .body, .body]),
        // A page's summary between its title and the line saying when and by whom it was published;
        // that line, naming its source, is a release line (a date alone would be a date line).
        PartRow(text: "Drivers urged to check their tyres before the holidays\n\nAs the holidays begin, the agency asks drivers to "
                    + "check their tyres.\n\nPublished 15 July 2019 From: Roads Agency\n\n\(body)",
                kinds: [.headline, .subheadline, .release, .body]),
        // A page set out in sections opens, under the head's last line, with its first section's title.
        PartRow(text: "Ceasefire Talks Resume in the Spring\n\nNews release\n\nOverview\n\n\(body)\n\n\(body)",
                kinds: [.headline, .release, .subheadline, .body, .body]),
        // A section's title over a bulleted list, or under one, heads its section as it does between prose.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\nWhat you can do\n\n• check the river level\n• sign up for warnings"
                    + "\n\nWhat the agency is doing\n\n\(body)\n\n\(body)",
                kinds: [.headline, .body, .subheadline, .body, .subheadline, .body, .body]),
        // After the body, a line whose label the cues do not know, over a number: whom to contact.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nOut of hours: 07700 900123",
                kinds: [.headline, .body, .body, .contact]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nMedia questions: Jane Roe, 202-555-0100",
                kinds: [.headline, .body, .body, .contact]),
        // A sentence after the body telling the press whom to call; one that says when to call in does not.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nReporters may contact Jane Roe at 202-555-0100.",
                kinds: [.headline, .body, .body, .contact]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nReporters may call in at 202-555-0100, passcode 4471.",
                kinds: [.headline, .body, .body, .body]),
        // A post, a name and a number after the body, with no cue word: whom to contact.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nSpokesperson\nJane Roe\n020 7946 0000",
                kinds: [.headline, .body, .body, .contact]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\nPress Officer: Jane Roe\n020 7946 0000\n\n\(body)",
                kinds: [.headline, .body, .contact, .body]),
        // A list of pointers in the body stays body, though its first line reads like a trail.
        PartRow(text: "\(body)\n\n• Learn more about the agency.\n• Visit the agency's website.\n\n###", kinds: [.body, .body, .endMark]),
        PartRow(text: "For Immediate Release: June 3, 2021\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)", kinds: [.release, .headline, .body]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\nMonitors will be in place within a week.\n\nGENEVA – \(body)",
                kinds: [.headline, .subheadline, .body]),
        PartRow(text: "\(body)\n\nPrint\n\nShare\n\nwww.agency.example", kinds: [.body, .trail, .trail, .trail]),
        // The page's share and follow buttons, a network's name a line or a row of them, end the page.
        PartRow(text: "\(body)\n\nConnect with us\n\nFacebook\nX\nInstagram\nYouTube", kinds: [.body, .trail, .trail]),
        PartRow(text: "\(body)\n\n\(body)\n\nFacebook Instagram WhatsApp", kinds: [.body, .body, .trail]),
        // A newsroom's or a blog's labels under the post: its tags, its list of other posts, a way back.
        PartRow(text: "\(body)\n\n\(body)\n\nTagged: rivers, floods\n\nComments are closed.", kinds: [.body, .body, .trail, .trail]),
        PartRow(text: "\(body)\n\n\(body)\n\nRecent News\n\nAgency opens new office\n\nFlood season begins early",
                kinds: [.body, .body, .trail, .trail, .trail]),
        PartRow(text: "\(body)\n\n\(body)\n\nReturn to the newsroom", kinds: [.body, .body, .trail]),
        // An office's name in capitals above the headline; a release number over its date.
        PartRow(text: "THE AGENCY\n\nFOR IMMEDIATE RELEASE\n\nStatement by the Director on the Ceasefire\n\n\(body)",
                kinds: [.release, .release, .headline, .body]),
        PartRow(text: "SG/SM/12345\n3 June 2021\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)\n\n* *** *\n\nFor information media.",
                kinds: [.release, .headline, .body, .endMark, .trail]),
        PartRow(text: "\(body)\n\nAbout Acme Corp.\nAcme Corp. makes rain gauges.\n\nSOURCE Acme Corp.", kinds: [.body, .boilerplate, .trail]),
        // A block of head lines: the kind of its main line.
        PartRow(text: "FROM: THE AGENCY\nAgency Welcomes Ceasefire Agreement\nBy Jane Roe\n\n\(body)", kinds: [.headline, .body]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\nJune 3, 2021\nGeneva, Switzerland\n\n\(body)", kinds: [.headline, .dateline, .body]),
        // Page furniture and a series line above the headline.
        PartRow(text: "Other available languages: none\n\nAgency - Daily News\n\nBrussels, 30 June 2015\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)",
                kinds: [.trail, .release, .dateline, .headline, .body]),
        // A mailed bulletin: subject line, sending date, release label, office, the headline again.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\nThe Agency sent this bulletin at 06/26/2019 04:42 PM EDT\n\n| News Release |\n\n"
                    + "Agency Field Office Hawaii and the Pacific |\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)",
                kinds: [.headline, .dateline, .release, .byline, .headline, .body]),
        // A typed release: its items set in columns, a page title above them.
        PartRow(text: "#12: 08-12-96 - Agency Acts\nFOR IMMEDIATE RELEASE        ENR\nMONDAY, AUGUST 12, 1996        (202) 555-0100\n"
                    + "*** MEDIA ADVISORY ***\n\nAGENCY ACTS TO PROTECT THE PARK\n\n\(body)", kinds: [.release, .headline, .body]),
        PartRow(text: "NTSB Advisory\nNational Transportation Safety Board\n\n\(body)", kinds: [.release, .body]),
        // A repost's title holding the headline, which the release gives again under its lines.
        PartRow(text: "AGENCY – JOINT MEDIA RELEASE – NEW FUNDING FOR SCHOOLS – 29 MARCH 2020\n\nThe Hon. Jane Roe MP\nMinister for Education\n\n"
                    + "JOINT MEDIA RELEASE\n\nSunday 29 March 2020\n\nNEW FUNDING FOR SCHOOLS\n\n\(body)",
                kinds: [.headline, .byline, .release, .dateline, .headline, .body]),
        // The mail a release came in; a release line with a column of contacts beside it.
        PartRow(text: "From: press@agency.example\nTo: list@agency.example\nSubject: Media Advisory: Briefing\nDate: March 3, 2020\n\n"
                    + "Agency Media Briefing: Update on Floods\n\n\(body)", kinds: [.trail, .headline, .body]),
        PartRow(text: "***UPDATE TO MEDIA ADVISORY***\n***NOTE TIME CHANGES***\n\nFor Immediate Release Contact: Joe Roe, (202) 555-0100\n"
                    + "December 10, 1997 Liz Doe, (202) 555-0101\n\nSECRETARY TO SPEAK AT EVENT\n\n\(body)",
                kinds: [.release, .release, .headline, .body]),
        PartRow(text: "\(body)\n\n###\n\nAbout the Agency\n\nTo subscribe, write to the list.", kinds: [.body, .endMark, .boilerplate, .trail]),
        PartRow(text: "Agency Holds Forums\n\nPosted 3/2/2012\n\n\(body)", kinds: [.headline, .dateline, .body]),
        // A joint ministerial release: marking, ministers and their offices, label, date, headline.
        PartRow(text: "UNCLASSIFIED\n\nTHE HON JANE ROE MP\n\nPrime Minister\n\nJOINT MEDIA RELEASE\n\nWednesday, 1 May 2019\n\n"
                    + "New projects to get commuters home sooner\n\n\(body)",
                kinds: [.release, .byline, .byline, .release, .dateline, .headline, .body]),
        PartRow(text: "For Immediate Release\n\nOctober 12, 2001\nContact: Jane Roe\nPhone: (907) 555-0100\n\n\(body)",
                kinds: [.release, .contact, .body]),
        PartRow(text: "No. 053-P May 22, 2003\n\nAgency Announces Briefings\n\n\(body)", kinds: [.release, .headline, .body]),
        PartRow(text: "\(body)\n\nMedia Relations\n\nDepartment of National Defence\n\nPhone: 613-555-0100\n\nmedia@agency.example",
                kinds: [.body, .contact, .contact, .contact, .contact]),
        PartRow(text: "\(body)\n\nRelease Number: 20-28", kinds: [.body, .release]),
        PartRow(text: "\(body)\n\n-NSF-\n\nThe U.S. National Science Foundation propels the nation forward by advancing research.",
                kinds: [.body, .endMark, .boilerplate]),
        PartRow(text: "\(body)\n\nPlease RSVP to the Agency press office at 808-555-0100 or 808-555-0101 by 3 p.m., Friday.",
                kinds: [.body, .body]),
        // A web copy's labelled headline: its points as bullets, or a sentence saying it again.
        PartRow(text: "Press release: Agency backs music exports\n\n• Artists receive funding\n• Acts supported abroad\n\n\(body)",
                kinds: [.headline, .subheadline, .body]),
        PartRow(text: "Press release: Minister travels to Toronto for talks\n\nMinister Jane Roe travels to Toronto for talks with her counterparts.\n\n\(body)",
                kinds: [.headline, .subheadline, .body]),
        PartRow(text: "Visit by the Minister to Toronto\n\nThe Minister will visit Toronto on Monday for talks.\n\n\(body)",
                kinds: [.headline, .body, .body]),
        // Contacts after the end mark, a bare end mark of letters, an agency's description last.
        PartRow(text: "\(body)\n\n###\n\nContact\n\nJane Roe\nPress Office\n202-555-0100", kinds: [.body, .endMark, .contact, .contact]),
        PartRow(text: "\(body)\n\n-USCG-", kinds: [.body, .endMark]),
        PartRow(text: "\(body)\n\nThe River Board (TRB) is an independent federal agency that investigates floods.",
                kinds: [.body, .boilerplate]),
        PartRow(text: "\(body)\n\nNotes to editors\n\nThe agency was founded in 1950.\n\nMedia enquiries\n\nFor journalists",
                kinds: [.body, .editorNote, .editorNote, .contact, .contact]),
        PartRow(text: "[Fwd: River News Release]\n\nJohn Doe\nRiver Society\n\n-- BEGIN included message\n\n"
                    + "U.S. River Basin Authority\nNorthern Region\n\nNEWS RELEASE\n\n"
                    + "Department of Rivers\nU.S. River Basin Authority\n1 River Drive, Ft. Snelling, MN 55111\nContact External Affairs:\nTelephone (612) 555-0160\n\n"
                    + "For Immediate Release\nNovember 19, 1998\n\n\(body)",
                kinds: [.trail, .trail, .trail, .release, .release, .contact, .release, .body]),
        PartRow(text: "OFFICE OF PUBLIC AFFAIRS - 1500 RIVER AVENUE, N.W. - WASHINGTON, D.C. - 20220 - (202) 555-2960\n\n"
                    + "EMBARGOED UNTIL 9:00 A.M. EDT\n\nAGENCY STATEMENT ON THE FLOODS\n\n\(body)",
                kinds: [.release, .release, .headline, .body]),
        PartRow(text: "Agency Logo\nOffice of Public Affairs\n\nStatement from Director Jane Roe on the floods\n\n\(body)",
                kinds: [.release, .headline, .body]),
        // A last paragraph of what "RBA officials say" is news, not the body's own description.
        PartRow(text: "The R.B.A. says the river has risen.\n\nR.B.A. officials say tests on two dams that failed found a crack.",
                kinds: [.body, .body]),
        // A letterhead's lines with a release cue among them, then the release's date with its contact, then the headline.
        PartRow(text: "RBA Logo\nU.S. DEPARTMENT OF RIVERS\nRIVER BASIN AUTHORITY NEWS RELEASE\nNorthern District\n\n"
                    + "Release Date: 10/11/12\nContacts: Jane Roe\n  307-555-0612\n\nRBA Northern District Lifts Flood Warnings\n\n\(body)",
                kinds: [.release, .contact, .headline, .body]),
        PartRow(text: "\(body)\n\nSOURCE: River Authority\nJane Roe, Press Secretary\n555-010-0199\n\nMedia Relations\nRiver Authority\n555-010-0100",
                kinds: [.body, .contact, .contact]),
        // A short line no cue knows, over release lines or a date, is furniture; so are feed labels.
        PartRow(text: "Official agency news releases.\n\nFOR IMMEDIATE RELEASE\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)",
                kinds: [.trail, .release, .headline, .body]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nCategory: Rivers\n\nRSS feed for this page",
                kinds: [.headline, .body, .body, .trail, .trail]),
        PartRow(text: "Sign up today to join our online community and make a difference!\n\n"
                    + "Official statements announcing key developments in our operations and activities.\n\n05/24/2017 - 10:32\n\n\(body)\n\n\(body)\n\n#      #",
                kinds: [.trail, .trail, .dateline, .body, .body, .endMark]),
        // A page title over the release block that its headline repeats; the office that issues it at the foot.
        PartRow(text: "Agency Honors Governor Roe for His Leadership; Group Also Awards Campbell (03/P078)\n\n"
                    + "Last modified on November 22nd, 2024 at 3:15 pm\n\nFOR IMMEDIATE RELEASE\n5/29/03\nContact: Mary Roe\n609-555-9289\n\n"
                    + "Agency Honors Governor Roe for His Leadership\nGroup Also Awards Campbell\n\n(03/78) TRENTON – \(body)",
                kinds: [.byline, .trail, .contact, .headline, .body]),
        PartRow(text: "Minister to meet the diplomatic corps\n\n\(body)\n\n\(body)\n\nEnquiries: Mr Joe Roe, 083 555 7838\n\n"
                    + "ISSUED BY THE DEPARTMENT OF RIVERS\nRiver Building\n460 River Road",
                kinds: [.headline, .body, .body, .contact, .contact]),
        // A label of a few words over a headline twice as long is not the headline (opening the page, it is the site's).
        PartRow(text: "In the News\n\nCity Closes Elm Street for Water Main Repair\n\n\(body)", kinds: [.trail, .headline, .body]),
        // A release block run onto one line; a wire's dated note over the statement it carries.
        PartRow(text: "ELM STREET ROAD CLOSURE\n\nPRESS RELEASE ELM STREET ROAD CLOSURE Springfield August 12, 2016\n\n\(body)",
                kinds: [.headline, .release, .body]),
        PartRow(text: "Agency Issues Statement on Floods\n\nSPRINGFIELD, Aug. 11 -- The agency issued the following statement on Aug. 10, 2022:\n\n\(body)",
                kinds: [.headline, .trail, .body]),
        // A contact heading over one line of name, number and website; a page's update stamp.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\nContact:\n\nJane Roe, Engineer 985-555-8519 Website – agency.gov\n\n"
                    + "Page last updated: Tuesday, March 1, 2022",
                kinds: [.headline, .body, .contact, .contact, .trail]),
        // GOV.UK's label of the page's kind; an archive's notice; a transcript's first turn, whose
        // label's words ("PRESS SECRETARY") are no contact's.
        PartRow(text: "Speech\n\nPrime Minister's statement on the floods: 16 March 2020\n\n\(body)\n\n\(body)",
                kinds: [.release, .headline, .body, .body]),
        PartRow(text: "You have accessed part of a historical collection on defense.gov.\n\nPentagon Press Secretary Jane Roe Holds a Briefing\n\n"
                    + "PRESS SECRETARY JANE ROE: Hello, everybody. Happy Monday. Let me start with the floods.\n\n\(body)",
                kinds: [.trail, .headline, .body, .body]),
        // A page's "Release Details" label; an office's number labelled "Office:" among the contacts.
        PartRow(text: "Release date: September 22, 2005\nRelease number: 05-276\n\nRelease Details\n\n\(body)\n\n\(body)",
                kinds: [.release, .release, .body, .body]),
        // A wire's alert to the desks opening the page is a release line, not who issues it.
        PartRow(text: "ATTENTION NEWS EDITORS: PHOTOS AVAILABLE\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)",
                kinds: [.release, .headline, .body, .body]),
        // "Date of release:" labels the release's date as "Release date:" does.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\nDate of release: 23/11/2011\n\n\(body)\n\n\(body)",
                kinds: [.headline, .release, .body, .body]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\nContact: Jane Roe, Special Agent\n\nOffice: (818) 265-2507\n\n\(body)",
                kinds: [.headline, .contact, .contact, .body]),
        // The page's furniture over a release line, in one block.
        PartRow(text: "Skip to main content\nPress Release\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)",
                kinds: [.release, .headline, .body, .body]),
        // A U.S. site's banner above the head; a Canadian page's empty links heading above its contacts.
        PartRow(text: "An official website of the United States government\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)",
                kinds: [.trail, .headline, .body, .body]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nAssociated Links\n\nContacts\n\n"
                    + "Media Relations Office\n819-994-5559\n\nWas this page helpful?",
                kinds: [.headline, .body, .body, .trail, .contact, .contact, .trail]),
        // A briefing's time alone on its line; a body's name over the page's buttons.
        PartRow(text: "2:10 p.m. EST\n\nMR ROE: Good afternoon, everyone. Let me start with the floods.\n\n\(body)",
                kinds: [.dateline, .body, .body]),
        PartRow(text: "Welsh Government\n|Printable version\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)",
                kinds: [.release, .headline, .body, .body]),
        // The feed's line naming its body over the headline.
        PartRow(text: "News from the River Safety Agency\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)",
                kinds: [.release, .headline, .body, .body]),
        // A headline ending in a campaign's quoted name, its stops inside the marks.
        PartRow(text: "Agency Urges Parents to Check Cars and “Stop. Look. Lock.”\n\n\(body)\n\n\(body)",
                kinds: [.headline, .body, .body]),
        // A page's link titles, one a line, above its publication stamp.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nGet help during a flood\n\nWhat to do after a flood\n\n"
                    + "Published 21 January 2021",
                kinds: [.headline, .body, .body, .trail, .trail, .trail]),
        // A page's fields as a bulleted list, labels over values: the release's, not its points.
        PartRow(text: "Get Ready for the Summer Heat with Expert Tips\n\n- Starting date:\n- June 22, 2020\n- Type of communication:\n"
                    + "- Information Update\n- Audience:\n- General Public\n\n\(body)\n\n\(body)",
                kinds: [.headline, .release, .body, .body]),
        // A page's fields, each label over its value.
        PartRow(text: "Date published:\n22 June 2022\nMedia type:\nMedia release\nGeneral public\n\n\(body)\n\n\(body)",
                kinds: [.release, .body, .body]),
        // A trail heading with its links in its own paragraph; a review stamp; a pager.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nShare this page\nFacebook\nTwitter",
                kinds: [.headline, .body, .body, .trail]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nRelated links\nRiver safety guide\nFlood maps",
                kinds: [.headline, .body, .body, .trail]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nPage last reviewed: 5 March 2019\n\nPrevious article",
                kinds: [.headline, .body, .body, .trail, .trail]),
        // A bar of the site's links; a file's link with its format and size; the page's credit.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nAgency Home Page | Press Releases | Contact Us |",
                kinds: [.headline, .body, .body, .trail]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nThe facts on river safety (PDF 18 KB)",
                kinds: [.headline, .body, .body, .trail]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nSource: River Safety Agency\nPublic Information Office",
                kinds: [.headline, .body, .body, .trail]),
        // A link's title that reads like a mailing list's note, among the page's links.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nSign up for flood warnings\n\nGet help during a flood\n\n"
                    + "Published 21 January 2021",
                kinds: [.headline, .body, .body, .trail, .trail, .trail]),
        // A short title between two paragraphs of prose heads its section; a list's line, a time or
        // a line under a label does not.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\nWhat you should do\n\n\(body)",
                kinds: [.headline, .body, .subheadline, .body]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\nCloses 6 p.m. Wednesday, April 12\n\n\(body)",
                kinds: [.headline, .body, .body, .body]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\nWhere:\n\nThe agency's briefing room\n\n\(body)",
                kinds: [.headline, .body, .body, .body, .body]),
        // Right under the headline, a sentence of a few words over a longer paragraph is its deck;
        // a sentence that tells more is the lede.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\nTalks to resume in the spring.\n\n\(body)",
                kinds: [.headline, .subheadline, .body]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\nThe agency welcomed the agreement reached by both parties in the capital today.\n\n\(body)",
                kinds: [.headline, .body, .body]),
        // Under the head, one sentence over a lede that opens with its day is the summary; a
        // speaker's own first sentence over it is the body.
        PartRow(text: "Agency Warns of Holiday Scams\n\nMarch 12, 2024\n\nShoppers need to stay alert, as the busy season brings more chances for fraud.\n\n"
                    + "Today, the agency's director reminded shoppers to buy from trusted sellers.\n\n\(body)",
                kinds: [.headline, .dateline, .subheadline, .body, .body]),
        PartRow(text: "Agency Warns of Holiday Scams\n\nMarch 12, 2024\n\nI am glad to be here with the staff of the agency and its partners.\n\n"
                    + "Today we are launching a campaign against holiday scams.\n\n\(body)",
                kinds: [.headline, .dateline, .body, .body, .body]),
        // A transcript's release line over its subjects is its summary; over the people who speak,
        // who issues it; the page's note on the transcript's editing is a line about the release.
        PartRow(text: "Doorstop interview, Riverton\n\n• Transcript E&OE\nSubjects: floods; bridge repairs; rural roads.\n\n"
                    + "Part of this transcript has been removed in line with the agency's rules.\n\n\(body)",
                kinds: [.headline, .subheadline, .release, .body]),
        PartRow(text: "Press conference, Riverton\n\n• Joint transcript, E&OE\n• Jane Roe MP, Minister for Rivers\n• John Doe MP, Premier of the Coast\n"
                    + "Subjects: floods; bridge repairs.\n\n\(body)",
                kinds: [.headline, .byline, .body]),
        // A few words and a colon naming what follows head it; a speaker's "said:" does not.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\nFurther river safety advice:\n\n\(body)",
                kinds: [.headline, .body, .subheadline, .body]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\nThe agency's director said:\n\n\(body)",
                kinds: [.headline, .body, .body, .body]),
        // A body's name above the headline, under a release line, is the letterhead; an office
        // someone holds stays a byline.
        PartRow(text: "FOR IMMEDIATE RELEASE\n\nRiver Safety Board\nOffice of Public Affairs\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)",
                kinds: [.release, .release, .headline, .body]),
        PartRow(text: "FOR IMMEDIATE RELEASE\n\nThe Hon Jane Roe MP\nMinister for Rivers\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)",
                kinds: [.release, .byline, .headline, .body]),
        // A label the cues do not know, under the headline, is the part of the line below it.
        PartRow(text: "The agency to modify fire restrictions for public lands\n\nOrganization\n\nRiver Safety Board\n\n"
                    + "MORENO VALLEY, Calif. – \(body)\n\n\(body)",
                kinds: [.headline, .byline, .byline, .body, .body]),
        // The site's archive the page stands in.
        PartRow(text: "Agency Archives: News Releases\n\nFOR IMMEDIATE RELEASE\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)",
                kinds: [.trail, .release, .headline, .body]),
        // The page's fields with a release number, which is no number to call.
        PartRow(text: "Registration Deadline Is August 17 For Four Counties\n\nMain Content\nRelease date:\nJuly 15, 2009\nRelease Number:\n1842-023\n\n\(body)",
                kinds: [.headline, .release, .body]),
        // So is a headline with a contact block under it.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\nContact: Jane Roe\nPhone: 202-555-0100\n\n"
                    + "Agency and its partners urge recovery\nworkers to guard against hazards\n\n\(body)",
                kinds: [.headline, .contact, .body, .body]),
        // A headline with a date line and a release code is a head though a line that is no prose follows it.
        PartRow(text: "Statement by the Agency on the latest developments in the talks\n\nBrussels, 27 April 2014\n\n140427/01\n\n"
                    + "by the High Representative on the latest\ndevelopments in the talks\n\n\(body)",
                kinds: [.headline, .dateline, .release, .body, .body]),
        // A letterhead set one name to a paragraph, a city's over its department's and office's:
        // every line of it is the letterhead, with a release line under it or not.
        PartRow(text: "City of Riverton\n\nDepartment of Public Works\n\nOffice of Communications\n\nFOR IMMEDIATE RELEASE\n\n"
                    + "City Opens New Water Treatment Plant\n\n\(body)\n\n\(body)",
                kinds: [.release, .release, .release, .release, .headline, .body, .body]),
        PartRow(text: "City of Riverton\n\nDepartment of Public Works\n\nCity Opens New Water Treatment Plant\n\n"
                    + "RIVERTON, Ohio, May 3, 2021 – \(body)\n\n\(body)",
                kinds: [.release, .release, .headline, .body, .body]),
        // A release's number, its body's letters and groups of digits, before its date: a release
        // line, not a place and a date.
        PartRow(text: "AA 02 053 30 Aug 2002\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)",
                kinds: [.release, .headline, .body, .body]),
        // A body's name over its office, street, city and website is the letterhead.
        PartRow(text: "U.S. Department of Rivers\nOffice of Public Affairs\n1200 New Jersey Ave., S.E.\nWashington, DC 20590\nwww.rivers.gov\n\n"
                    + "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)",
                kinds: [.release, .headline, .body, .body]),
        // At the foot: whose press office, a line alone; public enquiries under the media's; a line
        // ending in the web address of another copy, above the page's links.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nRiver Safety Agency press office",
                kinds: [.headline, .body, .body, .contact]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nMedia enquiries\nRiver Canada\n(613) 957-2983\n\n"
                    + "Public enquiries\n(613) 957-2991\n1-866 225-0709",
                kinds: [.headline, .body, .body, .contact, .contact]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\n"
                    + "An electronic version of this document can be obtained on the web at:http://www.rivers.gov\n\nHome | Contact Us |",
                kinds: [.headline, .body, .body, .trail, .trail]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\n"
                    + "To find out more about the agency's work, please visit www.rivers.gov.\n\nHome | Contact Us |",
                kinds: [.headline, .body, .body, .body, .trail]),
        // A headline with a day in it is still the headline: a verb among its names.
        PartRow(text: "Americans Remember September 11th By Serving\n\n\(body)\n\n\(body)",
                kinds: [.headline, .body, .body]),
        // A deck in sentence case over a date line is still the head; a label the cues do not know
        // takes the part below only when it is a label, a few words.
        PartRow(text: "Minister marks a century of boating by shining light on river safety\n\nNews Release\n\n"
                    + "River Canada urges Canadians to report reckless boaters who endanger swimmers\n\n"
                    + "February 23, 2017          Ottawa, Ontario             River Canada\n\n\(body)\n\n\(body)",
                kinds: [.headline, .release, .subheadline, .dateline, .body, .body]),
        // A newswire's end mark with the date it was sent; its coding lines after it are the trail.
        PartRow(text: "STATEMENT OF THE RIVER AGENCY ON THE FLOODS\n\n\(body)\n\n\(body)\n\n-0- 6/14/93\n\n"
                    + "CO: River Agency ST: Maryland IN: FOD SU:",
                kinds: [.headline, .body, .body, .endMark, .trail]),
        // A U.S. government site's banner, set as one block above the headline.
        PartRow(text: "An official website of the United States government\nA .mil website belongs to an official organization in the "
                    + "United States.\nA lock (lock ) or https:// means you’ve safely connected to the .mil website.\n\n"
                    + "Agency Welcomes Ceasefire Agreement\n\n\(body)", kinds: [.trail, .headline, .body]),
        // A site's note on the page's history under the summary: the summary is the standfirst.
        PartRow(text: "Press release\n\nAgency welcomes ceasefire agreement\n\nThe agency has welcomed the ceasefire agreed in the valley today.\n\n"
                    + "This was published under the 2019 to 2022 Rivers government\n\n\(body)\n\n\(body)",
                kinds: [.release, .headline, .subheadline, .trail, .body, .body]),
        // A minister's name under its honours, with the post, above the headline; a page's text-size tools.
        PartRow(text: "The Hon Jane Roe MP, Minister for International Rivers\n\nAgency welcomes ceasefire agreement\n\n\(body)",
                kinds: [.byline, .headline, .body]),
        PartRow(text: "Print page  Decrease text size  Increase text size\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)",
                kinds: [.trail, .headline, .body]),
        // A reposting site's notice of several sentences at the foot.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\n/Public Release. This material from the "
                    + "originating organisation might be of a point-in-time nature, and edited for clarity, style and length. The site "
                    + "takes no position or side, and all the views, positions and conclusions expressed herein are solely those of the "
                    + "author. The site keeps a copy for the record only. View in full here.",
                kinds: [.headline, .body, .body, .trail]),
        // An address a site hid from robots is still an address to write to.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nJane Roe\n[email protected]",
                kinds: [.headline, .body, .body, .contact]),
        // A page's feedback form heads the furniture after it.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nIs this page useful?\n\n"
                    + "We use your answers to make the site better. Please tell us what you were looking for today.\n\nSend",
                kinds: [.headline, .body, .body, .trail, .trail, .trail]),
        // With no head at all, two short titles between paragraphs of prose show the text set out
        // in sections; one such line alone is the body's.
        PartRow(text: "\(body)\n\nWhat you should do\n\n\(body)\n\nWhere to find help\n\n\(body)",
                kinds: [.body, .subheadline, .body, .subheadline, .body]),
        PartRow(text: "\(body)\n\nWhat you should do\n\n\(body)", kinds: [.body, .body, .body]),
        // Under the headline, a place alone right above the lede is its dateline set apart, a web
        // page's bar before it or not; at the top of the page, such a line is the title.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n| Riverton, Ore.\n\n\(body) \(body)", kinds: [.headline, .dateline, .body]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\nRiverton, Ore.\n\n\(body) \(body)", kinds: [.headline, .dateline, .body]),
        // A release line set letter-spaced, as a letterhead sets it, is read as its word.
        PartRow(text: "Riverton, 3 May 2014\n\nS T A T E M E N T\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)",
                kinds: [.dateline, .release, .headline, .body]),
        // A section's title over the sentence that introduces its list.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\nWhat you should do\n\n"
                    + "To be ready when the weather gets hot, prepare well ahead of time and follow these practical tips:\n\n\(body)",
                kinds: [.headline, .body, .subheadline, .body, .body]),
        // A link over two lines, its arrow at the end, above the headline.
        PartRow(text: "Stay connected with us\naround the nation »\n\nAgency reminds boaters to give whales their space\n\n\(body)",
                kinds: [.trail, .headline, .body]),
        // The label of a site's section of releases, above the headline.
        PartRow(text: "Press Releases\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)", kinds: [.release, .headline, .body]),
        PartRow(text: "RSA News\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)", kinds: [.release, .headline, .body]),
        PartRow(text: "News and Press Releases\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)", kinds: [.release, .headline, .body]),
        // The page's fields at the foot, each label over its value.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\n"
                    + "Last Updated:\nMarch 2, 2014 - 10:15\nState/Region:\nBack to Top",
                kinds: [.headline, .body, .body, .trail]),
        // A body's name over a longer line that reports an act: the name is the letterhead, the line the headline.
        PartRow(text: "Department of Rivers\n\nMinister Announces New Grants for River Schools\n\nWASHINGTON, June 3, 2021 – \(body)",
                kinds: [.release, .headline, .body]),
        // A site's footer of many links, one a paragraph, under the contacts: the foot reaches back over it.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\nContacts\n\nMedia Relations\nDepartment of Rivers\n613-555-0100\n\n"
                    + "Search for related information by keyword"
                    + (1...25).map { "\n\nRiver topic \($0)" }.joined(),
                kinds: [.headline, .body, .contact, .contact] + Array(repeating: .trail, count: 26)),
        // A name and a number under a contact heading, with a last line of prose below: a contact block still.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nMedia contact\n\nJane Roe, Press Secretary, 202-555-0100\n\n"
                    + "The agreement was first proposed in 2019 by the regional council.",
                kinds: [.headline, .body, .body, .contact, .contact, .body]),
        // A telebriefing's dial-in numbers are no one to contact.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\nDial-In\n\nMedia: 800-555-0100\nInternational: 1-212-555-0150\n\n"
                    + "Please dial in fifteen minutes before the start of the call.",
                kinds: [.headline, .body, .body, .body, .body]),
        // A short line the cues do not know, closing the page under its furniture, is furniture too.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nBack to top\n\nRivers, Ceasefires, Valleys",
                kinds: [.headline, .body, .body, .trail, .trail]),
        // A short label opening the page over a longer headline: the site's own when it names no one, a byline when it does.
        PartRow(text: "Updates from the Valley\n\nAgency welcomes the ceasefire agreement reached in the river valley\n\n\(body)",
                kinds: [.trail, .headline, .body]),
        PartRow(text: "Jane Roe MP\n\nAgency welcomes the ceasefire agreement reached in the river valley\n\n\(body)",
                kinds: [.byline, .headline, .body]),
        // A contact block one line a paragraph, found above its number: its heading, name and post go with it.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nMedia enquiries\n\nJane Roe\n\nPress Secretary\n\n202-555-0100\n\n"
                    + "The agreement was first proposed in 2019 by the regional council.",
                kinds: [.headline, .body, .body, .contact, .contact, .contact, .contact, .body]),
        // One sentence under the head that the next paragraph tells again in full is the summary.
        PartRow(text: "North residents urged to sign up for flood warnings\n\nThe River Agency urges more residents and businesses "
                    + "to sign up to receive flood warnings.\n\nThe River Agency is urging more residents and businesses in the north "
                    + "to sign up to receive its free flood warnings by phone.\n\n\(body)",
                kinds: [.headline, .subheadline, .body, .body]),
        // A lede the next paragraph goes on from, not says again, is the body.
        PartRow(text: "North residents urged to sign up for flood warnings\n\nThe River Agency urges more residents and businesses "
                    + "to sign up to receive flood warnings.\n\n\(body)\n\n\(body)",
                kinds: [.headline, .body, .body, .body]),
        // The headline's points under its date line are still the head.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n3 June 2021\n\n• 296 risk items intercepted at the border\n"
                    + "• Detections include live fish and seeds\n\n\(body)\n\n\(body)",
                kinds: [.headline, .dateline, .subheadline, .body, .body]),
        // The terms a site files the page under, under their label or after it, are the page's furniture.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nTags\nRivers, Floods",
                kinds: [.headline, .body, .body, .trail]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\nFiled under: Rivers\n\nPosted in News Releases",
                kinds: [.headline, .body, .body, .trail, .trail]),
        // A body saying what it is, just above the contacts, is the boilerplate; a quote's "This Government is …" is not.
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\n"
                    + "The River Agency is an independent federal agency that protects the nation’s rivers.\n\nContact: Jane Roe, 202-555-0100",
                kinds: [.headline, .body, .body, .boilerplate, .contact]),
        PartRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\n\(body)\n\n"
                    + "This Government is committed to protecting the nation’s rivers and will invest in flood defences.\n\nShare this page",
                kinds: [.headline, .body, .body, .body, .trail]),
        // A line with no stop right above a lede that opens with its dateline is the head: under
        // release lines and a contact, the headline itself (the page's label above is furniture).
        PartRow(text: "Latest News - Table of Contents\n\nRelease No. 21-044\nContact: Jane Roe\nPhone: 555-010-0199\n\n"
                    + "Agency and river authority urge boaters to guard against debris after the flood\n\n"
                    + "RIVERTON, Ore. – \(body)\n\n\(body)",
                kinds: [.trail, .contact, .headline, .body, .body]),
    ])
    func partKinds(_ row: PartRow) {
        #expect(Self.kinds(row.text) == row.kinds)
    }

    /// Texts with no structure stay all body, however their paragraphs look.
    @Test(arguments: [
        "One line only, with no stop",
        "\(body)\n\nAnd a second paragraph, which ends the statement.",
        "“We will not stand by,” the minister said.\n\n“Nor will we,” her counterpart replied.",
        "First line\nSecond line\nThird line\nFourth line\nFifth line\nSixth line\nSeventh line\nEighth line\nNinth line\n"
            + "Tenth line\nEleventh line\nTwelfth line\nThirteenth line\nFourteenth line\nFifteenth line\nSixteenth line",
        // A section's title in a news report, which has no head.
        "\(body)\n\nWhat the agency said\n\n\(body)",
    ])
    func plainTextsStayBody(_ text: String) {
        #expect(analyze(text).structure.parts.isEmpty)
    }

    @Test(arguments: [
        ("June 3, 2021", "2021-06-03"), ("3 June 2021", "2021-06-03"), ("2021-06-03", "2021-06-03"),
        ("Feb. 28, 2007", "2007-02-28"), ("Thursday, September 22, 2011", "2011-09-22"), ("17/07/2023 23:14", "2023-07-17"),
        ("Nov 30, 2021 (2:27pm EST)", "2021-11-30"), ("JUNE 18, 2024", "2024-06-18"), ("June 3", nil), ("03/04/2021", nil),
        ("February 30th, 1799", nil), ("Updated: 2018-04-22T17:29:23+01:00", "2018-04-22"),
        ("23-Nov-2011", "2011-11-23"), ("Nov-23-2011", "2011-11-23"), ("23rd of November, 2011", "2011-11-23"),
    ] as [(String, String?)])
    func dates(_ text: String, _ iso: String?) {
        #expect(ReleaseDate.first(in: text[...])?.iso == iso)
    }

    /// A short year only on a line of its own, and only when the day tells itself from the month.
    @Test(arguments: [
        ("5/29/03", "2003-05-29"), ("29/5/03", "2003-05-29"), ("5/6/03", nil), ("Call 5/29/03", nil), ("5/29/2003", nil),
    ] as [(String, String?)])
    func datesAlone(_ text: String, _ iso: String?) {
        #expect(ReleaseDate.alone(text[...])?.iso == iso)
    }

    struct FieldRow: CustomTestStringConvertible, Sendable {
        var text: String
        var title: String?
        var date: String?
        var place: String?
        var issuer: String?
        var testDescription: String { String(text.prefix(40)) }
    }

    @Test(arguments: [
        FieldRow(text: "Agency Welcomes Ceasefire Agreement\n\nWASHINGTON, June 3, 2021 – \(body)",
                 title: "Agency Welcomes Ceasefire Agreement", date: "2021-06-03", place: "WASHINGTON", issuer: "Agency"),
        // A newswire's dateline gives no year: its end mark, "-0-" and the day it was sent, dates it.
        FieldRow(text: "Agency Welcomes Ceasefire Agreement\n\nRIVERTON, Ore., May 20 /PRNewswire/ -- \(body)\n\n\(body)\n\n-0- 5/20/97",
                 title: "Agency Welcomes Ceasefire Agreement", date: "1997-05-20", place: "RIVERTON, Ore.", issuer: "Agency"),
        // A place set apart from the lede, under the headline: the dateline's place.
        FieldRow(text: "Agency Welcomes Ceasefire Agreement\n\n| Riverton, Ore.\n\n\(body) \(body)",
                 title: "Agency Welcomes Ceasefire Agreement", date: nil, place: "Riverton, Ore.", issuer: "Agency"),
        // A place and its date in brackets, the region with no comma before it.
        FieldRow(text: "Agency Welcomes Ceasefire Agreement\n\n(Washington DC, September 9, 2011) — \(body)",
                 title: "Agency Welcomes Ceasefire Agreement", date: "2011-09-09", place: "Washington DC", issuer: "Agency"),
        // A letterhead set one name to a paragraph: the top name, a city's, issues the release.
        FieldRow(text: "City of Riverton\n\nDepartment of Public Works\n\nOffice of Communications\n\nFOR IMMEDIATE RELEASE\n\n"
                    + "City Opens New Water Treatment Plant\n\nRIVERTON, Ohio, May 3, 2021 – \(body)",
                 title: "City Opens New Water Treatment Plant", date: "2021-05-03", place: "RIVERTON, Ohio", issuer: "City of Riverton"),
        // A release number before the date names no place; the date is the release's.
        FieldRow(text: "AA 02 053 30 Aug 2002\n\nAgency Welcomes Ceasefire Agreement\n\n\(body)",
                 title: "Agency Welcomes Ceasefire Agreement", date: "2002-08-30", place: nil, issuer: "Agency"),
        // A wire's line at the foot names whose release it sends out, over the headline's subject.
        FieldRow(text: "Board Statement on the Floods\n\n\(body)\n\n\(body)\n\nDistributed by APO Group on behalf of River Safety Board.",
                 title: "Board Statement on the Floods", date: nil, place: nil, issuer: "River Safety Board"),
        // A body's name with its country after a comma, under the release line.
        FieldRow(text: "Employers Reminded of Protections in Summer Heat\n\nTrade Release from RSA\n\n"
                    + "Having trouble viewing this email? View it as a Web page.\n\nTrade Release\n\n"
                    + "Department of Rivers, United States of America\n\n"
                    + "For Immediate Release\nJune 30, 2020\nContact: Office of Communications\nPhone: 202-693-1999\n\n"
                    + "Employers Reminded of Protections in Summer Heat\n\n\(body)",
                 title: "Employers Reminded of Protections in Summer Heat", date: "2020-06-30", place: nil, issuer: "Department of Rivers"),
        // An office as the headline's label is who speaks, named in full by the body.
        FieldRow(text: "Transport Secretary: continue to follow the guidance on travel\n\n\(body)\n\n"
                    + "Transport Secretary Jane Roe said:\n\nI know that people may feel tempted to head out.",
                 title: "Transport Secretary: continue to follow the guidance on travel", date: nil, place: nil, issuer: "Jane Roe"),
        // A copy that lost the dateline's dash: the dateline ends at its year.
        FieldRow(text: "Agency Welcomes Ceasefire Agreement\n\nWASHINGTON, D.C., March 1, 2010 The agency welcomed the agreement.\n\n\(body)",
                 title: "Agency Welcomes Ceasefire Agreement", date: "2010-03-01", place: "WASHINGTON, D.C.", issuer: "Agency"),
        // A wire's note above the release it carries: who issued it, when, and where (its dateline).
        FieldRow(text: "Agency Welcomes Ceasefire Agreement\n\nJACKSON, Miss., July 11 -- Mississippi Attorney General Jane Roe "
                    + "issued the following news release on July 10, 2025:\n\n* * *\n\nRoe Welcomes Agreement\n\n\(body)",
                 title: "Roe Welcomes Agreement", date: "2025-07-10", place: "JACKSON, Miss.", issuer: "Jane Roe"),
        FieldRow(text: "Roe Introduces Bill\n\nWASHINGTON, March 25 -- Sen. Jane Roe, R-Idaho, issued the following news release:\n\n\(body)",
                 title: "Roe Introduces Bill", date: nil, place: "WASHINGTON", issuer: "Jane Roe"),
        // A place in brackets with no dash, a date set close after it, and the date before the place.
        FieldRow(text: "Ministry Statement on the Floods\n\n(Washington, D.C.-May 25, 2005) \(body)",
                 title: "Ministry Statement on the Floods", date: "2005-05-25", place: "Washington, D.C.", issuer: "Ministry"),
        FieldRow(text: "Ministry Statement on the Floods\n\n(Jackson, Mississippi) Today, \(body)",
                 title: "Ministry Statement on the Floods", date: nil, place: "Jackson, Mississippi", issuer: "Ministry"),
        // The date between two dashes after the place, whatever its month and its order.
        FieldRow(text: "Ministry Statement on the Floods\n\nWASHINGTON – March 3, 2019 – \(body)",
                 title: "Ministry Statement on the Floods", date: "2019-03-03", place: "WASHINGTON", issuer: "Ministry"),
        FieldRow(text: "Ministry Statement on the Floods\n\nWellington, New Zealand – 3 May 2019 – \(body)",
                 title: "Ministry Statement on the Floods", date: "2019-05-03", place: "Wellington, New Zealand", issuer: "Ministry"),
        // A day written as an ordinal.
        FieldRow(text: "Ministry Statement on the Floods\n\nWashington, D.C., Feb. 3rd, 2019 – \(body)",
                 title: "Ministry Statement on the Floods", date: "2019-02-03", place: "Washington, D.C.", issuer: "Ministry"),
        // A place and its state's letters ended by a colon.
        FieldRow(text: "Ministry Statement on the Floods\n\nWashington, DC: About a million households will get a letter. \(body)",
                 title: "Ministry Statement on the Floods", date: nil, place: "Washington, DC", issuer: "Ministry"),
        FieldRow(text: "Ministry Statement on the Floods\n\nMarch 16, 2022, OTTAWA, ON – \(body)",
                 title: "Ministry Statement on the Floods", date: "2022-03-16", place: "OTTAWA, ON", issuer: "Ministry"),
        FieldRow(text: "Ministry Statement on the Floods\n\n(GENEVA, Switzerland) – \(body)",
                 title: "Ministry Statement on the Floods", date: nil, place: "GENEVA, Switzerland", issuer: "Ministry"),
        // A place in brackets, closed, then a dash of two hyphens.
        FieldRow(text: "Ministry Statement on the Floods\n\n(Washington D.C.) -- \(body)",
                 title: "Ministry Statement on the Floods", date: nil, place: "Washington D.C.", issuer: "Ministry"),
        FieldRow(text: "Statement by the Spokesperson on the Floods\n\n3 June 2021\n\n\(body)",
                 title: "Statement by the Spokesperson on the Floods", date: "2021-06-03", place: nil, issuer: "Spokesperson"),
        FieldRow(text: "Ministers meet on trade\n\nNovember 25, 2021 – Ottawa, Ontario – Trade Office\n\n\(body)",
                 title: "Ministers meet on trade", date: "2021-11-25", place: "Ottawa, Ontario", issuer: "Trade Office"),
        FieldRow(text: "Floods: joint appeal\n\nOffice of the Spokesperson\n\nWashington, DC\n\nJune 4, 2018\n\n\(body)",
                 title: "Floods: joint appeal", date: "2018-06-04", place: "Washington, DC", issuer: "Office of the Spokesperson"),
        // A city's name of two words, with no comma, alone over the date: the dateline's place.
        FieldRow(text: "New Harbour\n\n4 June 2018\n\nStatement by the Spokesperson on the Floods\n\n\(body)",
                 title: "Statement by the Spokesperson on the Floods", date: "2018-06-04", place: "New Harbour", issuer: "Spokesperson"),
        FieldRow(text: "Agency to Host Public Meetings\n\nLENEXA, KAN. (JUNE 18, 2024) – \(body)",
                 title: "Agency to Host Public Meetings", date: "2024-06-18", place: "LENEXA, KAN.", issuer: "Agency"),
        FieldRow(text: "Statement attributable to the Spokesperson for the Secretary-General on Haiti\n\nNew York, 3 June 2021\n\n\(body)",
                 title: "Statement attributable to the Spokesperson for the Secretary-General on Haiti", date: "2021-06-03",
                 place: "New York", issuer: "Spokesperson for the Secretary-General"),
        FieldRow(text: "Agency Welcomes Ceasefire Agreement\n\n\(body)\n\nPublished 3 June 2021",
                 title: "Agency Welcomes Ceasefire Agreement", date: "2021-06-03", place: nil, issuer: "Agency"),
        FieldRow(text: "Agency Welcomes Ceasefire Agreement\n\nJune 3, 2021\nGeneva, Switzerland\n\n\(body)",
                 title: "Agency Welcomes Ceasefire Agreement", date: "2021-06-03", place: "Geneva, Switzerland", issuer: "Agency"),
        FieldRow(text: "\(body)\n\nMedia Relations\nRiver Basin Authority\n555-010-0199",
                 title: nil, date: nil, place: nil, issuer: "River Basin Authority"),
        FieldRow(text: "Floods in the valley\n\nSenator Jane Roe today issued the following statement:\n\n“We mourn the dead.”",
                 title: "Floods in the valley", date: nil, place: nil, issuer: "Jane Roe"),
        FieldRow(text: "Floods in the valley\n\nPrime Minister Jane Roe said:\n\n“We mourn the dead.”",
                 title: "Floods in the valley", date: nil, place: nil, issuer: "Jane Roe"),
        FieldRow(text: "Agency Welcomes Ceasefire Agreement\n\nWashington, DC - \(body)",
                 title: "Agency Welcomes Ceasefire Agreement", date: nil, place: "Washington, DC", issuer: "Agency"),
        FieldRow(text: "For Immediate Release\n\nOctober 12, 2001\nContact: Jane Roe\nPhone: (907) 555-0100\n\n\(body)",
                 title: nil, date: "2001-10-12", place: nil, issuer: nil),
        FieldRow(text: "Statement by the Spokesperson on the floods\n\nBrussels, 10/04/2016\n\n\(body)",
                 title: "Statement by the Spokesperson on the floods", date: "2016-04-10", place: "Brussels", issuer: "Spokesperson"),
        FieldRow(text: "Statement by the Spokesperson on the floods\n\nAtlanta, Ga., 10/04/2016\n\n\(body)",
                 title: "Statement by the Spokesperson on the floods", date: "2016-10-04", place: "Atlanta, Ga", issuer: "Spokesperson"),
        FieldRow(text: "\(body)\n\nMedia Relations\n\nDepartment of National Defence\n\nPhone: 613-555-0100",
                 title: nil, date: nil, place: nil, issuer: "Department of National Defence"),
        FieldRow(text: "Agency acts on funding\n\nThe press release issued by the Department for Business and Trade on 31 August 2023.\n\n\(body)",
                 title: "Agency acts on funding", date: "2023-08-31", place: nil, issuer: "Department for Business and Trade"),
        // The repost's line naming who issued the release outweighs the headline's subject.
        FieldRow(text: "Chancellor Calls for Action on River Tolls\n\nThe press release issued by HM Treasury on 1 October 2004.\n\n\(body)",
                 title: "Chancellor Calls for Action on River Tolls", date: "2004-10-01", place: nil, issuer: "HM Treasury"),
        // A page's "From:" line names whose it is, over the headline's subject.
        FieldRow(text: "Minister Calls for Safer Rivers\n\nFrom: Department for Rivers\nPublished 15 July 2019\n\n\(body)",
                 title: "Minister Calls for Safer Rivers", date: "2019-07-15", place: nil, issuer: "Department for Rivers"),
        FieldRow(text: "Appointment of Ambassadors\n\nDepartment of Foreign Affairs and Trade\n\n\(body)",
                 title: "Appointment of Ambassadors", date: nil, place: nil, issuer: "Department of Foreign Affairs and Trade"),
        FieldRow(text: "Agency closes its centre\n\nAtlanta – The agency said the centre would close on Monday.",
                 title: "Agency closes its centre", date: nil, place: "Atlanta", issuer: nil),
        FieldRow(text: "\(body)\n\n###\n\nAbout the U.S. River Basin Authority\n\nThe authority manages the river.",
                 title: nil, date: nil, place: nil, issuer: "River Basin Authority"),
        FieldRow(text: "NEWS RELEASE\nU.S. River Basin Authority\n\n\(body)",
                 title: nil, date: nil, place: nil, issuer: "River Basin Authority"),
        FieldRow(text: "Space For Jobs\n\n25 February 2022\n\nPrime Minister, Minister for Science and Technology, Premier of Ruritania\n\n\(body)",
                 title: "Space For Jobs", date: "2022-02-25", place: nil, issuer: nil),
        FieldRow(text: "River Basin Authority\n\nStatement by the spokesperson on the floods\n\nBrussels, 06/10/2016 - 12:59\nStatements by the Spokesperson\n\n\(body)",
                 title: "Statement by the spokesperson on the floods", date: "2016-10-06", place: "Brussels", issuer: "spokesperson"),
        // A letterhead block holding "FOR IMMEDIATE RELEASE", over a headline in capitals naming
        // who makes the statement: the name as the body would write it.
        FieldRow(text: "Department of Rivers Seal Department of Rivers\nFOR IMMEDIATE RELEASE\nWEDNESDAY, DECEMBER 14, 2005\n(202) 555-2007\n\n"
                    + "STATEMENT OF RIVERS SECRETARY JANE Q. ROE ON THE PASSAGE OF THE FLOOD ACT\n\n“We welcome the vote.”",
                 title: "STATEMENT OF RIVERS SECRETARY JANE Q. ROE ON THE PASSAGE OF THE FLOOD ACT", date: "2005-12-14", place: nil,
                 issuer: "Jane Q. Roe"),
        // A known verb in -s after a body's word ends the body's name ("Lifts", "Extends").
        FieldRow(text: "RBA Northern District Lifts Flood Warnings\n\n\(body)",
                 title: "RBA Northern District Lifts Flood Warnings", date: nil, place: nil, issuer: "RBA Northern District"),
        // A body's office after a comma is part of its name; its country is not.
        FieldRow(text: "Officers on Duty to Examine Flood Claims\n\nFor Immediate Release\nU.S. Attorney's Office, Northern District of Rivers\n\n\(body)",
                 title: "Officers on Duty to Examine Flood Claims", date: nil, place: nil, issuer: "U.S. Attorney's Office, Northern District of Rivers"),
        FieldRow(text: "Officers on Duty to Examine Flood Claims\n\nFor Immediate Release\nDepartment of Rivers, United States of America\n\n\(body)",
                 title: "Officers on Duty to Examine Flood Claims", date: nil, place: nil, issuer: "Department of Rivers"),
        // A statement's title wrapped over two lines under a letterhead and its press office:
        // the title names who issues it.
        FieldRow(text: "RBA News\n\nRiver Basin Authority\n\nOffice of Public Affairs\n\nSTATEMENT BY JANE ROE REGARDING THE AGENCY'S PROPOSED\n"
                    + "RULE ON FLOOD MAPS\n\n\(body)",
                 title: "STATEMENT BY JANE ROE REGARDING THE AGENCY'S PROPOSED RULE ON FLOOD MAPS", date: nil, place: nil,
                 issuer: "JANE ROE"),
        // A headline opening with its verb names no one: the body's opening subject issues it.
        FieldRow(text: "Press release: Call to sign up for flood warnings\n\nThe River Agency today urged residents to sign up for flood warnings.",
                 title: "Press release: Call to sign up for flood warnings", date: nil, place: nil, issuer: "River Agency"),
        // A site's label of its releases over the headline, in one block, is no letterhead and no part of the title.
        FieldRow(text: "PRESS RELEASES\nStudents Urged to Apply Early for Flood Relief\n\nFOR RELEASE:\nJanuary 10, 2007\n\n\(body)",
                 title: "Students Urged to Apply Early for Flood Relief", date: "2007-01-10", place: nil, issuer: nil),
        // A foot line of place and date alone, under the sign-off, dates the statement and
        // says where; a dateline in the head names the place first.
        FieldRow(text: "Statement attributable to the Spokesman for the Secretary-General on the floods\n\n"
                    + "The Secretary-General is deeply concerned by the floods.\n\nJane Roe, Spokesman for the Secretary-General\n\n"
                    + "New York, 3 January 2020",
                 title: "Statement attributable to the Spokesman for the Secretary-General on the floods", date: "2020-01-03",
                 place: "New York", issuer: "Spokesman for the Secretary-General"),
        FieldRow(text: "Floods Close the Valley Road\n\nGENEVA, 2 January 2020 – The Secretary-General is deeply concerned by the floods.\n\n"
                    + "New York, 3 January 2020",
                 title: "Floods Close the Valley Road", date: "2020-01-02", place: "GENEVA", issuer: nil),
        // A writer's byline names the body after its comma.
        FieldRow(text: "Troops Prepare for the Storm\n\nBy Jane Roe, River Basin Authority\nSeptember 6, 2017\n\n\(body)",
                 title: "Troops Prepare for the Storm", date: "2017-09-06", place: nil, issuer: "River Basin Authority"),
        // A letterhead giving the body's letters, a dash, then its name.
        FieldRow(text: "RBA - River Basin Authority\n\nPress Release\n\nFifth Annual Flood Day Held Across the Valley\n\n\(body)",
                 title: "Fifth Annual Flood Day Held Across the Valley", date: nil, place: nil, issuer: "River Basin Authority"),
        // A verb in -s right after a body's letters opening the headline ends the name too.
        FieldRow(text: "RBA Wins Court Ruling on Flood Maps\n\n\(body)",
                 title: "RBA Wins Court Ruling on Flood Maps", date: nil, place: nil, issuer: "RBA"),
        // The name, then its office, after the headline's "Message from".
        FieldRow(text: "Message from the Honourable Jane Roe, Minister of Rivers\n\nOctober 3, 2011\n\n"
                    + "As Minister of Rivers, I recommend that all residents over the age of six months get a boat.",
                 title: "Message from the Honourable Jane Roe, Minister of Rivers", date: "2011-10-03", place: nil, issuer: "Jane Roe"),
        FieldRow(text: "River Basin Authority\nOffice of Public Affairs\n\nStatement from Director Jane Roe on the floods\n\n\(body)",
                 title: "Statement from Director Jane Roe on the floods", date: nil, place: nil, issuer: "Jane Roe"),
        FieldRow(text: "Authority Logo\nOffice of Public Affairs\n\nStatement from Director Jane Roe on the floods\n\n\(body)",
                 title: "Statement from Director Jane Roe on the floods", date: nil, place: nil, issuer: "Jane Roe"),
        FieldRow(text: "Page 1 of 1\n\nApril 2, 2006\nJS-4151\nStatement of U.S. Agency Assistant Secretary\nRoe on debt relief\n\n"
                    + "WASHINGTON -- Agency Assistant Secretary Jane Roe issued the following statement:\n\n“We welcome the agreement.”",
                 title: "Statement of U.S. Agency Assistant Secretary Roe on debt relief", date: "2006-04-02", place: "WASHINGTON",
                 issuer: "Jane Roe"),
        FieldRow(text: "Department of Rivers\nAgency Logo\n\nFact Sheet\n\nFOR IMMEDIATE RELEASE\nJan 13, 2006\n\nPROTECTING THE RIVERS\n\n\(body)",
                 title: "PROTECTING THE RIVERS", date: "2006-01-13", place: nil, issuer: "Department of Rivers"),
        FieldRow(text: "RIVER NEWS\nU. S. RIVER BASIN AUTHORITY\nOffice of Public Affairs Telephone: 301/555-0100\n\nNo. 98-58\n\n"
                    + "April 24, 1998\n\nAUTHORITY REPORT RECOMMENDS WAYS TO ACT\n\n\(body)",
                 title: "AUTHORITY REPORT RECOMMENDS WAYS TO ACT", date: "1998-04-24", place: nil, issuer: "RIVER BASIN AUTHORITY"),
        FieldRow(text: "Agency Welcomes Agreement\n\nPress Advisory\nMedia contact: +1 (703) 555-0100\n\n\(body)",
                 title: "Agency Welcomes Agreement", date: nil, place: nil, issuer: "Agency"),
        FieldRow(text: "Press Release\n\nFor Immediate Release\nJanuary 22, 2007\n\nWashington D.C.\nAgency National Press Office\n(202) 555-0100\n\n"
                    + "Agency Response to the Review of the Agency's Initial\nResponse to the Floods\n\n\(body)",
                 title: "Agency Response to the Review of the Agency's Initial Response to the Floods", date: "2007-01-22", place: nil,
                 issuer: "Agency"),
        FieldRow(text: "Minister marks Aviation Day\n\nFebruary 23, 2022          Ottawa           Transport Agency\n\n\(body)",
                 title: "Minister marks Aviation Day", date: "2022-02-23", place: "Ottawa", issuer: "Transport Agency"),
        FieldRow(text: "Agency Statement on the Floods\n\nStatement\n\nDate: Jan. 8, 2019\nLocation: Washington, DC\n\n\(body)",
                 title: "Agency Statement on the Floods", date: "2019-01-08", place: "Washington, DC", issuer: "Agency"),
        FieldRow(text: "---------- Forwarded message ----------\nDate: Wed, 12 Mar 97 14:55:44 MST\nFrom: jane@agency.example\nTo: news@list.example\n\n\(body)",
                 title: nil, date: "1997-03-12", place: nil, issuer: nil),
        FieldRow(text: "Statement of River Authority Assistant Secretary Roe on the floods\n\nGENEVA -- River Authority Assistant Secretary "
                    + "Jane Roe, who leads the delegation, issued the following statement: “We welcome the agreement.”",
                 title: "Statement of River Authority Assistant Secretary Roe on the floods", date: nil, place: "GENEVA", issuer: "Jane Roe"),
        FieldRow(text: "Press release: Foreign Secretary travels to Geneva for talks\n\nForeign Secretary Jane Roe travels to Geneva "
                    + "for a meeting of foreign ministers.\n\nThe talks open on Monday.",
                 title: "Press release: Foreign Secretary travels to Geneva for talks", date: nil, place: nil, issuer: "Jane Roe"),
        FieldRow(text: "Contact\nJane Roe\n555-0100\n\nDETROIT – The River Basin Authority, Detroit District, will host two forums.",
                 title: nil, date: nil, place: "DETROIT", issuer: "River Basin Authority"),
        FieldRow(text: "Space For Jobs\n\n25 February 2022\n\nThe Ruritanian Government is spending $65 million on launches.",
                 title: "Space For Jobs", date: "2022-02-25", place: nil, issuer: "Ruritanian Government"),
        FieldRow(text: "Agency Reopens Comment Period\n\nIn response to several requests, the River Basin Authority has reopened "
                    + "the comment period.\n\nComments are due in May.",
                 title: "Agency Reopens Comment Period", date: nil, place: nil, issuer: "River Basin Authority"),
        FieldRow(text: "Trade Talks\n\nToday I chaired the talks with my counterpart, Minister of Commerce, Wang Wentao.\n\nWe met in May.",
                 title: "Trade Talks", date: nil, place: nil, issuer: nil),
        FieldRow(text: "Agency Statement on Cooperation\n\nAgency Statement on Cooperation, May 18, 2020\n\n\(body)",
                 title: "Agency Statement on Cooperation", date: "2020-05-18", place: nil, issuer: "Agency"),
        FieldRow(text: "Delegation of the River Basin Authority to Ruritania\n\nRiver Council: Remarks by the High Representative/Vice-President Jane Roe upon arrival\n\n"
                    + "We have a very packed Council today.",
                 title: "River Council: Remarks by the High Representative/Vice-President Jane Roe upon arrival", date: nil, place: nil,
                 issuer: "Jane Roe"),
        FieldRow(text: "River Council: Statement by the High Representative on behalf of the River Union on the floods\n\n\(body)",
                 title: "River Council: Statement by the High Representative on behalf of the River Union on the floods", date: nil,
                 place: nil, issuer: "River Union"),
        FieldRow(text: "PRESS RELEASE : Ministers on the floods [May 2025]\n\nThe press release issued by the Foreign Office on 9 May 2025.\n\n"
                    + "Joint statement from the Governments of Norway, the United Kingdom and Canada on the floods.\n\n\(body)",
                 title: "PRESS RELEASE : Ministers on the floods [May 2025]", date: "2025-05-09", place: nil,
                 issuer: "Governments of Norway, the United Kingdom and Canada"),
        // How and when it was given may stand between "Joint statement" and "by".
        FieldRow(text: "PRESS RELEASE : Ministers on the floods [May 2025]\n\nThe press release issued by the Foreign Office on 9 May 2025.\n\n"
                    + "Joint statement given recently (9 May 2025) by the Foreign Ministers of Norway and Canada on the floods.\n\n\(body)",
                 title: "PRESS RELEASE : Ministers on the floods [May 2025]", date: "2025-05-09", place: nil,
                 issuer: "Foreign Ministers of Norway and Canada"),
        FieldRow(text: "MEDIA ADVISORY\n\nBriefing on the floods\n\nWHAT: The River Basin Authority will host a briefing on the floods.\n\n"
                    + "WHEN: Monday, at noon.",
                 title: "Briefing on the floods", date: nil, place: nil, issuer: "River Basin Authority"),
        FieldRow(text: "Agency Statement on Debt Relief\n\nBELO HORIZONTE, BRAZIL--Assistant Secretary Jane Roe, who leads the delegation, "
                    + "issued the following statement:\n\n“We welcome the agreement.”",
                 title: "Agency Statement on Debt Relief", date: nil, place: "BELO HORIZONTE, BRAZIL", issuer: "Jane Roe"),
        FieldRow(text: "FROM: U.S. DEPARTMENT OF RIVERS\nAgency Welcomes Ceasefire Agreement\n\n\(body)",
                 title: "Agency Welcomes Ceasefire Agreement", date: nil, place: nil, issuer: "DEPARTMENT OF RIVERS"),
        FieldRow(text: "Agency Media Telebriefing: Update on the Floods\n\n\(body)",
                 title: "Agency Media Telebriefing: Update on the Floods", date: nil, place: nil, issuer: nil),
        FieldRow(text: "Agency Welcomes Ceasefire Agreement\n\nJUNE 14, 2022 — \(body)",
                 title: "Agency Welcomes Ceasefire Agreement", date: "2022-06-14", place: nil, issuer: "Agency"),
        FieldRow(text: "NTSB Press Release\n\nNational Transportation Safety Board\nOffice of Public Affairs\n\nWashington, DC  20594\nDecember 2, 2003\n\n\(body)",
                 title: nil, date: "2003-12-02", place: "Washington, DC", issuer: "National Transportation Safety Board"),
        FieldRow(text: "Commission welcomes the agreement\n\nEuropean Commission - Daily News\n\n\(body)",
                 title: "Commission welcomes the agreement", date: nil, place: nil, issuer: "Commission"),
        FieldRow(text: "\(body)\n\n-NSF-\n\nThe U.S. National Science Foundation propels the nation forward by advancing research.",
                 title: nil, date: nil, place: nil, issuer: "National Science Foundation"),
        FieldRow(text: "UNCLASSIFIED\n\nTHE HON JANE ROE MP\n\nPrime Minister\n\nJOINT MEDIA RELEASE\n\nNew projects for commuters\n\n\(body)",
                 title: "New projects for commuters", date: nil, place: nil, issuer: "Jane Roe"),
        FieldRow(text: "Visit by the President of Ruritania\n\nPrime Minister Jane Roe will welcome the President on Monday.\n\n"
                    + "Prime Minister Roe said:\n\n“We are delighted.”",
                 title: "Visit by the President of Ruritania", date: nil, place: nil, issuer: "Jane Roe"),
        // A copy's credit line at the foot names the body that issued it.
        FieldRow(text: "Arrest after the river floods\n\n\(body)\n\n\(body)\n\nSource: River Basin Police",
                 title: "Arrest after the river floods", date: nil, place: nil, issuer: "River Basin Police"),
        FieldRow(text: "Agency Honors Governor Roe for His Leadership; Group Also Awards Campbell (03/P078)\n\n"
                    + "Last modified on November 22nd, 2024 at 3:15 pm\n\nFOR IMMEDIATE RELEASE\n5/29/03\nContact: Mary Roe\n609-555-9289\n\n"
                    + "Agency Honors Governor Roe for His Leadership\n\n(03/78) TRENTON – \(body)",
                 title: "Agency Honors Governor Roe for His Leadership", date: "2003-05-29", place: "TRENTON", issuer: nil),
        FieldRow(text: "Minister to meet the diplomatic corps\n\n\(body)\n\n\(body)\n\n"
                    + "ISSUED BY THE DEPARTMENT OF RIVERS\nRiver Building\n460 River Road",
                 title: "Minister to meet the diplomatic corps", date: nil, place: nil, issuer: "DEPARTMENT OF RIVERS"),
        // A department over its date dates the release; wire datelines of two places, or long ones.
        FieldRow(text: "Public Works Department\nJune 3, 2015\n\nCity Closes Elm Street for Water Main Repair\n\n\(body)",
                 title: "City Closes Elm Street for Water Main Repair", date: "2015-06-03", place: nil, issuer: "Public Works Department"),
        FieldRow(text: "Acme Launches Recycling Partnership\n\nWINCHESTER, Virginia and BOISE, Idaho, Nov. 12, 2020 (GLOBE NEWSWIRE) — \(body)",
                 title: "Acme Launches Recycling Partnership", date: "2020-11-12", place: "WINCHESTER, Virginia and BOISE, Idaho", issuer: "Acme"),
        FieldRow(text: "Acme Announces First Quarter Results\n\nFORT WAYNE, Ind., June 07, 2023 (GLOBE NEWSWIRE) — \(body)",
                 title: "Acme Announces First Quarter Results", date: "2023-06-07", place: "FORT WAYNE, Ind.", issuer: "Acme"),
        // What a body owns acts in the headline: the body issues it.
        FieldRow(text: "River Trust’s 2022 AGM celebrates the best of history\n\n\(body)",
                 title: "River Trust’s 2022 AGM celebrates the best of history", date: nil, place: nil, issuer: "River Trust"),
        // A wire note's issuer named by an office, not a title and a name.
        FieldRow(text: "City Closes Elm Street\n\nSPRINGFIELD, Dec. 27 -- The mayor of the city of Springfield issued the following news release:\n\n\(body)",
                 title: "City Closes Elm Street", date: nil, place: "SPRINGFIELD", issuer: "mayor of the city of Springfield"),
        // A dateline's state abbreviated with a stop before its dash: the place, not the subject.
        FieldRow(text: "Department orders cleanup at river site\n\nSPRINGFIELD, Ill. – The Department of Rivers today ordered a cleanup.\n\n\(body)",
                 title: "Department orders cleanup at river site", date: nil, place: "SPRINGFIELD, Ill.", issuer: "Department of Rivers"),
        FieldRow(text: "COUNCIL OF\nTHE RIVER UNION\n\nPRESS RELEASE\n\n2744th Council Meeting\n\n\(body)",
                 title: "2744th Council Meeting", date: nil, place: nil, issuer: "COUNCIL OF THE RIVER UNION"),
        // A place in mixed case before a spaced hyphen, alone or with its region, is a dateline.
        FieldRow(text: "November 14, 2006\n\nWinnipeg - The Minister met veterans today in the city and thanked them.",
                 title: nil, date: "2006-11-14", place: "Winnipeg", issuer: nil),
        FieldRow(text: "Minister meets veterans\n\nOttawa, Ontario - The Minister met veterans today and thanked them.",
                 title: "Minister meets veterans", date: nil, place: "Ottawa, Ontario", issuer: "Minister"),
        // A byline's honours are no part of the name; a contact's post is no body.
        FieldRow(text: "The Hon Jane Roe AM MP\nMinister for the Environment\n\nSpecies - it's time to take action\n\n\(body)",
                 title: "Species - it's time to take action", date: nil, place: nil, issuer: "Jane Roe"),
        FieldRow(text: "\(body)\n\n- 30 -\n\nMedia Enquiries:\n\nJane Roe\n\nMedia Relations Advisor\n\nRiver Affairs Canada\n\n(613) 992-7468",
                 title: nil, date: nil, place: nil, issuer: "River Affairs Canada"),
        // "A Statement from ROLE, NAME, M.D., Regarding …": the name set off by commas issues it.
        FieldRow(text: "A Statement from the Agency Director, Jane A. Roe, M.D., Regarding the River Act\n\n\(body)",
                 title: "A Statement from the Agency Director, Jane A. Roe, M.D., Regarding the River Act", date: nil, place: nil,
                 issuer: "Jane A. Roe"),
        // A speaker's block under "Statement by …": the post's small words, and a place over the date.
        FieldRow(text: "Statement by Ambassador Jane Roe, Permanent Representative to the River Council, on the Floods\n\n"
                    + "Jane A. Roe\nU.S. Permanent Representative to the River Council\nNew York, NY\nAugust 23, 2011\n\n\(body)",
                 title: "Statement by Ambassador Jane Roe, Permanent Representative to the River Council, on the Floods",
                 date: "2011-08-23", place: "New York, NY", issuer: "Jane Roe"),
        // A page's title, the office that sends it, then the statement's own title, which names its issuer.
        FieldRow(text: "River Adviser on Clean Water Day\nDecember 11, 2009\n\nOffice of the Press Secretary\nDecember 10, 2009\n\n"
                    + "Statement by Ambassador Jane Roe on Clean Water Day\n\n\(body)",
                 title: "Statement by Ambassador Jane Roe on Clean Water Day", date: "2009-12-10", place: nil, issuer: "Jane Roe"),
        // A spokesperson's name over the post issues it; a headline naming a release names no one.
        FieldRow(text: "Reported Release on Bail of Six Journalists\n\nPress Statement\n\nJane Roe\n\nDepartment Spokesperson\n\n"
                    + "Washington, DC\n\nJanuary 27, 2015\n\nThe United States welcomes reports of six journalists released on bail.",
                 title: "Reported Release on Bail of Six Journalists", date: "2015-01-27", place: "Washington, DC", issuer: "Jane Roe"),
        // The name and its post on one line, a middle initial in the name: the name issues it.
        FieldRow(text: "Condemning the Attack on the River Dam\n\nPress Statement\n\nJane Q. Roe, Secretary of Rivers\n\n"
                    + "March 4, 2022\n\nThe United States condemns the attack on the dam.",
                 title: "Condemning the Attack on the River Dam", date: "2022-03-04", place: nil, issuer: "Jane Q. Roe"),
        // A page's record of when and by whom it was published, under its summary, dates it.
        FieldRow(text: "Flood warnings issued as rain hits the north\n\nResidents are urged to sign up for flood warnings as rain moves north.\n\n"
                    + "Published 4 October 2023\nFrom: River Agency\n\n\(body)",
                 title: "Flood warnings issued as rain hits the north", date: "2023-10-04", place: nil, issuer: "River Agency"),
        FieldRow(text: "Flood warnings issued as rain hits the north\n\nResidents are urged to sign up for flood warnings as rain moves north.\n\n"
                    + "From:\nRiver Agency\nPublished\n4 October 2023\n\n\(body)",
                 title: "Flood warnings issued as rain hits the north", date: "2023-10-04", place: nil, issuer: "River Agency"),
        // An ampersand inside a body's name, written "and" as prose writes it.
        FieldRow(text: "Flood warnings issued as rain hits the north\n\nResidents are urged to sign up for flood warnings as rain moves north.\n\n"
                    + "Published 4 October 2023\nFrom: Department for Rivers, Food & Rural Affairs\n\n\(body)",
                 title: "Flood warnings issued as rain hits the north", date: "2023-10-04", place: nil,
                 issuer: "Department for Rivers, Food and Rural Affairs"),
        // After a title and a name, a verb in -s the headline list lacks ends the name.
        FieldRow(text: "Senator Roe Introduces Bill to Protect River Towns\n\n\(body)",
                 title: "Senator Roe Introduces Bill to Protect River Towns", date: nil, place: nil, issuer: "Senator Roe"),
        // "Plans to", "Votes to": the verb ends the name; "Plans to Be" is the noun's.
        FieldRow(text: "River Safety Agency Plans to Open Flood Office\n\n\(body)",
                 title: "River Safety Agency Plans to Open Flood Office", date: nil, place: nil, issuer: "River Safety Agency"),
        FieldRow(text: "River Flood Plans to Be Reviewed\n\n\(body)",
                 title: "River Flood Plans to Be Reviewed", date: nil, place: nil, issuer: nil),
        // A place whose name holds an apostrophe, over the date.
        FieldRow(text: "Flood relief for river towns\n\nSt. John's, June 3, 2021\n\n\(body)",
                 title: "Flood relief for river towns", date: "2021-06-03", place: "St. John's", issuer: nil),
        // A date with stops between its numbers is a date, not a number to call; outside the
        // United States its day comes first.
        FieldRow(text: "Flood relief for river towns\n\nBrussels, 04.05.2023\n\n\(body)",
                 title: "Flood relief for river towns", date: "2023-05-04", place: "Brussels", issuer: nil),
        // A meeting's days, or a date without its year, date no one day; the place before them is still the place.
        FieldRow(text: "Flood relief for river towns\n\nBrussels, 17-18 July 2006\n\n\(body)",
                 title: "Flood relief for river towns", date: nil, place: "Brussels", issuer: nil),
        FieldRow(text: "Flood relief for river towns\n\nWashington, June 3\n\n\(body)",
                 title: "Flood relief for river towns", date: nil, place: "Washington", issuer: nil),
        // A full date ending the headline dates the release and is no part of its title; a year
        // alone does not date it, and a date after the title's colon stays the title's.
        FieldRow(text: "Flood relief for river towns Tuesday, March 3, 2015\n\n\(body)",
                 title: "Flood relief for river towns", date: "2015-03-03", place: nil, issuer: nil),
        FieldRow(text: "Minister's statement on the river floods: Tuesday, March 3, 2015\n\n\(body)",
                 title: "Minister's statement on the river floods: Tuesday, March 3, 2015", date: "2015-03-03", place: nil, issuer: nil),
        FieldRow(text: "Flood relief under the River Safety Act of 2015\n\n\(body)",
                 title: "Flood relief under the River Safety Act of 2015", date: nil, place: nil, issuer: nil),
        // A headline's date after its colon is the release's date.
        FieldRow(text: "Speech\n\nPrime Minister's statement on the floods: 16 March 2020\n\n\(body)",
                 title: "Prime Minister's statement on the floods: 16 March 2020", date: "2020-03-16", place: nil, issuer: nil),
        // A participle ends the name a statement's headline gives.
        FieldRow(text: "Statement by High Representative Jane Roe calling for an immediate de-escalation\n\n\(body)",
                 title: "Statement by High Representative Jane Roe calling for an immediate de-escalation", date: nil, place: nil,
                 issuer: "Jane Roe"),
        // A passive headline names whom it asks; the feed's line names the body.
        FieldRow(text: "News from the River Safety Agency\n\nPaper Forms Sent to Households to Remind Them to Respond\n\n\(body)",
                 title: "Paper Forms Sent to Households to Remind Them to Respond", date: nil, place: nil, issuer: "River Safety Agency"),
        // A headline's verb of advice names who gives it.
        FieldRow(text: "Agency Reminds Boaters to Wear Life Jackets\n\n\(body)",
                 title: "Agency Reminds Boaters to Wear Life Jackets", date: nil, place: nil, issuer: "Agency"),
        // A release that names no issuer in its parts: whoever speaks most in its body, named in full.
        FieldRow(text: "Boat season will open in June\n\nJune 3, 2021\n\nThe rivers will reopen next month after the floods.\n\n"
                    + "“We are ready,” said Jane Roe, the river warden. “The banks are safe,” Roe said.\n\n"
                    + "“Come back,” said Tom Ash, a boatman.",
                 title: "Boat season will open in June", date: "2021-06-03", place: nil, issuer: "Jane Roe"),
        // A month that is also a verb dates the dateline; a colon may end it, and the weekday is no place.
        FieldRow(text: "Agency Welcomes Ceasefire Agreement\n\nSpringfield, Illinois, March 5, 2019 – \(body)",
                 title: "Agency Welcomes Ceasefire Agreement", date: "2019-03-05", place: "Springfield, Illinois", issuer: "Agency"),
        FieldRow(text: "Agency Welcomes Ceasefire Agreement\n\nCANBERRA, Tuesday 5 March 2019: \(body)",
                 title: "Agency Welcomes Ceasefire Agreement", date: "2019-03-05", place: "CANBERRA", issuer: "Agency"),
        FieldRow(text: "Agency Welcomes Ceasefire Agreement\n\nBrussels, 5 May 2019 \(body)",
                 title: "Agency Welcomes Ceasefire Agreement", date: "2019-05-05", place: "Brussels", issuer: "Agency"),
        // A wire's dateline makes a release of a page with no head: the one who speaks in it issues it.
        FieldRow(text: "OTTAWA, May 6, 2018 /CNW/ - Today, the Honourable Jane Roe, Minister of Rivers, issued the following statement.\n\n"
                    + "“This week is River Safety Week,” said Minister Roe.\n\n\(body)",
                 title: nil, date: "2018-05-06", place: "OTTAWA", issuer: "Jane Roe"),
        // A page's label for its releases names no one: the body's first speaker issues it, and the
        // line under the label is the title.
        FieldRow(text: "PRESS RELEASES\nApply Now for Financial Aid\n\nFOR RELEASE:\nJanuary 10, 2007\n\n"
                    + "Secretary of Education Jane Roe today encouraged all students to file for aid.\n\n“Apply early,” Roe said.",
                 title: "Apply Now for Financial Aid", date: "2007-01-10", place: nil, issuer: "Jane Roe"),
        // An official whose post names the body they serve speaks for it: the body issues the release.
        FieldRow(text: "Wear a Life Jacket This Summer\n\nJune 3, 2021\n\nBoaters should wear a life jacket every time they go out.\n\n"
                    + "Forty drownings were counted this year by the River Safety Agency (RSA) in its annual report.\n\n"
                    + "“Most drownings happen close to shore,” said RSA Director Jane Roe.",
                 title: "Wear a Life Jacket This Summer", date: "2021-06-03", place: nil, issuer: "River Safety Agency"),
        // A date line whose columns ran together: after the date, a place and its region, then a name.
        FieldRow(text: "Statement by Minister Jane Roe on the Day of Mourning\n\nNews Release\n\n"
                    + "April 28, 2016 Gatineau, Quebec Employment and Social Development Canada\n\n\(body)",
                 title: "Statement by Minister Jane Roe on the Day of Mourning", date: "2016-04-28", place: "Gatineau, Quebec",
                 issuer: "Jane Roe"),
        // A sidebar's links under a contact block's numbers are no letterhead.
        FieldRow(text: "Apply Now for Financial Aid\n\nFOR RELEASE:\nJanuary 10, 2007\nContact: John Doe\n(202) 401-1576\n"
                    + "More Resources\nCollege Planning Tool\n\n"
                    + "Secretary of Education Jane Roe today encouraged all students to file for aid.\n\n“Apply early,” Roe said.",
                 title: "Apply Now for Financial Aid", date: "2007-01-10", place: nil, issuer: "Jane Roe"),
        // A wire's credit set on the date line's year.
        FieldRow(text: "Agency Statement on Political Uncertainty\n\nHARARE, Zimbabwe, November 16, 2017/APO Group/ --\n\n\(body)\n\n\(body)",
                 title: "Agency Statement on Political Uncertainty", date: "2017-11-16", place: "HARARE, Zimbabwe", issuer: "Agency"),
        // A post, then its holder's name set off by commas, in the headline: the holder issues it.
        FieldRow(text: "The Minister of River Heritage, Jane Roe, wishes all Canadians a happy River Day\n\n"
                    + "OTTAWA, July 1, 2023 /CNW/ - Happy River Day! Make the most of this day.\n\n\(body)",
                 title: "The Minister of River Heritage, Jane Roe, wishes all Canadians a happy River Day", date: "2023-07-01",
                 place: "OTTAWA", issuer: "Jane Roe"),
        // A section's one-word label beside the date line is no place.
        FieldRow(text: "Get ready for the summer heat with tips\n\nLast updated: 2020-06-22\n\nIssue\n\nMany places in the valley "
                    + "have a high number of heat waves, and extreme heat can put your health at risk.\n\n\(body)",
                 title: "Get ready for the summer heat with tips", date: "2020-06-22", place: nil, issuer: nil),
        // A headline opening with a verb's word or with the document's kind names no issuer.
        FieldRow(text: "Visit to Riverland\n\n  • Media Release\n\nToday I will travel to the River Valley to deepen the ties "
                    + "between our regions.\n\nThe valley and our region share a long history of trade and friendship.",
                 title: "Visit to Riverland", date: nil, place: nil, issuer: nil),
        FieldRow(text: "Joint statement on the worsening floods in the valley\n\n3 June 2021\n\nThe floods in the valley have worsened "
                    + "in recent days, and thousands have left their homes.\n\nThere can be no delay in bringing help to those who need it.",
                 title: "Joint statement on the worsening floods in the valley", date: "2021-06-03", place: nil, issuer: nil),
        // A page's label or a day's name beside the date is no place: the dateline's place is.
        FieldRow(text: "Agency Statement on River Safety\n\nJune 21, 2022 | Press Releases\n\nWASHINGTON, D.C. – \(body)\n\n\(body)",
                 title: "Agency Statement on River Safety", date: "2022-06-21", place: "WASHINGTON, D.C.", issuer: "Agency"),
        FieldRow(text: "Agency Welcomes Ceasefire Agreement\n\nThursday 21 July 2016\nThe River Agency has found that more than half "
                    + "of the beacons set off in the region were set off by accident.\n\n\(body)",
                 title: "Agency Welcomes Ceasefire Agreement", date: "2016-07-21", place: nil, issuer: "Agency"),
        // A post before a name the body never gives in full: the name alone.
        FieldRow(text: "River Heritage Minister Jane Roe shares a message with Canadians on River Day\n\n"
                    + "OTTAWA, July 1, 2024 /CNW/ - Happy River Day!\n\n\(body)",
                 title: "River Heritage Minister Jane Roe shares a message with Canadians on River Day", date: "2024-07-01",
                 place: "OTTAWA", issuer: "Jane Roe"),
        // A body the lede makes its subject issues a release whose parts name no one; officers are people.
        FieldRow(text: "Comment Period Reopened\n\nJune 3, 2021\n\nIn answer to many requests, the River Safety Agency has "
                    + "reopened the comment period on its boating rules.\n\nComments may be sent until the end of the month.",
                 title: "Comment Period Reopened", date: "2021-06-03", place: nil, issuer: "River Safety Agency"),
        FieldRow(text: "This week the River Safety Agency is encouraging boaters to wear a life jacket on every trip.\n\n"
                    + "Life jackets can be borrowed at every marina on the river.",
                 title: nil, date: nil, place: nil, issuer: "River Safety Agency"),
        FieldRow(text: "With storms moving toward the coast, the River Safety Agency (RSA) warns boaters to stay ashore "
                    + "this weekend.\n\nLife jackets can be borrowed at every marina on the river.",
                 title: nil, date: nil, place: nil, issuer: "River Safety Agency"),
        FieldRow(text: "Comment Period Reopened\n\nJune 3, 2021\n\nArmy Col. Jane Roe will brief the press on the "
                    + "comment period for the boating rules.\n\nComments may be sent until the end of the month.",
                 title: "Comment Period Reopened", date: "2021-06-03", place: nil, issuer: nil),
        // A dateline's date written close, or in brackets between two dashes.
        FieldRow(text: "Agency Welcomes Ceasefire Agreement\n\nBrussels, 23.11.2011 – \(body)",
                 title: "Agency Welcomes Ceasefire Agreement", date: "2011-11-23", place: "Brussels", issuer: "Agency"),
        FieldRow(text: "Agency Welcomes Ceasefire Agreement\n\nGENEVA, 23-Nov-2011 - \(body)",
                 title: "Agency Welcomes Ceasefire Agreement", date: "2011-11-23", place: "GENEVA", issuer: "Agency"),
        FieldRow(text: "Agency Welcomes Ceasefire Agreement\n\nWASHINGTON, D.C. – (Nov. 23, 2011) – \(body)",
                 title: "Agency Welcomes Ceasefire Agreement", date: "2011-11-23", place: "WASHINGTON, D.C.", issuer: "Agency"),
        // An ampersand between capitalised words inside a headline's subject.
        FieldRow(text: "Ruritania Fish & Wildlife Service Announces New Water Grants\n\nRIVERTON, June 3, 2021 – \(body)",
                 title: "Ruritania Fish & Wildlife Service Announces New Water Grants", date: "2021-06-03", place: "RIVERTON",
                 issuer: "Ruritania Fish and Wildlife Service"),
        FieldRow(text: "Roe & Doe Urge Harbour Board to Reopen the Northern Pier\n\nJune 21, 2022\n\n"
                    + "RIVERTON - Today, Senators Jane Roe and Mark Doe sent a letter to the harbour board, urging it to reopen the pier.\n\n"
                    + "\"The pier serves the whole coast,\" said the senators.\n",
                 title: "Roe & Doe Urge Harbour Board to Reopen the Northern Pier", date: "2022-06-21", place: "RIVERTON",
                 issuer: "Jane Roe and Mark Doe"),
        // A wire's note over the release opens with its dateline; a city's country in square brackets.
        FieldRow(text: "Agency Welcomes Ceasefire Agreement\n\nRIVERTON, Ore., Nov. 15 -- The Ruritania Harbour Board issued "
                    + "the following news release:\n\n\(body)",
                 title: "Agency Welcomes Ceasefire Agreement", date: nil, place: "RIVERTON, Ore.", issuer: "Ruritania Harbour Board"),
        FieldRow(text: "Agency Welcomes Ceasefire Agreement\n\nRiverton [Ruritania], August 6 (ANI/Sputnik): \(body)",
                 title: "Agency Welcomes Ceasefire Agreement", date: nil, place: "Riverton", issuer: "Agency"),
    ])
    func fields(_ row: FieldRow) {
        let structure = analyze(row.text).structure
        #expect(structure.title == row.title)
        #expect(structure.date == row.date)
        #expect(structure.place == row.place)
        #expect(structure.issuer == row.issuer)
    }

    /// A hard-wrapped e-mail release: its paragraphs' lines are one paragraph, read as one.
    /// The kind of document a site files a page as, alone over its title, is a release line.
    @Test(arguments: ["World news story", "Authored article", "Guidance", "Backgrounder", "Information update", "Press notice",
                      "Joint press release", "Joint media statement", "Ministerial statement", "News item", "Media alert"])
    func aDocumentKindOverTheTitleIsAReleaseLine(_ kind: String) {
        #expect(Self.kinds("\(kind)\n\nAgency Welcomes Ceasefire Agreement\n\n\(Self.body)") == [.release, .headline, .body])
    }

    /// A numeric date that reads either way puts the month first in a release that shows itself
    /// American, and is left unread in one that does not.
    @Test func anAmericanReleaseReadsItsNumericDateMonthFirst() {
        let american = "Agency Welcomes Ceasefire Agreement\n\nPosted 3/2/2012\n\nDETROIT – The U.S. River Agency welcomed the agreement."
        #expect(analyze(american).structure.date == "2012-03-02")
        let labelled = "Agency Welcomes Ceasefire Agreement\n\nRelease Date: 10/11/12\nContact: Jane Roe 307-555-0100\n\n"
            + "The U.S. River Agency welcomed the agreement."
        #expect(analyze(labelled).structure.date == "2012-10-11")
        let unknown = "Agency Welcomes Ceasefire Agreement\n\nPosted 3/2/2012\n\nThe River Agency welcomed the agreement."
        #expect(analyze(unknown).structure.date == nil)
    }

    /// A lede's dateline may give its date in figures: read month first under an American
    /// place and day first elsewhere, and no part of the place.
    @Test func aDatelineDatesTheReleaseInFigures() {
        let american = analyze("Agency Welcomes Ceasefire Agreement\n\nDENVER, Colo. (04/05/2022) – The River Agency welcomed the agreement.")
        #expect(american.structure.date == "2022-04-05")
        #expect(american.structure.place == "DENVER, Colo.")
        let european = analyze("Agency Welcomes Ceasefire Agreement\n\nLISBON, 04.05.2022 – The River Agency welcomed the agreement.")
        #expect(european.structure.date == "2022-05-04")
        #expect(european.structure.place == "LISBON")
    }

    /// A copy may set its dateline's dash as a minus sign or a figure dash: still a dateline.
    @Test func aMinusSignClosesADateline() {
        for dash in ["\u{2212}", "\u{2012}"] {
            let document = analyze("Agency Welcomes Ceasefire Agreement\n\nRIVERTON \(dash) The River Agency welcomed the agreement today.")
            #expect(document.structure.place == "RIVERTON")
        }
    }

    /// "Today Governor Jane Roe issued …, according to forecasts by the Weather Service": the
    /// opening's subject issues the release, not the source it cites late in the sentence.
    @Test func aSourceCitedLateInTheOpeningIsNotTheIssuer() {
        let text = "FLOOD EMERGENCY DECLARED FOR THE RIVER VALLEY\n\n(RIVERTON, Ruritania)\u{2014}Today Governor Jane Roe issued a State of "
            + "Emergency for the valley due to the threat posed by the rising river, which may flood the whole valley according to "
            + "current forecasts by the National Weather Service and National River Center.\n\n"
            + "\"I urge everyone in the valley to prepare now,\" Governor Roe said.\n"
        #expect(analyze(text).structure.issuer == "Jane Roe")
    }

    /// A release's number before its date on a line of their own names no place.
    @Test func aReleaseNumberBeforeItsDateIsNoPlace() {
        let document = analyze("Press Release Regarding the Floods\n\nNo: 30, 25 January 2015\n\nWe are deeply saddened by the loss of life.")
        #expect(document.structure.date == "2015-01-25")
        #expect(document.structure.place == nil)
    }

    /// A place in capitalised words, its date in brackets after it, then a dash, is a dateline.
    @Test func aBracketedDateClosesAPlaceInCapitalisedWords() {
        let document = analyze("Agency Welcomes Ceasefire Agreement\n\nPortland, Ore. (April 5, 2022) – The River Agency welcomed the agreement.")
        #expect(document.structure.date == "2022-04-05")
        #expect(document.structure.place == "Portland, Ore.")
    }

    /// A release that gives its date nowhere else is dated by the day its body calls today.
    @Test func theBodysTodayDatesARelease() {
        let text = "Agency Welcomes Ceasefire Agreement\n\nThe River Agency today (Tuesday 19 July 2016) welcomed the agreement.\n\n\(Self.body)"
        #expect(analyze(text).structure.date == "2016-07-19")
        let noYear = "Agency Welcomes Ceasefire Agreement\n\nThe River Agency today (19 July) welcomed the agreement.\n\n\(Self.body)"
        #expect(analyze(noYear).structure.date == nil)
    }

    @Test func hardWrappedReleases() {
        let text = """
            RELEASE: 21-044

            AGENCY WELCOMES CEASEFIRE AGREEMENT

            WASHINGTON -- The agency welcomed the agreement signed today and said
            it would support the monitors in the region with staff and funds.

            "This is a day for the region," said agency director Jane Roe. "We
            will work with all sides."

            -end-
            """
        let document = analyze(text)
        #expect(document.paragraphs.count == 5)
        #expect(Self.kinds(text) == [.release, .headline, .body, .body, .endMark])
        #expect(document.structure.place == "WASHINGTON")
        #expect(document.structure.dateline(ofParagraph: 2).map { document.text(of: $0) } == "WASHINGTON --")
        #expect(document.quotes.map(\.speaker) == ["Jane Roe", "Jane Roe"])
    }

    /// Headlines and contacts are shown, not read: a quote or a call in them is no quote or call.
    @Test func onlyReadPartsAreSearched() {
        let text = """
            Agency Says "We Call On All Sides To Stop"

            Contact: Jane Roe, 202-555-0100, "press desk"

            The agency said the parties must return to talks.
            """
        let document = analyze(text)
        #expect(Self.kinds(text) == [.headline, .contact, .body])
        #expect(document.quotes.allSatisfy { $0.paragraph == 2 })
        #expect(document.callsToAction.allSatisfy { $0.paragraph == 2 })
    }

    /// A quotation with no frame under "A Statement from ROLE, NAME": NAME speaks; an office that
    /// says what it is, last, is boilerplate; one that "reminds everyone" is still the body.
    @Test func aStatementFromANamedHolder() {
        let text = """
            A Statement from the Agency Director, Jane A. Roe, M.D., Regarding the River Act

            “I commend Congress for its support.”

            The Office of the Director, the central office at the Agency, is responsible for setting policy.
            """
        let document = analyze(text)
        #expect(document.quotes.map(\.speaker) == ["Jane A. Roe"])
        #expect(Self.kinds(text) == [.headline, .body, .boilerplate])
        let reminder = Self.kinds("Road Closed for Cleanup\n\nThe road closes on June 14.\n\n"
            + "The Department of Transportation and Works reminds everyone to dispose of garbage properly.\n\n- 30 -")
        #expect(reminder == [.headline, .body, .body, .endMark])
    }

    /// "We" and "the statement said" in the body resolve to an issuer the release names.
    @Test func theIssuerSpeaksForTheStatement() {
        let text = """
            River Basin Authority Statement on the Floods

            The River Basin Authority mourns those who died. We call on residents to stay away from the river banks.
            """
        let document = analyze(text)
        #expect(document.structure.issuer == "River Basin Authority")
        #expect(document.callsToAction.first?.actor == "River Basin Authority")
    }

    /// A headline's "US Embassy" is the body's "U.S. Embassy": the name as the body spells it.
    @Test func theIssuerIsSpelledAsTheBodySpellsIt() {
        let text = """
            US Embassy Statement on the Floods

            The U.S. Embassy mourns those who died. The Embassy urges residents to stay away from the river banks.
            """
        #expect(analyze(text).structure.issuer == "U.S. Embassy")
    }

    /// An office as the headline's label is no one's voice until the body names who holds it.
    @Test func anOfficeInTheHeadlineSpeaksAsItsHolder() {
        let text = """
            Transport Secretary: stay off the river this weekend

            With warm weather this weekend people may feel tempted to head out.

            Transport Secretary Jane Roe said:

            I know that people may feel tempted to head out.

            But I want to urge everyone to stay away from the river banks.
            """
        let document = analyze(text)
        #expect(document.structure.issuer == "Jane Roe")
        #expect(document.callsToAction.map(\.actor) == ["Jane Roe"])
    }

    /// `text` and `markdown` reports head the statement with what the structure gives, and a
    /// plain statement's reports are as they were.
    @Test func reportsPrintTheHeader() {
        let release = analyze("Agency Welcomes Ceasefire Agreement\n\nGENEVA, 3 June 2021 – \(Self.body)")
        let text = TextReport.render(release)
        #expect(text.contains("\nTitle: Agency Welcomes Ceasefire Agreement\nDate: 2021-06-03\nPlace: GENEVA\nIssuer: Agency\n"))
        #expect(MarkdownReport.render(release).contains("- **Title**: Agency Welcomes Ceasefire Agreement\n- **Date**: 2021-06-03\n"))
        let plain = analyze(Self.body)
        #expect(!TextReport.render(plain).contains("Title:"))
        #expect(!MarkdownReport.render(plain).contains("**Title**"))
    }

    /// An issuer the body never names still speaks for its "we"; an introduced speaker's
    /// statement is theirs.
    @Test func theIssuerIsTheVoiceOfTheBody() {
        let named = analyze("""
            The floods

            Floodwater rose again overnight in the valley.

            All residents must stay away from the river banks.

            Media Relations
            River Basin Authority
            555-010-0199
            """)
        #expect(named.callsToAction.map(\.actor) == ["River Basin Authority"])
        let introduced = analyze("""
            Statement to Parliament: the floods

            Minister for Rivers Jane Roe:

            We advise residents to stay away from the river banks.
            """)
        #expect(introduced.structure.issuer == "Jane Roe")
        #expect(introduced.callsToAction.map(\.actor) == ["Jane Roe"])
        // A heading that gives the quotes under it away gives their speaker.
        let attributed = analyze("""
            Warning about river scams

            Department of Rivers

            Quotes attributable to Rivers Minister Jane Roe MP

            "Officials will phone you only from a published number."
            """)
        #expect(attributed.quotes.map(\.speaker) == ["Jane Roe"])
    }

    /// A page is posted after the release it carries: of the head's dates some days apart, the
    /// earliest is the release's; one months back is some other day's.
    @Test func theHeadsEarliestDateIsTheRelease() {
        let posted = analyze("Thursday, June 10, 2021\n\nAgency Welcomes Ceasefire Agreement\n\n"
            + "By Jane Roe, River Agency\nJune 9, 2021\n\n\(Self.body)\n\n\(Self.body)")
        #expect(posted.structure.date == "2021-06-09")
        let older = analyze("Thursday, June 10, 2021\n\nAgency Welcomes Ceasefire Agreement\n\n"
            + "By Jane Roe, River Agency\nMarch 9, 2021\n\n\(Self.body)\n\n\(Self.body)")
        #expect(older.structure.date == "2021-06-10")
    }

    /// A bare date a paragraph or two under the standfirst is the release's date line; under a
    /// label ("Date") it is an event's.
    @Test func aBareDateUnderTheStandfirstDatesTheRelease() {
        let text = "Rivers Minister Welcomes Flood Plan\n\nResidents of the valley must prepare for more floods this winter, "
            + "the minister said in a statement on the new plan.\n\nPDF version of the flood plan (PDF 18 KB)\n\n4 March 2019\n\n"
            + "\(Self.body)\n\n\(Self.body)"
        #expect(Self.kinds(text)[3] == .dateline)
        #expect(analyze(text).structure.date == "2019-03-04")
        let event = "Rivers Minister to Visit the Valley\n\nThe minister will visit the valley to see the new flood defences "
            + "and meet residents.\n\nDate\n\nMonday, 4 March 2019\n\n\(Self.body)"
        #expect(Self.kinds(event)[3] == .body)
    }

    /// A transcript that opens with the question asked: the one who asks issues nothing.
    @Test func aQuestionerIssuesNoTranscript() {
        let text = """
            Press conference, Riverton

            • Joint transcript, E&OE
            • Jane Roe MP, Minister for Rivers
            • John Doe MP, Premier of the Coast

            Journalist: Minister, have you got an update on the floods?

            Jane Roe, Minister for Rivers: Thanks for the question. The water is falling and the roads will reopen on Monday.
            """
        #expect(analyze(text).structure.issuer != "Journalist")
    }

    /// A headline in capitals set over two paragraphs is one headline, and the title is all of it.
    @Test func aHeadlineInCapitalsRunsOnIntoTheNextParagraph() {
        let text = "FOR IMMEDIATE RELEASE\n\nNo. 24-12\n\nMarch 4, 2024\n\nRIVER AGENCY REPORT FINDS NEW WAYS TO PROTECT\n\n"
            + "THE VALLEY'S WETLANDS FROM FLOODS\n\n\(Self.body)\n\n\(Self.body)"
        #expect(Self.kinds(text)[3] == .headline)
        #expect(Self.kinds(text)[4] == .headline)
        #expect(analyze(text).structure.title == "RIVER AGENCY REPORT FINDS NEW WAYS TO PROTECT THE VALLEY'S WETLANDS FROM FLOODS")
    }

    /// "Background" alone at the foot heads the notes to editors.
    @Test func backgroundHeadsTheNotesToEditors() {
        let text = "Council to plant trees this winter\n\n\(Self.body)\n\n\(Self.body)\n\nBackground\n\n"
            + "The planting is paid for by the 2023 budget."
        #expect(Self.kinds(text) == [.headline, .body, .body, .editorNote, .editorNote])
    }

    /// Above the headline, sentences that give a number to call are the site's notice: a
    /// headline is one sentence and gives none.
    @Test func aNoticeWithANumberAboveTheHeadlineIsTheSites() {
        let text = "The Riverton office is closed this week for repairs to its roof. For help, call the agency on 1800 555 0100 "
            + "or write to help@rivers.example\n\n"
            + "Keep your flood kit ready this winter\n\n\(Self.body)\n\n\(Self.body)"
        #expect(Self.kinds(text) == [.trail, .headline, .body, .body])
        #expect(analyze(text).structure.title == "Keep your flood kit ready this winter")
    }

    /// "Water Board Opens New Reservoir": a verb after the body's noun makes the line a headline,
    /// not the body's letterhead, and the sentence under it is its deck.
    @Test func aHeadlineOpeningWithABodysNameIsNoLetterhead() {
        let text = "NEWS RELEASE\n\nCounty Water Board Opens New Reservoir\n\n"
            + "Reservoir will hold a year of water for the valley towns\n\nMay 6, 2025\n\n\(Self.body)\n\n\(Self.body)"
        #expect(Self.kinds(text).prefix(4) == [.release, .headline, .subheadline, .dateline])
        #expect(analyze(text).structure.title == "County Water Board Opens New Reservoir")
    }

    /// "SPORT" alone over the headline is the page's section label, and the head under it is read.
    @Test func aOneWordSectionLabelOverTheHeadlineIsTrail() {
        let text = "SPORT\n\nRiverton wins the county rowing cup for a third year\n\nBy Jane Roe\n\n\(Self.body)\n\n\(Self.body)"
        #expect(Self.kinds(text) == [.trail, .headline, .byline, .body, .body])
        #expect(analyze(text).structure.title == "Riverton wins the county rowing cup for a third year")
    }

    /// "Governor Launches … Program": a post's holder doing something is a headline, though the
    /// line ends in a body's noun; it is neither the letterhead nor the issuer.
    @Test func aHeadlineOpeningWithAPostIsNoLetterhead() {
        let text = "Governor Launches Rural Broadband Program\n\nThe program will connect 40,000 homes by 2027\n\n"
            + "May 6, 2025\n\n\(Self.body)\n\n\(Self.body)"
        #expect(Self.kinds(text).prefix(3) == [.headline, .subheadline, .dateline])
        #expect(analyze(text).structure.issuer != "Governor Launches Rural Broadband Program")
    }

    /// A body's name and its office over the release line are the letterhead; the title-case
    /// line under them telling what a post's holder did is the headline, not a byline.
    @Test func aHeadlineUnderTheLetterheadsReleaseLineIsNoByline() {
        let text = "Department of Rivers\n\nOffice of Public Affairs\n\nFOR IMMEDIATE RELEASE\n\n"
            + "Rivers Minister Opens Three New Flood Barriers\n\n\(Self.body)\n\n\(Self.body)"
        #expect(Self.kinds(text).prefix(4) == [.release, .release, .release, .headline])
        #expect(analyze(text).structure.title == "Rivers Minister Opens Three New Flood Barriers")
    }

    /// "Statements home | Search results | Full text" over the page: the site's bar of links is trail, and
    /// the headline is read under it.
    @Test func aBarOfLinksOverTheHeadIsTrail() {
        let text = "Statements home | Search results | Full text\n\nMay 6, 2025\n\nRemarks to the press after the board meeting\n\n"
            + "\(Self.body)\n\n\(Self.body)"
        #expect(Self.kinds(text).prefix(3) == [.trail, .dateline, .headline])
        #expect(analyze(text).structure.title == "Remarks to the press after the board meeting")
    }

    /// "Share by email", "Email this story": a page's buttons to pass it on, under the contact, are trail.
    @Test func buttonsToPassThePageOnAreTrail() {
        let text = "Harbour Board Names New Chair\n\nMay 6, 2025\n\n\(Self.body)\n\n\(Self.body)\n\n"
            + "Media contact: Jane Roe 555 0100\n\nShare on Facebook\nShare by email\n\nEmail this story"
        #expect(Self.kinds(text).suffix(3) == [.contact, .trail, .trail])
    }

    /// "About Harbour Robotics" over a paragraph telling what the company does, above the media
    /// contact, with no end mark: the heading and its paragraph are the boilerplate.
    @Test func anAboutHeadingOverProseInTheFootIsBoilerplate() {
        let text = "Harbour Robotics Names New Chair\n\nMay 6, 2025\n\n\(Self.body)\n\n\(Self.body)\n\nAbout Harbour Robotics\n\n"
            + "Harbour Robotics makes machines for ports and ships them to twelve countries from its plant in Leith.\n\n"
            + "Media Contact:\n\nJane Roe\nHarbour Robotics\n555-0100"
        #expect(Self.kinds(text).suffix(4) == [.boilerplate, .boilerplate, .contact, .contact])
    }

    /// "Comments" and "Please log in to comment." closing a news page are its comment box, and the
    /// copyright line above them is the page's too.
    @Test func aCommentBoxClosingThePageIsTrail() {
        let text = "Harbour Board Names New Chair\n\nMay 6, 2025\n\n\(Self.body)\n\n\(Self.body)\n\n"
            + "Copyright 2025 The Harbour Times. All rights reserved.\n\nComments\n\nPlease log in to comment."
        #expect(Self.kinds(text).suffix(3) == [.trail, .trail, .trail])
    }

    /// "Police Seek Witnesses to Crash": the verb's base form after the subject, words after it,
    /// is no issuer's name; the lede's body issues it.
    @Test func aHeadlinesPluralSubjectAndItsVerbAreNoIssuer() {
        let text = "Police Seek Witnesses to Harbour Crash\n\nMay 6, 2025\n\n"
            + "The Riverton Police Department is asking anyone who saw the crash on Dock Road to come forward.\n\n\(Self.body)"
        #expect(analyze(text).structure.issuer != "Police Seek Witnesses")
    }

    /// "Ministry of Rivers / Riverton, 4 May 2021" signing the statement at its foot dates it when
    /// the head gives no date.
    @Test func aSignatureAtTheFootDatesTheStatement() {
        let text = "Riverton condemns attack on aid convoy\n\n\(Self.body)\n\n\(Self.body)\n\nMinistry of Rivers\nRiverton, 4 May 2021"
        #expect(analyze(text).structure.date == "2021-05-04")
    }

    /// "Opening remarks to the press …": the word says when in a meeting the remarks were given,
    /// not who gave them.
    @Test func openingRemarksNameNoIssuer() {
        #expect(IssuerFinder.fromHeadline("Opening remarks to the press after the board meeting") == nil)
    }

    /// "New Cabinet Meets": a body said to be new is what the headline is about, not whose
    /// release it is; a name that opens the subject still gives the issuer.
    @Test func aNewBodyInAHeadlineNamesNoIssuer() {
        #expect(IssuerFinder.fromHeadline("New Cabinet Meets") == nil)
        #expect(IssuerFinder.fromHeadline("New Cabinet Meets", anyVerb: true) == nil)
        #expect(IssuerFinder.fromHeadline("Riverton Cabinet Meets") == "Riverton Cabinet")
    }

    /// "FTCs Chairman Plans to …": letters with an "s" that lost its apostrophe own what follows,
    /// and a body that spells the letters out without brackets gives the name.
    @Test func lettersWithoutAnApostropheOwnTheSubject() {
        #expect(IssuerFinder.fromHeadline("RRBs Chair Plans to Hold Rates") == "RRB")
        #expect(IssuerFinder.spelledOut("RRB", in: "The Riverton Rivers Board's chair said today …") == "Riverton Rivers Board")
    }

    /// A headline that opens in lowercase with a word in -s has no subject before it to test
    /// (the fuzzer found it reading the word before the first).
    @Test func aHeadlineOpeningInLowercaseNamesNoIssuer() {
        #expect(IssuerFinder.fromHeadline("pupils returns to school", anyVerb: true) == nil)
    }

    /// "Secretary-General Jane Roe" as a byline: the post's holder issues it.
    @Test func aPostBeforeANameInABylineGivesTheHolder() {
        #expect(IssuerFinder.fromByline("Secretary-General Jane Roe") == "Jane Roe")
    }

    /// "Embassy in Northport" opening the page: a body's name, then the place it stands
    /// in, is the letterhead and names the issuer.
    @Test func aBodyInAPlaceIsALetterhead() {
        let text = "U.S. Embassy in Northport\n\nStatement on the Harbour Fire\n\nMay 6, 2025\n\n\(Self.body)"
        #expect(Self.kinds(text).first == .release)
        #expect(analyze(text).structure.issuer == "U.S. Embassy in Northport")
        #expect(IssuerFinder.bodyName("Press Releases: Violence in Riverton") == nil)
    }

    /// "RCB Statement on …" over a body that spells the letters out before them in brackets: the
    /// issuer is the name the body gives, though its initials are not all the letters.
    @Test func lettersTheBodySpellsOutGiveTheName() {
        let text = "RCB Statement on the Floods\n\nThe Rivers and Canals Board of Ruritania (RCB) welcomed the agreement today.\n\n\(Self.body)"
        #expect(analyze(text).structure.issuer == "Rivers and Canals Board of Ruritania")
        #expect(IssuerFinder.spelledOut("RCB", in: "What The Rivers and Canals Board (RCB) will do") == "Rivers and Canals Board")
    }

    /// "Minister Roe to Announce …" over "Media advisory": the advisory announces what the
    /// official will do; the body its contacts name sends it out and issues it.
    @Test func anAdvisoryIsIssuedByTheBodyNotItsHost() {
        let text = "Minister Roe to Announce Support for Harbour Repairs\n\nMedia advisory\n\n"
            + "NORTHPORT — The Honourable Jane Roe, Minister of Transport, will make an announcement on harbour repairs.\n\n"
            + "Date: Monday, March 14, 2022\n\nContacts\n\nMedia Relations\nRuritania Harbours Canada\nNorthport\n343-292-6100"
        #expect(analyze(text).structure.issuer == "Ruritania Harbours Canada")
    }

    /// "The Rt Hon Jane Roe MP" under a speech page's summary: the speaker's name under honours
    /// is its byline, not the speech's first paragraph.
    @Test func honoursUnderTheSummaryAreTheByline() {
        let text = "Speech\n\nPrime Minister's statement on the floods: 3 March 2025\n\n"
            + "Prime Minister Jane Roe made a statement on the floods.\n\nThe Rt Hon Jane Roe MP\n\n"
            + "Good afternoon everybody, thank you very much for coming today.\n\n\(Self.body)"
        #expect(Self.kinds(text) == [.release, .headline, .subheadline, .byline, .body, .body])
    }

    /// "Riverton, R.L. / Phone: 292-693-4679" among the head's contact lines: the office's place
    /// over its number is whom to call, not the release's dateline.
    @Test func aPlaceOverAPhoneIsAContact() {
        let text = "FOR IMMEDIATE RELEASE\n\nRiverton, R.L.\n   Phone:     292-693-4679      202-693-4651\n\n"
            + "Statement by Minister Jane Roe on Harbour Week\n\nRIVERTON - Minister Jane Roe today issued the following statement.\n\n\(Self.body)"
        #expect(Self.kinds(text) == [.release, .contact, .headline, .body, .body])
    }

    /// "Ruritania Harbour Board, Office of Public Affairs" opening the page: a body and its
    /// office after a comma are the letterhead, whatever block follows.
    @Test func aBodyAndItsOfficeOpeningThePageAreTheLetterhead() {
        let text = "Ruritania Harbour Board, Office of Public Affairs\n\n"
            + "News Media Contact:\nJane Doe, (202) 586-4940\nFor Immediate Release\nDecember 15, 2008\n"
            + "RIVERTON - The board welcomed the agreement today.\n\n\(Self.body)"
        #expect(Self.kinds(text).first == .release)
    }

    /// "Met Office Chief Forecaster, Jane Roe says:": the body named only in its official's
    /// post issues the release, not the official.
    @Test func aBodyNamedOnlyInItsOfficialsPostIsTheIssuer() {
        let text = "Cold weather raises alert\n\n28 November 2008\n\nFreezing fog will make driving hard this weekend.\n\n"
            + "Ruritania Weather Office Chief Forecaster, Dana Whitfield says: \"Check the latest forecasts before you travel.\"\n"
        #expect(analyze(text).structure.issuer == "Ruritania Weather Office")
    }

    /// "Release Date: May 4, 2019RIVERTON - Today, …": head lines run into the first body
    /// block, the year glued to the dateline; the title, date and place still come from them.
    @Test func aHeadRunIntoTheLedeGivesTitleDateAndPlace() {
        let text = "Ruritania Harbour Board News\n\nMinister Roe Statement on the Opening of the New Harbour Bridge\n"
            + "Release Date: May 4, 2019RIVERTON - Today, Minister of Harbours Jane Roe released the following statement on the opening of the bridge:\n\n"
            + "\"The bridge will serve the whole coast for many years to come, and we are proud of those who built it.\"\n"
        let structure = analyze(text).structure
        #expect(structure.title == "Minister Roe Statement on the Opening of the New Harbour Bridge")
        #expect(structure.date == "2019-05-04")
        #expect(structure.place == "RIVERTON")
    }

    /// "Roe, Doe Urge …": a headline's surnames are the people the body names in full, who
    /// issue the release together.
    @Test func aHeadlinesSurnamesAreThePeopleTheBodyNames() {
        let text = "Roe, Doe Urge Harbour Board to Reopen the Northern Pier\n\nJune 21, 2022\n\n"
            + "RIVERTON - Today, Senators Jane Roe and Mark Doe sent a letter to the harbour board, urging it to reopen the pier.\n\n"
            + "\"The pier serves the whole coast,\" said the senators.\n"
        #expect(analyze(text).structure.issuer == "Jane Roe and Mark Doe")
    }

    @Test func aPlainStatementHasAPlainStructure() {
        #expect(analyze("The mayor said the roads would reopen on Monday.").structure == .plain)
    }

    /// "Governor urges …" over a lede naming "Gov. Jane Roe": the bare post as issuer is the
    /// person the body gives it, in its short form too.
    @Test func aHeadlinesBarePostIsItsHolder() {
        let document = analyze("Governor urges residents to heed warnings\n\n"
                               + "COLUMBIA – Gov. Jane Roe urged residents on Tuesday to heed warnings about the storm.\n\n"
                               + "\"We must be vigilant,\" Roe said.")
        #expect(document.structure.issuer == "Jane Roe")
    }

    /// "SOURCE Ministry of Harbours" over one line holding two contacts, each after a semicolon
    /// with its number: the wire's credit and the contacts, and neither names the issuer.
    @Test func aLineOfSeveralContactsIsTheContacts() {
        let text = "RIVERTON, May 4, 2019 /Wire/ - Minister Jane Roe made the following statement today.\n\n"
            + "\"The new pier will serve the whole coast for many years to come.\"\n\n"
            + "SOURCE Ministry of Harbours\n\n"
            + "Mark Doe, Office of the Minister of Harbours and Coastal Affairs, 613-555-0100; Media Relations, Ministry of Harbours, (613) 555-0101\n\n"
            + "Share this article\n"
        let structure = analyze(text).structure
        #expect(Self.kinds(text).suffix(3) == [.trail, .contact, .trail])
        #expect(structure.issuer == "Jane Roe")
    }

    /// "WASHINGTON, 2015-11-21 — /Wire/ —": a date written year first ends the dateline's place.
    @Test func aYearFirstDateEndsTheDatelinesPlace() {
        let text = "Agency Warns Shoppers of Gift Card Scams\n\n"
            + "WASHINGTON, 2015-11-21 — /Retail Wire/ — The agency today urged shoppers to check their gift cards.\n"
        let structure = analyze(text).structure
        #expect(structure.place == "WASHINGTON")
        #expect(structure.date == "2015-11-21")
    }

    /// "The following statement was issued today by the Spokesman for …:" under a number block and a
    /// headline in capitals: the release's own line over its text, not a site's note over a copy.
    @Test func aReleasesOwnIssuedTodayLineIsNoWireNote() {
        let text = "SG/SM/9001\n12/03/2004\nPress Release\nSG/SM/9001\n\n"
            + "SECRETARY-GENERAL WELCOMES AGREEMENT ON RIVER TREATY\n\n"
            + "The following statement was issued today by the Spokesman for Secretary-General Jane Roe:\n\n"
            + "The Secretary-General welcomes the agreement reached on the river treaty. He urges both sides to carry it out in good faith.\n"
        let kinds = Self.kinds(text)
        #expect(kinds[0] == .release)
        #expect(kinds[1] == .headline)
        #expect(kinds[2] == .body)
        #expect(analyze(text).structure.title == "SECRETARY-GENERAL WELCOMES AGREEMENT ON RIVER TREATY")
        #expect(!StructureFinder.isWireNote("The following statement was issued today by the Spokesman for Secretary-General Jane Roe:"))
        #expect(StructureFinder.isWireNote("The following statement was published by the Department on Nov. 6, 2008. It is reproduced in full below."))
    }

    /// A headline in capitals run on into a line that names a post ("PRESIDENT-ELECT'S …") is
    /// one headline still, not a headline and a byline.
    @Test func aCapitalsHeadlineRunsOnOverAPostsWord() {
        let text = "SG/SM/9002\n14/03/2004\nPress Release\nSG/SM/9002\n\n"
            + "SECRETARY-GENERAL WELCOMES VOTE, WILL STUDY\n\n"
            + "PRESIDENT-ELECT’S PLANS FOR NEW TALKS ON THE RIVER\n\n"
            + "The following statement was issued today by the Spokesman for Secretary-General Jane Roe:\n\n"
            + "The Secretary-General welcomes the vote held on Sunday. He will study the plans with care.\n"
        let kinds = Self.kinds(text)
        #expect(kinds[1] == .headline)
        #expect(kinds[2] == .headline)
    }

    /// A statement signed at its foot: the name with its post, or the post over a name, is the
    /// byline, and the place and date under it the dateline, which give the place.
    @Test func aSignatureAtTheFootIsBylineAndDateline() {
        let body = "Statement on the floods in the river valley\n\n"
            + "The Secretary-General is deeply saddened by the floods in the river valley. He extends his condolences to the families of the victims.\n\n"
            + "The United Nations stands ready to help.\n\n"
        let signed = body + "Jane Roe, Deputy Spokesperson for the Secretary-General\n\nGeneva, 4 March 2021\n"
        #expect(Self.kinds(signed).suffix(2) == [.byline, .dateline])
        #expect(analyze(signed).structure.place == "Geneva")
        let lines = body + "Jane Roe\n\nDepartment Spokesperson\n\nWashington, DC\n\nSeptember 7, 2018\n"
        #expect(Self.kinds(lines).suffix(4) == [.byline, .byline, .dateline, .dateline])
        #expect(analyze(lines).structure.date == "2018-09-07")
        let chief = "Chief Roe Releases Statement on Recent Violence\n\n"
            + "“I continue to be concerned about the violence we have seen in our city. We will not rest until those responsible are found.”\n\n"
            + "Chief Jane Roe\n"
        #expect(Self.kinds(chief).last == .byline)
        #expect(analyze(chief).structure.issuer == "Jane Roe")
    }

    /// "Previous Post / Next Post / Deputies Honored at Banquet": a blog's links to the posts
    /// beside it, with their titles, are the page's furniture.
    @Test func postNavigationWithItsTitlesIsTrail() {
        let text = "Sheriff Announces Arrest in Burglaries\n\n"
            + "The Sheriff said today that deputies arrested a man on Main Street after a long chase.\n\n"
            + "The man was taken to the county jail.\n\n"
            + "Previous Post\nNext Post\nDeputies Honored at Banquet\n"
        #expect(Self.kinds(text).last == .trail)
    }

    /// "Sheriff Jane Roe Announces: …" as the headline: the label's verb is no part of the name.
    @Test func aHeadlineLabelsVerbIsNoPartOfTheIssuer() {
        let text = "Sheriff Jane Roe Announces: Jail Lobbies Reopen to the Public\n\n"
            + "The jail lobbies have reopened to the public today. Normal operations will resume immediately.\n"
        #expect(analyze(text).structure.issuer == "Jane Roe")
    }

    /// "Sheriff Jane Roe Announces:" opening the body: the label's verb is no part of the name
    /// of who issues it, nor of the speaker's.
    @Test func aLabelLinesVerbIsNoPartOfTheName() {
        let text = "Monday, February 7, 2022\n\nJail Lobbies Reopened\n\nSheriff Jane Roe Announces:\n\n"
            + "The jail lobbies have reopened to the public today. Normal operations will resume immediately.\n"
        #expect(analyze(text).structure.issuer == "Jane Roe")
    }
}
