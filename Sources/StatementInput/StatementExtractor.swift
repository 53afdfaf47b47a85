/// The one entry point: bytes in a given or detected format, out as an extracted statement.
/// Plain text is not handled here; it is the analysis's own input.
public enum StatementExtractor {
    public static func extract<Bytes: Collection<UInt8>>(_ bytes: Bytes, as format: InputFormat) -> ExtractedStatement? {
        switch format {
        case .text: return nil
        case .html: return HTMLExtractor.extract(bytes)
        case .markdown: return MarkdownExtractor.extract(bytes)
        }
    }
}
