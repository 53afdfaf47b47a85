/// The words that mark a release's parts, as data: a paragraph opening with one of these (case
/// and leading bullets ignored) is that part. To add a cue, add a row here and one to
/// `StructureTests`' table.
enum PartCues {
    /// What opens a writer's byline before the name: "By Jane Roe", "Story and photos by Sgt. John Doe".
    static let bylines = [
        "by", "story by", "written by", "posted by", "submitted by", "story and photos by", "story and photo by",
        "article by", "words by", "text by", "reported by", "report by", "authored by",
    ]

    /// Last words of a writer's post after the name ("Jane Roe, Staff Writer"): whose story it is,
    /// not who issues the release.
    static let writersPosts: Set<String> = ["writer", "correspondent", "reporter", "editor", "photographer", "contributor", "columnist"]

    /// The kinds of place whose government issues releases under the place's name ("City of Riverton").
    static let localGovernments: Set<String> = [
        "city", "county", "town", "township", "borough", "village", "municipality", "shire", "parish", "district",
    ]

    /// Release lines: the paragraph is the cue alone, or the cue with a number, a date or a
    /// source after it ("RELEASE: 07-55", "Media Advisory M-12-044", "Status Report From: NASA HQ").
    static let release = [
        // (Before "release": the first cue that opens the line is the one read.)
        "release details", "date of release", "government response", "oral statement to parliament", "written statement to parliament",
        "statement to parliament", "case study", "policy paper",
        "for immediate release", "for release", "immediate release", "media advisory", "media note", "news release",
        "press release", "press statement", "joint statement", "joint communique", "joint communiqué", "news advisory",
        "release", "status report", "readout", "statement", "media release", "news item", "news", "communique", "communiqué",
        "embargoed", "under embargo", "embargo", "as prepared for delivery", "check against delivery", "advisory",
        "daily news", "joint media release", "unclassified", "the press release issued by",
        "fact sheet", "trade release", "speech", "news story", "transcript", "transcript e&oe", "e&oe", "campaign", "prn:",
        // The kinds of document a government site files a page as, over its title.
        "world news story", "authored article", "opinion piece", "op-ed", "guidance", "notice", "correspondence",
        "consultation outcome", "independent report", "corporate report", "announcement", "backgrounder", "information update",
        "press notice", "public notice",
        "joint press release", "joint news release", "joint media statement", "joint press statement", "joint declaration",
        "ministerial statement", "official statement", "media alert", "press alert", "news brief", "press bulletin",
        "news article", "notice to media", "photo release", "video release",
    ]

    /// The kinds of release a letterhead's line ends in: "BUREAU OF LAND MANAGEMENT NEWS RELEASE".
    static let releaseKinds = ["news release", "press release", "media release", "media advisory"]

    /// The release lines that open a letterhead's block of lines.
    static let releaseTimings = ["for immediate release", "for release"]

    /// The labels a release's number stands after: "No. 45/2021", "Release Number: HQ-05-309".
    static let numberLabels: Set<Substring> = ["no", "no.", "number", "number:", "no:", "#", "id", "id:", "ref", "ref.", "ref:", "reference:"]

    /// End marks, the whole paragraph once spaces are dropped and case is ignored.
    static let endMarks: Set<String> = ["###", "-###-", "endsnotestoeditors"]

    /// End marks once their dashes, brackets and slashes are dropped too: "-end-", "[ENDS]",
    /// "– 30 –", "// end //".
    static let endWords: Set<String> = ["end", "ends", "30", "xxx", "endofrelease", "endofstatement"]

    /// Contact blocks.
    static let contact = [
        "contact:", "contacts", "media contact", "media contacts", "press contact", "press contacts", "media enquiries",
        "media inquiries", "press enquiries", "press inquiries", "general media queries", "media queries", "media relations",
        "press office", "news desk", "for more information, contact", "for further information, contact",
        "for further information", "further information", "for media inquiries", "for media enquiries", "email ", "e-mail ",
        "tel:", "tel.", "telephone:", "phone:", "mobile:", "follow the", "contact us", "press secretary", "contact",
        "for journalists", "contact name", "phone number", "telephone number", "fax:", "enquiries", "inquiries", "issued by",
        "office:", "cell:", "public enquiries", "public inquiries", "for more information, please contact",
        "for further information, please contact", "for more information please contact", "for further information please contact",
        // A contact's fields, labelled as a line of a block: "Email: …", "Ph: …", "Mob: …".
        "email:", "e-mail:", "ph:", "mob:",
    ]

    /// Words of a call's dial-in numbers, anywhere in the paragraph: the event's, not whom to contact.
    static let dialIn = ["dial in", "dial-in", "passcode", "pass code", "access code", "conference id", "participant code"]

    /// Words by which a release addresses the press in a sentence telling it whom to call.
    static let pressWords: Set<String> = ["media", "reporters", "reporter", "journalists", "journalist", "press", "interview", "interviews"]

    /// Offices that answer the press, ending a line that names whose they are ("Maritime and
    /// Coastguard Agency press office").
    static let pressOffices = ["press office", "press team", "media office", "media team", "media relations", "news desk", "communications office"]

    /// Notes to editors.
    static let editorNote = [
        "notes to editors", "note to editors", "notes for editors", "note for editors", "editor's note", "editor’s note",
        "editors' note", "editors’ note", "media note", "note to media", "note to reporters", "notes to editor",
    ]

    /// Headings over the notes to editors, the whole line (a colon after them allowed).
    static let notesHeadings: Set<String> = ["background", "background information", "background notes", "background note"]

    /// Boilerplate: who the issuer is and where to learn more.
    static let boilerplate = ["about ", "subscribe to", "sign up for", "to subscribe", "for more news", "###about"]

    /// What a body's boilerplate says of its mission or role, anywhere in the paragraph.
    static let missionCues = ["the mission of the ", "'s mission is", "'s continuing mission", "'s role is to", "our mission is"]

    /// Web-copy furniture and mailing-list trails.
    static let trail = [
        "share this page", "share this", "share on", "bookmark and share", "print this page", "print version", "printable version",
        "print page", "text size", "text resize", "decrease text size", "increase text size", "font size",
        "email this page",
        // A page's buttons to pass it on: "Share by email", "Email this article", "Print this story".
        "share by", "share via", "email this", "e-mail this", "print this", "send to a friend", "email to a friend",
        // A comment box's lines: "Please log in to comment.", "Comments are closed."
        "please log in", "log in to comment", "you must be logged in", "comments are closed", "add a comment",
        "published", "updated", "last updated", "last modified", "date modified", "page last updated", "page updated", "page details", "related posts", "related links",
        "related content", "related news", "source link", "source:", "source ", "link:", "continue reading", "read more",
        "back to top", "return to top", "tags:", "topics:", "report a problem", "is this page useful", "more status reports",
        "more news", "please follow", "follow us", "connect with", "learn more about", "to unsubscribe", "unsubscribe",
        "if you wish to unsubscribe", "this release can be found", "you are subscribed", "you received this",
        "links and contacts within this release", "view this", "skip to", "copyright", "©", "all rights reserved",
        "home >", "home /", "home |", "home ›", "you are here", "photo:", "image:", "photo credit", "credit:", "www.", "http://", "https://",
        "visit our website", "page 1 of", "site map", "post a comment", "no comments", "leave a reply", "leave a comment",
        "your email address will not be published", "this site uses akismet", "jump to", "skip navigation",
        "all news releases", "news releases by date", "rss feed", "sign up today", "category:", "list administrator",
        "download the pdf", "download pdf", "printer-friendly", "printer friendly", "other available languages",
        "having trouble viewing", "page last reviewed", "content last reviewed", "last reviewed", "this page was last",
        "previous article", "next article", "previous post", "next post", "previous story", "next story",
        "last published date", "associated links", "stay connected", "was this page helpful", "top of page", "back to news", "breadcrumb",
        "an official website of the united states government", "here's how you know", "here’s how you know",
        "official websites use .gov", "us flag official website", "secure .gov websites use https", "share sensitive information only on official",
        "official websites use .mil", "secure .mil websites use https", "a .gov website belongs", "a .mil website belongs", "a lock (",
        "a lock icon",
        "public release.", "distributed by apo group", "last revised", "this was published under the",
        "archived media releases", "like us on", "was this information useful", "was this information helpful",
        "how useful did you find", "main navigation", "secondary navigation", "search form", "main menu",
        // A page's filing: the labels a site files its posts under.
        "keywords:", "categories:", "filed under", "posted in", "listen to this page", "report an issue",
        "did you find what you were looking for", "this page was printed", "originally published",
        // A site's own controls, notices and footer links, around any page it serves.
        "home »", "search this site", "site search", "sign in", "log in", "toggle navigation", "open menu", "close menu",
        "mobile menu", "main content", "select language", "back to all", "return to news", "we use cookies",
        "this website uses cookies", "this site uses cookies", "accept all cookies", "accept cookies", "cookie settings",
        "cookies on", "javascript is disabled", "javascript must be enabled", "text only", "privacy policy", "privacy notice",
        "privacy statement", "accessibility statement", "terms of use", "terms and conditions", "cookie policy", "no fear act",
        "get email updates", "email updates", "view all", "see all", "permalink", "share:", "print this", "email a friend",
        "image credit", "photo by", "caption:", "pdf version", "word version", "like this:", "rate this page", "was this helpful",
        "page reviewed", "date last updated", "content owner", "useful links", "quick links", "in this section", "on this page",
        "previous:", "next:",
        // A blog's or a newsroom's labels and links under a post.
        "share via", "tagged:", "tagged with", "hashtags:", "print friendly", "print-friendly", "comments are closed",
        "this entry was posted", "bookmark the permalink", "find us on", "newsroom home",
        "return to the newsroom", "return to newsroom", "back to the newsroom", "back to newsroom", "download this release",
        "download this press release", "download this news release", "download this media release",
        // A wire's link to its copy of the release, and a page's publishing date, at the foot.
        "view original content", "date published",
        // A site's or a wire's disclaimer under what it carries.
        "disclaimer:",
        // A political release's authorisation line at the foot: who is responsible for it.
        "authorised by", "authorized by",
    ]

    /// The marks a mail client sets where a forwarded message starts: what stands above them
    /// is the forwarder's note, not the release.
    static let forwardMarks = [
        "forwarded message", "original message", "begin forwarded message", "begin included message", "[fwd:", "fwd:",
        "forwarded by",
    ]

    /// The words by which a release's own line over its text tells the day it is issued ("The
    /// following statement was issued today by …:"), where a site's note gives a date.
    static let issuingDays = [" today", " this morning", " this afternoon", " this evening", " tonight"]

    /// A site's notice above an archived copy ("Please note: As of January 20, 2017, …"):
    /// trail at the head, where no body has begun.
    static let headNotices = [
        "please note:", "archived content", "this is historical material", "this page has been archived",
        "this content has been archived", "archived:", "this is an archived", "information identified as archived",
        "much of the material listed on these archived", "this content was archived", "warning this content was archived",
        "this content relates to a former minister", "you have accessed part of a historical collection",
        "in an effort to keep current, the archive contains",
        // An agency's snapshot of its former site: "This is not the current EPA website. … historical material …".
        "this is not the current",
    ]

    /// Words by which a site speaks of itself: a short paragraph holding one is the site's notice
    /// ("Please note that this website has an accesskeys system."), not the release's.
    /// (Not "this site": a release may speak of a place so.)
    static let siteSelf = ["this website", "this web site", "this webpage", "this web page", "this page", "our website", "our web site"]

    /// A reposting site's notice at the foot, however long: its credit, its disclaimer, its rights.
    static let repostNotices = ["public release.", "distributed by apo group", "copyright", "©", "all rights reserved"]

    /// A transcript's release line, opening a block of the people who speak or the subjects.
    static let transcriptLines = ["transcript e&oe", "joint transcript", "transcript", "e&oe"]

    /// Labels of the subjects a transcript covers: "Subjects: Voice referendum; …".
    static let subjectLabels = ["subjects:", "subject:", "topics:"]

    /// A page's note on how its document was edited ("Part of this transcript has been redacted
    /// in accordance with …"): in the head, a line about the release itself.
    static let documentNotes = ["part of this transcript", "this transcript has been", "parts of this transcript"]

    /// A site's note on the page's history, under its summary.
    static let historyNotes = ["this was published under the"]

    /// Trail lines that close a contact block when they follow it ("Follow us on Twitter: @…").
    static let contactClosers = ["follow us"]

    /// Web-copy buttons and link labels ("Source", "Briefing Room"), each a paragraph of its own.
    static let trailWords: Set<String> = [
        "print", "email", "e-mail", "share", "tweet", "facebook", "twitter", "linkedin", "top", "]", "source", "original",
        "briefingroom", "newsroom", "contactus", "home", "menu", "newsreleases", "pressreleases", "mediareleases",
        "pressroom",
        // A site's controls and footer links, a word or two alone.
        "search", "login", "signin", "logout", "translate", "language", "languages", "français", "english", "accessibility",
        "privacy", "cookies", "sitemap", "disclaimer", "feedback", "subscribe", "close", "listen", "permalink", "foia",
        "usa.gov", "nofearact", "mediacentre", "mediacenter", "latestnews", "newsandmedia", "newsandevents", "news&events",
        "previous", "next", "loading...", "loading…", "related", "related:", "comments", "comments:",
        // The social networks a page's share and follow buttons name, alone or in a row.
        "x", "instagram", "youtube", "flickr", "pinterest", "whatsapp", "reddit", "tiktok", "threads", "mastodon", "bluesky",
        "vimeo", "tumblr", "rss", "telegram", "snapchat", "messenger", "sms",
    ]

    /// A blog's links to the posts beside it, each over its post's title.
    static let postNavigation = [
        "previous post", "next post", "previous article", "next article", "previous story", "next story", "previous entry",
        "next entry", "« previous", "next »", "older post", "newer post",
    ]

    /// Headings after which the rest of the page is its furniture.
    static let trailHeadings = [
        "related links", "related posts", "related content", "related news", "related pages", "related stories",
        "related articles", "related information", "see also", "more news", "more from", "tags:", "topics:", "share this",
        "you may also like", "recommended", "read next", "search for related information",
        // A newsroom's list of its other posts under the one shown.
        "recent news", "recent posts", "latest news", "more stories", "other news", "related topics",
        // Labels over the terms a site files the page under, one a line.
        "tags", "topics", "categories", "keywords", "explore the topic", "explore more", "more like this",
        // A page's feedback form: what follows it is the form's own lines.
        "is this page useful", "was this page helpful", "was this page useful", "was this information useful",
        "was this information helpful", "help us improve", "report a problem",
    ]

    /// Labels that head a line of a date paragraph: "Issued: Nov 30, 2021", "Posted: …".
    static let dateLabels: Set<String> = ["issued", "posted", "published", "date", "released", "dated", "updated", "on", "last", "first"]

    /// What a standfirst calls the document below it, and the words that then say whose it is
    /// or what it is on: "Joint statement from …", "Transcript of …", "made a statement on …".
    static let standfirstDocuments: Set<String> = ["statement", "transcript", "readout", "communique", "communiqué", "declaration", "remarks"]
    static let standfirstLinks: Set<String> = ["from", "by", "of", "for", "given", "on"]

    /// Posts held in government rather than in a body's staff: who holds one issues in their own name.
    static let politicalPosts: Set<String> = [
        "minister", "secretary", "senator", "representative", "congressman", "congresswoman", "premier", "president",
        "attorney", "ambassador", "governor", "mayor", "chancellor", "mp", "mep", "councillor",
    ]

    /// Lower-case words of a place in a date line, beside the dateline's own: the land it stands on
    /// ("Traditional unceded Algonquin Territory").
    static let placeWords: Set<String> = datelineWords.union(["unceded", "traditional", "territory", "territories", "lands", "land"])

    /// Labels of the date a page was put out: in the head they date the release.
    static let publishedLabels = ["published", "first published", "last updated", "posted", "posted on", "date published"]

    /// A wire's alert to the desks over the release it carries: "ATTENTION NEWS EDITORS: …".
    static let deskAlerts = ["attention news editors", "attention editors", "attention assignment editors", "attention news directors"]

    /// Lower-case words a date or place line may hold beside its names.
    static let datelineWords: Set<String> = ["of", "and", "the", "for", "at", "am", "pm", "a.m", "p.m", "de", "on", "du", "la"]

    /// Whether `line` (lowercased, bullets dropped) opens with one of `cues`, as whole words.
    static func opens(_ line: Substring, with cues: [String]) -> String? {
        for cue in cues where line.hasPrefix(cue) {
            let rest = line.dropFirst(cue.count)
            if let last = cue.last, !last.isLetter, !last.isNumber { return cue }
            if rest.isEmpty { return cue }
            if let next = rest.first, !next.isLetter, !next.isNumber { return cue }
        }
        return nil
    }
}
