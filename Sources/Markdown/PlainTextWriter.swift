/// Writes a document's readable text into one string (this runs over every article at ingest): blocks separated by
/// a blank line, a block with no text leaving no trace.
struct PlainTextWriter<Tree: MarkdownTreeReading> {
    let tree: Tree
    private(set) var text = ""
    private var isBlockWritten = false
    private var needsSeparator = false

    init(tree: Tree) {
        self.tree = tree
    }

    mutating func writeBlocks(of node: Tree.Node) {
        switch tree.kind(of: node) {
        case .paragraph, .heading, .tableCell:
            writeInline(node)
            endBlock()
        case .tableRow:
            var cells: [String] = []
            tree.forEachChild(of: node) { cell in
                var writer = PlainTextWriter(tree: tree)
                writer.writeInline(cell)
                if !writer.text.isEmpty { cells.append(writer.text) }
            }
            write(cells.joined(separator: " | "))
            endBlock()
        case .codeBlock:
            write(tree.literal(of: node).trimmingTrailingNewlines())
            endBlock()
        case .htmlBlock, .thematicBreak:
            break
        default:
            tree.forEachChild(of: node) { writeBlocks(of: $0) }
        }
    }

    /// Inline text with soft breaks kept as line breaks; no images, no raw HTML.
    mutating func writeInline(_ node: Tree.Node) {
        switch tree.kind(of: node) {
        case .text, .code: write(tree.literal(of: node))
        case .softBreak, .lineBreak: write("\n")
        case .image, .htmlInline: break
        default: tree.forEachChild(of: node) { writeInline($0) }
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
