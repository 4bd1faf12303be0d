/// One node of a parsed Markdown document, copied out of cmark-gfm into a Swift value.
public struct MarkdownNode: Sendable, Hashable {
    /// What a node is.
    public enum Kind: Sendable, Hashable {
        case document
        case paragraph
        case heading(level: Int)
        case blockQuote
        case list(isOrdered: Bool)
        case item(isChecked: Bool?)
        case codeBlock(info: String)
        case htmlBlock
        case thematicBreak
        case table
        case tableRow
        case tableCell
        case text
        case softBreak
        case lineBreak
        case code
        case htmlInline
        case emphasis
        case strong
        case strikethrough
        case link(destination: String, title: String)
        case image(source: String, title: String)
        /// Anything else cmark-gfm knows (footnotes, custom nodes), by its type name.
        case other(String)

        /// Whether this is a block (paragraph, heading, list…) rather than inline content.
        public var isBlock: Bool {
            switch self {
            case .document, .paragraph, .heading, .blockQuote, .list, .item, .codeBlock, .htmlBlock,
                 .thematicBreak, .table, .tableRow, .tableCell: true
            default: false
            }
        }
    }

    /// What the node is.
    public var kind: Kind
    /// Text content, for text, code, code blocks and HTML.
    public var literal: String
    /// The line the node starts on, counting from 1 (0 when cmark-gfm does not track it).
    public var line: Int
    /// Child nodes, in order.
    public var children: [MarkdownNode]

    /// Creates a node.
    public init(kind: Kind, literal: String = "", line: Int = 0, children: [MarkdownNode] = []) {
        self.kind = kind
        self.literal = literal
        self.line = line
        self.children = children
    }

    /// Calls `visit` with this node and every descendant, depth first, parents before children.
    public func walk(_ visit: (MarkdownNode, _ depth: Int) -> Void) {
        walk(depth: 0, visit)
    }

    private func walk(depth: Int, _ visit: (MarkdownNode, Int) -> Void) {
        visit(self, depth)
        for child in children {
            child.walk(depth: depth + 1, visit)
        }
    }

    /// The text of this node's inline content, without markup; image descriptions are left out.
    public var inlineText: String {
        switch kind {
        case .text, .code: return literal
        case .softBreak, .lineBreak: return " "
        case .image, .htmlInline: return ""
        default: return children.map(\.inlineText).joined()
        }
    }
}
