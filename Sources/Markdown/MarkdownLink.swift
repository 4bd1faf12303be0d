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
    /// The words before the link on its line (at most 40 characters), such as `论文地址:` before a bare URL.
    public var precedingText: String

    /// Whether the link is a bare address (an autolink), whose words are the address itself.
    public var isBare: Bool { text == destination || "http://" + text == destination || "mailto:" + text == destination }

    /// Creates a link.
    public init(destination: String, title: String = "", text: String, line: Int, isImage: Bool,
                precedingText: String = "") {
        self.destination = destination
        self.title = title
        self.text = text
        self.line = line
        self.isImage = isImage
        self.precedingText = precedingText
    }
}
