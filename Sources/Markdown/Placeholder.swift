// TEMPORARY (not committed): stands in for the Markdown module until the cmark-gfm wrapper lands.
public struct MarkdownLink: Sendable {
    public var destination: String
    public var text: String
    public var isImage: Bool
}
public struct MarkdownDocument: Sendable {
    public var links: [MarkdownLink] = []
    public var plainText: String
    public init(parsing markdown: String) { plainText = markdown }
}
