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
}
