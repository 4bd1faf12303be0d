/// Walks a tree in order, remembering the text of the current line so each link knows the words before it.
struct LinkCollector<Tree: MarkdownTreeReading> {
    let tree: Tree
    private(set) var links: [MarkdownLink] = []
    private var lineText = ""

    init(tree: Tree) {
        self.tree = tree
    }

    mutating func visit(_ node: Tree.Node, line: Int) {
        let kind = tree.kind(of: node)
        var line = line
        if kind.isBlock {
            let start = tree.line(of: node)
            if start > 0 { line = start }
            lineText = ""
        }
        switch kind {
        case .text, .code:
            lineText += tree.literal(of: node)
        case .softBreak, .lineBreak:
            lineText = ""
        case .link(let destination, let title):
            let text = tree.inlineText(of: node)
            links.append(MarkdownLink(destination: destination, title: title, text: text, line: line, isImage: false,
                                      precedingText: String(lineText.suffix(40))))
            lineText += text
        case .image(let source, let title):
            var description = ""
            tree.forEachChild(of: node) { description += tree.inlineText(of: $0) }
            links.append(MarkdownLink(destination: source, title: title, text: description, line: line,
                                      isImage: true, precedingText: String(lineText.suffix(40))))
        default:
            tree.forEachChild(of: node) { visit($0, line: line) }
        }
    }
}
