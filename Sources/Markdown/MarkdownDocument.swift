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
        var blocks: [String] = []
        collectText(root, into: &blocks)
        return blocks.joined(separator: "\n\n")
    }

    /// Headings with their levels, in order.
    public var headings: [(level: Int, text: String)] {
        var headings: [(Int, String)] = []
        root.walk { node, _ in
            if case .heading(let level) = node.kind { headings.append((level, node.inlineText)) }
        }
        return headings
    }

    private func collectText(_ node: MarkdownNode, into blocks: inout [String]) {
        switch node.kind {
        case .paragraph, .heading, .tableCell:
            let text = Self.text(of: node)
            if !text.isEmpty { blocks.append(text) }
        case .tableRow:
            let cells = node.children.map(Self.text(of:)).filter { !$0.isEmpty }
            if !cells.isEmpty { blocks.append(cells.joined(separator: " | ")) }
        case .codeBlock:
            let code = node.literal.trimmingTrailingNewlines()
            if !code.isEmpty { blocks.append(code) }
        case .htmlBlock, .thematicBreak:
            break
        default:
            for child in node.children { collectText(child, into: &blocks) }
        }
    }

    /// Inline text with soft breaks kept as line breaks.
    private static func text(of node: MarkdownNode) -> String {
        switch node.kind {
        case .text, .code: node.literal
        case .softBreak, .lineBreak: "\n"
        case .image, .htmlInline: ""
        default: node.children.map(text(of:)).joined()
        }
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
