/// A word for the tagger: its cache key and its text.
///
/// The key numbers the spelling — the analysis's `Token.spelling`, or any non-negative number
/// that is the same for every occurrence of one spelling and different for different ones;
/// numbers under 2²⁰ (a vocabulary's) find their cache entry in an array, others in a dictionary. The
/// text is asked only the first time a key is met. See `PartOfSpeechTagger`.
public struct TaggerWord: Sendable {
    public var key: Int32
    public var text: String

    public init(key: Int32, text: String) {
        self.key = key
        self.text = text
    }
}
