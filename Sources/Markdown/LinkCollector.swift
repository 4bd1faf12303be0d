/// Walks a tree in order, remembering the text of the current line (as UTF-8 bytes, made a string only when a link
/// needs it) so each link knows the words before it.
struct LinkCollector<Tree: MarkdownTreeReading> {
    let tree: Tree
    private(set) var links: [MarkdownLink] = []
    private var lineBytes: [UInt8] = []

    init(tree: Tree) {
        self.tree = tree
    }

    mutating func visit(_ node: Tree.Node, line: Int) {
        let kind = tree.kind(of: node)
        var line = line
        if kind.isBlock {
            let start = tree.line(of: node)
            if start > 0 { line = start }
            lineBytes.removeAll(keepingCapacity: true)
        }
        switch kind {
        case .text, .code:
            tree.appendLiteral(of: node, to: &lineBytes)
        case .softBreak, .lineBreak:
            lineBytes.removeAll(keepingCapacity: true)
        case .link(let destination, let title):
            let text = tree.inlineText(of: node)
            links.append(MarkdownLink(destination: destination, title: title, text: text, line: line, isImage: false,
                                      precedingText: precedingText))
            lineBytes.append(contentsOf: text.utf8)
        case .image(let source, let title):
            var description = ""
            tree.forEachChild(of: node) { description += tree.inlineText(of: $0) }
            links.append(MarkdownLink(destination: source, title: title, text: description, line: line,
                                      isImage: true, precedingText: precedingText))
        default:
            tree.forEachChild(of: node) { visit($0, line: line) }
        }
    }

    /// The last 40 characters of the line so far.
    private var precedingText: String {
        String(String(decoding: lineBytes, as: UTF8.self).suffix(40))
    }
}
