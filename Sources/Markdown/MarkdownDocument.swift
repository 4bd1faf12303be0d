/// A parsed Markdown document (CommonMark with GitHub's extensions: tables, strikethrough, autolinks, task lists),
/// as a tree of Swift values.
public struct MarkdownDocument: Sendable, Hashable {
    /// The document node; its children are the top-level blocks.
    public var root: MarkdownNode

    /// Parses `markdown`.
    public init(parsing markdown: String, options: MarkdownOptions = []) {
        root = CommonMarkConverter.parse(markdown, options: options)
    }

    /// Every link and image, in document order, with its words, line, and the words before it on its line.
    public var links: [MarkdownLink] {
        var collector = LinkCollector(tree: SwiftMarkdownTree())
        collector.visit(root, line: root.line)
        return collector.links
    }

    /// The readable text: one line per paragraph, heading, list item or table row, soft line breaks kept, no markup,
    /// no images, no raw HTML; blocks are separated by a blank line.
    public var plainText: String {
        var writer = PlainTextWriter(tree: SwiftMarkdownTree())
        writer.writeBlocks(of: root)
        return writer.text
    }

    /// Headings with their levels, in order.
    public var headings: [(level: Int, text: String)] {
        var headings: [(Int, String)] = []
        root.walk { node, _ in
            if case .heading(let level) = node.kind { headings.append((level, node.inlineText)) }
        }
        return headings
    }
}
