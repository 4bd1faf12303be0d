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
        var collector = LinkCollector()
        collector.visit(root, line: root.line)
        return collector.links
    }

    /// The readable text: one line per paragraph, heading, list item or table row, soft line breaks kept, no markup,
    /// no images, no raw HTML; blocks are separated by a blank line.
    public var plainText: String {
        var writer = PlainTextWriter()
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

/// Writes a document's readable text into one string (this runs over every article at ingest): blocks separated by
/// a blank line, a block with no text leaving no trace.
private struct PlainTextWriter {
    private(set) var text = ""
    private var isBlockWritten = false
    private var needsSeparator = false

    mutating func writeBlocks(of node: MarkdownNode) {
        switch node.kind {
        case .paragraph, .heading, .tableCell:
            writeInline(node)
            endBlock()
        case .tableRow:
            let cells = node.children.map { cell in
                var writer = PlainTextWriter()
                writer.writeInline(cell)
                return writer.text
            }.filter { !$0.isEmpty }
            write(cells.joined(separator: " | "))
            endBlock()
        case .codeBlock:
            write(node.literal.trimmingTrailingNewlines())
            endBlock()
        case .htmlBlock, .thematicBreak:
            break
        default:
            for child in node.children { writeBlocks(of: child) }
        }
    }

    /// Inline text with soft breaks kept as line breaks; no images, no raw HTML.
    mutating func writeInline(_ node: MarkdownNode) {
        switch node.kind {
        case .text, .code: write(node.literal)
        case .softBreak, .lineBreak: write("\n")
        case .image, .htmlInline: break
        default: for child in node.children { writeInline(child) }
        }
    }

    private mutating func write(_ words: String) {
        guard !words.isEmpty else { return }
        if needsSeparator {
            text += "\n\n"
            needsSeparator = false
        }
        text += words
        isBlockWritten = true
    }

    private mutating func endBlock() {
        if isBlockWritten { needsSeparator = true }
        isBlockWritten = false
    }
}

extension String {
    func trimmingTrailingNewlines() -> String {
        var text = self
        while text.last == "\n" { text.removeLast() }
        return text
    }
}

/// Walks a tree in order, remembering the text of the current line so each link knows the words before it.
private struct LinkCollector {
    var links: [MarkdownLink] = []
    var lineText = ""

    mutating func visit(_ node: MarkdownNode, line: Int) {
        let line = node.kind.isBlock && node.line > 0 ? node.line : line
        if node.kind.isBlock { lineText = "" }
        switch node.kind {
        case .text, .code:
            lineText += node.literal
        case .softBreak, .lineBreak:
            lineText = ""
        case .link(let destination, let title):
            let text = node.inlineText
            links.append(MarkdownLink(destination: destination, title: title, text: text, line: line, isImage: false,
                                      precedingText: String(lineText.suffix(40))))
            lineText += text
        case .image(let source, let title):
            links.append(MarkdownLink(destination: source, title: title, text: node.children.map(\.inlineText).joined(),
                                      line: line, isImage: true, precedingText: String(lineText.suffix(40))))
        default:
            for child in node.children { visit(child, line: line) }
        }
    }
}
