/// The readable text and the links of a Markdown document, read straight from cmark-gfm's tree: what ingest needs
/// of every article, without the Swift copy of the tree that `MarkdownDocument` makes (and frees again). The same
/// walks as `MarkdownDocument.plainText` and `.links`, so the two always agree.
public struct MarkdownText: Sendable, Hashable {
    /// The readable text (see `MarkdownDocument.plainText`).
    public var plainText: String
    /// Every link and image, in document order (see `MarkdownDocument.links`).
    public var links: [MarkdownLink]

    /// Parses `markdown` and reads its text and links. A document in the part of Markdown that
    /// `SimpleMarkdownReader` reads is read by it in one pass over its bytes; any other goes to cmark-gfm.
    public init(parsing markdown: String, options: MarkdownOptions = []) {
        if options.isEmpty, let reading = SimpleMarkdownReader.read(markdown) {
            self.init(plainText: String(decoding: reading.text, as: UTF8.self), links: reading.links)
        } else {
            self.init(parsingWithCmark: markdown, options: options)
        }
    }

    /// Parses `markdown` with cmark-gfm whatever it holds (what the tests compare the simple reader with).
    init(parsingWithCmark markdown: String, options: MarkdownOptions = []) {
        let (plainText, links) = CommonMarkConverter.textAndLinks(markdown, options: options) ?? ("", [])
        self.init(plainText: plainText, links: links)
    }

    private init(plainText: String, links: [MarkdownLink]) {
        self.plainText = plainText
        self.links = links
    }
}
