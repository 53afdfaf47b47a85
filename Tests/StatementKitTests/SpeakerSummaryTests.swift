import Foundation
import Testing
@testable import StatementKit

@Suite("Speaker summary")
struct SpeakerSummaryTests {
    /// A party asked in one statement and speaking in another is one row, under the name it
    /// speaks by; figures add up and the most active come first.
    @Test func partiesAddUpAcrossStatements() throws {
        var total = SpeakerSummary()
        total.merge(SpeakerSummary(document: analyze("NATO urged the Taliban to reduce violence.\n")))
        total.merge(SpeakerSummary(document: analyze("“We are ready to talk,” the Taliban said.\n")))
        total.merge(SpeakerSummary(document: analyze(SampleStatement.text)))
        #expect(total.statements == 3)
        let taliban = try #require(total.rows.first { SpeakerSummary.key($0.name) == "taliban" })
        #expect(taliban.speaks)
        #expect(taliban.quotes >= 1)
        #expect(taliban.callsReceived >= 1)
        #expect(taliban.statements >= 2)
        let activity = total.rows.map { $0.quotes + $0.callsMade + $0.callsReceived }
        #expect(activity == activity.sorted(by: >))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(SummaryReport.json(total).utf8)) as? [String: Any])
        #expect((json["parties"] as? [Any])?.count == total.rows.count)
        #expect(SummaryReport.jsonLines(total).split(separator: "\n").count == total.rows.count)
    }

    /// The summary counts firm calls as calls to action, as the per-statement reports do.
    @Test func adviceIsNotCountedAsACallToAction() {
        let summary = SpeakerSummary(document: analyze("The council urged the ministry to publish the data. Donors should consider the report.\n"))
        #expect(summary.callsToAction == 1)
    }

    @Test func keysIgnoreCaseSpacingAndALeadingThe() {
        #expect(SpeakerSummary.key("The  Water\nBoard") == SpeakerSummary.key("water board"))
        #expect(SpeakerSummary.key("Theodore") == "theodore")
    }
}
