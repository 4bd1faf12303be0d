/// Read access to a Markdown tree, so that the same plain-text and link walks run over the Swift copy of a document
/// (`MarkdownDocument`) and straight over cmark-gfm's own tree (`MarkdownText`), and cannot disagree.
protocol MarkdownTreeReading {
    associatedtype Node

    /// What the node is.
    func kind(of node: Node) -> MarkdownNode.Kind
    /// Appends its text content (text, code, code blocks and HTML) as UTF-8, without making a string of it: the
    /// plain-text walk does this for every text node of every article.
    func appendLiteral(of node: Node, to bytes: inout [UInt8])
    /// The line it starts on, counting from 1 (0 when not tracked).
    func line(of node: Node) -> Int
    /// Calls `body` with each child, in order.
    func forEachChild(of node: Node, _ body: (Node) -> Void)
}

extension MarkdownTreeReading {
    /// The node's inline content as text without markup; image descriptions left out (`MarkdownNode.inlineText`).
    func inlineText(of node: Node) -> String {
        var bytes: [UInt8] = []
        appendInlineText(of: node, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private func appendInlineText(of node: Node, to bytes: inout [UInt8]) {
        switch kind(of: node) {
        case .text, .code: appendLiteral(of: node, to: &bytes)
        case .softBreak, .lineBreak: bytes.append(UInt8(ascii: " "))
        case .image, .htmlInline: break
        default: forEachChild(of: node) { appendInlineText(of: $0, to: &bytes) }
        }
    }
}

/// The Swift copy of a document.
struct SwiftMarkdownTree: MarkdownTreeReading {
    func kind(of node: MarkdownNode) -> MarkdownNode.Kind { node.kind }
    func appendLiteral(of node: MarkdownNode, to bytes: inout [UInt8]) { bytes.append(contentsOf: node.literal.utf8) }
    func line(of node: MarkdownNode) -> Int { node.line }
    func forEachChild(of node: MarkdownNode, _ body: (MarkdownNode) -> Void) {
        for child in node.children { body(child) }
    }
}
