import Testing
@testable import StatementKit

@Test func zzDebugFrames() {
    for text in ["People staying in the camp say they don't care.", "Protesters camped in the square say they will stay."] {
        let p = firstParagraph(text)
        let s = p.sentences[0]
        var frames: [ReportingFrame] = []
        FrameFinder.frames(in: p, sentence: s, into: &frames)
        print("ZZ", text, frames.map { (p.text(ofTokens: $0.subject), p.text(ofTokens: $0.verb..<($0.verb+1))) })
        print("ZZ tags", s.map { "\(p.text(ofTokens: $0..<($0+1)))/\(String(describing: p.tag($0)))/\(p.isVerb($0))" }.joined(separator: " "))
        let v = s.first { p.text(ofTokens: $0..<($0+1)) == "say" }!
        print("ZZ verbUse", FrameFinder.isVerbUse(v, in: p, sentence: s), FrameFinder.subject(endingAt: v - 1, clauseStart: s.lowerBound, in: p, sentence: s).map { p.text(ofTokens: $0) } ?? "nil")
    }
}
