/// The readable text and the links of a Markdown document, read straight from cmark-gfm's tree: what ingest needs
/// of every article, without the Swift copy of the tree that `MarkdownDocument` makes (and frees again). The same
/// walks as `MarkdownDocument.plainText` and `.links`, so the two always agree.
public struct MarkdownText: Sendable, Hashable {
    /// The readable text (see `MarkdownDocument.plainText`).
    public var plainText: String
    /// Every link and image, in document order (see `MarkdownDocument.links`).
    public var links: [MarkdownLink]

    /// Parses `markdown` and reads its text and links.
    public init(parsing markdown: String, options: MarkdownOptions = []) {
        (plainText, links) = CommonMarkConverter.textAndLinks(markdown, options: options) ?? ("", [])
    }
}
