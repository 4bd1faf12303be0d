/// Read access to a Markdown tree, so that the same plain-text and link walks run over the Swift copy of a document
/// (`MarkdownDocument`) and straight over cmark-gfm's own tree (`MarkdownText`), and cannot disagree.
protocol MarkdownTreeReading {
    associatedtype Node

    /// What the node is.
    func kind(of node: Node) -> MarkdownNode.Kind
    /// Its text content (text, code, code blocks and HTML).
    func literal(of node: Node) -> String
    /// Appends its text content as UTF-8, without making a string of it: the plain-text walk does this for every
    /// text node of every article.
    func appendLiteral(of node: Node, to bytes: inout [UInt8])
    /// The line it starts on, counting from 1 (0 when not tracked).
    func line(of node: Node) -> Int
    /// Calls `body` with each child, in order.
    func forEachChild(of node: Node, _ body: (Node) -> Void)
}

extension MarkdownTreeReading {
    /// The node's inline content as text without markup; image descriptions left out (`MarkdownNode.inlineText`).
    func inlineText(of node: Node) -> String {
        var text = ""
        appendInlineText(of: node, to: &text)
        return text
    }

    private func appendInlineText(of node: Node, to text: inout String) {
        switch kind(of: node) {
        case .text, .code: text += literal(of: node)
        case .softBreak, .lineBreak: text += " "
        case .image, .htmlInline: break
        default: forEachChild(of: node) { appendInlineText(of: $0, to: &text) }
        }
    }
}

/// The Swift copy of a document.
struct SwiftMarkdownTree: MarkdownTreeReading {
    func kind(of node: MarkdownNode) -> MarkdownNode.Kind { node.kind }
    func literal(of node: MarkdownNode) -> String { node.literal }
    func appendLiteral(of node: MarkdownNode, to bytes: inout [UInt8]) { bytes.append(contentsOf: node.literal.utf8) }
    func line(of node: MarkdownNode) -> Int { node.line }
    func forEachChild(of node: MarkdownNode, _ body: (MarkdownNode) -> Void) {
        for child in node.children { body(child) }
    }
}
