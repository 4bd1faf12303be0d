/// Writes a document's readable text (this runs over every article at ingest): blocks separated by a blank line, a
/// block with no text leaving no trace. The text is gathered as UTF-8 bytes.
struct PlainTextWriter<Tree: MarkdownTreeReading> {
    let tree: Tree
    /// The text written so far, as UTF-8.
    private(set) var utf8: [UInt8] = []
    private var blockStart = 0
    private var needsSeparator = false

    init(tree: Tree) {
        self.tree = tree
    }

    /// The text written so far.
    var text: String { String(decoding: utf8, as: UTF8.self) }

    mutating func writeBlocks(of node: Tree.Node) {
        switch tree.kind(of: node) {
        case .paragraph, .heading, .tableCell:
            startBlock()
            writeInline(node)
            endBlock()
        case .tableRow:
            startBlock()
            var isFirstCell = true
            tree.forEachChild(of: node) { cell in
                let cellStart = utf8.count
                if !isFirstCell { utf8.append(contentsOf: PlainTextBytes.cellSeparator) }
                let textStart = utf8.count
                writeInline(cell)
                if utf8.count == textStart {
                    utf8.removeSubrange(cellStart...)  // an empty cell leaves no separator either
                } else {
                    isFirstCell = false
                }
            }
            endBlock()
        case .codeBlock:
            startBlock()
            tree.appendLiteral(of: node, to: &utf8)
            dropTrailingLineFeeds()
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
        case .text, .code: tree.appendLiteral(of: node, to: &utf8)
        case .softBreak, .lineBreak: utf8.append(PlainTextBytes.lineFeed)
        case .image, .htmlInline: break
        default: tree.forEachChild(of: node) { writeInline($0) }
        }
    }

    /// A block's text goes after a blank line when an earlier block wrote any; the separator is taken back in
    /// `endBlock` if this one writes none.
    private mutating func startBlock() {
        if needsSeparator { utf8.append(contentsOf: [PlainTextBytes.lineFeed, PlainTextBytes.lineFeed]) }
        blockStart = utf8.count
    }

    private mutating func endBlock() {
        if utf8.count > blockStart {
            needsSeparator = true
        } else if needsSeparator {
            utf8.removeLast(2)
        }
    }

    /// Line feeds at the end of a code block's text, as `Character`s: a `\r\n` ends the trimming.
    private mutating func dropTrailingLineFeeds() {
        while utf8.count > blockStart, utf8.last == PlainTextBytes.lineFeed,
              utf8.count < blockStart + 2 || utf8[utf8.count - 2] != PlainTextBytes.carriageReturn {
            utf8.removeLast()
        }
    }
}

private enum PlainTextBytes {
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let cellSeparator = Array(" | ".utf8)
}
