/// Writes a document's readable text (this runs over every article at ingest): blocks separated by a blank line, a
/// block with no text leaving no trace. The text is gathered as UTF-8 bytes and made a string once, at the end.
struct PlainTextWriter<Tree: MarkdownTreeReading> {
    let tree: Tree
    private var bytes: [UInt8] = []
    private var blockStart = 0
    private var needsSeparator = false

    init(tree: Tree) {
        self.tree = tree
    }

    /// The text written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

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
                let cellStart = bytes.count
                if !isFirstCell { bytes.append(contentsOf: PlainTextBytes.cellSeparator) }
                let textStart = bytes.count
                writeInline(cell)
                if bytes.count == textStart {
                    bytes.removeSubrange(cellStart...)  // an empty cell leaves no separator either
                } else {
                    isFirstCell = false
                }
            }
            endBlock()
        case .codeBlock:
            startBlock()
            tree.appendLiteral(of: node, to: &bytes)
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
        case .text, .code: tree.appendLiteral(of: node, to: &bytes)
        case .softBreak, .lineBreak: bytes.append(PlainTextBytes.lineFeed)
        case .image, .htmlInline: break
        default: tree.forEachChild(of: node) { writeInline($0) }
        }
    }

    /// A block's text goes after a blank line when an earlier block wrote any; the separator is taken back in
    /// `endBlock` if this one writes none.
    private mutating func startBlock() {
        if needsSeparator { bytes.append(contentsOf: [PlainTextBytes.lineFeed, PlainTextBytes.lineFeed]) }
        blockStart = bytes.count
    }

    private mutating func endBlock() {
        if bytes.count > blockStart {
            needsSeparator = true
        } else if needsSeparator {
            bytes.removeLast(2)
        }
    }

    /// Line feeds at the end of a code block's text, as `Character`s: a `\r\n` ends the trimming.
    private mutating func dropTrailingLineFeeds() {
        while bytes.count > blockStart, bytes.last == PlainTextBytes.lineFeed,
              bytes.count < blockStart + 2 || bytes[bytes.count - 2] != PlainTextBytes.carriageReturn {
            bytes.removeLast()
        }
    }
}

private enum PlainTextBytes {
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let cellSeparator = Array(" | ".utf8)
}
