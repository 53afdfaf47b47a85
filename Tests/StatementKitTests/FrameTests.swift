import Testing
@testable import StatementKit

/// The frames beyond "said" that give a quote its speaker, one row each, and the quoted terms
/// that nobody says.
@Suite("Reporting frames and quoted terms")
struct FrameTests {
    struct Row: CustomTestStringConvertible, Sendable {
        var text: String
        var speaker: String?
        var testDescription: String { text }
    }

    @Test(arguments: [
        // Verbs that take a quoted complement.
        Row(text: "Jane Roe called the vote “a sham” on Tuesday.", speaker: "Jane Roe"),
        Row(text: "Jane Roe described the delay as “unacceptable”.", speaker: "Jane Roe"),
        Row(text: "Jane Roe labelled the plan “reckless”.", speaker: "Jane Roe"),
        Row(text: "Jane Roe dubbed the bill “a giveaway to insurers”.", speaker: "Jane Roe"),
        Row(text: "Jane Roe warned of “grave” consequences.", speaker: "Jane Roe"),
        Row(text: "Jane Roe denounced the raid as “an act of intimidation”.", speaker: "Jane Roe"),
        Row(text: "Jane Roe praised the deal as “a breakthrough”.", speaker: "Jane Roe"),
        // Statements, interviews, posts.
        Row(text: "In an interview with the Post, Jane Roe said the talks had “collapsed entirely.”", speaker: "Jane Roe"),
        Row(text: "Jane Roe told reporters: “We will appeal.”", speaker: "Jane Roe"),
        Row(text: "Jane Roe wrote in a blog post that “the data are clear.”", speaker: "Jane Roe"),
        Row(text: "Jane Roe tweeted: “Polls close at eight.”", speaker: "Jane Roe"),
        Row(text: "The Prime Minister, Jane Roe, today issued the following statement:\n\n“We honour the fallen.”", speaker: "Jane Roe"),
        Row(text: "Jane Roe started by saying “the plan is dead.”", speaker: "Jane Roe"),
        // A reply, "according to", a colon after a subject.
        Row(text: "Jane Roe's reply: “We never agreed to that.”", speaker: "Jane Roe"),
        Row(text: "“The markets will recover,” according to Finance Minister Jane Roe.", speaker: "Jane Roe"),
        Row(text: "Jane Roe, Minister of Finance: “The markets will recover.”", speaker: "Jane Roe"),
        // Honours before and after the name.
        Row(text: "Deputy Prime Minister, the Hon Jane Roe MP said: “The markets will recover.”", speaker: "Jane Roe"),
        Row(text: "High Representative/Vice-President Jane Roe said: “The markets will recover.”", speaker: "Jane Roe"),
        // The reporting clause before, inside and after the quote.
        Row(text: "“We will appeal,” said Roe to reporters outside the court.", speaker: "Roe"),
        Row(text: "“We will appeal,” Jane Roe said, “and we will win.”", speaker: "Jane Roe"),
        Row(text: "Jane Roe decried the verdict, adding that it was “a travesty”.", speaker: "Jane Roe"),
        Row(text: "Jane Roe went to the station and told the police “everything she knew”.", speaker: "Jane Roe"),
        Row(text: "The chief of the Africa division, Jane Roe, called the comments “unfortunate”.", speaker: "Jane Roe"),
        // A first name that ends like an adverb opens the subject, not an adverbial.
        Row(text: "Kelly Smith, a spokeswoman for the league, said the vote was “a sham”.", speaker: "Kelly Smith"),
        Row(text: "Emily Connolly, for the league, called the vote “a sham”.", speaker: "Emily Connolly"),
        // A clause of "who" after a plural subject, with the names in it, is skipped.
        Row(text: "The leaders who took over after the death of President Jane Roe called the vote “a sham”.", speaker: "leaders"),
        // A partial quote after a quote of the same sentence.
        Row(text: "Jane Roe said the police “camped” at the office “without any apparent reason”.", speaker: "Jane Roe"),
    ])
    func frame(_ row: Row) throws {
        let document = analyze(row.text)
        let speech = document.quotes.filter { $0.kind == .speech }
        #expect(!speech.isEmpty)
        for quote in speech { #expect(quote.speaker == row.speaker) }
    }

    @Test func aSpeakerNeverRunsIntoAPhraseAfterTheName() throws {
        let document = analyze("“We will appeal,” said Dr. Jane Roe at a forum hosted by Senator Tim Walz at the University of Minnesota.")
        #expect(document.quotes.first?.speaker == "Jane Roe")
    }

    @Test(arguments: [
        "Critics say the so-called “reforms” will cut pensions.",
        "The “fast-track” scheme was cut after a review.",
        "Funding ended when “Operation Clean Sweep” began.",
        "The show, titled “Night Lights”, opens today.",
        "The boxes were kept in “special storage” for years.",
        "Recent features, including the store's current ‘Ramadan Essentials,’ reach more users.",
    ])
    func quotedTermsAreTermsWithNoSpeaker(_ text: String) throws {
        let quote = try #require(analyze(text).quotes.first)
        #expect(quote.kind == .term)
        #expect(quote.speaker == nil)
    }

    @Test func aLabelBeforeAColonIsNoFrame() {
        let document = analyze("I pressed for the talks to resume.\n\nMedia note: Imagery of opening remarks is available.")
        #expect(!document.speakers.contains { $0.name == "Media" })
    }

    @Test func aTermIsNeverASpeaker() {
        let document = analyze("Regional funding for the “fast-track” scheme was cut. Markets fell sharply.")
        #expect(document.speakers.isEmpty)
    }

    @Test func speechStaysSpeech() throws {
        let quote = try #require(analyze("“We will appeal,” Jane Roe said.").quotes.first)
        #expect(quote.kind == .speech)
    }

    @Test func theSpeakersListCountsCalls() throws {
        let document = analyze("Jane Roe urged the council to act. “It is late,” Roe said.")
        let roe = try #require(document.speaker(named: "Jane Roe"))
        #expect(roe.quoteCount == 1)
        #expect(roe.callCount == 1)
    }
}
