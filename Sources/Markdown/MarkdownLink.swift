/// A link or image found in a Markdown document.
public struct MarkdownLink: Sendable, Hashable {
    /// The destination as written (possibly relative).
    public var destination: String
    /// The link's title attribute, if any.
    public var title: String
    /// The link's words (for an image: its description).
    public var text: String
    /// The line the link's paragraph starts on, counting from 1.
    public var line: Int
    /// Whether it is an image rather than a link.
    public var isImage: Bool

    /// Creates a link.
    public init(destination: String, title: String = "", text: String, line: Int, isImage: Bool) {
        self.destination = destination
        self.title = title
        self.text = text
        self.line = line
        self.isImage = isImage
    }
}
