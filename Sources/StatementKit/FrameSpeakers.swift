/// Who speaks in each reporting frame of a paragraph, by the token of the frame's verb, in
/// the order of the text. A paragraph has a few frames, and a quote asks up to sixty tokens
/// whether one of them is a frame's verb: a short list read in order answers that without
/// hashing a token.
struct FrameSpeakers {
    private var frames: [(verb: Int, speaker: Int)] = []

    mutating func append(verb: Int, speaker: Int) { frames.append((verb, speaker)) }
    mutating func removeAll() { frames.removeAll(keepingCapacity: true) }

    subscript(verb: Int) -> Int? {
        for frame in frames where frame.verb == verb { return frame.speaker }
        return nil
    }

    /// The speaker of the last frame whose verb lies in `range`.
    func last(in range: Range<Int>) -> Int? { frames.last { range.contains($0.verb) }?.speaker }

    /// The same, passing over a frame inside a clause of concession closed by its comma before
    /// the range ends: in "Roe says while the rebels say they are committed, they must do
    /// more", the rebels' saying is conceded, and Roe reports what follows.
    func last(in range: Range<Int>, of p: ParagraphText) -> Int? {
        let tokens = p.tokens
        return frames.last { frame in
            guard range.contains(frame.verb) else { return false }
            guard let opening = (range.lowerBound..<frame.verb).last(where: { tokens[$0].is(oneOf: [.while, .although, .though]) || tokens[$0].is(",") }),
                  !tokens[opening].is(",")
            else { return true }
            return !((frame.verb + 1)..<range.upperBound).contains { tokens[$0].is(",") }
        }?.speaker
    }
}
